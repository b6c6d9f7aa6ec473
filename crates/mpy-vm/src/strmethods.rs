//! Behaviour of `str`, `bytes` and `bytearray` text: construction, operators, indexing and
//! the methods the three share.

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::objarray::{self, BYTEARRAY_TYPE};
use crate::objfun::{BuiltinFn, Wrapper};
use crate::objstr::{self, BYTES_TYPE, STR_TYPE, is_str, str_bytes};
use crate::ops::*;
use crate::q;
use crate::types::{Attr, PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// Bytes in the UTF-8 sequence that starts with byte `b`.
#[inline]
pub fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

/// Number of characters in UTF-8 text.
pub fn char_count(s: &[u8]) -> usize {
    s.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

/// Byte offset of character `i` (or the length, if `i` is the character count).
pub fn char_offset(s: &[u8], i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    let mut n = 0;
    for (pos, &b) in s.iter().enumerate() {
        if b & 0xc0 != 0x80 {
            if n == i {
                return pos;
            }
            n += 1;
        }
    }
    s.len()
}

/// The one-character string starting at byte `pos`, if in range.
pub fn str_char_at(vm: &mut Vm, s: &[u8], pos: usize) -> PyResult<Option<Value>> {
    if pos >= s.len() {
        return Ok(None);
    }
    let n = utf8_len(s[pos]).min(s.len() - pos);
    let piece = &s[pos..pos + n];
    if let Some(q) = vm.qstrs.find(piece) {
        return Ok(Some(Value::qstr(q)));
    }
    objstr::new_str(vm, piece).map(Some)
}

/// Which of the three text-like types a value is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `str` (or a qstr).
    Str,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
}

/// The kind and the bytes of a str, bytes or bytearray value (or of a subclass instance).
pub fn text_of<'a>(vm: &Vm, v: Value) -> Option<(Kind, &'a [u8])> {
    if let Some(s) = str_bytes(vm, v) {
        return Some((Kind::Str, s));
    }
    if let Some(b) = objstr::bytes_bytes(v) {
        return Some((Kind::Bytes, b));
    }
    if v.is_type(&BYTEARRAY_TYPE) {
        return Some((Kind::ByteArray, objarray::bytearray_bytes(v)));
    }
    let n = crate::objtype::instance_native(v);
    if !n.is_null() && !crate::objtype::is_instance_obj(n) {
        return text_of(vm, n);
    }
    None
}

fn self_text<'a>(vm: &Vm, v: Value) -> (Kind, &'a [u8]) {
    text_of(vm, v).unwrap_or((Kind::Str, &[]))
}

/// A new str/bytes/bytearray holding `s`.
pub fn new_kind(vm: &mut Vm, kind: Kind, s: &[u8]) -> PyResult {
    match kind {
        Kind::Str => objstr::new_str(vm, s),
        Kind::Bytes => objstr::new_bytes(vm, s),
        Kind::ByteArray => objarray::new_bytearray(vm, s),
    }
}

fn new_from_buf(vm: &mut Vm, kind: Kind, b: &Buf) -> PyResult {
    if b.oom {
        return Err(vm.memory_error());
    }
    new_kind(vm, kind, b.as_bytes())
}

/// `str(...)`.
pub fn str_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    let mut a = [Value::NULL; 3];
    let n = collect_args(
        vm,
        args,
        kw,
        &[q!("object"), q!("encoding"), q!("errors")],
        &mut a,
    )?;
    match n {
        0 => Ok(Value::qstr(q!(""))),
        1 => vm.str_of(a[0]),
        _ => match crate::objarray::buffer_bytes(a[0]) {
            Some(b) => decode_utf8(vm, b),
            None => Err(vm.type_error("decoding str is not supported")),
        },
    }
}

/// Merges positional and keyword arguments named `names` into `out`; returns how many of the
/// leading slots are filled (a gap counts as NULL).
fn collect_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    names: &[crate::qstr::Qstr],
    out: &mut [Value],
) -> PyResult<usize> {
    if args.len() > names.len() {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most {} arguments, got {}",
            names.len(),
            args.len()
        )));
    }
    out[..args.len()].copy_from_slice(args);
    let mut n = args.len();
    for p in kw.chunks(2) {
        let Some(i) = names.iter().position(|&q| p[0] == Value::qstr(q)) else {
            return Err(vm.type_error("unexpected keyword argument"));
        };
        out[i] = p[1];
        n = n.max(i + 1);
    }
    Ok(n)
}

fn decode_utf8(vm: &mut Vm, b: &[u8]) -> PyResult {
    if core::str::from_utf8(b).is_err() {
        return Err(vm.exc_msg(&crate::objexc::UNICODE_ERROR, ""));
    }
    objstr::new_str(vm, b)
}

