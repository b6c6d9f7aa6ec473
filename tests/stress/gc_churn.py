# Many short-lived objects of every kind in a small heap: the collector must keep up.
import gc
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
total = 0
for round in range(200):
    h = build(100)
    d = {str(i): [i, (i, i)] for i in range(20)}
    s = "".join(str(i) for i in range(30))
    total += h.v + len(d) + len(s)
gc.collect()
print("churn", total)
