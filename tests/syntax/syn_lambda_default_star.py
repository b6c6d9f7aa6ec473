f = lambda *: 1
x = )
