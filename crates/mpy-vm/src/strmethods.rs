//! Behaviour of `str` and `bytes`: construction, operators, indexing and methods.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::objfun::BuiltinFn;
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

/// `str(...)`.
pub fn str_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => Ok(Value::qstr(q!(""))),
        [x] => vm.str_of(x),
        [x, _enc] | [x, _enc, _] => {
            match objstr::bytes_bytes(x).or_else(|| crate::objarray::buffer_bytes(x)) {
                Some(b) => decode_utf8(vm, b),
                None => Err(vm.type_error("decoding str is not supported")),
            }
        }
        _ => Err(vm.type_error("str expected at most 3 arguments")),
    }
}

fn decode_utf8(vm: &mut Vm, b: &[u8]) -> PyResult {
    if core::str::from_utf8(b).is_err() {
        return Err(vm.exc_msg(&crate::objexc::UNICODE_ERROR, ""));
    }
    objstr::new_str(vm, b)
}

/// `bytes(...)`.
pub fn bytes_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    match *args {
        [] => objstr::new_bytes(vm, b""),
        [x, ..] => {
            if let Some(s) = str_bytes(vm, x) {
                if args.len() < 2 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                return objstr::new_bytes(vm, s);
            }
            if let Some(n) = crate::objint::small_of(x) {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                let p = vm.alloc_bytes(n as usize)?;
                // SAFETY: a fresh zeroed block of n bytes.
                let zeros = unsafe { core::slice::from_raw_parts(p, n as usize) };
                return objstr::new_bytes(vm, zeros);
            }
            if let Some(b) = objstr::bytes_bytes(x).or_else(|| crate::objarray::buffer_bytes(x)) {
                return objstr::new_bytes(vm, b);
            }
            let mut out = Buf::new();
            let it = vm.get_iter(x)?;
            while let Some(v) = vm.iter_next(it)? {
                match crate::objint::small_of(v) {
                    Some(b @ 0..=255) => {
                        out.push(b as u8);
                    }
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            objstr::new_bytes(vm, out.as_bytes())
        }
    }
}

fn same_kind(a: Value, b: Value) -> bool {
    is_str(a) == is_str(b) && (is_str(a) || b.is_type(&BYTES_TYPE))
}

fn bytes_of<'a>(vm: &Vm, v: Value) -> &'a [u8] {
    str_bytes(vm, v)
        .or_else(|| objstr::bytes_bytes(v))
        .unwrap_or(&[])
}

fn new_like(vm: &mut Vm, like: Value, s: &[u8]) -> PyResult {
    if is_str(like) {
        objstr::new_str(vm, s)
    } else {
        objstr::new_bytes(vm, s)
    }
}

/// Binary operators of str and bytes.
pub fn str_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let x = bytes_of(vm, a);
    match non_inplace(op) {
        ADD if same_kind(a, b) => {
            let y = bytes_of(vm, b);
            let mut out = Buf::new();
            out.push_bytes(x);
            out.push_bytes(y);
            if out.oom {
                return Err(vm.memory_error());
            }
            new_like(vm, a, out.as_bytes())
        }
        MULTIPLY => {
            let Some(n) = crate::objtuple::repeat_count(vm, b, x.len())? else {
                return Ok(Value::NULL);
            };
            let mut out = Buf::new();
            for _ in 0..n {
                out.push_bytes(x);
            }
            if out.oom {
                return Err(vm.memory_error());
            }
            new_like(vm, a, out.as_bytes())
        }
        MODULO => crate::strformat::percent_format(vm, a, b),
        CONTAINS => {
            if is_str(a) && !is_str(b) {
                return Err(vm.type_error("'in <string>' requires string as left operand"));
            }
            let y = if let Some(n) = crate::objint::small_of(b).filter(|_| !is_str(a)) {
                return Ok(Value::bool(x.contains(&(n as u8))));
            } else {
                bytes_of(vm, b)
            };
            Ok(Value::bool(find(x, y, 0).is_some()))
        }
        LESS | MORE | LESS_EQUAL | MORE_EQUAL | EQUAL | NOT_EQUAL => {
            if !same_kind(a, b) {
                return Ok(match op {
                    EQUAL => Value::FALSE,
                    NOT_EQUAL => Value::TRUE,
                    _ => Value::NULL,
                });
            }
            let y = bytes_of(vm, b);
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
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Subscript of str and bytes (characters for str, ints for bytes).
pub fn str_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    if value != Value::SENTINEL {
        return Ok(Value::NULL);
    }
    let s = bytes_of(vm, v);
    let text = is_str(v);
    let n = if text { char_count(s) } else { s.len() };
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, n)?;
        let mut out = Buf::new();
        for k in 0..sel.count {
            let i = (sel.start + k as isize * sel.step) as usize;
            if text {
                let a = char_offset(s, i);
                let len = utf8_len(s[a]).min(s.len() - a);
                out.push_bytes(&s[a..a + len]);
            } else {
                out.push(s[i]);
            }
        }
        if out.oom {
            return Err(vm.memory_error());
        }
        return new_like(vm, v, out.as_bytes());
    }
    let what = if text { "string" } else { "bytes" };
    let i = crate::objslice::index_of(vm, index, n, what)?;
    if text {
        let at = char_offset(s, i);
        Ok(str_char_at(vm, s, at)?.unwrap_or(Value::NONE))
    } else {
        Ok(Value::small_int(isize::from(s[i])))
    }
}

