x = a is not is b
