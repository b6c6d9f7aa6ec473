x=1
@micropython.a.b
def f(): pass
