//! The long strings `mpy-cross` has interned before it reads a file (bytecode.md Appendix B.2).
//!
//! A string literal longer than 10 bytes is a qstr (LOAD_CONST_STRING) only if an equal qstr
//! already exists, so these decide how such literals compile.

/// The built-in qstrs of `mpy-cross` longer than 10 bytes, sorted.
pub const LONG_BUILTIN_QSTRS: [&[u8]; 50] = [
    b"ArithmeticError",
    b"AssertionError",
    b"AttributeError",
    b"BaseException",
    b"GeneratorExit",
    b"ImportError",
    b"IndentationError",
    b"Interpolation",
    b"KeyboardInterrupt",
    b"LookupError",
    b"MemoryError",
    b"NotImplementedError",
    b"OverflowError",
    b"RuntimeError",
    b"StopAsyncIteration",
    b"StopIteration",
    b"SyntaxError",
    b"UnicodeError",
    b"ViperTypeError",
    b"ZeroDivisionError",
    b"__build_class__",
    b"__complex__",
    b"__contains__",
    b"__delitem__",
    b"__getattr__",
    b"__getitem__",
    b"__qualname__",
    b"__repl_print__",
    b"__reversed__",
    b"__setitem__",
    b"__template__",
    b"__traceback__",
    b"bound_method",
    b"classmethod",
    b"difference_update",
    b"format_spec",
    b"heap_unlock",
    b"interpolations",
    b"intersection",
    b"intersection_update",
    b"maximum recursion depth exceeded",
    b"micropython",
    b"staticmethod",
    b"string.templatelib",
    b"symmetric_difference",
    b"symmetric_difference_update",
    b"templatelib",
    b"unpack_from",
    b"vcvt_f32_s32",
    b"vcvt_s32_f32",
];

/// Whether `s` is one of [`LONG_BUILTIN_QSTRS`].
pub fn is_long_builtin_qstr(s: &[u8]) -> bool {
    s.len() > 10 && LONG_BUILTIN_QSTRS.binary_search(&s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_long() {
        assert!(LONG_BUILTIN_QSTRS.windows(2).all(|w| w[0] < w[1]));
        assert!(LONG_BUILTIN_QSTRS.iter().all(|s| s.len() > 10));
        assert!(is_long_builtin_qstr(b"StopAsyncIteration"));
        assert!(!is_long_builtin_qstr(b"NotABuiltinName"));
    }
}
