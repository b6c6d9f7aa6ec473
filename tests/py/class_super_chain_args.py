# Cooperative __init__ chains passing keyword arguments through super() (single inheritance).
class Base:
    def __init__(self, name, **kw):
        self.name = name
        self.extra = kw
        self.log = ['Base']
class Timestamped(Base):
    def __init__(self, created=0, **kw):
        super().__init__(**kw)
        self.created = created
        self.log.append('Timestamped')
class Versioned(Timestamped):
    def __init__(self, version=1, **kw):
        super().__init__(**kw)
        self.version = version
        self.log.append('Versioned')
    def bump(self):
        self.version += 1
        return self
class Document(Versioned):
    def __init__(self, title, body='', **kw):
        super().__init__(name=title.lower().replace(' ', '-'), **kw)
        self.title = title
        self.body = body
        self.log.append('Document')
    def __repr__(self):
        return 'Document(%r, v%d, created=%d, extra=%r)' % (self.title, self.version, self.created, sorted(self.extra.items()))
d = Document('Hello World', 'text', created=100, version=3, author='me', lang='en')
print(d, d.name, d.log)
print(d.bump().bump().version)
e = Document('Empty')
print(e, e.body == '', e.log)
try:
    Document()
except TypeError:
    print('TypeError: missing title')
