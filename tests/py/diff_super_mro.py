# MicroPython resolves attributes on multiple-inheritance classes depth-first
# (no C3 linearisation), which changes diamond-shaped super() chains.
class A:
    def who(self):
        return ['A']
    def hello(self):
        return 'A.hello'
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
    def hello(self):
        return 'C.hello'
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print(D().hello())
class E(C, B):
    pass
print(E().who(), E().hello())
