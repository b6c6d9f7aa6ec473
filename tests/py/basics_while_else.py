# while/else and for/else with break and continue.
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found', target, 'at', i)
            break
        i += 1
    else:
        print('not found', target)
find([3, 1, 4, 1, 5], 4)
find([3, 1, 4], 9)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
    print('even', count)
for i in []:
    print('never')
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while finished with', n)
for i in range(5):
    if i == 2:
        continue
    print('i', i)
else:
    print('done loop')
# nested break only leaves inner loop
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end='; ')
print()
