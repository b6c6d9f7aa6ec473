# Exceptions interacting with loops, comprehensions and iteration.
results = []
for v in ['1', '2', 'x', '4', '', '6']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(0)
        continue
    finally:
        results.append('|')
print(results)
def first_valid(items):
    for it in items:
        try:
            return 100 // it
        except ZeroDivisionError:
            continue
        except TypeError:
            break
    return 'none valid'
print(first_valid([0, 0, 5]), first_valid([0, 'a', 5]), first_valid([]))
def safe_map(fn, items):
    out = []
    for x in items:
        try:
            out.append(fn(x))
        except Exception as e:
            out.append(type(e).__name__)
    return out
print(safe_map(lambda x: 10 / x, [1, 0, 4]))
print(safe_map(lambda k: {'a': 1}[k], ['a', 'b']))
try:
    [1 // (x - 2) for x in range(5)]
except ZeroDivisionError:
    print('exception escapes list comprehension')
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            print('attempt', i, 'failed:', e)
    return 'gave up'
def flaky(i):
    if i < 2:
        raise RuntimeError('try %d' % i)
    return 'success on %d' % i
print(retry(flaky, 5))
print(retry(flaky, 2))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        break
print('count', count)
