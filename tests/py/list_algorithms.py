# List algorithms: rotation, dedupe preserving order, partition, chunking, flatten, transpose.
def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k] if k else lst[:]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3), rotate([1], 100))
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]), dedupe('mississippi'))
def partition(pred, seq):
    yes, no = [], []
    for x in seq:
        (yes if pred(x) else no).append(x)
    return yes, no
print(partition(lambda x: x % 3 == 0, range(10)))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(10)), 3), chunks('abcdefg', 2))
def flatten(lst):
    out = []
    stack = [iter(lst)]
    while stack:
        for x in stack[-1]:
            if isinstance(x, list):
                stack.append(iter(x))
                break
            out.append(x)
        else:
            stack.pop()
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]], []]))
def transpose(m):
    return [list(col) for col in zip(*m)]
print(transpose([[1, 2, 3], [4, 5, 6]]), transpose([[1], [2]]))
def moving_max(seq, k):
    return [max(seq[i:i + k]) for i in range(len(seq) - k + 1)]
print(moving_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
