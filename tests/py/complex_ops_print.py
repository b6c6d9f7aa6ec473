# complex: construction from strings and numbers, arithmetic, printing.
for s in ['1+2j', ' 3j ', '-1.5-2j', '2', '1e3+1e-3j', 'j', '-j', '1+j', 'inf+1j']:
    print(repr(s), complex(s))
print(complex(), complex(2), complex(1.5, -2), complex(1j, 1j), complex(2+3j))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a == 1 + 2j, a != b, a + 1, 2 - a, a * 2.5, 1 / (1j))
print(a.real, a.imag, (2j).imag, 1j * 1j, complex(0, 0), complex(-1, 0), complex(0, -1), 1e20j)
print(str(a), repr(b), '%s' % a, '{}'.format(b), hash(complex(3, 0)) == hash(3), bool(0j), bool(1j))
for f in [lambda: complex('abc'), lambda: complex('1 + 2j'), lambda: 1j // 1, lambda: 1 / 0j, lambda: 1j < 2j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