/// `iter()` of str and bytes.
pub fn str_getiter(vm: &mut Vm, v: Value) -> PyResult {
    crate::objiter::seq_getiter(vm, v)
}

fn arg_str<'a>(vm: &mut Vm, like: Value, v: Value) -> PyResult<&'a [u8]> {
    if same_kind(like, v) {
        return Ok(bytes_of(vm, v));
    }
    let t = vm.type_name(v);
    Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")))
}

fn m_join(vm: &mut Vm, sep: Value, items: Value) -> PyResult {
    let l = crate::objlist::list_from_iter(vm, items)?;
    let mut out = Buf::new();
    let s = bytes_of(vm, sep);
    for (i, &x) in crate::objlist::list_items(l).iter().enumerate() {
        if i > 0 {
            out.push_bytes(s);
        }
        let piece = arg_str(vm, sep, x)?;
        out.push_bytes(piece);
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    new_like(vm, sep, out.as_bytes())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn m_split(vm: &mut Vm, a: &[Value], kw: &[Value], right: bool) -> PyResult {
    let v = a[0];
    let s = bytes_of(vm, v);
    let mut sep = a.get(1).copied().unwrap_or(Value::NONE);
    let mut maxsplit = a
        .get(2)
        .and_then(|&m| crate::objint::small_of(m))
        .unwrap_or(-1);
    for p in kw.chunks(2) {
        if p[0] == Value::qstr(q!("sep")) {
            sep = p[1];
        } else if p[0] == Value::qstr(crate::q!("maxsplit")) {
            maxsplit = crate::objint::small_of(p[1]).unwrap_or(-1);
        }
    }
    let out = crate::objlist::new_list(vm, &[])?;
    let mut parts: allocator_api2::vec::Vec<(usize, usize), crate::heapalloc::VmManual> =
        allocator_api2::vec::Vec::new_in(crate::heapalloc::VmManual);
    let push = |parts: &mut allocator_api2::vec::Vec<(usize, usize), _>, a: usize, b: usize| {
        let _ = parts.try_reserve(1).map(|_| parts.push((a, b)));
    };
    if sep == Value::NONE {
        // Whitespace splitting: runs of whitespace, no empty parts.
        let words: allocator_api2::vec::Vec<(usize, usize), crate::heapalloc::VmManual> = {
            let mut w = allocator_api2::vec::Vec::new_in(crate::heapalloc::VmManual);
            let mut i = 0;
            while i < s.len() {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                let st = i;
                while i < s.len() && !is_space(s[i]) {
                    i += 1;
                }
                if st < i {
                    push(&mut w, st, i);
                }
            }
            w
        };
        let n = words.len();
        let limit = if maxsplit < 0 {
            n
        } else {
            (maxsplit as usize + 1).min(n)
        };
        if right {
            let first = n - limit;
            if limit > 0 {
                let (st, _) = words[first];
                let start = if first == 0 { st } else { words[0].0 };
                let _ = start;
            }
            for (k, &(st, en)) in words.iter().enumerate().skip(first) {
                let st = if k == first && first > 0 {
                    words[0].0
                } else {
                    st
                };
                push(&mut parts, st, en);
            }
        } else {
            for (k, &(st, en)) in words.iter().enumerate().take(limit) {
                let en = if k + 1 == limit && limit < n {
                    s.len() - trailing_ws(s)
                } else {
                    en
                };
                push(&mut parts, st, en);
            }
        }
    } else {
        let d = arg_str(vm, v, sep)?;
        if d.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut cuts: allocator_api2::vec::Vec<usize, crate::heapalloc::VmManual> =
            allocator_api2::vec::Vec::new_in(crate::heapalloc::VmManual);
        let mut i = 0;
        while let Some(p) = find(s, d, i) {
            let _ = cuts.try_reserve(1).map(|_| cuts.push(p));
            i = p + d.len();
        }
        let n = cuts.len();
        let limit = if maxsplit < 0 {
            n
        } else {
            (maxsplit as usize).min(n)
        };
        let chosen: &[usize] = if right {
            &cuts[n - limit..]
        } else {
            &cuts[..limit]
        };
        let mut st = 0;
        for &c in chosen {
            push(&mut parts, st, c);
            st = c + d.len();
        }
        push(&mut parts, st, s.len());
    }
    for &(st, en) in parts.iter() {
        let piece = new_like(vm, v, &s[st..en])?;
        crate::objlist::list_append(vm, out, piece)?;
    }
    Ok(out)
}

fn trailing_ws(s: &[u8]) -> usize {
    s.iter().rev().take_while(|&&b| is_space(b)).count()
}

fn m_strip(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let chars: Option<&[u8]> = match a.get(1) {
        Some(&c) if c != Value::NONE => Some(arg_str(vm, a[0], c)?),
        _ => None,
    };
    let strip = |b: u8| match chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let mut st = 0;
    let mut en = s.len();
    if left {
        while st < en && strip(s[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip(s[en - 1]) {
            en -= 1;
        }
    }
    new_like(vm, a[0], &s[st..en])
}

fn m_startswith(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let start = a
        .get(2)
        .and_then(|&v| crate::objint::small_of(v))
        .unwrap_or(0)
        .max(0) as usize;
    let s = if start <= s.len() {
        &s[start..]
    } else {
        &[][..]
    };
    let test = |vm: &mut Vm, p: Value| -> PyResult<bool> {
        let p = arg_str(vm, a[0], p)?;
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

fn m_find(vm: &mut Vm, a: &[Value], rev: bool, raise: bool) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let sub = arg_str(vm, a[0], a[1])?;
    let text = is_str(a[0]);
    let n = if text { char_count(s) } else { s.len() } as isize;
    let norm = |v: Option<&Value>, d: isize| -> isize {
        match v.and_then(|&x| crate::objint::small_of(x)) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
            None => d,
        }
    };
    let st = norm(a.get(2), 0) as usize;
    let en = norm(a.get(3), n) as usize;
    let (bs, be) = if text {
        (char_offset(s, st), char_offset(s, en))
    } else {
        (st, en)
    };
    let r = if bs > be {
        None
    } else {
        let hay = &s[bs..be];
        if rev {
            if sub.len() > hay.len() {
                None
            } else {
                (0..=hay.len() - sub.len())
                    .rev()
                    .find(|&i| &hay[i..i + sub.len()] == sub)
            }
        } else {
            find(hay, sub, 0)
        }
        .map(|p| p + bs)
    };
    match r {
        Some(p) => Ok(Value::small_int(
            if text { char_count(&s[..p]) } else { p } as isize
        )),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn m_replace(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let old = arg_str(vm, a[0], a[1])?;
    let new = arg_str(vm, a[0], a[2])?;
    let mut count = a
        .get(3)
        .and_then(|&v| crate::objint::small_of(v))
        .unwrap_or(-1);
    let mut out = Buf::new();
    let mut i = 0;
    while count != 0 {
        let hit = if old.is_empty() {
            (i <= s.len()).then_some(i)
        } else {
            find(s, old, i)
        };
        let Some(p) = hit else { break };
        out.push_bytes(&s[i..p]);
        out.push_bytes(new);
        if old.is_empty() {
            if p < s.len() {
                let l = utf8_len(s[p]).min(s.len() - p);
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
    if i <= s.len() {
        out.push_bytes(&s[i..]);
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    new_like(vm, a[0], out.as_bytes())
}

fn m_case(vm: &mut Vm, v: Value, upper: bool) -> PyResult {
    let s = bytes_of(vm, v);
    let mut out = Buf::new();
    for &b in s {
        out.push(if upper {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        });
    }
    new_like(vm, v, out.as_bytes())
}

fn m_is(vm: &mut Vm, v: Value, pred: fn(u8) -> bool) -> PyResult {
    let s = bytes_of(vm, v);
    Ok(Value::bool(!s.is_empty() && s.iter().all(|&b| pred(b))))
}

fn m_count(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let sub = arg_str(vm, a[0], a[1])?;
    if sub.is_empty() {
        return Ok(Value::small_int(char_count(s) as isize + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(s, sub, i) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::small_int(n))
}

fn m_encode(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = bytes_of(vm, a[0]);
    objstr::new_bytes(vm, s)
}

fn m_decode(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = bytes_of(vm, a[0]);
    decode_utf8(vm, s)
}

fn m_pad(vm: &mut Vm, a: &[Value], align: u8) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let width = crate::objint::small_of(a[1]).unwrap_or(0).max(0) as usize;
    let fill = match a.get(2) {
        Some(&f) => bytes_of(vm, f),
        None => b" ",
    };
    let n = char_count(s);
    if n >= width {
        return Ok(a[0]);
    }
    let pad = width - n;
    let (l, r) = match align {
        b'<' => (0, pad),
        b'>' => (pad, 0),
        _ => (
            pad / 2 + (pad & width & 1),
            pad - (pad / 2 + (pad & width & 1)),
        ),
    };
    let mut out = Buf::new();
    for _ in 0..l {
        out.push_bytes(fill);
    }
    out.push_bytes(s);
    for _ in 0..r {
        out.push_bytes(fill);
    }
    new_like(vm, a[0], out.as_bytes())
}

fn m_partition(vm: &mut Vm, a: &[Value], right: bool) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let sep = arg_str(vm, a[0], a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hit = if right {
        (0..=s.len().saturating_sub(sep.len()))
            .rev()
            .find(|&i| s.len() >= sep.len() && &s[i..i + sep.len()] == sep)
    } else {
        find(s, sep, 0)
    };
    let empty = new_like(vm, a[0], b"")?;
    let (x, y, z) = match hit {
        Some(p) => (
            new_like(vm, a[0], &s[..p])?,
            a[1],
            new_like(vm, a[0], &s[p + sep.len()..])?,
        ),
        None if right => (empty, empty, a[0]),
        None => (a[0], empty, empty),
    };
    crate::objtuple::new_tuple(vm, &[x, y, z])
}

fn m_zfill(vm: &mut Vm, v: Value, w: Value) -> PyResult {
    let s = bytes_of(vm, v);
    let width = crate::objint::small_of(w).unwrap_or(0).max(0) as usize;
    if s.len() >= width {
        return Ok(v);
    }
    let mut out = Buf::new();
    let (sign, rest) = match s.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    for _ in 0..width - s.len() {
        out.push(b'0');
    }
    out.push_bytes(rest);
    new_like(vm, v, out.as_bytes())
}

fn m_splitlines(vm: &mut Vm, a: &[Value]) -> PyResult {
    let s = bytes_of(vm, a[0]);
    let keep = match a.get(1) {
        Some(&k) => vm.is_true(k)?,
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
            let piece = new_like(vm, a[0], &s[st..if keep { en } else { i }])?;
            crate::objlist::list_append(vm, out, piece)?;
            st = en;
            i = en;
        } else {
            i += 1;
        }
    }
    if st < s.len() {
        let piece = new_like(vm, a[0], &s[st..])?;
        crate::objlist::list_append(vm, out, piece)?;
    }
    Ok(out)
}

fn m_title(vm: &mut Vm, v: Value, capitalize: bool) -> PyResult {
    let s = bytes_of(vm, v);
    let mut out = Buf::new();
    let mut prev_alpha = false;
    for (i, &b) in s.iter().enumerate() {
        let c = if capitalize {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        } else if prev_alpha {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        };
        prev_alpha = b.is_ascii_alphabetic();
        out.push(c);
    }
    new_like(vm, v, out.as_bytes())
}

static JOIN: BuiltinFn = BuiltinFn::f2(m_join);
static SPLIT: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| m_split(vm, a, k, false));
static RSPLIT: BuiltinFn = BuiltinFn::kw(1, |vm, a, k| m_split(vm, a, k, true));
static STRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, true, true));
static LSTRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, true, false));
static RSTRIP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| m_strip(vm, a, false, true));
static STARTSWITH: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_startswith(vm, a, false));
static ENDSWITH: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_startswith(vm, a, true));
static FIND: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, false, false));
static RFIND: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, true, false));
static INDEX: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, false, true));
static RINDEX: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| m_find(vm, a, true, true));
static REPLACE: BuiltinFn = BuiltinFn::var(3, 4, m_replace);
static UPPER: BuiltinFn = BuiltinFn::f1(|vm, v| m_case(vm, v, true));
static LOWER: BuiltinFn = BuiltinFn::f1(|vm, v| m_case(vm, v, false));
static ISDIGIT: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_digit()));
static ISALPHA: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_alphabetic()));
static ISALNUM: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, |b| b.is_ascii_alphanumeric()));
static ISSPACE: BuiltinFn = BuiltinFn::f1(|vm, v| m_is(vm, v, is_space));
static ISUPPER: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let s = bytes_of(vm, v);
    Ok(Value::bool(
        s.iter().any(|b| b.is_ascii_alphabetic()) && !s.iter().any(|b| b.is_ascii_lowercase()),
    ))
});
static ISLOWER: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let s = bytes_of(vm, v);
    Ok(Value::bool(
        s.iter().any(|b| b.is_ascii_alphabetic()) && !s.iter().any(|b| b.is_ascii_uppercase()),
    ))
});
static COUNT: BuiltinFn = BuiltinFn::var(2, 4, m_count);
static ENCODE: BuiltinFn = BuiltinFn::var(1, 3, m_encode);
static DECODE: BuiltinFn = BuiltinFn::var(1, 3, m_decode);
static FORMAT: BuiltinFn = BuiltinFn::kw(1, crate::strformat::str_format);
static CENTER: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'^'));
static LJUST: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'<'));
static RJUST: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| m_pad(vm, a, b'>'));
static PARTITION: BuiltinFn = BuiltinFn::f2(|vm, s, p| m_partition(vm, &[s, p], false));
static RPARTITION: BuiltinFn = BuiltinFn::f2(|vm, s, p| m_partition(vm, &[s, p], true));
static ZFILL: BuiltinFn = BuiltinFn::f2(m_zfill);
static SPLITLINES: BuiltinFn = BuiltinFn::var(1, 2, m_splitlines);
static TITLE: BuiltinFn = BuiltinFn::f1(|vm, v| m_title(vm, v, false));
static CAPITALIZE: BuiltinFn = BuiltinFn::f1(|vm, v| m_title(vm, v, true));
static SWAPCASE: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let s = bytes_of(vm, v);
    let mut out = Buf::new();
    for &b in s {
        out.push(if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        });
    }
    new_like(vm, v, out.as_bytes())
});
static HEX: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let s = bytes_of(vm, a[0]);
    let mut out = Buf::new();
    for &b in s {
        let _ = core::fmt::Write::write_fmt(&mut out, format_args!("{b:02x}"));
    }
    objstr::new_str(vm, out.as_bytes())
});

