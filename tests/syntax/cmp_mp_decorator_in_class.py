x=1
class A:
  @micropython.foo
  def f(): pass
