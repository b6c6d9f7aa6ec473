# A small request/response protocol driven through generator send().
def server():
    store = {}
    response = 'ready'
    while True:
        cmd = yield response
        parts = cmd.split()
        op = parts[0]
        if op == 'SET':
            store[parts[1]] = parts[2]
            response = 'OK'
        elif op == 'GET':
            response = store.get(parts[1], 'NIL')
        elif op == 'DEL':
            response = 'OK' if store.pop(parts[1], None) is not None else 'NIL'
        elif op == 'KEYS':
            response = ' '.join(sorted(store))
        elif op == 'QUIT':
            return len(store)
        else:
            response = 'ERR unknown ' + op
s = server()
print(next(s))
for cmd in ['SET a 1', 'SET b 2', 'GET a', 'GET z', 'KEYS', 'DEL a', 'DEL a', 'KEYS', 'PING']:
    print(cmd, '->', s.send(cmd))
try:
    s.send('QUIT')
except StopIteration as e:
    print('server exited, keys left:', e.value)
def averager_with_reset():
    vals = []
    while True:
        v = yield (sum(vals) / len(vals) if vals else None)
        if v == 'reset':
            vals = []
        else:
            vals.append(v)
a = averager_with_reset()
next(a)
print(a.send(4), a.send(8), a.send('reset'), a.send(1))
