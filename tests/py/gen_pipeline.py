# Generator pipelines: composing lazy stages.
def read_lines(text):
    for line in text.split('\n'):
        yield line
def strip_comments(lines):
    for line in lines:
        idx = line.find('#')
        if idx >= 0:
            line = line[:idx]
        yield line
def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line.strip()
def parse_kv(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()
text = """
# configuration
name = demo   # trailing comment
size = 42

mode=fast
# end
"""
cfg = dict(parse_kv(non_blank(strip_comments(read_lines(text)))))
print(sorted(cfg.items()))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
def batched(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(10), 4)))
def running(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running(take(6, naturals()))))
