# LBYL vs EAFP lookup patterns with dicts, lists and attributes.
config = {'host': 'localhost', 'port': '8080', 'debug': 'yes'}
def get_int(d, key, default):
    try:
        return int(d[key])
    except KeyError:
        return default
    except ValueError:
        return -1
print(get_int(config, 'port', 80), get_int(config, 'timeout', 30), get_int(config, 'host', 0))
def get_int_lbyl(d, key, default):
    if key not in d:
        return default
    v = d[key]
    if not v.isdigit():
        return -1
    return int(v)
print(get_int_lbyl(config, 'port', 80), get_int_lbyl(config, 'timeout', 30), get_int_lbyl(config, 'host', 0))
items = [10, 20, 30]
def nth(seq, i, default=None):
    try:
        return seq[i]
    except IndexError:
        return default
print(nth(items, 1), nth(items, 5), nth(items, -1), nth('abc', 10, '?'))
class Obj:
    present = 'yes'
def attr(o, name):
    try:
        return getattr(o, name)
    except AttributeError:
        return 'missing ' + name
print(attr(Obj(), 'present'), attr(Obj(), 'absent'))
nested = {'a': {'b': {'c': 42}}}
def dig(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, TypeError):
        return None
print(dig(nested, 'a', 'b', 'c'), dig(nested, 'a', 'x'), dig(nested, 'a', 'b', 'c', 'd'))
