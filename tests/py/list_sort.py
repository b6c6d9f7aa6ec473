# Sorting lists: key functions, reverse, multi-key sorting (unique keys, since sort stability is not guaranteed everywhere).
people = [('ann', 31, 'oslo'), ('bob', 27, 'lima'), ('cy', 45, 'rome'), ('dee', 22, 'oslo'), ('eve', 38, 'lima')]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print([p[0] for p in sorted(people, key=lambda p: len(p[0]) * 100 + p[1])])
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda x: -x))
words = ['Banana', 'apple', 'Cherry', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
data = [3.5, 1, 2.25, -1, 0.5]
data.sort()
print(data)
print(sorted('sortme'), sorted((3, 1, 2)), sorted({5: 'a', 1: 'b'}), sorted({3, 1, 2}))
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def quick(xs):
    if len(xs) <= 1:
        return xs
    p = xs[0]
    return quick([x for x in xs[1:] if x < p]) + [p] + quick([x for x in xs[1:] if x >= p])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    m = len(xs) // 2
    a, b = merge_sort(xs[:m]), merge_sort(xs[m:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
src = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5]
print(bubble(src), quick(src), merge_sort(src), sorted(src) == merge_sort(src))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-3:], sorted(big, reverse=True)[:3])
