def f():
  global x,
