def add(a, b=2, *, c=3):
    return a + b + c


def outer(x):
    def inner(y):
        return x + y
    return inner


class Point:
    def __init__(self, x):
        self.x = x


print(add(1), outer(10)(5), Point(7).x)
