def g():
  x = 1
  f(**a,
   b)
