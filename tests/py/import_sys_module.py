# Portable parts of the sys module.
import sys
print(type(sys.argv).__name__, isinstance(sys.path, list), sys.byteorder in ('little', 'big'))
print(sys.maxsize > 2 ** 30, type(sys.maxsize).__name__)
print(sys.version_info[0], sys.version_info >= (3,), type(sys.version).__name__)
print(type(sys.modules).__name__)
print(hasattr(sys, 'exit'), hasattr(sys, 'stdout'), hasattr(sys, 'implementation'))
sys.stdout.write('written via sys.stdout\n')
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit no args', e.args)
try:
    raise ValueError('v')
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev.args)