/// Bytes of an iterable of ints (or anything with the buffer protocol), as `bytes(x)` takes.
pub fn bytes_from_value(vm: &mut Vm, x: Value, out: &mut Buf) -> PyResult<()> {
    if let Some(b) = objarray::buffer_bytes(x) {
        out.push_bytes(b);
        return Ok(());
    }
    if !crate::objint::is_int(x) && !is_str(x) {
        if let Some(info) = objarray::get_buffer(vm, x, false) {
            if !info.ptr.is_null() {
                // SAFETY: the buffer protocol hands out `len` live bytes of the object.
                out.push_bytes(unsafe { core::slice::from_raw_parts(info.ptr, info.len) });
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(x)?;
    while let Some(v) = vm.iter_next(it)? {
        match crate::objint::small_of(v) {
            Some(b @ 0..=255) => {
                out.push(b as u8);
            }
            Some(_) => return Err(vm.value_error("bytes value out of range")),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error_fmt(format_args!(
                    "'{t}' object cannot be interpreted as an integer"
                )));
            }
        }
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// The bytes `bytes(args)` / `bytearray(args)` make.
pub fn bytes_args(vm: &mut Vm, args: &[Value], kw: &[Value], out: &mut Buf) -> PyResult<()> {
    let mut a = [Value::NULL; 3];
    let n = collect_args(
        vm,
        args,
        kw,
        &[q!("source"), q!("encoding"), q!("errors")],
        &mut a,
    )?;
    if n == 0 {
        return Ok(());
    }
    let x = a[0];
    if let Some(s) = str_bytes(vm, x) {
        if n < 2 {
            return Err(vm.type_error("string argument without an encoding"));
        }
        out.push_bytes(s);
    } else if n >= 2 {
        return Err(vm.type_error("encoding without a string argument"));
    } else if let Some(k) = crate::objint::small_of(x).filter(|_| crate::objint::is_int(x)) {
        if k < 0 {
            return Err(vm.value_error("negative count"));
        }
        for _ in 0..k {
            if !out.push(0) {
                break;
            }
        }
    } else if x.is_type(&crate::objint::INT_TYPE) {
        return Err(vm.memory_error());
    } else {
        bytes_from_value(vm, x, out)?;
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// `bytes(...)`.
pub fn bytes_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if let [x] = *args {
        if x.is_type(&BYTES_TYPE) {
            return Ok(x);
        }
    }
    let mut out = Buf::new();
    bytes_args(vm, args, kw, &mut out)?;
    objstr::new_bytes(vm, out.as_bytes())
}

/// Unary operators of str and bytes: `len`, truth and hash.
pub fn str_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let (kind, s) = self_text(vm, v);
    match op {
        UNARY_LEN => Ok(Value::small_int(if kind == Kind::Str {
            char_count(s)
        } else {
            s.len()
        } as isize)),
        UNARY_BOOL => Ok(Value::bool(!s.is_empty())),
        UNARY_HASH => {
            let h = objstr::strlike_hash(vm, v);
            Ok(Value::small_int((h >> 1) as isize))
        }
        _ => Ok(Value::NULL),
    }
}

/// Binary operators of str, bytes and bytearray (the left operand is one of them).
pub fn str_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let (ka, x) = self_text(vm, a);
    let other = text_of(vm, b);
    let plain = non_inplace(op);
    match plain {
        ADD => {
            // bytes-like + anything with the buffer protocol; str + str. MicroPython also
            // takes a str on the right of bytes.
            let y = match (ka, other) {
                (Kind::Str, Some((Kind::Str, y))) => y,
                (Kind::Str, _) => return Ok(Value::NULL),
                (_, Some((_, y))) => y,
                (_, None) => match objarray::get_buffer(vm, b, false) {
                    Some(info) => crate::modutil::buffer_slice(&info),
                    None => return Ok(Value::NULL),
                },
            };
            if ka == Kind::ByteArray && op != plain {
                // `ba += x` extends in place.
                let copy = objstr::new_bytes(vm, y)?;
                objarray::append_bytes(vm, a, objstr::bytes_bytes(copy).unwrap_or(&[]))?;
                return Ok(a);
            }
            let mut out = Buf::new();
            out.push_bytes(x);
            out.push_bytes(y);
            new_from_buf(vm, ka, &out)
        }
        MULTIPLY => {
            let Some(n) = crate::objtuple::repeat_count(vm, b, x.len())? else {
                return Ok(Value::NULL);
            };
            let mut out = Buf::new();
            for _ in 0..n {
                if !out.push_bytes(x) {
                    break;
                }
            }
            new_from_buf(vm, ka, &out)
        }
        MODULO if ka != Kind::ByteArray => crate::strformat::percent_format(vm, a, b),
        CONTAINS => {
            if ka == Kind::Str {
                return match other {
                    Some((Kind::Str, y)) => Ok(Value::bool(find(x, y, 0).is_some())),
                    _ => Err(type_mismatch(vm, Kind::Str, b)),
                };
            }
            if let Some(n) = crate::objint::small_of(b) {
                if !(0..=255).contains(&n) {
                    return Err(vm.value_error("byte must be in range(0, 256)"));
                }
                return Ok(Value::bool(x.contains(&(n as u8))));
            }
            let y = match other {
                Some((Kind::Str, _)) | None => match objarray::buffer_bytes(b) {
                    Some(y) => y,
                    None => {
                        let t = vm.type_name(b);
                        return Err(vm.type_error_fmt(format_args!(
                            "a bytes-like object is required, not '{t}'"
                        )));
                    }
                },
                Some((_, y)) => y,
            };
            Ok(Value::bool(find(x, y, 0).is_some()))
        }
        LESS | MORE | LESS_EQUAL | MORE_EQUAL | EQUAL | NOT_EQUAL => {
            let y = match (ka, other) {
                (Kind::Str, Some((Kind::Str, y))) => y,
                (Kind::Str, _) | (_, Some((Kind::Str, _))) => {
                    return Ok(match op {
                        EQUAL => Value::FALSE,
                        NOT_EQUAL => Value::TRUE,
                        _ => Value::NULL,
                    });
                }
                (_, Some((_, y))) => y,
                (_, None) => match objarray::buffer_bytes(b) {
                    Some(y) => y,
                    None => {
                        return Ok(match op {
                            EQUAL => Value::FALSE,
                            NOT_EQUAL => Value::TRUE,
                            _ => Value::NULL,
                        });
                    }
                },
            };
            let o = x.cmp(y);
            Ok(Value::bool(match op {
                LESS => o.is_lt(),
                MORE => o.is_gt(),
                LESS_EQUAL => o.is_le(),
                MORE_EQUAL => o.is_ge(),
                EQUAL => o.is_eq(),
                _ => o.is_ne(),
            }))
        }
        _ => Ok(Value::NULL),
    }
}

/// Finds `needle` in `hay` from byte `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from >= hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    if needle.len() == 1 {
        let c = needle[0];
        return hay[from..].iter().position(|&b| b == c).map(|p| p + from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Finds the last `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Subscript of str and bytes (characters for str, ints for bytes).
pub fn str_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    if value != Value::SENTINEL {
        return Ok(Value::NULL);
    }
    let (kind, s) = self_text(vm, v);
    let text = kind == Kind::Str;
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        if !text || s.is_ascii() {
            let sel = crate::objslice::slice_indices(vm, index, s.len())?;
            if sel.step == 1 {
                let st = sel.start.max(0) as usize;
                let en = (st + sel.count).min(s.len());
                return new_kind(vm, kind, &s[st..en]);
            }
            let mut out = Buf::new();
            for k in 0..sel.count {
                out.push(s[(sel.start + k as isize * sel.step) as usize]);
            }
            return new_from_buf(vm, kind, &out);
        }
        let n = char_count(s);
        let sel = crate::objslice::slice_indices(vm, index, n)?;
        let mut out = Buf::new();
        for k in 0..sel.count {
            let i = (sel.start + k as isize * sel.step) as usize;
            let a = char_offset(s, i);
            let len = utf8_len(s[a]).min(s.len() - a);
            out.push_bytes(&s[a..a + len]);
        }
        return new_from_buf(vm, kind, &out);
    }
    if text {
        if !crate::objint::is_int(crate::objint::int_subclass_value(index)) {
            let t = vm.type_name(index);
            return Err(vm.type_error_fmt(format_args!("string indices must be integers, not {t}")));
        }
        let n = if s.is_ascii() { s.len() } else { char_count(s) };
        let i = crate::objslice::index_of(vm, index, n, "string")?;
        let at = char_offset(s, i);
        Ok(str_char_at(vm, s, at)?.unwrap_or(Value::NONE))
    } else {
        let i = crate::objslice::index_of(vm, index, s.len(), "bytes")?;
        Ok(Value::small_int(isize::from(s[i])))
    }
}

/// `iter()` of str and bytes.
pub fn str_getiter(vm: &mut Vm, v: Value) -> PyResult {
    crate::objiter::seq_getiter(vm, v)
}

fn type_mismatch(vm: &mut Vm, kind: Kind, v: Value) -> Exc {
    let t = vm.type_name(v);
    let want = if kind == Kind::Str { "str" } else { "bytes" };
    vm.type_error_fmt(format_args!(
        "can't convert '{t}' object to {want} implicitly"
    ))
}

/// An argument that must be of the same text kind as `self` (any bytes-like for bytes).
fn arg_text<'a>(vm: &mut Vm, kind: Kind, v: Value) -> PyResult<&'a [u8]> {
    match text_of(vm, v) {
        Some((Kind::Str, s)) if kind == Kind::Str => Ok(s),
        Some((k, s)) if k != Kind::Str && kind != Kind::Str => Ok(s),
        None if kind != Kind::Str => match objarray::buffer_bytes(v) {
            Some(s) => Ok(s),
            None => Err(type_mismatch(vm, kind, v)),
        },
        _ => Err(type_mismatch(vm, kind, v)),
    }
}

/// An index argument (start/end): `None` means absent; big ints clamp.
fn index_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<isize>> {
    let Some(v) = v else { return Ok(None) };
    if v == Value::NONE {
        return Ok(None);
    }
    let v = crate::objint::int_subclass_value(v);
    if let Some(n) = crate::objint::small_of(v) {
        return Ok(Some(n));
    }
    if v.is_type(&crate::objint::INT_TYPE) {
        let neg = crate::objint::big_ref(v).is_negative();
        return Ok(Some(if neg { isize::MIN / 2 } else { isize::MAX / 2 }));
    }
    let t = vm.type_name(v);
    Err(vm.type_error_fmt(format_args!(
        "slice indices must be integers or None or have an __index__ method, not {t}"
    )))
}

/// A plain int argument.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<isize> {
    let v = crate::objint::int_subclass_value(v);
    if let Some(n) = crate::objint::small_of(v) {
        return Ok(n);
    }
    if v.is_type(&crate::objint::INT_TYPE) {
        return Err(vm.exc_msg(
            &crate::objexc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        ));
    }
    let t = vm.type_name(v);
    Err(vm.type_error_fmt(format_args!("can't convert {t} to int")))
}

/// Byte range `[start, end)` of `s` selected by optional start/end arguments (character
/// positions for str), plus whether the range is empty because start > end.
fn sub_range(
    vm: &mut Vm,
    kind: Kind,
    s: &[u8],
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize)>> {
    let text = kind == Kind::Str && !s.is_ascii();
    let n = if text { char_count(s) } else { s.len() } as isize;
    let norm = |i: Option<isize>, d: isize| -> isize {
        match i {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
            None => d,
        }
    };
    let start = index_arg(vm, start)?;
    let st = norm(start, 0);
    let en = norm(index_arg(vm, end)?, n);
    // A start past the end finds nothing, not even the empty string (`'ab'.find('', 3)`).
    if st > en || start.is_some_and(|i| i > n) {
        return Ok(None);
    }
    let (st, en) = (st as usize, en as usize);
    Ok(Some(if text {
        (char_offset(s, st), char_offset(s, en))
    } else {
        (st, en)
    }))
}

fn m_join(vm: &mut Vm, sep: Value, items: Value) -> PyResult {
    let (kind, s) = self_text(vm, sep);
    let l = if items.is_type(&crate::objlist::LIST_TYPE)
        || items.is_type(&crate::objtuple::TUPLE_TYPE)
    {
        items
    } else {
        crate::objlist::list_from_iter(vm, items)?
    };
    let list = if l.is_type(&crate::objtuple::TUPLE_TYPE) {
        crate::objtuple::tuple_items(l)
    } else {
        crate::objlist::list_items(l)
    };
    let mut out = Buf::new();
    for (i, &x) in list.iter().enumerate() {
        if i > 0 {
            out.push_bytes(s);
        }
        let piece = match text_of(vm, x) {
            Some((Kind::Str, p)) if kind == Kind::Str => p,
            Some((k, p)) if k != Kind::Str && kind != Kind::Str => p,
            None if kind != Kind::Str && objarray::buffer_bytes(x).is_some() => {
                objarray::buffer_bytes(x).unwrap_or(&[])
            }
            _ => {
                return Err(vm.type_error(
                    "join expects a list of str/bytes objects consistent with self object",
                ));
            }
        };
        out.push_bytes(piece);
    }
    new_from_buf(vm, kind, &out)
}

/// Whitespace as `str.split()` and `strip()` see it.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn kwarg(kw: &[Value], name: crate::qstr::Qstr) -> Option<Value> {
    kw.chunks(2)
        .find(|p| p[0] == Value::qstr(name))
        .map(|p| p[1])
}

fn m_split(vm: &mut Vm, a: &[Value], kw: &[Value], right: bool) -> PyResult {
    if a.len() > 3 {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let v = a[0];
    let (kind, s) = self_text(vm, v);
    let sep = a
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, q!("sep")))
        .unwrap_or(Value::NONE);
    let maxsplit = match a.get(2).copied().or_else(|| kwarg(kw, q!("maxsplit"))) {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let out = crate::objlist::new_list(vm, &[])?;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    if sep == Value::NONE {
        if !right {
            let mut i = 0;
            loop {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                if i >= s.len() {
                    break;
                }
                if left == 0 {
                    let piece = new_kind(vm, kind, &s[i..])?;
                    crate::objlist::list_append(vm, out, piece)?;
                    break;
                }
                let st = i;
                while i < s.len() && !is_space(s[i]) {
                    i += 1;
                }
                let piece = new_kind(vm, kind, &s[st..i])?;
                crate::objlist::list_append(vm, out, piece)?;
                left -= 1;
            }
        } else {
            let mut i = s.len();
            loop {
                while i > 0 && is_space(s[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if left == 0 {
                    let piece = new_kind(vm, kind, &s[..i])?;
                    crate::objlist::list_append(vm, out, piece)?;
                    break;
                }
                let en = i;
                while i > 0 && !is_space(s[i - 1]) {
                    i -= 1;
                }
                let piece = new_kind(vm, kind, &s[i..en])?;
                crate::objlist::list_append(vm, out, piece)?;
                left -= 1;
            }
            reverse_list(out);
        }
        return Ok(out);
    }
    let d = arg_text(vm, kind, sep)?;
    if d.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    if !right {
        let mut st = 0;
        while left > 0 {
            let Some(p) = find(s, d, st) else { break };
            let piece = new_kind(vm, kind, &s[st..p])?;
            crate::objlist::list_append(vm, out, piece)?;
            st = p + d.len();
            left -= 1;
        }
        let piece = new_kind(vm, kind, &s[st..])?;
        crate::objlist::list_append(vm, out, piece)?;
    } else {
        let mut en = s.len();
        while left > 0 {
            let Some(p) = rfind(&s[..en], d) else { break };
            let piece = new_kind(vm, kind, &s[p + d.len()..en])?;
            crate::objlist::list_append(vm, out, piece)?;
            en = p;
            left -= 1;
        }
        let piece = new_kind(vm, kind, &s[..en])?;
        crate::objlist::list_append(vm, out, piece)?;
        reverse_list(out);
    }
    Ok(out)
}

fn reverse_list(l: Value) {
    let p = crate::objlist::list_ptr(l);
    // SAFETY: a live list we just built; `len` items are initialised.
    unsafe {
        if !(*p).items.is_null() {
            core::slice::from_raw_parts_mut((*p).items, (*p).len).reverse();
        }
    }
}

fn m_strip(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let chars: Option<&[u8]> = match a.get(1) {
        Some(&c) if c != Value::NONE => Some(arg_text(vm, kind, c)?),
        _ => None,
    };
    let strip_at = |i: usize| -> bool {
        match chars {
            Some(cs) => {
                if kind == Kind::Str && !cs.is_ascii() {
                    // Compare whole characters.
                    let l = utf8_len(s[i]).min(s.len() - i);
                    contains_char(cs, &s[i..i + l])
                } else {
                    cs.contains(&s[i])
                }
            }
            None => is_space(s[i]),
        }
    };
    let mut st = 0;
    let mut en = s.len();
    if left {
        while st < en && strip_at(st) {
            st += if kind == Kind::Str {
                utf8_len(s[st]).min(en - st)
            } else {
                1
            };
        }
    }
    if right {
        while en > st {
            let mut c = en - 1;
            if kind == Kind::Str {
                while c > st && s[c] & 0xc0 == 0x80 {
                    c -= 1;
                }
            }
            if !strip_at(c) {
                break;
            }
            en = c;
        }
    }
    if st == 0
        && en == s.len()
        && (a[0].is_qstr() || a[0].is_type(&STR_TYPE) || a[0].is_type(&BYTES_TYPE))
    {
        return Ok(a[0]);
    }
    new_kind(vm, kind, &s[st..en])
}

fn contains_char(set: &[u8], ch: &[u8]) -> bool {
    let mut i = 0;
    while i < set.len() {
        let l = utf8_len(set[i]).min(set.len() - i);
        if &set[i..i + l] == ch {
            return true;
        }
        i += l;
    }
    false
}

fn m_startswith(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let Some((st, en)) = sub_range(vm, kind, s, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Value::FALSE);
    };
    let s = &s[st..en];
    let test = |vm: &mut Vm, p: Value| -> PyResult<bool> {
        let p = arg_text(vm, kind, p)?;
        Ok(if ends {
            s.ends_with(p)
        } else {
            s.starts_with(p)
        })
    };
    if a[1].is_type(&crate::objtuple::TUPLE_TYPE) {
        for &p in crate::objtuple::tuple_items(a[1]) {
            if test(vm, p)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    test(vm, a[1]).map(Value::bool)
}

fn needle<'a>(vm: &mut Vm, kind: Kind, v: Value, tmp: &'a mut [u8; 1]) -> PyResult<&'a [u8]> {
    if kind != Kind::Str {
        if let Some(n) = crate::objint::small_of(v).filter(|_| crate::objint::is_int(v)) {
            if !(0..=255).contains(&n) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            tmp[0] = n as u8;
            return Ok(&tmp[..]);
        }
    }
    arg_text(vm, kind, v)
}

fn m_find(vm: &mut Vm, a: &[Value], rev: bool, raise: bool) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let mut tmp = [0u8; 1];
    let sub = needle(vm, kind, a[1], &mut tmp)?;
    let r = match sub_range(vm, kind, s, a.get(2).copied(), a.get(3).copied())? {
        None => None,
        Some((bs, be)) => {
            let hay = &s[bs..be];
            if rev {
                rfind(hay, sub)
            } else {
                find(hay, sub, 0)
            }
            .map(|p| p + bs)
        }
    };
    match r {
        Some(p) => Ok(Value::small_int(if kind == Kind::Str && !s.is_ascii() {
            char_count(&s[..p])
        } else {
            p
        } as isize)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn m_count(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let mut tmp = [0u8; 1];
    let sub = needle(vm, kind, a[1], &mut tmp)?;
    let Some((bs, be)) = sub_range(vm, kind, s, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Value::small_int(0));
    };
    let hay = &s[bs..be];
    if sub.is_empty() {
        let n = if kind == Kind::Str {
            char_count(hay)
        } else {
            hay.len()
        };
        return Ok(Value::small_int(n as isize + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(hay, sub, i) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::small_int(n))
}

fn m_replace(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let old = arg_text(vm, kind, a[1])?;
    let new = arg_text(vm, kind, a[2])?;
    let mut count = match a.get(3) {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    let mut out = Buf::new();
    let mut i = 0;
    let mut replaced = false;
    while count != 0 {
        let hit = if old.is_empty() {
            (i <= s.len()).then_some(i)
        } else {
            find(s, old, i)
        };
        let Some(p) = hit else { break };
        replaced = true;
        out.push_bytes(&s[i..p]);
        out.push_bytes(new);
        if old.is_empty() {
            if p < s.len() {
                let l = if kind == Kind::Str {
                    utf8_len(s[p]).min(s.len() - p)
                } else {
                    1
                };
                out.push_bytes(&s[p..p + l]);
                i = p + l;
            } else {
                i = p + 1;
            }
        } else {
            i = p + old.len();
        }
        count -= 1;
    }
    if !replaced && kind != Kind::ByteArray && crate::objtype::instance_native(a[0]).is_null() {
        return Ok(a[0]);
    }
    if i <= s.len() {
        out.push_bytes(&s[i..]);
    }
    new_from_buf(vm, kind, &out)
}

fn map_bytes(vm: &mut Vm, v: Value, f: fn(u8) -> u8) -> PyResult {
    let (kind, s) = self_text(vm, v);
    let mut out = Buf::new();
    for &b in s {
        out.push(f(b));
    }
    new_from_buf(vm, kind, &out)
}

fn m_is(vm: &mut Vm, v: Value, pred: fn(u8) -> bool) -> PyResult {
    let (_, s) = self_text(vm, v);
    Ok(Value::bool(!s.is_empty() && s.iter().all(|&b| pred(b))))
}

fn m_is_case(vm: &mut Vm, v: Value, upper: bool) -> PyResult {
    let (_, s) = self_text(vm, v);
    let cased = s.iter().any(|b| b.is_ascii_alphabetic());
    let wrong = if upper {
        s.iter().any(|b| b.is_ascii_lowercase())
    } else {
        s.iter().any(|b| b.is_ascii_uppercase())
    };
    Ok(Value::bool(cased && !wrong))
}

fn m_encode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let (_, s) = self_text(vm, a[0]);
    let _ = kw;
    objstr::new_bytes(vm, s)
}

fn m_decode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let (_, s) = self_text(vm, a[0]);
    let _ = kw;
    decode_utf8(vm, s)
}

fn m_pad(vm: &mut Vm, a: &[Value], align: u8) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let width = int_arg(vm, a[1])?.max(0) as usize;
    let fill: &[u8] = match a.get(2) {
        Some(&f) => {
            let f = arg_text(vm, kind, f)?;
            let n = if kind == Kind::Str {
                char_count(f)
            } else {
                f.len()
            };
            if n != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f
        }
        None => b" ",
    };
    let n = if kind == Kind::Str {
        char_count(s)
    } else {
        s.len()
    };
    if n >= width {
        if kind == Kind::ByteArray {
            return new_kind(vm, kind, s);
        }
        return Ok(a[0]);
    }
    let pad = width - n;
    let (l, r) = match align {
        b'<' => (0, pad),
        b'>' => (pad, 0),
        _ => {
            // CPython's rule: the extra fill goes left when both pad and width are odd.
            let l = pad / 2 + (pad & width & 1);
            (l, pad - l)
        }
    };
    let mut out = Buf::new();
    for _ in 0..l {
        out.push_bytes(fill);
    }
    out.push_bytes(s);
    for _ in 0..r {
        out.push_bytes(fill);
    }
    new_from_buf(vm, kind, &out)
}

fn m_partition(vm: &mut Vm, a: &[Value], right: bool) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let sep = arg_text(vm, kind, a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hit = if right {
        rfind(s, sep)
    } else {
        find(s, sep, 0)
    };
    let empty = new_kind(vm, kind, b"")?;
    let (x, y, z) = match hit {
        Some(p) => {
            let x = new_kind(vm, kind, &s[..p])?;
            let y = new_kind(vm, kind, sep)?;
            let z = new_kind(vm, kind, &s[p + sep.len()..])?;
            (x, y, z)
        }
        None => {
            let whole = new_kind(vm, kind, s)?;
            if right {
                (empty, empty, whole)
            } else {
                (whole, empty, empty)
            }
        }
    };
    crate::objtuple::new_tuple(vm, &[x, y, z])
}

fn m_zfill(vm: &mut Vm, v: Value, w: Value) -> PyResult {
    let (kind, s) = self_text(vm, v);
    let width = int_arg(vm, w)?.max(0) as usize;
    let n = if kind == Kind::Str {
        char_count(s)
    } else {
        s.len()
    };
    if n >= width {
        return new_kind(vm, kind, s);
    }
    let mut out = Buf::new();
    let (sign, rest) = match s.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    for _ in 0..width - n {
        out.push(b'0');
    }
    out.push_bytes(rest);
    new_from_buf(vm, kind, &out)
}

fn m_splitlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let keep = match a.get(1).copied().or_else(|| kwarg(kw, q!("keepends"))) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let out = crate::objlist::new_list(vm, &[])?;
    let mut st = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\n' || s[i] == b'\r' {
            let mut en = i + 1;
            if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
                en += 1;
            }
            let piece = new_kind(vm, kind, &s[st..if keep { en } else { i }])?;
            crate::objlist::list_append(vm, out, piece)?;
            st = en;
            i = en;
        } else {
            i += 1;
        }
    }
    if st < s.len() {
        let piece = new_kind(vm, kind, &s[st..])?;
        crate::objlist::list_append(vm, out, piece)?;
    }
    Ok(out)
}

fn m_title(vm: &mut Vm, v: Value, capitalize: bool) -> PyResult {
    let (kind, s) = self_text(vm, v);
    let mut out = Buf::new();
    let mut prev_cased = false;
    for (i, &b) in s.iter().enumerate() {
        let c = if capitalize {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        } else if prev_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        };
        prev_cased = b.is_ascii_alphabetic();
        out.push(c);
    }
    new_from_buf(vm, kind, &out)
}

fn m_istitle(vm: &mut Vm, v: Value) -> PyResult {
    let (_, s) = self_text(vm, v);
    let mut prev_cased = false;
    let mut any = false;
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            any = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}

fn m_affix(vm: &mut Vm, v: Value, x: Value, suffix: bool) -> PyResult {
    let (kind, s) = self_text(vm, v);
    let p = arg_text(vm, kind, x)?;
    let r = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    match r {
        Some(r) => new_kind(vm, kind, r),
        None if kind == Kind::ByteArray => new_kind(vm, kind, s),
        None => Ok(v),
    }
}

fn m_expandtabs(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (kind, s) = self_text(vm, a[0]);
    let size = match a.get(1) {
        Some(&t) => int_arg(vm, t)?,
        None => 8,
    };
    let mut out = Buf::new();
    let mut col = 0usize;
    for &b in s {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    for _ in 0..n {
                        out.push(b' ');
                    }
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                if kind != Kind::Str || b & 0xc0 != 0x80 {
                    col += 1;
                }
            }
        }
    }
    new_from_buf(vm, kind, &out)
}

fn m_isidentifier(vm: &mut Vm, v: Value) -> PyResult {
    let (_, s) = self_text(vm, v);
    let ok = match s.first() {
        Some(&c) => {
            (c.is_ascii_alphabetic() || c == b'_' || c >= 0x80)
                && s.iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
        }
        None => false,
    };
    Ok(Value::bool(ok))
}

fn m_isprintable(vm: &mut Vm, v: Value) -> PyResult {
    let (_, s) = self_text(vm, v);
    Ok(Value::bool(s.iter().all(|&b| b >= 0x20 && b != 0x7f)))
}

fn m_hex(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = match text_of(vm, a[0]) {
        Some((_, s)) => s,
        None => objarray::buffer_bytes(a[0]).unwrap_or(&[]),
    };
    let sep: Option<&[u8]> = match a.get(1) {
        Some(&x) => match text_of(vm, x) {
            Some((_, t)) if t.len() == 1 => Some(t),
            _ => return Err(vm.value_error("sep must be length 1.")),
        },
        None => None,
    };
    let mut out = Buf::new();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, &b) in s.iter().enumerate() {
        if i > 0 {
            if let Some(sp) = sep {
                out.push_bytes(sp);
            }
        }
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    new_from_buf(vm, Kind::Str, &out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` for the class `cls`.
fn m_fromhex(vm: &mut Vm, cls: Value, s: Value) -> PyResult {
    let Some((Kind::Str, t)) = text_of(vm, s) else {
        let tn = vm.type_name(s);
        return Err(vm.type_error_fmt(format_args!(
            "can't convert '{tn}' object to str implicitly"
        )));
    };
    let mut out = Buf::new();
    let mut i = 0;
    while i < t.len() {
        if is_space(t[i]) {
            i += 1;
            continue;
        }
        let hi = (t[i] as char).to_digit(16);
        let lo = t.get(i + 1).and_then(|&c| (c as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            _ => return Err(vm.value_error("non-hex digit")),
        }
    }
    let kind = if cls == BYTEARRAY_TYPE.as_value() {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    new_from_buf(vm, kind, &out)
}

static JOIN: BuiltinFn = BuiltinFn::f2(m_join);
static SPLIT: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| m_split(vm, a, k, false));
static RSPLIT: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| m_split(vm, a, k, true));
static STRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, true, true));
static LSTRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, true, false));
static RSTRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, false, true));
static STARTSWITH: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_startswith(vm, a, false));
static ENDSWITH: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_startswith(vm, a, true));
static FIND: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, false, false));
static RFIND: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, true, false));
static INDEX: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, false, true));
static RINDEX: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, true, true));
static REPLACE: BuiltinFn = BuiltinFn::var(3, 4, m_replace);
static UPPER: BuiltinFn = BuiltinFn::f1(|vm, v| map_bytes(vm, v, |b| b.to_ascii_uppercase()));
static LOWER: BuiltinFn = BuiltinFn::f1(|vm, v| map_bytes(vm, v, |b| b.to_ascii_lowercase()));
static SWAPCASE: BuiltinFn = BuiltinFn::f1(|vm, v| {
    map_bytes(vm, v, |b| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    })
});
static ISDIGIT: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_digit()));
static ISALPHA: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_alphabetic()));
static ISALNUM: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_alphanumeric()));
static ISSPACE: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, is_space));
static ISASCII: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let (_, s) = self_text(vm, v);
    Ok(Value::bool(s.is_ascii()))
});
static ISUPPER: BuiltinFn = BuiltinFn::f1(|vm, v| m_is_case(vm, v, true));
static ISLOWER: BuiltinFn = BuiltinFn::f1(|vm, v| m_is_case(vm, v, false));
static ISTITLE: BuiltinFn = BuiltinFn::f1(m_istitle);
static ISIDENTIFIER: BuiltinFn = BuiltinFn::f1(m_isidentifier);
static ISPRINTABLE: BuiltinFn = BuiltinFn::f1(m_isprintable);
static COUNT: BuiltinFn = BuiltinFn::var(2, 4, m_count);
static ENCODE: BuiltinFn = BuiltinFn::kw(1, m_encode);
static DECODE: BuiltinFn = BuiltinFn::kw(1, m_decode);
static FORMAT: BuiltinFn = BuiltinFn::kw(1, crate::strformat::str_format);
static CENTER: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'^'));
static LJUST: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'<'));
static RJUST: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'>'));
static PARTITION: BuiltinFn = BuiltinFn::f2(|vm, s, p| m_partition(vm, &[s, p], false));
static RPARTITION: BuiltinFn = BuiltinFn::f2(|vm, s, p| m_partition(vm, &[s, p], true));
static ZFILL: BuiltinFn = BuiltinFn::f2(m_zfill);
static SPLITLINES: BuiltinFn = BuiltinFn::kw(1, m_splitlines);
static TITLE: BuiltinFn = BuiltinFn::f1(|vm, v| m_title(vm, v, false));
static CAPITALIZE: BuiltinFn = BuiltinFn::f1(|vm, v| m_title(vm, v, true));
static REMOVEPREFIX: BuiltinFn = BuiltinFn::f2(|vm, v, x| m_affix(vm, v, x, false));
static REMOVESUFFIX: BuiltinFn = BuiltinFn::f2(|vm, v, x| m_affix(vm, v, x, true));
static EXPANDTABS: BuiltinFn = BuiltinFn::var(1, 2, m_expandtabs);
/// `bytes.hex()` (shared with bytearray and memoryview).
pub static HEX: BuiltinFn = BuiltinFn::var(1, 2, m_hex);
static FROMHEX_FN: BuiltinFn = BuiltinFn::f2(m_fromhex);
static FROMHEX: Wrapper = Wrapper::new(&crate::objfun::CLASSMETHOD_TYPE, FROMHEX_FN.value());

