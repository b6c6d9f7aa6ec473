# Observer/event-emitter pattern with subscription handles and weak coupling.
class Emitter:
    def __init__(self):
        self.handlers = {}
        self.next_id = 0
    def on(self, event, fn, once=False):
        self.next_id += 1
        self.handlers.setdefault(event, []).append((self.next_id, fn, once))
        return self.next_id
    def off(self, handle):
        for event, lst in self.handlers.items():
            for i, (hid, fn, once) in enumerate(lst):
                if hid == handle:
                    del lst[i]
                    return True
        return False
    def emit(self, event, *args):
        results = []
        lst = self.handlers.get(event, [])
        for entry in list(lst):
            hid, fn, once = entry
            results.append(fn(*args))
            if once:
                lst.remove(entry)
        return results
class Thermostat(Emitter):
    def __init__(self, target):
        Emitter.__init__(self)
        self.target = target
        self.temp = target
    def set_temp(self, t):
        old, self.temp = self.temp, t
        self.emit('change', old, t)
        if t > self.target + 2:
            self.emit('too_hot', t)
        elif t < self.target - 2:
            self.emit('too_cold', t)
log = []
th = Thermostat(20)
h1 = th.on('change', lambda old, new: log.append('change %d->%d' % (old, new)))
th.on('too_hot', lambda t: log.append('cooling at %d' % t))
th.on('too_cold', lambda t: log.append('heating at %d' % t), once=True)
for t in [21, 23, 17, 16, 20]:
    th.set_temp(t)
print(log)
log.clear()
print(th.off(h1), th.off(h1))
th.set_temp(30)
th.set_temp(10)
print(log)
e = Emitter()
e.on('sum', lambda *a: sum(a))
e.on('sum', lambda *a: len(a))
print(e.emit('sum', 1, 2, 3), e.emit('missing'))
