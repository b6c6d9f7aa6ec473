# Argument passing semantics: rebinding vs mutation of arguments.
def rebind(lst):
    lst = [0]
    return lst
def mutate(lst):
    lst.append(99)
def mutate_dict(d):
    d['new'] = True
    d = {}
    d['lost'] = True
a = [1, 2]
print(rebind(a), a)
mutate(a)
print(a)
d = {}
mutate_dict(d)
print(d)
def inc(n):
    n += 1
    return n
n = 5
print(inc(n), n)
def extend_tuple(t):
    t += (3,)
    return t
t = (1, 2)
print(extend_tuple(t), t)
def extend_list(l):
    l += [3]
    return l
l = [1, 2]
print(extend_list(l), l)
def swap_items(pair):
    pair[0], pair[1] = pair[1], pair[0]
p = ['a', 'b']
swap_items(p)
print(p)
class Box:
    def __init__(self, v):
        self.v = v
def change(box):
    box.v = 'changed'
    box = Box('new box')
    return box.v
b = Box('orig')
print(change(b), b.v)
