# CRC-16/CCITT and Fletcher checksums computed with viper loops.
import micropython

@micropython.viper
def crc16(data, n: int) -> int:
    p = ptr8(data)
    crc = 0xFFFF
    for i in range(n):
        crc ^= p[i] << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc

@micropython.viper
def fletcher16(data, n: int) -> int:
    p = ptr8(data)
    a = 0
    b = 0
    for i in range(n):
        a = (a + p[i]) % 255
        b = (b + a) % 255
    return (b << 8) | a

def crc16_py(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

for msg in (b'123456789', b'', b'abcde', b'MicroPython viper'):
    print(msg, hex(crc16(msg, len(msg))), crc16(msg, len(msg)) == crc16_py(msg), hex(fletcher16(msg, len(msg))))
