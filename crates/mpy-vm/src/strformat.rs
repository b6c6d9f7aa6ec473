//! `str.format`, format specs (`format()`, f-strings) and `%`-formatting, as MicroPython
//! does them (floats: `floatfmt`; grouping and `#` apply to ints only).

use core::fmt::Write;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::floatfmt;
use crate::objexc::INDEX_ERROR;
use crate::objstr::{self, is_str, str_bytes};
use crate::types::PrintKind;
use crate::value::Value;
use crate::vm::Vm;
use crate::{objfloat, objint};

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    fill: [u8; 4],
    fill_len: usize,
    align: Option<u8>,
    sign: Option<u8>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<u8>,
    precision: Option<usize>,
    ty: Option<u8>,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            fill: [b' ', 0, 0, 0],
            fill_len: 1,
            align: None,
            sign: None,
            alt: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: u8) -> bool {
    matches!(c, b'<' | b'>' | b'^' | b'=')
}

fn parse_num(s: &[u8], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while *i < s.len() && s[*i].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add(usize::from(s[*i] - b'0'));
        *i += 1;
    }
    n
}

fn parse_spec(vm: &mut Vm, s: &[u8]) -> PyResult<Spec> {
    let mut sp = Spec::default();
    let mut i = 0;
    if !s.is_empty() && is_align(s[0]) {
        sp.align = Some(s[0]);
        i = 1;
    } else if !s.is_empty() {
        // A fill character (possibly multi-byte) followed by an alignment.
        let l = crate::strmethods::utf8_len(s[0]).min(s.len());
        if s.len() > l && is_align(s[l]) {
            sp.fill[..l].copy_from_slice(&s[..l]);
            sp.fill_len = l;
            sp.align = Some(s[l]);
            i = l + 1;
        }
    }
    if i < s.len() && matches!(s[i], b'+' | b'-' | b' ') {
        sp.sign = Some(s[i]);
        i += 1;
    }
    if i < s.len() && s[i] == b'#' {
        sp.alt = true;
        i += 1;
    }
    if i < s.len() && s[i] == b'0' {
        sp.zero = true;
        i += 1;
    }
    sp.width = parse_num(s, &mut i);
    if i < s.len() && matches!(s[i], b',' | b'_') {
        sp.grouping = Some(s[i]);
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let st = i;
        let p = parse_num(s, &mut i);
        if st == i {
            return Err(vm.value_error("format spec missing precision"));
        }
        sp.precision = Some(p);
    }
    if i < s.len() {
        sp.ty = Some(s[i]);
        i += 1;
    }
    if i != s.len() {
        return Err(vm.value_error("invalid format specifier"));
    }
    Ok(sp)
}

/// Writes `body` padded to the spec's width. `numeric` bodies take `0`-padding after their
/// sign (and `0x`-style prefix).
fn pad(out: &mut Buf, body: &[u8], sp: &Spec, default_align: u8, numeric: bool) {
    let n = crate::strmethods::char_count(body);
    if n >= sp.width {
        out.push_bytes(body);
        return;
    }
    let fill_n = sp.width - n;
    let (fill, fill_len, align) = if sp.zero && sp.fill_len == 1 && sp.fill[0] == b' ' {
        let a = sp
            .align
            .unwrap_or(if numeric { b'=' } else { default_align });
        ([b'0', 0, 0, 0], 1, a)
    } else {
        (sp.fill, sp.fill_len, sp.align.unwrap_or(default_align))
    };
    let f = &fill[..fill_len];
    let push_fill = |out: &mut Buf, k: usize| {
        for _ in 0..k {
            if !out.push_bytes(f) {
                break;
            }
        }
    };
    match align {
        b'<' => {
            out.push_bytes(body);
            push_fill(out, fill_n);
        }
        b'^' => {
            push_fill(out, fill_n / 2);
            out.push_bytes(body);
            push_fill(out, fill_n - fill_n / 2);
        }
        b'=' => {
            let mut split = usize::from(matches!(body.first(), Some(b'+' | b'-' | b' ')));
            if numeric
                && body.len() >= split + 2
                && body[split] == b'0'
                && matches!(body[split + 1], b'x' | b'X' | b'o' | b'b')
            {
                split += 2;
            }
            out.push_bytes(&body[..split]);
            push_fill(out, fill_n);
            out.push_bytes(&body[split..]);
        }
        _ => {
            push_fill(out, fill_n);
            out.push_bytes(body);
        }
    }
}

