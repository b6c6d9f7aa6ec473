def f() -> :
  pass
