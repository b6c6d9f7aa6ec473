while x:
  return 1
