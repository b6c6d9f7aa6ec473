x = 1if 1 else 2
