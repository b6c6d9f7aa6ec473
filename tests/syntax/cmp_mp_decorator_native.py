x=1
@micropython.native
def f(): pass
