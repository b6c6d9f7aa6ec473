def f(a, a):
  x = 1
  y = 2
