def f():
  return 1
  break
return 2