/// Methods of `str`.
pub static STR_METHODS: &[Attr] = &[
    Attr::new(q!("capitalize"), CAPITALIZE.value()),
    Attr::new(q!("casefold"), LOWER.value()),
    Attr::new(q!("center"), CENTER.value()),
    Attr::new(q!("count"), COUNT.value()),
    Attr::new(q!("encode"), ENCODE.value()),
    Attr::new(q!("endswith"), ENDSWITH.value()),
    Attr::new(q!("expandtabs"), EXPANDTABS.value()),
    Attr::new(q!("find"), FIND.value()),
    Attr::new(q!("format"), FORMAT.value()),
    Attr::new(q!("index"), INDEX.value()),
    Attr::new(q!("isalnum"), ISALNUM.value()),
    Attr::new(q!("isalpha"), ISALPHA.value()),
    Attr::new(q!("isascii"), ISASCII.value()),
    Attr::new(q!("isdecimal"), ISDIGIT.value()),
    Attr::new(q!("isdigit"), ISDIGIT.value()),
    Attr::new(q!("isidentifier"), ISIDENTIFIER.value()),
    Attr::new(q!("islower"), ISLOWER.value()),
    Attr::new(q!("isnumeric"), ISDIGIT.value()),
    Attr::new(q!("isprintable"), ISPRINTABLE.value()),
    Attr::new(q!("isspace"), ISSPACE.value()),
    Attr::new(q!("istitle"), ISTITLE.value()),
    Attr::new(q!("isupper"), ISUPPER.value()),
    Attr::new(q!("join"), JOIN.value()),
    Attr::new(q!("ljust"), LJUST.value()),
    Attr::new(q!("lower"), LOWER.value()),
    Attr::new(q!("lstrip"), LSTRIP.value()),
    Attr::new(q!("partition"), PARTITION.value()),
    Attr::new(q!("removeprefix"), REMOVEPREFIX.value()),
    Attr::new(q!("removesuffix"), REMOVESUFFIX.value()),
    Attr::new(q!("replace"), REPLACE.value()),
    Attr::new(q!("rfind"), RFIND.value()),
    Attr::new(q!("rindex"), RINDEX.value()),
    Attr::new(q!("rjust"), RJUST.value()),
    Attr::new(q!("rpartition"), RPARTITION.value()),
    Attr::new(q!("rsplit"), RSPLIT.value()),
    Attr::new(q!("rstrip"), RSTRIP.value()),
    Attr::new(q!("split"), SPLIT.value()),
    Attr::new(q!("splitlines"), SPLITLINES.value()),
    Attr::new(q!("startswith"), STARTSWITH.value()),
    Attr::new(q!("strip"), STRIP.value()),
    Attr::new(q!("swapcase"), SWAPCASE.value()),
    Attr::new(q!("title"), TITLE.value()),
    Attr::new(q!("upper"), UPPER.value()),
    Attr::new(q!("zfill"), ZFILL.value()),
];

