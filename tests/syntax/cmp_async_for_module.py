x=1
async def f():
  pass
async for x in y: pass
