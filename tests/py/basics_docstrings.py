"""Module docstring: MicroPython discards docstrings but they must still parse."""

def documented(a, b):
    """Add two numbers.

    A longer description spanning
    several lines.
    """
    return a + b

class WithDocs:
    """Class docstring."""

    def method(self):
        '''Method docstring with 'quotes'.'''
        return 'method'

    @property
    def prop(self):
        """Property docstring."""
        return 'prop'

def only_docstring():
    """Nothing else."""

def docstring_then_code():
    "Single-quoted docstring"
    x = 1
    "a string expression statement, not a docstring"
    return x

print(documented(1, 2))
print(WithDocs().method(), WithDocs().prop)
print(only_docstring())
print(docstring_then_code())
r"""raw docstring at statement level"""
b'bytes expression statement'
42
print('done')
