# int() conversions and int methods present in MicroPython (to_bytes/from_bytes).
print(int(), int(5), int(-5.9), int(5.9), int(True), int('12'), int('-0012'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('17', 8))
print(int('z', 36), int('10', 2), int('777', 8), int(' 42 '), int('1_2_3'))
print(int(1e18), int(-1e18), int(2.0 ** 70), int(123.999))
for bad in ['', 'abc', '1.5', '0x', '12 34', '--1']:
    try:
        int(bad)
        print('parsed', bad)
    except ValueError:
        print('ValueError for %r' % bad)
try:
    int('9', 8)
except ValueError:
    print('ValueError: digit out of range for base')
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(1, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'', 'big'))
print((2 ** 64 - 1).to_bytes(8, 'big'), int.from_bytes(b'\xff' * 8, 'little'))
print(int.from_bytes(bytes(range(1, 17)), 'big'))
print(round(7), round(-7), abs(-0), hex(0), bin(0), oct(0))
print(bin(5), bin(-5), oct(64), oct(-64), hex(4095), hex(-4095))
print(int(float('1e15')), int('1' * 20) // int('1' * 10))
class HasInt:
    def __int__(self):
        return 77
print(int(HasInt()))