/// Appends `digits` with `sep` every `every` digits from the right.
fn push_grouped(out: &mut Buf, digits: &[u8], sep: u8, every: usize) {
    let n = digits.len();
    for (i, &c) in digits.iter().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
}

/// Writes the magnitude of int `v` in `radix`; returns whether it is negative.
fn int_digits(vm: &mut Vm, out: &mut Buf, v: Value, radix: u32) -> PyResult<bool> {
    if let Some(n) = objint::small_of(v) {
        let m = n.unsigned_abs();
        let _ = match radix {
            2 => write!(out, "{m:b}"),
            8 => write!(out, "{m:o}"),
            16 => write!(out, "{m:x}"),
            _ => write!(out, "{m}"),
        };
        return Ok(n < 0);
    }
    let b = objint::big_ref(v);
    let neg = b.is_negative();
    let start = out.len();
    b.to_str_radix(radix, out)
        .map_err(|e| objint::big_error(vm, e))?;
    if neg {
        // Drop the '-' the big-int printer wrote.
        let mut tmp = Buf::new();
        tmp.push_bytes(&out.as_bytes()[start + 1..]);
        out.truncate(start);
        out.push_bytes(tmp.as_bytes());
    }
    Ok(neg)
}

fn format_int(vm: &mut Vm, out: &mut Buf, v: Value, sp: &Spec) -> PyResult<()> {
    let ty = sp.ty.unwrap_or(b'd');
    if matches!(ty, b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%') {
        let f = objint::int_to_f64(vm, v)?;
        return format_float(vm, out, f, sp);
    }
    if ty == b'c' {
        let c = objint::small_of(v)
            .and_then(|n| u32::try_from(n).ok())
            .and_then(char::from_u32);
        let Some(c) = c else {
            return Err(vm.exc_msg(
                &crate::objexc::OVERFLOW_ERROR,
                "%c arg not in range(0x110000)",
            ));
        };
        let mut t = [0u8; 4];
        pad(out, c.encode_utf8(&mut t).as_bytes(), sp, b'>', false);
        return Ok(());
    }
    let radix = match ty {
        b'b' => 2,
        b'o' => 8,
        b'x' | b'X' => 16,
        b'd' | b'n' => 10,
        _ => {
            let t = vm.type_name(v);
            return Err(vm.value_error_fmt(format_args!(
                "unknown format code '{}' for object of type '{t}'",
                ty as char
            )));
        }
    };
    let mut digits = Buf::new();
    let neg = int_digits(vm, &mut digits, v, radix)?;
    let mut body = Buf::new();
    if neg {
        body.push(b'-');
    } else if let Some(s @ (b'+' | b' ')) = sp.sign {
        body.push(s);
    }
    if sp.alt {
        body.push_str(match ty {
            b'b' => "0b",
            b'o' => "0o",
            b'x' => "0x",
            b'X' => "0X",
            _ => "",
        });
    }
    let d = digits.as_bytes();
    if ty == b'X' {
        let mut up = Buf::new();
        for &c in d {
            up.push(c.to_ascii_uppercase());
        }
        digits = up;
    }
    match sp.grouping {
        Some(g) => {
            // With zero-padding the grouping runs through the padding, as in CPython.
            let mut grouped = Buf::new();
            let every = if radix == 10 { 3 } else { 4 };
            let d = digits.as_bytes();
            // `0` fill with `=` alignment is the same zero-padding as the `0` flag.
            let fill0 = sp.fill_len == 1 && sp.fill[0] == b'0';
            let zero_pad = match sp.align {
                None => sp.zero,
                Some(b'=') => sp.zero || fill0,
                _ => false,
            };
            if zero_pad && sp.width > body.len() + d.len() {
                let mut total = d.len();
                while body.len() + total + (total - 1) / every < sp.width {
                    total += 1;
                }
                let mut padded = Buf::new();
                for _ in d.len()..total {
                    padded.push(b'0');
                }
                padded.push_bytes(d);
                push_grouped(&mut grouped, padded.as_bytes(), g, every);
            } else {
                push_grouped(&mut grouped, d, g, every);
            }
            body.push_bytes(grouped.as_bytes());
        }
        None => {
            body.push_bytes(digits.as_bytes());
        }
    }
    if body.oom {
        return Err(vm.memory_error());
    }
    pad(out, body.as_bytes(), sp, b'>', true);
    Ok(())
}

