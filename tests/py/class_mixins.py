# Mixins providing reusable behaviour: comparison, repr, serialisation, validation.
class ReprMixin:
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, getattr(self, k)) for k in self.FIELDS)
        return '%s(%s)' % (type(self).__name__, fields)
class CompareMixin:
    def _key(self):
        return tuple(getattr(self, k) for k in self.FIELDS)
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __hash__(self):
        return hash(self._key())
class DictMixin:
    def to_dict(self):
        return {k: getattr(self, k) for k in self.FIELDS}
    @classmethod
    def from_dict(cls, d):
        return cls(*[d[k] for k in cls.FIELDS])
class ValidateMixin:
    def validate(self):
        errors = []
        for k, check in self.RULES:
            if not check(getattr(self, k)):
                errors.append(k)
        return errors
class Employee(ReprMixin, CompareMixin, DictMixin, ValidateMixin):
    FIELDS = ('name', 'dept', 'salary')
    RULES = (('name', lambda v: len(v) > 0), ('salary', lambda v: v > 0))
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
staff = [Employee('zoe', 'eng', 120), Employee('adam', 'ops', 90), Employee('', 'eng', -5), Employee('mia', 'eng', 110)]
print(sorted(staff))
print(staff[0] == Employee('zoe', 'eng', 120), staff[0] == staff[1], len(set(staff + [Employee('zoe', 'eng', 120)])))
d = staff[1].to_dict()
print(sorted(d.items()), Employee.from_dict(d) == staff[1])
print([e.validate() for e in staff])
print([c.__name__ for c in Employee.__bases__])
