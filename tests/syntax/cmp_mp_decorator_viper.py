@micropython.viper
def f(): pass
