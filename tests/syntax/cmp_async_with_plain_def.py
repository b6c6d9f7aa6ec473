x=1
def f():
  async with a: pass
