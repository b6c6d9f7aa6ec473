"""A double-entry bank ledger with accounts, transactions and reports.

Money is kept in integer cents.  Features: account types, overdraft limits,
transfers with atomic rollback, interest accrual, fees, journal replay,
audit checks, statements and error handling with a custom exception
hierarchy.
"""


class LedgerError(Exception):
    pass


class AccountNotFound(LedgerError):
    def __init__(self, number):
        super().__init__('no such account: %s' % number)
        self.number = number


class InsufficientFunds(LedgerError):
    def __init__(self, number, needed, available):
        super().__init__('account %s: need %s, available %s' % (number, fmt(needed), fmt(available)))
        self.needed = needed
        self.available = available


class FrozenAccount(LedgerError):
    pass


class InvalidAmount(LedgerError):
    pass


def fmt(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    whole = str(cents // 100)
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return '%s$%s.%02d' % (sign, ','.join(groups), cents % 100)


def parse_amount(text):
    text = text.strip().replace(',', '')
    if text.startswith('$'):
        text = text[1:]
    neg = text.startswith('-')
    if neg:
        text = text[1:]
    if '.' in text:
        whole, frac = text.split('.')
        if len(frac) > 2 or (frac and not frac.isdigit()):
            raise InvalidAmount('bad cents in %r' % text)
        frac = (frac + '00')[:2]
    else:
        whole, frac = text, '00'
    if not whole.isdigit():
        raise InvalidAmount('bad amount %r' % text)
    v = int(whole) * 100 + int(frac)
    return -v if neg else v


class Account:
    kind = 'generic'
    overdraft = 0
    monthly_fee = 0
    rate_bp = 0

    def __init__(self, number, owner):
        self.number = number
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.history = []

    def available(self):
        return self.balance + self.overdraft

    def apply(self, amount, memo, txid):
        if self.frozen:
            raise FrozenAccount('account %s is frozen' % self.number)
        if amount < 0 and -amount > self.available():
            raise InsufficientFunds(self.number, -amount, self.available())
        self.balance += amount
        self.history.append((txid, amount, memo, self.balance))

    def __repr__(self):
        return '%s(%s, %s, %s)' % (type(self).__name__, self.number, self.owner, fmt(self.balance))


class Checking(Account):
    kind = 'checking'
    overdraft = 50000
    monthly_fee = 500


class Savings(Account):
    kind = 'savings'
    rate_bp = 250


class Business(Checking):
    kind = 'business'
    overdraft = 500000
    monthly_fee = 2500
    rate_bp = 50


class Transaction:
    def __init__(self, txid, legs, memo):
        self.txid = txid
        self.legs = legs
        self.memo = memo

    def total(self):
        return sum(a for _, a in self.legs)


class Ledger:
    TYPES = {'checking': Checking, 'savings': Savings, 'business': Business}

    def __init__(self, bank_name):
        self.bank_name = bank_name
        self.accounts = {}
        self.journal = []
        self.next_tx = 1
        self.next_acct = 1000
        self.equity = Account('EQUITY', bank_name)
        self.equity.overdraft = 10 ** 15

    def open(self, owner, kind='checking', deposit=0):
        cls = self.TYPES.get(kind)
        if cls is None:
            raise LedgerError('unknown account type %s' % kind)
        number = 'AC%d' % self.next_acct
        self.next_acct += 1
        acct = cls(number, owner)
        self.accounts[number] = acct
        if deposit:
            self.post([(number, deposit), ('EQUITY', -deposit)], 'opening deposit')
        return acct

    def get(self, number):
        if number == 'EQUITY':
            return self.equity
        try:
            return self.accounts[number]
        except KeyError:
            raise AccountNotFound(number)

    def post(self, legs, memo):
        if sum(a for _, a in legs) != 0:
            raise LedgerError('unbalanced transaction: %s' % memo)
        for _, a in legs:
            if a == 0:
                raise InvalidAmount('zero leg in %s' % memo)
        txid = self.next_tx
        applied = []
        try:
            for number, amount in sorted(legs, key=lambda l: l[1]):
                acct = self.get(number)
                acct.apply(amount, memo, txid)
                applied.append(acct)
        except LedgerError as e:
            for acct in applied:
                last = acct.history.pop()
                acct.balance -= last[1]
            return e
        self.next_tx += 1
        tx = Transaction(txid, legs, memo)
        self.journal.append(tx)
        return tx

    def deposit(self, number, amount, memo='deposit'):
        return self.post([(number, amount), ('EQUITY', -amount)], memo)

    def withdraw(self, number, amount, memo='withdrawal'):
        return self.post([(number, -amount), ('EQUITY', amount)], memo)

    def transfer(self, src, dst, amount, memo='transfer'):
        if amount <= 0:
            raise InvalidAmount('transfer amount must be positive')
        return self.post([(src, -amount), (dst, amount)], memo)

    def month_end(self):
        results = []
        for number in sorted(self.accounts):
            acct = self.accounts[number]
            if acct.frozen:
                continue
            if acct.rate_bp and acct.balance > 0:
                interest = acct.balance * acct.rate_bp // 12 // 10000
                if interest:
                    self.post([(number, interest), ('EQUITY', -interest)], 'interest')
                    results.append((number, 'interest', interest))
            if acct.monthly_fee:
                r = self.post([(number, -acct.monthly_fee), ('EQUITY', acct.monthly_fee)], 'monthly fee')
                results.append((number, 'fee', acct.monthly_fee if isinstance(r, Transaction) else 'failed'))
        return results

    def audit(self):
        total = sum(a.balance for a in self.accounts.values()) + self.equity.balance
        for acct in list(self.accounts.values()) + [self.equity]:
            running = 0
            for _, amount, _, bal in acct.history:
                running += amount
                if running != bal:
                    return 'history mismatch in %s' % acct.number
            if running != acct.balance:
                return 'balance mismatch in %s' % acct.number
        return 'ok' if total == 0 else 'ledger out of balance by %d' % total

    def replay(self):
        """Rebuild balances from the journal and compare."""
        balances = {}
        for tx in self.journal:
            for number, amount in tx.legs:
                balances[number] = balances.get(number, 0) + amount
        return all(balances.get(n, 0) == a.balance for n, a in self.accounts.items())

    def statement(self, number):
        acct = self.get(number)
        lines = ['Statement for %s (%s, %s)' % (acct.number, acct.owner, acct.kind)]
        for txid, amount, memo, bal in acct.history:
            lines.append('  #%-3d %-16s %12s %12s' % (txid, memo, fmt(amount), fmt(bal)))
        lines.append('  closing balance %s' % fmt(acct.balance))
        return '\n'.join(lines)

    def summary(self):
        by_kind = {}
        for a in self.accounts.values():
            by_kind.setdefault(a.kind, []).append(a.balance)
        return sorted((k, len(v), fmt(sum(v))) for k, v in by_kind.items())


def self_test():
    print([fmt(v) for v in (0, 5, 99, 100, 123456789, -250075, 100000000000)])
    print([parse_amount(t) for t in ('12', '12.5', '$1,234.56', '-0.07', '3.')])
    for bad in ('12.345', 'abc', '1.2x'):
        try:
            parse_amount(bad)
        except InvalidAmount as e:
            print('InvalidAmount:', e)
    bank = Ledger('First Micro Bank')
    alice = bank.open('alice', 'checking', 150000)
    bob = bank.open('bob', 'savings', 1000000)
    corp = bank.open('acme corp', 'business', 250000)
    print(alice, bob, corp)
    print(bank.transfer(alice.number, bob.number, 20000, 'rent').txid)
    r = bank.transfer(alice.number, bob.number, 500000, 'too much')
    print(type(r).__name__, r)
    print(fmt(alice.balance), fmt(alice.available()))
    r = bank.withdraw(bob.number, 2000000)
    print(type(r).__name__, r.needed, r.available)
    print(type(bank.transfer(corp.number, alice.number, 600000, 'big invoice')).__name__)
    print(fmt(corp.balance), fmt(corp.available()), fmt(alice.balance))
    r = bank.transfer(alice.number, 'AC9999', 100)
    print(type(r).__name__, r, r.number, isinstance(r, LedgerError))
    try:
        bank.get('AC0001')
    except AccountNotFound as e:
        print('AccountNotFound:', e, e.number)
    print('balances unchanged after failed transfer:', fmt(alice.balance))
    try:
        bank.transfer(alice.number, bob.number, -5)
    except InvalidAmount as e:
        print('InvalidAmount:', e)
    try:
        bank.open('x', 'crypto')
    except LedgerError as e:
        print('LedgerError:', e)
    bob.frozen = True
    r = bank.transfer(alice.number, bob.number, 100, 'to frozen')
    print(type(r).__name__, r, fmt(alice.balance))
    bob.frozen = False
    print(bank.month_end())
    print(bank.month_end())
    print(bank.statement(alice.number))
    print(bank.statement(bob.number))
    print('audit', bank.audit(), 'replay', bank.replay(), 'journal', len(bank.journal))
    print(bank.summary())
    print('equity', fmt(bank.equity.balance))
    try:
        bank.post([(alice.number, 100), (bob.number, -50)], 'broken')
    except LedgerError as e:
        print('LedgerError:', e)
    alice.balance += 1
    print('tampered audit:', bank.audit())
    alice.balance -= 1
    richest = max(bank.accounts.values(), key=lambda a: a.balance)
    poorest = min(bank.accounts.values(), key=lambda a: a.balance)
    print('richest', richest.owner, fmt(richest.balance), 'poorest', poorest.owner, fmt(poorest.balance))
    big_moves = [(tx.txid, tx.memo) for tx in bank.journal if max(abs(a) for _, a in tx.legs) >= 100000]
    print('large transactions', big_moves)


self_test()
