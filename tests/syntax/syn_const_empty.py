X = const()
