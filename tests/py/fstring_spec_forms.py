# f-string and str.format specs: fill/align/sign/#/0/width/grouping/precision/type, nesting.
n, x, s = 1234567, 3.14159, 'text'
print(f'{n:,} {n:_} {n:>12,} {n:012,} {-n:,} {n:x} {n:#x} {n:#X} {n:o} {n:#o} {n:b} {255:#010b}')
print(f'{x:.2f} {x:10.3f}| {x:<10.1f}| {x:*^12.2f} {x:+} {x:e} {-x:.1e} {x:g} {x:%}')
print(f'{s:>8}|{s:<8}|{s:^8}|{s:.2}|{s!r}|{s!s:>6}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|{s:>{w}}|{n:{w},}|', '{:{}.{}f}'.format(x, w, p), '{0:>{1}}'.format('a', 4))
print('{} {} {}'.format(1, 2, 3), '{0} {0} {1}'.format('a', 'b'), '{k}={v}'.format(k='x', v=5), '{0[1]} {1[k]}'.format([1, 2], {'k': 3}))
print('{:c}{:c}'.format(72, 105), '{:5d}|{:<5d}|{:^5d}|{:+d}|{: d}'.format(42, 42, 42, 42, 42), '{{}} {{{}}}'.format(7))
print(f'{True} {None} {[1, 2]} {(1,)} {True:d} {1.0:.0f} {10:.2f} {2**64:,}')
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print(f'{P():abc}', '{:xyz}'.format(P()), format(P(), 'q'), format(3.5), format(12, '04d'))
for t in ['{', '}', '{0} {}', '{:d}', '{x}', '{!z}']:
    try:
        print(t.format(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__)
