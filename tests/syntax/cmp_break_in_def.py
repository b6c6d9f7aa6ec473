def f():
  x
  break
