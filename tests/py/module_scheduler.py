"""A deterministic event scheduler with virtual time.

Provides one-shot and periodic timers, cancellation, priorities, task
dependencies, a cron-like minute matcher and statistics.  All time is
simulated so the output is reproducible.
"""


class SchedulerError(Exception):
    pass


class Event:
    _next_id = 1

    def __init__(self, when, action, name, priority=0, period=None, repeat=None):
        self.id = Event._next_id
        Event._next_id += 1
        self.when = when
        self.action = action
        self.name = name
        self.priority = priority
        self.period = period
        self.repeat = repeat
        self.cancelled = False
        self.runs = 0

    def key(self):
        return (self.when, -self.priority, self.id)

    def __repr__(self):
        return '<Event %d %s @%d>' % (self.id, self.name, self.when)


class MinHeap:
    def __init__(self, key):
        self.items = []
        self.key = key

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        k = self.key(item)
        while i > 0:
            parent = (i - 1) // 2
            if self.key(items[parent]) <= k:
                break
            items[i] = items[parent]
            i = parent
        items[i] = item

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        n = len(items)
        i = 0
        k = self.key(last)
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and self.key(items[child + 1]) < self.key(items[child]):
                child += 1
            if self.key(items[child]) >= k:
                break
            items[i] = items[child]
            i = child
        items[i] = last
        return top

    def peek(self):
        return self.items[0] if self.items else None


class Scheduler:
    def __init__(self):
        self.now = 0
        self.heap = MinHeap(lambda e: e.key())
        self.by_name = {}
        self.log = []
        self.stats = {'run': 0, 'cancelled': 0, 'errors': 0}

    def at(self, when, action, name=None, priority=0):
        if when < self.now:
            raise SchedulerError('cannot schedule in the past: %d < %d' % (when, self.now))
        ev = Event(when, action, name or 'event', priority)
        self._add(ev)
        return ev

    def after(self, delay, action, name=None, priority=0):
        return self.at(self.now + delay, action, name, priority)

    def every(self, period, action, name=None, start=None, repeat=None, priority=0):
        if period <= 0:
            raise SchedulerError('period must be positive')
        first = self.now + period if start is None else start
        ev = Event(first, action, name or 'periodic', priority, period, repeat)
        self._add(ev)
        return ev

    def _add(self, ev):
        self.heap.push(ev)
        self.by_name.setdefault(ev.name, []).append(ev)

    def cancel(self, ev_or_name):
        if isinstance(ev_or_name, str):
            evs = self.by_name.get(ev_or_name, [])
        else:
            evs = [ev_or_name]
        count = 0
        for ev in evs:
            if not ev.cancelled:
                ev.cancelled = True
                count += 1
        self.stats['cancelled'] += count
        return count

    def pending(self):
        return sorted((e for e in self.heap.items if not e.cancelled), key=lambda e: e.key())

    def run_until(self, limit):
        while len(self.heap):
            ev = self.heap.peek()
            if ev.when > limit:
                break
            self.heap.pop()
            if ev.cancelled:
                continue
            self.now = ev.when
            ev.runs += 1
            try:
                result = ev.action(self, ev)
                self.stats['run'] += 1
                if result is not None:
                    self.log.append('%4d %-10s -> %s' % (self.now, ev.name, result))
            except Exception as e:
                self.stats['errors'] += 1
                self.log.append('%4d %-10s !! %s: %s' % (self.now, ev.name, type(e).__name__, e))
            if ev.period and not ev.cancelled:
                if ev.repeat is None or ev.runs < ev.repeat:
                    ev.when += ev.period
                    self.heap.push(ev)
        self.now = max(self.now, limit)


class CronSpec:
    """Parse a single cron field like '*/15', '5,10,20-22' for minutes 0-59."""

    def __init__(self, spec, lo=0, hi=59):
        self.allowed = set()
        for part in spec.split(','):
            step = 1
            if '/' in part:
                part, s = part.split('/')
                step = int(s)
            if part == '*':
                a, b = lo, hi
            elif '-' in part:
                a, b = [int(x) for x in part.split('-')]
            else:
                a = b = int(part)
            if a < lo or b > hi or a > b:
                raise SchedulerError('bad cron range %s' % part)
            for v in range(a, b + 1, step):
                self.allowed.add(v)

    def matches(self, minute):
        return (minute % 60) in self.allowed

    def next_after(self, minute):
        for m in range(minute + 1, minute + 61):
            if self.matches(m):
                return m
        return None


