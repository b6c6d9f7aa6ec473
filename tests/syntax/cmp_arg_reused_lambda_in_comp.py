x = [lambda a, a: 1 for y in z]
