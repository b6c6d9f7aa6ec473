X = const(1)
X = 2