fn format_float(vm: &mut Vm, out: &mut Buf, f: f64, sp: &Spec) -> PyResult<()> {
    let mut body = Buf::new();
    if f.is_sign_negative() && !f.is_nan() {
        body.push(b'-');
    } else if let Some(s @ (b'+' | b' ')) = sp.sign {
        body.push(s);
    }
    let signed = !body.is_empty();
    match sp.ty {
        None | Some(b'g' | b'G' | b'n') => {
            let conv = if sp.ty == Some(b'G') { b'G' } else { b'g' };
            floatfmt::format_abs(&mut body, f, conv, sp.precision, signed);
        }
        Some(c @ (b'e' | b'E' | b'f' | b'F')) => {
            floatfmt::format_abs(&mut body, f, c, sp.precision, signed);
        }
        Some(b'%') => {
            floatfmt::format_abs(&mut body, f * 100.0, b'f', sp.precision, signed);
            body.push(b'%');
        }
        Some(c) => {
            return Err(vm.value_error_fmt(format_args!(
                "unknown format code '{}' for object of type 'float'",
                c as char
            )));
        }
    }
    if body.oom {
        return Err(vm.memory_error());
    }
    pad(out, body.as_bytes(), sp, b'>', true);
    Ok(())
}

/// `format(v, spec)`: writes `v` formatted by `spec` into `out`.
pub fn format_value(vm: &mut Vm, out: &mut Buf, v: Value, spec: &[u8]) -> PyResult<()> {
    if crate::objtype::is_instance_obj(v) {
        let sv = objstr::new_str(vm, spec)?;
        if let Some(r) = crate::objtype::call_special(vm, v, crate::q!("__format__"), &[sv])? {
            return vm.print_value(out, r, PrintKind::Str);
        }
    }
    if spec.is_empty() {
        return vm.print_value(out, v, PrintKind::Str);
    }
    let sp = parse_spec(vm, spec)?;
    // Instances of subclasses of int/float/str format as their built-in value.
    let native = crate::objtype::instance_native(v);
    let v = if native.is_null() { v } else { native };
    if objint::is_int(v) {
        return format_int(vm, out, v, &sp);
    }
    if let Some(f) = float_of(v) {
        return format_float(vm, out, f, &sp);
    }
    let Some(s) = str_bytes(vm, v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    };
    if let Some(t) = sp.ty {
        if t != b's' {
            return Err(vm.value_error_fmt(format_args!(
                "unknown format code '{}' for object of type 'str'",
                t as char
            )));
        }
    }
    let s = match sp.precision {
        Some(p) => &s[..crate::strmethods::char_offset(s, p)],
        None => s,
    };
    pad(out, s, &sp, b'<', false);
    Ok(())
}

fn float_of(v: Value) -> Option<f64> {
    if v.is_type(&objfloat::FLOAT_TYPE) {
        return Some(objfloat::float_value(v));
    }
    let n = crate::objtype::instance_native(v);
    if n.is_type(&objfloat::FLOAT_TYPE) {
        return Some(objfloat::float_value(n));
    }
    None
}

/// Parses a leading field number.
fn field_index(s: &[u8]) -> Option<usize> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: usize = 0;
    for &c in s {
        n = n.checked_mul(10)?.checked_add(usize::from(c - b'0'))?;
    }
    Some(n)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let fmt = args[0];
    let bytearray = crate::objtype::is_base_type(fmt, &crate::objarray::BYTEARRAY_TYPE);
    // A bytearray's buffer may move or change while fields run `__format__`: use a copy.
    let mut copy = Buf::new();
    let s = if bytearray {
        copy.push_bytes(crate::objarray::bytearray_bytes(fmt));
        if copy.oom {
            return Err(vm.memory_error());
        }
        Some(copy.as_bytes())
    } else {
        str_bytes(vm, fmt).or_else(|| objstr::bytes_bytes(fmt))
    };
    let Some(s) = s else {
        return Err(vm.type_error("format requires a str"));
    };
    let mut out = Buf::new();
    let mut auto = Some(0usize);
    format_into(vm, &mut out, s, &args[1..], kw, &mut auto)?;
    if out.oom {
        return Err(vm.memory_error());
    }
    if is_str(fmt) {
        objstr::new_str(vm, out.as_bytes())
    } else if bytearray {
        crate::objarray::new_bytearray(vm, out.as_bytes())
    } else {
        objstr::new_bytes(vm, out.as_bytes())
    }
}

