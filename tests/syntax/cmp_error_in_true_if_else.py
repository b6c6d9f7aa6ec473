if 1:
  x = 1
else:
  return 1
break
