# Viper int/uint/bool/object types, casts and return types.
import micropython

@micropython.viper
def add_int(a: int, b: int) -> int:
    return a + b

@micropython.viper
def sub_uint(a: uint, b: uint) -> uint:
    return a - b

@micropython.viper
def mask32(a: int) -> int:
    # 0xFFFFFFFF is not a small int for mpy-cross, so cast the constant object to a word.
    return a & int(0xFFFFFFFF)

@micropython.viper
def to_bool(a: int) -> bool:
    return a > 10

@micropython.viper
def as_object(a: int) -> object:
    if a > 0:
        return 'pos'
    return None

@micropython.viper
def cast_from_object(x) -> int:
    v = int(x)
    return v * 3

@micropython.viper
def unsigned_compare(a: uint, b: uint) -> bool:
    return a < b

@micropython.viper
def signed_compare(a: int, b: int) -> bool:
    return a < b

@micropython.viper
def shifts(a: int) -> int:
    return (a << 4) | (a >> 2)

@micropython.viper
def no_annotation_return(a: int):
    return str(a + 1)

print(add_int(2, 3), add_int(-7, 2), add_int(1000000, 2000000))
print(sub_uint(10, 3), mask32(sub_uint(1, 2)))
print(mask32(-1), mask32(0x123456789), to_bool(5), to_bool(50))
print(as_object(21), as_object(-1), cast_from_object(14))
print(unsigned_compare(1, 2), unsigned_compare(-1, 2), signed_compare(-1, 2))
print(shifts(3), shifts(0x100), no_annotation_return(41), type(to_bool(1)).__name__)
