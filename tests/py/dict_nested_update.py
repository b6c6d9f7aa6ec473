# Recursive dict merge, diff and path-based get/set helpers.
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
def diff(a, b, path=''):
    out = []
    for k in sorted(set(a) | set(b)):
        p = path + '/' + str(k)
        if k not in a:
            out.append('+ ' + p)
        elif k not in b:
            out.append('- ' + p)
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            out.extend(diff(a[k], b[k], p))
        elif a[k] != b[k]:
            out.append('~ %s: %r -> %r' % (p, a[k], b[k]))
    return out
def get_path(d, path, default=None):
    for part in path.split('.'):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
def set_path(d, path, value):
    parts = path.split('.')
    for part in parts[:-1]:
        d = d.setdefault(part, {})
    d[parts[-1]] = value
def show(d, indent=0):
    for k in sorted(d):
        if isinstance(d[k], dict):
            print(' ' * indent + k + ':')
            show(d[k], indent + 2)
        else:
            print(' ' * indent + '%s = %r' % (k, d[k]))
base = {'server': {'host': 'localhost', 'port': 80, 'tls': {'enabled': False}}, 'debug': False}
override = {'server': {'port': 8443, 'tls': {'enabled': True, 'cert': 'a.pem'}}, 'workers': 4}
merged = merge(base, override)
show(merged)
print(diff(base, merged))
print(get_path(merged, 'server.tls.cert'), get_path(merged, 'server.nope', 'dflt'), get_path(merged, 'debug'))
set_path(merged, 'logging.level', 'info')
set_path(merged, 'server.port', 9000)
print(get_path(merged, 'logging.level'), merged['server']['port'], base['server']['port'])
