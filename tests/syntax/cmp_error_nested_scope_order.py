def f():
  def g():
    return 1
  break
class A:
  return 2
