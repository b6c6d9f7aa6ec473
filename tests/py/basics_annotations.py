# Variable and function annotations are accepted (and ignored at runtime).
x: int = 5
y: 'str'
print(x)
try:
    print(y)
except NameError:
    print('annotation without value does not bind')
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, 5))
def kw(*args: int, key: str = 'k', **kwargs: float) -> list:
    return [args, key, sorted(kwargs)]
print(kw(1, 2, key='z', q=1.0))
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.norm1(), Point.y)
def f() -> None:
    local: list = []
    local.append(1)
    return local
print(f())
data: dict = {}
data['a']: int = 1
print(data)
