x = 1

def f(a,
  a=2): pass
