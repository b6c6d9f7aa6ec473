# pass, Ellipsis and empty bodies.
def nothing():
    pass
class Nothing:
    pass
def stub():
    ...
print(nothing(), stub(), type(Nothing()).__name__)
print(..., Ellipsis, ... is Ellipsis)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = [..., ...]
print(x, len(x))
class Idx:
    def __getitem__(self, k):
        return k
print(Idx()[...], Idx()[1, ...])