class Pipeline:
    """Tasks with dependencies; each task runs once all prerequisites are done."""

    def __init__(self, sched):
        self.sched = sched
        self.deps = {}
        self.durations = {}
        self.done = {}

    def task(self, name, duration, after=()):
        self.deps[name] = list(after)
        self.durations[name] = duration

    def order(self):
        indeg = {n: 0 for n in self.deps}
        users = {n: [] for n in self.deps}
        for n, ds in self.deps.items():
            for d in ds:
                if d not in self.deps:
                    raise SchedulerError('unknown dependency %s' % d)
                indeg[n] += 1
                users[d].append(n)
        ready = sorted(n for n in indeg if indeg[n] == 0)
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0:
                    ready.append(u)
            ready.sort()
        if len(out) != len(self.deps):
            raise SchedulerError('dependency cycle')
        return out

    def start(self):
        for name in self.order():
            start = max([self.done[d] for d in self.deps[name]] + [self.sched.now])
            finish = start + self.durations[name]
            self.done[name] = finish

            def action(s, ev, name=name, start=start):
                return '%s finished (started %d)' % (name, start)
            self.sched.at(finish, action, 'job:' + name)
        return max(self.done.values())


def self_test():
    s = Scheduler()
    counter = {'ticks': 0}

    def tick(sched, ev):
        counter['ticks'] += 1
        return 'tick %d' % counter['ticks']

    def boom(sched, ev):
        raise ValueError('exploded at %d' % sched.now)

    def spawner(sched, ev):
        sched.after(3, lambda s, e: 'spawned child ran', 'child')
        return 'spawned'

    s.every(10, tick, 'ticker', repeat=4)
    s.after(25, boom, 'bomb')
    s.at(5, spawner, 'spawner')
    low = s.at(30, lambda sc, e: 'low priority', 'low', priority=-1)
    s.at(30, lambda sc, e: 'high priority', 'high', priority=5)
    doomed = s.after(15, lambda sc, e: 'never', 'doomed')
    s.every(7, lambda sc, e: None, 'silent', repeat=3)
    print('pending before run:', [e.name for e in s.pending()])
    print('cancel doomed:', s.cancel(doomed), s.cancel('doomed'))
    s.run_until(28)
    print('now', s.now, 'pending', [e.name for e in s.pending()])
    s.run_until(100)
    for line in s.log:
        print(line)
    print(sorted(s.stats.items()), counter, low.runs)
    try:
        s.at(5, tick)
    except SchedulerError as e:
        print('SchedulerError:', e)
    try:
        s.every(0, tick)
    except SchedulerError as e:
        print('SchedulerError:', e)
    h = MinHeap(lambda x: x)
    for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
        h.push(v)
    print([h.pop() for _ in range(10)])
    c = CronSpec('*/15,7,50-52')
    print(sorted(c.allowed), c.matches(67), c.next_after(52), c.next_after(7))
    try:
        CronSpec('70')
    except SchedulerError as e:
        print('SchedulerError:', e)
    s2 = Scheduler()
    p = Pipeline(s2)
    p.task('fetch', 5)
    p.task('parse', 3, ['fetch'])
    p.task('lint', 2, ['fetch'])
    p.task('build', 7, ['parse', 'lint'])
    p.task('docs', 4, ['parse'])
    p.task('ship', 1, ['build', 'docs'])
    print('order', p.order())
    print('makespan', p.start())
    s2.run_until(50)
    for line in s2.log:
        print(line)
    p.task('loop_a', 1, ['loop_b'])
    p.task('loop_b', 1, ['loop_a'])
    try:
        p.order()
    except SchedulerError as e:
        print('SchedulerError:', e)


self_test()
