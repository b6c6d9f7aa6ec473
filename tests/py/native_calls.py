# Calls between native, viper and bytecode functions, with args/kwargs/defaults.
import micropython

def bc_add(a, b=10, *rest, scale=1, **kw):
    return (a + b + sum(rest)) * scale + len(kw)

@micropython.native
def nat_call_bc():
    return [bc_add(1), bc_add(1, 2), bc_add(1, 2, 3, 4), bc_add(1, scale=3), bc_add(1, x=1, y=2)]

@micropython.native
def nat_add(a, b=5, *args, **kwargs):
    return a + b + sum(args) + sum(kwargs.values())

@micropython.viper
def vip_mul(a: int, b: int) -> int:
    return a * b

@micropython.native
def nat_call_viper(n):
    out = []
    for i in range(n):
        out.append(vip_mul(i, i + 1))
    return out

def bc_call_all():
    return nat_add(1), nat_add(1, 2, 3, 4, k=100), vip_mul(6, 7), nat_call_viper(5)

@micropython.native
def nat_higher(fn, items):
    return [fn(x) for x in items]

@micropython.native
def nat_recursive(n):
    if n <= 1:
        return 1
    return n * nat_recursive(n - 1)

print(nat_call_bc())
print(bc_call_all())
print(nat_higher(lambda v: v * 3, [1, 2, 3]), nat_higher(nat_recursive, range(8)))
print(list(map(nat_add, [1, 2], [3, 4])), nat_add(*[1, 2, 3], **{'z': 4}))
print(sorted([3, 1, 2], key=nat_recursive))
