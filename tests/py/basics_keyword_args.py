# Keyword arguments: ordering, defaults, mixing positional and keyword.
def connect(host, port=80, *, timeout=10, secure=False, **extra):
    s = '%s:%d t=%d s=%s' % (host, port, timeout, secure)
    if extra:
        s += ' ' + ','.join('%s=%s' % kv for kv in sorted(extra.items()))
    return s
print(connect('a'))
print(connect('a', 8080))
print(connect(host='b', port=1))
print(connect('c', timeout=1, secure=True))
print(connect('d', retries=3, proxy='p'))
print(connect(port=443, host='e', secure=True))
opts = {'timeout': 99, 'mode': 'x'}
print(connect('f', **opts))
def describe(*args, **kwargs):
    return len(args), sorted(kwargs)
print(describe(), describe(1, 2), describe(a=1), describe(1, b=2, c=3))
def order(a, b, c):
    return a + b + c
print(order('x', c='z', b='y'), order(*'pq', c='r'), order(**{'a': '1', 'b': '2', 'c': '3'}))
for bad in [lambda: connect(), lambda: connect('h', 1, 2), lambda: connect('h', port=1, host='g'),
            lambda: order('a', 'b', 'c', d='d')]:
    try:
        bad()
    except TypeError:
        print('TypeError')
