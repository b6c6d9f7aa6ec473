# Viper functions that handle Python objects alongside machine ints.
import micropython

@micropython.viper
def list_sum(lst) -> int:
    s = 0
    for x in lst:
        s += int(x)
    return s

@micropython.viper
def build_list(n: int):
    out = []
    for i in range(n):
        out.append(i * i)
    return out

@micropython.viper
def label(n: int):
    if n > 0:
        return 'positive'
    return 'non-positive'

@micropython.viper
def dict_inc(d, key):
    v = int(d.get(key, 0))
    d[key] = v + 1

@micropython.viper
def call_back(fn, v: int) -> int:
    return int(fn(v)) + 1

print(list_sum([1, 2, 3, 40]), build_list(6), label(3), label(-3))
d = {}
for k in 'abacab':
    dict_inc(d, k)
print(sorted(d.items()))
print(call_back(lambda x: x * 10, 4))
