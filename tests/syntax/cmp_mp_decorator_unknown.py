@micropython.foo
def f(): pass