/// Methods of `str`.
pub static STR_METHODS: &[Attr] = &[
    Attr::new(q!("capitalize"), CAPITALIZE.value()),
    Attr::new(q!("center"), CENTER.value()),
    Attr::new(q!("count"), COUNT.value()),
    Attr::new(q!("encode"), ENCODE.value()),
    Attr::new(q!("endswith"), ENDSWITH.value()),
    Attr::new(q!("find"), FIND.value()),
    Attr::new(q!("format"), FORMAT.value()),
    Attr::new(q!("index"), INDEX.value()),
    Attr::new(q!("isalnum"), ISALNUM.value()),
    Attr::new(q!("isalpha"), ISALPHA.value()),
    Attr::new(q!("isdigit"), ISDIGIT.value()),
    Attr::new(q!("islower"), ISLOWER.value()),
    Attr::new(q!("isspace"), ISSPACE.value()),
    Attr::new(q!("isupper"), ISUPPER.value()),
    Attr::new(q!("join"), JOIN.value()),
    Attr::new(q!("ljust"), LJUST.value()),
    Attr::new(q!("lower"), LOWER.value()),
    Attr::new(q!("lstrip"), LSTRIP.value()),
    Attr::new(q!("partition"), PARTITION.value()),
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

/// Methods of `bytes`.
pub static BYTES_METHODS: &[Attr] = &[
    Attr::new(q!("count"), COUNT.value()),
    Attr::new(q!("decode"), DECODE.value()),
    Attr::new(q!("endswith"), ENDSWITH.value()),
    Attr::new(q!("find"), FIND.value()),
    Attr::new(q!("hex"), HEX.value()),
    Attr::new(q!("index"), INDEX.value()),
    Attr::new(q!("isalpha"), ISALPHA.value()),
    Attr::new(q!("isdigit"), ISDIGIT.value()),
    Attr::new(q!("isspace"), ISSPACE.value()),
    Attr::new(q!("join"), JOIN.value()),
    Attr::new(q!("lower"), LOWER.value()),
    Attr::new(q!("lstrip"), LSTRIP.value()),
    Attr::new(q!("replace"), REPLACE.value()),
    Attr::new(q!("rfind"), RFIND.value()),
    Attr::new(q!("rsplit"), RSPLIT.value()),
    Attr::new(q!("rstrip"), RSTRIP.value()),
    Attr::new(q!("split"), SPLIT.value()),
    Attr::new(q!("startswith"), STARTSWITH.value()),
    Attr::new(q!("strip"), STRIP.value()),
    Attr::new(q!("upper"), UPPER.value()),
];

/// Prints `v` (used by `format` with an empty spec).
pub fn print_str(vm: &mut Vm, buf: &mut Buf, v: Value) -> PyResult<()> {
    vm.print_value(buf, v, PrintKind::Str)
}

/// Marker for the type check in `str.join` and friends.
pub fn is_bytes_type(t: &Type) -> bool {
    core::ptr::eq(t, &BYTES_TYPE) || core::ptr::eq(t, &STR_TYPE)
}
