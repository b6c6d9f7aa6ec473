class A:
 def f():
  x = 1
  return super().f()
