x = 1
if x:
  f(a=1,
   b)