/// The format mini-language over `s` with positional `pos` and keyword pairs `kw`; `auto`
/// is the next automatic field number (`None` once a field was numbered by hand).
fn format_into(
    vm: &mut Vm,
    out: &mut Buf,
    s: &[u8],
    pos: &[Value],
    kw: &[Value],
    auto: &mut Option<usize>,
) -> PyResult<()> {
    let mut manual = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'}' {
            if s.get(i + 1) == Some(&b'}') {
                out.push(b'}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("single '}' encountered in format string"));
        }
        if c != b'{' {
            // Copy a run of plain text at once.
            let st = i;
            while i < s.len() && s[i] != b'{' && s[i] != b'}' {
                i += 1;
            }
            out.push_bytes(&s[st..i]);
            continue;
        }
        if s.get(i + 1) == Some(&b'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        // Find the matching '}' (format specs may nest replacement fields).
        let mut depth = 1;
        let mut j = i + 1;
        while j < s.len() {
            match s[j] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= s.len() {
            return Err(vm.value_error("unmatched '{' in format"));
        }
        let field = &s[i + 1..j];
        i = j + 1;
        // The field name ends at the first '!' or ':' outside brackets.
        let mut k = 0;
        let mut in_bracket = false;
        while k < field.len() {
            match field[k] {
                b'[' => in_bracket = true,
                b']' => in_bracket = false,
                b'!' | b':' if !in_bracket => break,
                _ => {}
            }
            k += 1;
        }
        let name = &field[..k];
        let mut rest = &field[k..];
        let mut conv = None;
        if rest.first() == Some(&b'!') {
            conv = rest.get(1).copied();
            rest = &rest[2.min(rest.len())..];
            if !rest.is_empty() && rest[0] != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
        let spec = if rest.first() == Some(&b':') {
            &rest[1..]
        } else {
            &b""[..]
        };
        let first_end = name
            .iter()
            .position(|&b| b == b'.' || b == b'[')
            .unwrap_or(name.len());
        let (head, mut tail) = name.split_at(first_end);
        let mut v = if head.is_empty() {
            let Some(n) = *auto else {
                return Err(vm.value_error(
                    "can't switch from manual field specification to automatic field numbering",
                ));
            };
            *auto = Some(n + 1);
            match pos.get(n) {
                Some(&v) => v,
                None => return Err(vm.exc_msg(&INDEX_ERROR, "tuple index out of range")),
            }
        } else if let Some(n) = field_index(head) {
            if matches!(*auto, Some(a) if a > 0) {
                return Err(vm.value_error(
                    "can't switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            match pos.get(n) {
                Some(&v) => v,
                None => return Err(vm.exc_msg(&INDEX_ERROR, "tuple index out of range")),
            }
        } else {
            let found = kw
                .chunks(2)
                .find(|p| str_bytes(vm, p[0]) == Some(head))
                .map(|p| p[1]);
            match found {
                Some(v) => v,
                None => {
                    let k = objstr::new_str(vm, head)?;
                    return Err(crate::objdict::key_error(vm, k));
                }
            }
        };
        if manual && *auto == Some(0) {
            *auto = None;
        }
        while !tail.is_empty() {
            if tail[0] == b'.' {
                let e = tail[1..]
                    .iter()
                    .position(|&b| b == b'.' || b == b'[')
                    .map_or(tail.len(), |p| p + 1);
                let q = vm.intern(&tail[1..e])?;
                v = vm.load_attr(v, q)?;
                tail = &tail[e..];
            } else if tail[0] == b'[' {
                let Some(e) = tail.iter().position(|&b| b == b']') else {
                    return Err(vm.value_error("expected '}' before end of string"));
                };
                let key = &tail[1..e];
                let k = match field_index(key) {
                    Some(n) => Value::small_int(n as isize),
                    None => objstr::new_str(vm, key)?,
                };
                v = vm.subscr(v, k, Value::SENTINEL)?;
                tail = &tail[e + 1..];
            } else {
                return Err(vm.value_error("invalid format string"));
            }
        }
        v = match conv {
            Some(b'r') => vm.repr(v)?,
            Some(b's') => vm.str_of(v)?,
            Some(c) => {
                return Err(
                    vm.value_error_fmt(format_args!("unknown conversion specifier {}", c as char))
                );
            }
            None => v,
        };
        if spec.contains(&b'{') {
            // Nested replacement fields inside the spec share the argument numbering.
            let mut sub = Buf::new();
            format_into(vm, &mut sub, spec, pos, kw, auto)?;
            if sub.oom {
                return Err(vm.memory_error());
            }
            format_value(vm, out, v, sub.as_bytes())?;
        } else {
            format_value(vm, out, v, spec)?;
        }
    }
    Ok(())
}

/// `format(value[, spec])`.
pub fn builtin_format(vm: &mut Vm, args: &[Value]) -> PyResult {
    let spec: &[u8] = match args.get(1) {
        Some(&s) => match str_bytes(vm, s) {
            Some(b) => b,
            None => {
                let t = vm.type_name(s);
                return Err(
                    vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly"))
                );
            }
        },
        None => b"",
    };
    let mut out = Buf::new();
    format_value(vm, &mut out, args[0], spec)?;
    if out.oom {
        return Err(vm.memory_error());
    }
    objstr::new_str(vm, out.as_bytes())
}

/// `fmt % args` for str and bytes.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let bytes_mode = !is_str(fmt);
    let s = match crate::strmethods::text_of(vm, fmt) {
        Some((_, s)) => s,
        None => &[][..],
    };
    let items: &[Value] = if args.is_type(&crate::objtuple::TUPLE_TYPE) {
        crate::objtuple::tuple_items(args)
    } else {
        core::slice::from_ref(&args)
    };
    let mapping = crate::objdict::is_dict(args);
    let mut next = 0usize;
    let mut out = Buf::new();
    let mut i = 0;
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).copied();
        *next += 1;
        v.ok_or_else(|| vm.type_error("format string needs more arguments"))
    };
    while i < s.len() {
        if s[i] != b'%' {
            let st = i;
            while i < s.len() && s[i] != b'%' {
                i += 1;
            }
            out.push_bytes(&s[st..i]);
            continue;
        }
        i += 1;
        let mut key = None;
        if s.get(i) == Some(&b'(') {
            let mut depth = 1;
            let mut e = i + 1;
            while e < s.len() {
                match s[e] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                e += 1;
            }
            if e >= s.len() {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(&s[i + 1..e]);
            i = e + 1;
        }
        let mut sp = Spec::default();
        while let Some(&c) = s.get(i) {
            match c {
                b'-' => sp.align = Some(b'<'),
                b'+' => sp.sign = Some(b'+'),
                b' ' => sp.sign = sp.sign.or(Some(b' ')),
                b'#' => sp.alt = true,
                b'0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        if s.get(i) == Some(&b'*') {
            let w = take(vm, &mut next)?;
            let Some(w) = objint::small_of(w) else {
                return Err(vm.type_error("* wants int"));
            };
            if w < 0 {
                sp.align = Some(b'<');
            }
            sp.width = w.unsigned_abs();
            i += 1;
        } else {
            sp.width = parse_num(s, &mut i);
        }
        if s.get(i) == Some(&b'.') {
            i += 1;
            if s.get(i) == Some(&b'*') {
                let w = take(vm, &mut next)?;
                let Some(w) = objint::small_of(w) else {
                    return Err(vm.type_error("* wants int"));
                };
                sp.precision = Some(w.max(0) as usize);
                i += 1;
            } else {
                sp.precision = Some(parse_num(s, &mut i));
            }
        }
        let Some(&conv) = s.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        if sp.align == Some(b'<') {
            sp.zero = false;
        }
        let v = match key {
            Some(k) => {
                if !mapping {
                    return Err(vm.type_error("format requires a dict"));
                }
                let kv = objstr::new_str(vm, k)?;
                vm.subscr(args, kv, Value::SENTINEL)?
            }
            None => take(vm, &mut next)?,
        };
        match conv {
            b's' | b'r' => {
                let mut text = Buf::new();
                if bytes_mode && conv == b's' {
                    match crate::objarray::buffer_bytes(v) {
                        Some(b) => {
                            text.push_bytes(b);
                        }
                        None => vm.print_value(&mut text, v, PrintKind::Str)?,
                    }
                } else {
                    let kind = if conv == b's' {
                        PrintKind::Str
                    } else {
                        PrintKind::Repr
                    };
                    vm.print_value(&mut text, v, kind)?;
                }
                let t = text.as_bytes();
                let t = match sp.precision {
                    Some(p) if bytes_mode => &t[..p.min(t.len())],
                    Some(p) => &t[..crate::strmethods::char_offset(t, p)],
                    None => t,
                };
                sp.zero = false;
                pad(&mut out, t, &sp, b'>', false);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                let iv = if objint::is_int(v) {
                    v
                } else if matches!(conv, b'x' | b'X' | b'o') && float_of(v).is_some() {
                    // Only %d/%i/%u truncate a float; the radix conversions want an int.
                    let c = conv as char;
                    return Err(vm.type_error_fmt(format_args!(
                        "%{c} format: an integer is required, not float"
                    )));
                } else if let Some(f) = float_of(v) {
                    objfloat::float_to_int(vm, f)?
                } else {
                    let t = vm.type_name(v);
                    return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
                };
                sp.ty = Some(match conv {
                    b'x' => b'x',
                    b'X' => b'X',
                    b'o' => b'o',
                    _ => b'd',
                });
                let prec = sp.precision.take();
                let mut body = Buf::new();
                format_int(vm, &mut body, iv, &Spec { width: 0, ..sp })?;
                if let Some(p) = prec {
                    let b = body.as_bytes();
                    let sign = usize::from(matches!(b.first(), Some(b'-' | b'+' | b' ')));
                    let prefix = if sp.alt && b.len() >= sign + 2 && b[sign] == b'0' {
                        2
                    } else {
                        0
                    };
                    let digits = b.len() - sign - prefix;
                    if digits < p {
                        let mut z = Buf::new();
                        z.push_bytes(&b[..sign + prefix]);
                        for _ in digits..p {
                            z.push(b'0');
                        }
                        z.push_bytes(&b[sign + prefix..]);
                        body = z;
                    }
                    sp.zero = false;
                }
                pad(&mut out, body.as_bytes(), &sp, b'>', true);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let f = match float_of(v) {
                    Some(f) => f,
                    None if objint::is_int(v) => objint::int_to_f64(vm, v)?,
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error_fmt(format_args!("can't convert {t} to float")));
                    }
                };
                sp.ty = Some(conv);
                format_float(vm, &mut out, f, &sp)?;
            }
            b'c' => {
                let mut t = [0u8; 4];
                let text: &[u8] = if let Some(b) = str_bytes(vm, v) {
                    if crate::strmethods::char_count(b) != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    b
                } else if let Some(n) = objint::small_of(v) {
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) if !bytes_mode => c.encode_utf8(&mut t).as_bytes(),
                        _ if bytes_mode && (0..256).contains(&n) => {
                            t[0] = n as u8;
                            &t[..1]
                        }
                        _ => {
                            return Err(vm.exc_msg(
                                &crate::objexc::OVERFLOW_ERROR,
                                "%c arg not in range(0x110000)",
                            ));
                        }
                    }
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                sp.zero = false;
                pad(&mut out, text, &sp, b'>', false);
            }
            _ => {
                return Err(vm.value_error_fmt(format_args!(
                    "unsupported format character '{}' ({:#x}) at index {}",
                    conv as char,
                    conv,
                    i - 1
                )));
            }
        }
    }
    if next < items.len() && !mapping {
        return Err(vm.type_error("format string didn't convert all arguments"));
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    if bytes_mode {
        objstr::new_bytes(vm, out.as_bytes())
    } else {
        objstr::new_str(vm, out.as_bytes())
    }
}
