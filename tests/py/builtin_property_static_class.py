# property (decorator and call forms), staticmethod and classmethod, through instances and classes.
class Account:
    rate = 0.05
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        self._balance = 0
    def _get_interest(self):
        return self._balance * self.rate
    interest = property(_get_interest)
    @staticmethod
    def fee(amount):
        return amount * 0.01
    @classmethod
    def with_rate(cls, rate):
        obj = cls(100)
        obj.rate = rate
        return obj
    @classmethod
    def name(cls):
        return cls.__name__
acc = Account(200)
print(acc.balance, acc.interest, acc.fee(500), Account.fee(100), Account.name(), acc.name())
acc.balance = 50
print(acc.balance, acc.interest)
try:
    acc.balance = -1
except ValueError:
    print('ValueError from setter')
del acc.balance
print(acc.balance)
try:
    acc.interest = 5
except AttributeError:
    print('AttributeError read-only property')
special = Account.with_rate(0.5)
print(type(special).__name__, special.interest, special.rate, Account.rate)
class Savings(Account):
    rate = 0.1
    @classmethod
    def name(cls):
        return 'Savings:' + cls.__name__
s = Savings(10)
print(s.interest, Savings.name(), Savings.with_rate(1).interest, isinstance(Savings.with_rate(1), Savings))
print(isinstance(Account.__dict__['balance'], property), type(Account.__dict__['fee']).__name__,
      type(Account.__dict__['name']).__name__)
p = property(lambda self: 'got')
class Holder:
    attr = p
print(Holder().attr)
