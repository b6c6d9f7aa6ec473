"""Unit conversion with dimensional analysis using exact rational factors.

Units are described by a scale (a rational number kept as numerator /
denominator integers) and a dimension vector over (length, mass, time,
current, temperature, amount).  Supports derived units, SI prefixes,
compound expressions like 'km/h' or 'kg*m/s^2', affine temperature scales,
and formatted conversion tables.
"""

DIMS = ('L', 'M', 'T', 'I', 'K', 'N')


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    """Exact rational scale factor."""

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def __mul__(self, o):
        return Q(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return Q(self.num * o.den, self.den * o.num)

    def __pow__(self, e):
        if e >= 0:
            return Q(self.num ** e, self.den ** e)
        return Q(self.den ** -e, self.num ** -e)

    def __eq__(self, o):
        return self.num == o.num and self.den == o.den

    def apply(self, value):
        if isinstance(value, int) and value * self.num % self.den == 0:
            return value * self.num // self.den
        return value * self.num / self.den

    def __repr__(self):
        return '%d' % self.num if self.den == 1 else '%d/%d' % (self.num, self.den)


class UnitError(Exception):
    pass


class Unit:
    def __init__(self, name, scale, dims, offset=None):
        self.name = name
        self.scale = scale
        self.dims = tuple(dims)
        self.offset = offset

    def __mul__(self, o):
        self._no_affine(o)
        return Unit('%s*%s' % (self.name, o.name), self.scale * o.scale,
                    [a + b for a, b in zip(self.dims, o.dims)])

    def __truediv__(self, o):
        self._no_affine(o)
        return Unit('%s/%s' % (self.name, o.name), self.scale / o.scale,
                    [a - b for a, b in zip(self.dims, o.dims)])

    def __pow__(self, e):
        self._no_affine(self)
        return Unit('%s^%d' % (self.name, e), self.scale ** e, [a * e for a in self.dims])

    def _no_affine(self, o):
        if self.offset is not None or o.offset is not None:
            raise UnitError('cannot combine affine unit %s' % (self.name if self.offset is not None else o.name))

    def dim_string(self):
        parts = []
        for d, e in zip(DIMS, self.dims):
            if e == 1:
                parts.append(d)
            elif e:
                parts.append('%s^%d' % (d, e))
        return '*'.join(parts) or '1'

    def __repr__(self):
        return '<%s = %r [%s]>' % (self.name, self.scale, self.dim_string())


def dims(L=0, M=0, T=0, I=0, K=0, N=0):
    return (L, M, T, I, K, N)


PREFIXES = {
    'G': Q(10 ** 9), 'M': Q(10 ** 6), 'k': Q(1000), 'h': Q(100), 'c': Q(1, 100),
    'm': Q(1, 1000), 'u': Q(1, 10 ** 6), 'n': Q(1, 10 ** 9),
}

BASE = {}


def define(name, scale, d, offset=None, prefixable=False):
    BASE[name] = (Unit(name, scale, d, offset), prefixable)


define('m', Q(1), dims(L=1), prefixable=True)
define('g', Q(1, 1000), dims(M=1), prefixable=True)
define('s', Q(1), dims(T=1), prefixable=True)
define('A', Q(1), dims(I=1), prefixable=True)
define('K', Q(1), dims(K=1), prefixable=False)
define('mol', Q(1), dims(N=1), prefixable=True)
define('min', Q(60), dims(T=1))
define('h', Q(3600), dims(T=1))
define('day', Q(86400), dims(T=1))
define('in', Q(254, 10000), dims(L=1))
define('ft', Q(3048, 10000), dims(L=1))
define('yd', Q(9144, 10000), dims(L=1))
define('mi', Q(1609344, 1000), dims(L=1))
define('lb', Q(45359237, 100000000), dims(M=1))
define('oz', Q(45359237, 1600000000), dims(M=1))
define('t', Q(1000), dims(M=1))
define('L', Q(1, 1000), dims(L=3), prefixable=True)
define('gal', Q(3785411784, 10 ** 12), dims(L=3))
define('N', Q(1), dims(L=1, M=1, T=-2), prefixable=True)
define('J', Q(1), dims(L=2, M=1, T=-2), prefixable=True)
define('W', Q(1), dims(L=2, M=1, T=-3), prefixable=True)
define('Pa', Q(1), dims(L=-1, M=1, T=-2), prefixable=True)
define('bar', Q(100000), dims(L=-1, M=1, T=-2))
define('cal', Q(4184, 1000), dims(L=2, M=1, T=-2), prefixable=True)
define('Wh', Q(3600), dims(L=2, M=1, T=-2), prefixable=True)
define('degC', Q(1), dims(K=1), offset=Q(27315, 100))
define('degF', Q(5, 9), dims(K=1), offset=Q(45967, 100))


def lookup(name):
    if name in BASE:
        return BASE[name][0]
    if len(name) > 1 and name[0] in PREFIXES:
        rest = name[1:]
        if rest in BASE and BASE[rest][1]:
            u = BASE[rest][0]
            return Unit(name, PREFIXES[name[0]] * u.scale, u.dims)
    raise UnitError('unknown unit %r' % name)


def parse_unit(expr):
    """Parse products/quotients like 'kg*m/s^2' (left to right)."""
    expr = expr.replace(' ', '')
    result = None
    op = '*'
    token = ''
    for ch in expr + '*':
        if ch in '*/':
            if not token:
                raise UnitError('empty factor in %r' % expr)
            if '^' in token:
                base, exp = token.split('^')
                u = lookup(base) ** int(exp)
            else:
                u = lookup(token)
            if result is None:
                if op == '/':
                    raise UnitError('leading division')
                result = u
            else:
                result = result * u if op == '*' else result / u
            op = ch
            token = ''
        else:
            token += ch
    result.name = expr
    return result


def convert(value, src, dst):
    a = parse_unit(src) if isinstance(src, str) else src
    b = parse_unit(dst) if isinstance(dst, str) else dst
    if a.dims != b.dims:
        raise UnitError('incompatible units %s [%s] and %s [%s]' % (a.name, a.dim_string(), b.name, b.dim_string()))
    if a.offset is not None or b.offset is not None:
        # Affine scales: kelvin = (value + offset) * scale.
        v = value
        if a.offset is not None:
            v = v + a.offset.num / a.offset.den
        kelvin = v * a.scale.num / a.scale.den
        out = kelvin * b.scale.den / b.scale.num
        if b.offset is not None:
            out = out - b.offset.num / b.offset.den
        return round(out, 6)
    return (a.scale / b.scale).apply(value)


def factor(src, dst):
    a, b = parse_unit(src), parse_unit(dst)
    if a.dims != b.dims:
        raise UnitError('incompatible')
    return a.scale / b.scale


def table(values, src, dst):
    lines = ['%10s %-6s | %-12s %s' % ('value', src, 'result', dst)]
    for v in values:
        r = convert(v, src, dst)
        lines.append('%10s %-6s | %-12s %s' % (v, src, ('%.4f' % r) if isinstance(r, float) else r, dst))
    return '\n'.join(lines)


class Quantity:
    """A value tagged with a unit; arithmetic converts to the left operand's unit."""

    def __init__(self, value, unit):
        self.value = value
        self.unit = parse_unit(unit) if isinstance(unit, str) else unit

    def to(self, unit):
        return Quantity(convert(self.value, self.unit, unit), unit)

    def __add__(self, o):
        return Quantity(self.value + convert(o.value, o.unit, self.unit), self.unit)

    def __sub__(self, o):
        return Quantity(self.value - convert(o.value, o.unit, self.unit), self.unit)

    def __mul__(self, o):
        if isinstance(o, Quantity):
            return Quantity(self.value * o.value, self.unit * o.unit)
        return Quantity(self.value * o, self.unit)

    def __truediv__(self, o):
        if isinstance(o, Quantity):
            return Quantity(self.value / o.value, self.unit / o.unit)
        return Quantity(self.value / o, self.unit)

    def __lt__(self, o):
        return self.value < convert(o.value, o.unit, self.unit)

    def __repr__(self):
        v = self.value
        text = ('%.4g' % v) if isinstance(v, float) else str(v)
        return '%s %s' % (text, self.unit.name)


def scale_recipe(recipe, factor, metric=True):
    """Scale a recipe and convert imperial quantities to metric."""
    out = []
    targets = {'oz': 'g', 'lb': 'g', 'gal': 'L', 'in': 'cm', 'degF': 'degC'}
    for name, qty, unit in recipe:
        q = Quantity(qty * factor if unit != 'degF' else qty, unit)
        if metric and unit in targets:
            q = q.to(targets[unit])
        out.append('%-8s %s' % (name, q))
    return out


def self_test():
    print(lookup('km'), lookup('mg'), lookup('h'), lookup('kJ'))
    print(parse_unit('kg*m/s^2'), parse_unit('km/h'), parse_unit('W*h'))
    print(factor('mi', 'km'), factor('km/h', 'm/s'), factor('gal', 'L'), factor('lb', 'g'))
    print(convert(5, 'km', 'm'), convert(1, 'mi', 'ft'), convert(12, 'in', 'ft'), convert(1, 'day', 's'))
    print(convert(100, 'km/h', 'm/s'), convert(36, 'km/h', 'm/s'), convert(1, 'kWh', 'MJ'))
    print(convert(1, 'N', 'kg*m/s^2'), convert(1, 'bar', 'kPa'), convert(1000, 'cal', 'kJ'))
    print(convert(3, 'gal', 'L'), convert(2, 'lb', 'oz'), convert(5, 't', 'kg'))
    print(convert(100, 'degC', 'degF'), convert(-40, 'degF', 'degC'), convert(0, 'degC', 'K'), convert(300, 'K', 'degC'))
    print(convert(98.6, 'degF', 'degC'))
    for bad in [('m', 's'), ('kg', 'N'), ('foo', 'm'), ('/s', 'Hz'), ('m**', 'm')]:
        try:
            convert(1, bad[0], bad[1])
        except UnitError as e:
            print('UnitError:', e)
        except (ValueError, KeyError) as e:
            print(type(e).__name__)
    try:
        parse_unit('degC*m')
    except UnitError as e:
        print('UnitError:', e)
    print(table([1, 5, 10, 42], 'mi', 'km'))
    print(table([0, 37, 100], 'degC', 'degF'))
    run = Unit('pace', Q(1), dims())
    print(run.dim_string(), parse_unit('m^3').dim_string(), (lookup('J') / lookup('s')).dim_string())
    d1 = Quantity(5, 'km')
    d2 = Quantity(3, 'mi')
    print(d1 + d2, d2 + d1, d1 - Quantity(500, 'm'), d1 < d2, d2 < d1)
    t = Quantity(30, 'min')
    v = d1 / t
    print(v, v.to('km/h'), v.to('m/s'), (Quantity(2, 'm') * Quantity(3, 'm')).unit.dim_string())
    for line in scale_recipe([('flour', 8, 'oz'), ('butter', 1, 'lb'), ('milk', 1, 'gal'),
                              ('pan', 9, 'in'), ('oven', 350, 'degF'), ('eggs', 2, 'mol')], 2):
        print(line)
    print(sorted([Quantity(1, 'mi'), Quantity(1500, 'm'), Quantity(1, 'km')]))
    print([convert(1, 'h', u) for u in ('min', 's', 'ms')], convert(1, 'GW', 'kW'), convert(250, 'mL', 'L'))
    marathon_km = convert(26, 'mi', 'km') + convert(385, 'yd', 'km')
    print('marathon km %.3f' % marathon_km)
    speed = convert(marathon_km, 'km', 'm') / (2 * 3600 + 35 * 60)
    print('pace for 2:35 marathon: %.3f m/s = %.2f km/h' % (speed, convert(speed, 'm/s', 'km/h')))


self_test()
