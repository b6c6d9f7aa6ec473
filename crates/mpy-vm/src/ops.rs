//! Operator numbers: the bytecode's, plus runtime-only ones (MicroPython's numbering).

/// `+x`
pub const UNARY_POSITIVE: u8 = 0;
/// `-x`
pub const UNARY_NEGATIVE: u8 = 1;
/// `~x`
pub const UNARY_INVERT: u8 = 2;
/// `not x`
pub const UNARY_NOT: u8 = 3;
/// `bool(x)` (runtime only).
pub const UNARY_BOOL: u8 = 4;
/// `len(x)` (runtime only).
pub const UNARY_LEN: u8 = 5;
/// `hash(x)` (runtime only).
pub const UNARY_HASH: u8 = 6;
/// `abs(x)` (runtime only).
pub const UNARY_ABS: u8 = 7;
/// `int(x)` (runtime only).
pub const UNARY_INT: u8 = 8;
/// `float(x)` (runtime only).
pub const UNARY_FLOAT: u8 = 9;
/// `complex(x)` (runtime only).
pub const UNARY_COMPLEX: u8 = 10;

/// `<`
pub const LESS: u8 = 0;
/// `>`
pub const MORE: u8 = 1;
/// `==`
pub const EQUAL: u8 = 2;
/// `<=`
pub const LESS_EQUAL: u8 = 3;
/// `>=`
pub const MORE_EQUAL: u8 = 4;
/// `!=`
pub const NOT_EQUAL: u8 = 5;
/// `in`
pub const IN: u8 = 6;
/// `is`
pub const IS: u8 = 7;
/// Exception match (`except X:`).
pub const EXCEPTION_MATCH: u8 = 8;
/// First in-place operator (`|=`); in-place ops are `INPLACE_OR + (op - OR)`.
pub const INPLACE_OR: u8 = 9;
/// Last in-place operator (`**=`).
pub const INPLACE_POWER: u8 = 21;
/// `|`
pub const OR: u8 = 22;
/// `^`
pub const XOR: u8 = 23;
/// `&`
pub const AND: u8 = 24;
/// `<<`
pub const LSHIFT: u8 = 25;
/// `>>`
pub const RSHIFT: u8 = 26;
/// `+`
pub const ADD: u8 = 27;
/// `-`
pub const SUBTRACT: u8 = 28;
/// `*`
pub const MULTIPLY: u8 = 29;
/// `@`
pub const MAT_MULTIPLY: u8 = 30;
/// `//`
pub const FLOOR_DIVIDE: u8 = 31;
/// `/`
pub const TRUE_DIVIDE: u8 = 32;
/// `%`
pub const MODULO: u8 = 33;
/// `**`
pub const POWER: u8 = 34;
/// `divmod()` (runtime only).
pub const DIVMOD: u8 = 35;
/// `b.__contains__(a)` (runtime only; `a in b` is evaluated as this with operands swapped).
pub const CONTAINS: u8 = 36;
/// First reflected operator (`__ror__`); reflected ops are `REVERSE_OR + (op - OR)`.
pub const REVERSE_OR: u8 = 37;

/// The plain operator for an in-place one (`+=` → `+`), else the operator itself.
#[inline]
pub fn non_inplace(op: u8) -> u8 {
    if (INPLACE_OR..=INPLACE_POWER).contains(&op) {
        op - INPLACE_OR + OR
    } else {
        op
    }
}

/// Special-method name of a binary operator (for classes defined in Python).
pub fn binary_dunder(op: u8) -> Option<crate::qstr::Qstr> {
    use crate::q;
    Some(match op {
        LESS => q!("__lt__"),
        MORE => q!("__gt__"),
        EQUAL => q!("__eq__"),
        LESS_EQUAL => q!("__le__"),
        MORE_EQUAL => q!("__ge__"),
        NOT_EQUAL => q!("__ne__"),
        CONTAINS => q!("__contains__"),
        9 => q!("__ior__"),
        10 => q!("__ixor__"),
        11 => q!("__iand__"),
        12 => q!("__ilshift__"),
        13 => q!("__irshift__"),
        14 => q!("__iadd__"),
        15 => q!("__isub__"),
        16 => q!("__imul__"),
        17 => q!("__imatmul__"),
        18 => q!("__ifloordiv__"),
        19 => q!("__itruediv__"),
        20 => q!("__imod__"),
        21 => q!("__ipow__"),
        OR => q!("__or__"),
        XOR => q!("__xor__"),
        AND => q!("__and__"),
        LSHIFT => q!("__lshift__"),
        RSHIFT => q!("__rshift__"),
        ADD => q!("__add__"),
        SUBTRACT => q!("__sub__"),
        MULTIPLY => q!("__mul__"),
        MAT_MULTIPLY => q!("__matmul__"),
        FLOOR_DIVIDE => q!("__floordiv__"),
        TRUE_DIVIDE => q!("__truediv__"),
        MODULO => q!("__mod__"),
        POWER => q!("__pow__"),
        DIVMOD => q!("__divmod__"),
        37 => q!("__ror__"),
        38 => q!("__rxor__"),
        39 => q!("__rand__"),
        40 => q!("__rlshift__"),
        41 => q!("__rrshift__"),
        42 => q!("__radd__"),
        43 => q!("__rsub__"),
        44 => q!("__rmul__"),
        45 => q!("__rmatmul__"),
        46 => q!("__rfloordiv__"),
        47 => q!("__rtruediv__"),
        48 => q!("__rmod__"),
        49 => q!("__rpow__"),
        _ => return None,
    })
}

/// Special-method name of a unary operator.
pub fn unary_dunder(op: u8) -> Option<crate::qstr::Qstr> {
    use crate::q;
    Some(match op {
        UNARY_POSITIVE => q!("__pos__"),
        UNARY_NEGATIVE => q!("__neg__"),
        UNARY_INVERT => q!("__invert__"),
        UNARY_BOOL => q!("__bool__"),
        UNARY_LEN => q!("__len__"),
        UNARY_HASH => q!("__hash__"),
        UNARY_ABS => q!("__abs__"),
        UNARY_INT => q!("__int__"),
        UNARY_FLOAT => q!("__float__"),
        _ => return None,
    })
}

/// The operator symbol for error messages (`unsupported types for __add__`).
pub fn binary_symbol(op: u8) -> &'static str {
    match op {
        0..=34 => mpy_format::native::BINARY_OP_NAMES[usize::from(op)],
        DIVMOD => "divmod",
        CONTAINS => "in",
        _ => "?",
    }
}