/// Methods `bytes` and `bytearray` share.
macro_rules! bytes_like_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            $($extra,)*
            Attr::new(q!("capitalize"), CAPITALIZE.value()),
            Attr::new(q!("center"), CENTER.value()),
            Attr::new(q!("count"), COUNT.value()),
            Attr::new(q!("decode"), DECODE.value()),
            Attr::new(q!("endswith"), ENDSWITH.value()),
            Attr::new(q!("expandtabs"), EXPANDTABS.value()),
            Attr::new(q!("find"), FIND.value()),
            Attr::new(q!("format"), FORMAT.value()),
            Attr::new(q!("fromhex"), Value::from_static(&FROMHEX)),
            Attr::new(q!("hex"), HEX.value()),
            Attr::new(q!("index"), INDEX.value()),
            Attr::new(q!("isalnum"), ISALNUM.value()),
            Attr::new(q!("isalpha"), ISALPHA.value()),
            Attr::new(q!("isascii"), ISASCII.value()),
            Attr::new(q!("isdigit"), ISDIGIT.value()),
            Attr::new(q!("islower"), ISLOWER.value()),
            Attr::new(q!("isspace"), ISSPACE.value()),
            Attr::new(q!("istitle"), ISTITLE.value()),
            Attr::new(q!("isupper"), ISUPPER.value()),
            Attr::new(q!("join"), JOIN.value()),
            Attr::new(q!("ljust"), LJUST.value()),
            Attr::new(q!("lower"), LOWER.value()),
            Attr::new(q!("lstrip"), LSTRIP.value()),
            Attr::new(q!("partition"), PARTITION.value()),
            Attr::new(q!("removeprefix"), REMOVEPREFIX.value()),
            Attr::new(q!("removesuffix"), REMOVESUFFIX.value()),
            Attr::new(q!("replace"), REPLACE.value()),
            Attr::new(q!("rfind"), RFIND.value()),
            Attr::new(q!("rindex"), RINDEX.value()),
            Attr::new(q!("rjust"), RJUST.value()),
            Attr::new(q!("rpartition"), RPARTITION.value()),
            Attr::new(q!("rsplit"), RSPLIT.value()),
            Attr::new(q!("rstrip"), RSTRIP.value()),
            Attr::new(q!("split"), SPLIT.value()),
            Attr::new(q!("splitlines"), SPLITLINES.value()),
            Attr::new(q!("startswith"), STARTSWITH.value()),
            Attr::new(q!("strip"), STRIP.value()),
            Attr::new(q!("swapcase"), SWAPCASE.value()),
            Attr::new(q!("title"), TITLE.value()),
            Attr::new(q!("upper"), UPPER.value()),
            Attr::new(q!("zfill"), ZFILL.value()),
        ]
    };
}

