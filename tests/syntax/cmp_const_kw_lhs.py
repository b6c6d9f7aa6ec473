X = const(1)
f(X=2)
