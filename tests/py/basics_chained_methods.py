# Method chaining on builtins and fluent user-defined APIs.
s = '  Hello, World  '
print(s.strip().lower().replace('world', 'there').split(', '))
print('-'.join('a b c'.upper().split()).center(11).replace(' ', '.'))
print(' '.join(''.join(reversed(w)) for w in 'chain these words'.split()).upper().count('S'))
class Query:
    def __init__(self, rows):
        self.rows = rows
    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])
    def order_by(self, key, reverse=False):
        return Query(sorted(self.rows, key=key, reverse=reverse))
    def select(self, *fields):
        return Query([{f: r[f] for f in fields} for r in self.rows])
    def limit(self, n):
        return Query(self.rows[:n])
    def all(self):
        return self.rows
    def count(self):
        return len(self.rows)
people = [{'name': 'ann', 'age': 31, 'city': 'oslo'}, {'name': 'bob', 'age': 25, 'city': 'rome'},
          {'name': 'cy', 'age': 42, 'city': 'oslo'}, {'name': 'di', 'age': 19, 'city': 'lima'}]
q = Query(people).where(lambda r: r['age'] > 20).order_by(lambda r: r['age'], reverse=True)
print([sorted(r.items()) for r in q.select('name', 'age').limit(2).all()], q.count())
print(Query(people).where(lambda r: r['city'] == 'oslo').select('name').all())
b = bytearray()
b.extend(b'abc')
print(bytes(b).upper().decode().center(7, '*') if False else bytes(b).upper().decode())
print(len([1, 2, 3].copy()), 'x'.join('abc').split('x')[1])
