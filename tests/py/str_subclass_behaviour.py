# Subclasses of str keep str behaviour, add methods, and can override special methods.
class Name(str):
    def initials(self):
        return ''.join(w[0] for w in self.split())
    def shout(self):
        return self.upper() + '!'
n = Name('ada lovelace')
print(n, len(n), n.initials(), n.shout(), n.title() if False else n.upper(), isinstance(n, str))
print(n == 'ada lovelace', n + '?', n[0], n[-3:], n.split(), 'ada' in n, n.startswith('ada'))
print({n: 1}['ada lovelace'], {'ada lovelace': 2}[n], hash(n) == hash('ada lovelace'), str(n))
print(type(n).__name__, type(n + 'x').__name__, type(n.upper()).__name__, type(n[1:]).__name__)
print('%s|%s' % (n, n), '{}'.format(n), Name('b') > 'a', Name('b') == Name('b'))
class Tag(str):
    def __repr__(self):
        return 'Tag<' + str.__str__(self) + '>' if False else 'Tag'
    def __len__(self):
        return 99
t = Tag('xy')
print(repr(t), len(t), t == 'xy', t.upper(), [repr(t)])
class Lower(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other) if False else self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())
print(Lower('ABC') == 'abc', Lower('x') == 'Y', Lower('Q') != 'q' if False else 'skip')
