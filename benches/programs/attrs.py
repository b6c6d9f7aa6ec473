# Attribute loads and stores, and method calls on instances.
class P:
    def __init__(self):
        self.x = 0
        self.y = 1
    def step(self):
        self.x += self.y
def run():
    p = P()
    for i in range(50000):
        p.step()
        p.y = p.x & 3
    return p.x
run()
