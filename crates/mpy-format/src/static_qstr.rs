//! The 165 static qstrs every v6 firmware places at qstr numbers 1..=165.
//!
//! `.mpy` files name these strings by number; output byte-identical to `mpy-cross` must use the
//! static form exactly for these strings, so the list and its order are normative.

/// Number of static qstrs (the last one, `zip`, is number 165).
pub const STATIC_QSTR_COUNT: usize = 165;

/// The static qstrs; index `i` holds qstr number `i + 1`.
pub static STATIC_QSTRS: [&[u8]; STATIC_QSTR_COUNT] = [
    b"",
    b"__dir__",
    b"\n",
    b" ",
    b"*",
    b"/",
    b"<module>",
    b"_",
    b"__call__",
    b"__class__",
    b"__delitem__",
    b"__enter__",
    b"__exit__",
    b"__getattr__",
    b"__getitem__",
    b"__hash__",
    b"__init__",
    b"__int__",
    b"__iter__",
    b"__len__",
    b"__main__",
    b"__module__",
    b"__name__",
    b"__new__",
    b"__next__",
    b"__qualname__",
    b"__repr__",
    b"__setitem__",
    b"__str__",
    b"ArithmeticError",
    b"AssertionError",
    b"AttributeError",
    b"BaseException",
    b"EOFError",
    b"Ellipsis",
    b"Exception",
    b"GeneratorExit",
    b"ImportError",
    b"IndentationError",
    b"IndexError",
    b"KeyError",
    b"KeyboardInterrupt",
    b"LookupError",
    b"MemoryError",
    b"NameError",
    b"NoneType",
    b"NotImplementedError",
    b"OSError",
    b"OverflowError",
    b"RuntimeError",
    b"StopIteration",
    b"SyntaxError",
    b"SystemExit",
    b"TypeError",
    b"ValueError",
    b"ZeroDivisionError",
    b"abs",
    b"all",
    b"any",
    b"append",
    b"args",
    b"bool",
    b"builtins",
    b"bytearray",
    b"bytecode",
    b"bytes",
    b"callable",
    b"chr",
    b"classmethod",
    b"clear",
    b"close",
    b"const",
    b"copy",
    b"count",
    b"dict",
    b"dir",
    b"divmod",
    b"end",
    b"endswith",
    b"eval",
    b"exec",
    b"extend",
    b"find",
    b"format",
    b"from_bytes",
    b"get",
    b"getattr",
    b"globals",
    b"hasattr",
    b"hash",
    b"id",
    b"index",
    b"insert",
    b"int",
    b"isalpha",
    b"isdigit",
    b"isinstance",
    b"islower",
    b"isspace",
    b"issubclass",
    b"isupper",
    b"items",
    b"iter",
    b"join",
    b"key",
    b"keys",
    b"len",
    b"list",
    b"little",
    b"locals",
    b"lower",
    b"lstrip",
    b"main",
    b"map",
    b"micropython",
    b"next",
    b"object",
    b"open",
    b"ord",
    b"pop",
    b"popitem",
    b"pow",
    b"print",
    b"range",
    b"read",
    b"readinto",
    b"readline",
    b"remove",
    b"replace",
    b"repr",
    b"reverse",
    b"rfind",
    b"rindex",
    b"round",
    b"rsplit",
    b"rstrip",
    b"self",
    b"send",
    b"sep",
    b"set",
    b"setattr",
    b"setdefault",
    b"sort",
    b"sorted",
    b"split",
    b"start",
    b"startswith",
    b"staticmethod",
    b"step",
    b"stop",
    b"str",
    b"strip",
    b"sum",
    b"super",
    b"throw",
    b"to_bytes",
    b"tuple",
    b"type",
    b"update",
    b"upper",
    b"utf-8",
    b"value",
    b"values",
    b"write",
    b"zip",
];

/// Qstr numbers of the static table sorted by string, for binary search (built at compile time).
static SORTED: [u8; STATIC_QSTR_COUNT] = sorted_index();

const fn less(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

const fn sorted_index() -> [u8; STATIC_QSTR_COUNT] {
    let mut idx = [0u8; STATIC_QSTR_COUNT];
    let mut i = 0;
    while i < STATIC_QSTR_COUNT {
        idx[i] = i as u8;
        i += 1;
    }
    // Insertion sort: 165 entries, evaluated once by the compiler.
    let mut i = 1;
    while i < STATIC_QSTR_COUNT {
        let mut j = i;
        while j > 0
            && less(
                STATIC_QSTRS[idx[j] as usize],
                STATIC_QSTRS[idx[j - 1] as usize],
            )
        {
            let t = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    idx
}

/// The string of static qstr number `n` (1..=165).
pub fn static_qstr_str(n: u16) -> Option<&'static [u8]> {
    let i = usize::from(n).checked_sub(1)?;
    STATIC_QSTRS.get(i).copied()
}

/// The static qstr number (1..=165) of `s`, if `s` is one of the static strings.
pub fn static_qstr_number(s: &[u8]) -> Option<u16> {
    SORTED
        .binary_search_by(|&i| STATIC_QSTRS[usize::from(i)].cmp(s))
        .ok()
        .map(|pos| u16::from(SORTED[pos]) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spot_checks_match_real_files() {
        assert_eq!(static_qstr_number(b"<module>"), Some(7));
        assert_eq!(static_qstr_number(b"*"), Some(5));
        assert_eq!(static_qstr_number(b"__init__"), Some(17));
        assert_eq!(static_qstr_number(b"print"), Some(123));
        assert_eq!(static_qstr_number(b"self"), Some(137));
        assert_eq!(static_qstr_number(b"utf-8"), Some(161));
        assert_eq!(static_qstr_number(b""), Some(1));
        assert_eq!(static_qstr_number(b"\n"), Some(3));
        assert_eq!(static_qstr_number(b"zip"), Some(165));
        assert_eq!(static_qstr_number(b"<lambda>"), None);
        assert_eq!(static_qstr_str(0), None);
        assert_eq!(static_qstr_str(166), None);
    }

    #[test]
    fn every_entry_round_trips() {
        for (i, s) in STATIC_QSTRS.iter().enumerate() {
            assert_eq!(static_qstr_number(s), Some(i as u16 + 1));
        }
    }
}
