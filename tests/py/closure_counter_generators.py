# Closures and generators cooperating: id generators, memo tables and resettable streams.
def id_generator(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return '%s-%03d' % (prefix, n)
    def reset():
        nonlocal n
        n = 0
    return next_id, reset
order_id, reset_orders = id_generator('ORD')
user_id, _ = id_generator('USR')
print(order_id(), order_id(), user_id(), order_id())
reset_orders()
print(order_id(), user_id())
def stream_factory(data):
    pos = [0]
    def gen():
        while pos[0] < len(data):
            pos[0] += 1
            yield data[pos[0] - 1]
    def rewind(k=None):
        pos[0] = 0 if k is None else max(0, pos[0] - k)
    return gen, rewind
gen, rewind = stream_factory('abcdef')
g = gen()
print(next(g), next(g), next(g))
rewind(2)
print(list(gen()))
rewind()
print(''.join(gen()))
def make_table():
    table = {}
    def lookup(fn):
        def wrapper(n):
            if n not in table:
                table[n] = fn(n)
            return table[n]
        return wrapper
    return lookup, table
lookup, table = make_table()
@lookup
def tri(n):
    return n if n < 2 else n + tri(n - 1)
print(tri(30), len(table), sorted(table)[:5])
