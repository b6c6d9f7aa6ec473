# Big ints: str/int and base-n round trips, and arithmetic identities over pseudo-random values.
seed = 12345
def rnd(bits):
    global seed
    v = 0
    for _ in range((bits + 29) // 30):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (v << 30) | (seed >> 1)
    return v >> ((bits + 29) // 30 * 30 - bits)
bad = 0
for bits in [1, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 333, 500, 1000]:
    for sign in (1, -1):
        v = sign * rnd(bits)
        if int(str(v)) != v or int(hex(v), 16) != v or int(oct(v), 0) != v or int(bin(v), 0) != v:
            bad += 1
        if int('%x' % v, 16) != v or int('{:o}'.format(v), 8) != v:
            bad += 1
        w = rnd(bits // 2 + 1) + 1
        q, r = divmod(v, w)
        if q * w + r != v or not 0 <= r < w:
            bad += 1
        if (v + w) - w != v or (v * w) // w != v or (v ^ w) ^ w != v or (v << 37) >> 37 != v:
            bad += 1
        if pow(v, 3, w) != (v ** 3) % w:
            bad += 1
        if -(-v) != v or abs(v) != (v if v >= 0 else -v) or (v & -1) != v or (v | 0) != v:
            bad += 1
    print(bits, len(str(v)), str(v)[:12], hex(v)[:14])
print('failures:', bad)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)), str(f).count('0'), f % (10 ** 9 + 7), int(''.join(reversed(str(f)))) % 97)
