if 0:
  return 1
x = 1
break
