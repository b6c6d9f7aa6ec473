# State pattern: a vending machine whose behaviour depends on its current state object.
class State:
    name = 'base'
    def insert(self, m, coins):
        return 'cannot insert in ' + self.name
    def select(self, m, item):
        return 'cannot select in ' + self.name
    def refund(self, m):
        return 'nothing to refund'
class Idle(State):
    name = 'idle'
    def insert(self, m, coins):
        m.credit += coins
        m.state = HasCredit()
        return 'credit %d' % m.credit
class HasCredit(State):
    name = 'has-credit'
    def insert(self, m, coins):
        m.credit += coins
        return 'credit %d' % m.credit
    def select(self, m, item):
        if item not in m.stock or m.stock[item][1] == 0:
            return 'sold out: ' + item
        price, count = m.stock[item]
        if m.credit < price:
            return 'need %d more' % (price - m.credit)
        m.stock[item] = (price, count - 1)
        m.credit -= price
        m.sales.append(item)
        if m.credit == 0:
            m.state = Idle()
            return 'vend ' + item
        return 'vend %s, credit %d' % (item, m.credit)
    def refund(self, m):
        c = m.credit
        m.credit = 0
        m.state = Idle()
        return 'refund %d' % c
class Maintenance(State):
    name = 'maintenance'
class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = 0
        self.stock = {'cola': (150, 2), 'chips': (100, 1), 'gum': (50, 0)}
        self.sales = []
    def do(self, action, *args):
        result = getattr(self.state, action)(self, *args)
        print('%-8s %-6s -> %-24s [%s]' % (action, args[0] if args else '', result, self.state.name))
m = Machine()
m.do('select', 'cola')
m.do('insert', 100)
m.do('select', 'cola')
m.do('insert', 100)
m.do('select', 'cola')
m.do('select', 'gum')
m.do('refund')
m.do('refund')
m.do('insert', 300)
m.do('select', 'chips')
m.do('select', 'chips')
m.do('select', 'cola')
m.do('select', 'cola')
m.state = Maintenance()
m.do('insert', 5)
print(m.sales, sorted(m.stock.items()))
