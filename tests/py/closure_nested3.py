# Three (and more) levels of nested closures with nonlocal at each level.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(10)(100)(1000))
def outer():
    x = 'o'
    def middle():
        y = 'm'
        def inner():
            nonlocal x, y
            x += '1'
            y += '2'
            return x + y
        r1 = inner()
        r2 = inner()
        return r1, r2, y
    res = middle()
    return res, x
print(outer())
def tracker():
    events = []
    def section(name):
        depth = [0]
        def enter():
            depth[0] += 1
            events.append('%s>%d' % (name, depth[0]))
            def leave():
                events.append('%s<%d' % (name, depth[0]))
                depth[0] -= 1
            return leave
        return enter
    return section, events
section, events = tracker()
enter_a = section('a')
l1 = enter_a()
l2 = enter_a()
l2()
l1()
section('b')()()
print(events)
def deep_nonlocal():
    v = 0
    def a():
        def b():
            def c():
                nonlocal v
                v += 1
            c(); c()
        b(); b()
    a()
    return v
print(deep_nonlocal())
