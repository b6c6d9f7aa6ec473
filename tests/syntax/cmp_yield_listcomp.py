x=1
x = [
 (yield) for x in y]
