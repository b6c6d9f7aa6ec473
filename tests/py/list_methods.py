# list methods.
l = [3, 1, 4, 1, 5]
l.append(9)
l.extend([2, 6])
l.extend(range(2))
l.insert(0, 'first')
l.insert(-1, 'penultimate')
l.insert(100, 'end')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.count(1), l.index(5), l.index(1, 2))
l.reverse()
print(l)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
c = nums.copy()
c.append(0)
print(len(nums), len(c))
c.clear()
print(c)
print(sorted([3, 1, 2]), [1, 2] + [3], [0] * 3, [[]] * 2)
try:
    [].pop()
except IndexError:
    print('pop from empty list')
try:
    [1, 2].index(3)
except ValueError:
    print('index of missing')
m = [[1, 2], [3, 4]]
m2 = m.copy()
m2[0].append(99)
print(m)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'k': 1}))
