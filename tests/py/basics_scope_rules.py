# LEGB scope resolution: local, enclosing, global, builtin; shadowing builtins.
x = 'global'
def local_scope():
    x = 'local'
    return x
def enclosing_scope():
    x = 'enclosing'
    def inner():
        return x
    return inner()
def global_scope():
    return x
print(local_scope(), enclosing_scope(), global_scope())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
max = lambda *a: 'global shadow'
print(max(1, 2))
del max
print(max(1, 2))
def uses_later_global():
    return later_defined
later_defined = 'defined after function'
print(uses_later_global())
def class_scope_skip():
    y = 'function y'
    class C:
        z = 'class z'
        def m(self):
            return y
    return C().m(), C.z
print(class_scope_skip())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def conditional_def(flag):
    if flag:
        v = 'set'
    try:
        return v
    except NameError:
        return 'unbound'
print(conditional_def(True), conditional_def(False))
