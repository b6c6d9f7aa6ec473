# Native code building and querying dicts, sets and tuples.
import micropython

@micropython.native
def histogram(words):
    h = {}
    for w in words:
        h[w] = h.get(w, 0) + 1
    return h

@micropython.native
def unique_sorted(items):
    seen = set()
    for x in items:
        seen.add(x)
    return sorted(seen)

@micropython.native
def invert(d):
    out = {}
    for k, v in d.items():
        out.setdefault(v, []).append(k)
    for v in out:
        out[v].sort()
    return out

@micropython.native
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n) if (i + j) % 3 == 0]

@micropython.native
def set_algebra(a, b):
    a, b = set(a), set(b)
    return sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= (a | b)

h = histogram('a b c a b a d'.split())
print(sorted(h.items()))
print(unique_sorted([5, 3, 5, 1, 3, 9]))
print(sorted(invert(h).items()))
print(pairs(7))
print(set_algebra(range(6), range(3, 9)))