/// Methods of `bytes`.
pub static BYTES_METHODS: &[Attr] = bytes_like_methods!();

/// Methods of `bytearray`.
pub static BYTEARRAY_METHODS: &[Attr] = bytes_like_methods!(
    Attr::new(q!("append"), objarray::APPEND.value()),
    Attr::new(q!("clear"), objarray::CLEAR.value()),
    Attr::new(q!("copy"), objarray::COPY.value()),
    Attr::new(q!("extend"), objarray::EXTEND.value()),
    Attr::new(q!("insert"), objarray::INSERT.value()),
    Attr::new(q!("pop"), objarray::POP.value()),
    Attr::new(q!("remove"), objarray::REMOVE.value()),
    Attr::new(q!("reverse"), objarray::REVERSE.value()),
);

/// Prints `v` (used by `format` with an empty spec).
pub fn print_str(vm: &mut Vm, buf: &mut Buf, v: Value) -> PyResult<()> {
    vm.print_value(buf, v, PrintKind::Str)
}

/// Whether `t` is `str` or `bytes`.
pub fn is_bytes_type(t: &Type) -> bool {
    core::ptr::eq(t, &BYTES_TYPE) || core::ptr::eq(t, &STR_TYPE)
}

/// Whether `v` is a str (object or qstr); re-exported for callers of this module.
#[inline]
pub fn is_text(v: Value) -> bool {
    is_str(v)
}
