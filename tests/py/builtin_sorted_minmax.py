# sorted, min, max with key/default/reverse, sum with start.
nums = [5, -2, 9, 0, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda x: -x))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda x: x % 5))
print(min(3, 1, 2), max('apple', 'pear', 'fig'), max('apple', 'pear', 'fig', key=len))
print(min([], default='empty'), max((), default=None), min([7], default=0))
try:
    min([])
except ValueError:
    print('min of empty ValueError')
print(sum(nums), sum(nums, 100), sum([]), sum([1.5, 2.5]), sum([[1], [2, 3]], []))
words = ['kiwi', 'Banana', 'apple', 'Cherry']
print(sorted(words), sorted(words, key=lambda w: w.lower()), max(words, key=lambda w: w[-1]))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs), max(pairs, key=lambda p: p[1]))
print(sorted('hello'), sorted(range(5, 0, -1)), sorted({3: 'x', 1: 'y'}))
print(min('b', 'a'), max(1, 2.5), min(-1, -1.5), max([[1, 2], [1, 3]]))
print(sorted([]), sorted([1]), sorted([2, 1]))
