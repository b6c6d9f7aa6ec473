//! `str.format`, format specs (`format()`, f-strings) and `%`-formatting.

use core::fmt::Write;

use crate::buf::Buf;
use crate::error::PyResult;
use crate::objstr::{self, is_str, str_bytes};
use crate::types::PrintKind;
use crate::value::Value;
use crate::vm::Vm;
use crate::{objfloat, objint};

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Spec {
    fill: char,
    align: Option<u8>,
    sign: Option<u8>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<u8>,
    precision: Option<usize>,
    ty: Option<u8>,
}

fn parse_spec(vm: &mut Vm, s: &[u8]) -> PyResult<Spec> {
    let text = core::str::from_utf8(s).unwrap_or("");
    let chars: alloc::vec::Vec<char> = text.chars().collect();
    let mut sp = Spec {
        fill: ' ',
        ..Default::default()
    };
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        sp.fill = chars[0];
        sp.align = Some(chars[1] as u8);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        sp.align = Some(chars[0] as u8);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sp.sign = Some(chars[i] as u8);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    while i < chars.len() && chars[i].is_ascii_digit() {
        sp.width = sp.width * 10 + chars[i] as usize - '0' as usize;
        i += 1;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        sp.grouping = Some(chars[i] as u8);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let mut p = 0;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            p = p * 10 + chars[i] as usize - '0' as usize;
            i += 1;
        }
        if st == i {
            return Err(vm.value_error("format spec missing precision"));
        }
        sp.precision = Some(p);
    }
    if i < chars.len() {
        sp.ty = Some(chars[i] as u8);
        i += 1;
    }
    if i != chars.len() {
        return Err(vm.value_error("invalid format specifier"));
    }
    Ok(sp)
}

fn pad(out: &mut Buf, body: &str, sp: &Spec, default_align: u8, numeric: bool) {
    let n = body.chars().count();
    if n >= sp.width {
        out.push_str(body);
        return;
    }
    let fill_n = sp.width - n;
    let (fill, align) = if sp.zero && sp.align.is_none() && numeric {
        ('0', b'=')
    } else {
        (sp.fill, sp.align.unwrap_or(default_align))
    };
    let mut tmp = [0u8; 4];
    let f = fill.encode_utf8(&mut tmp).as_bytes().to_vec();
    let push_fill = |out: &mut Buf, k: usize| {
        for _ in 0..k {
            out.push_bytes(&f);
        }
    };
    match align {
        b'<' => {
            out.push_str(body);
            push_fill(out, fill_n);
        }
        b'^' => {
            push_fill(out, fill_n / 2);
            out.push_str(body);
            push_fill(out, fill_n - fill_n / 2);
        }
        b'=' => {
            let sign_len = body
                .chars()
                .take_while(|c| matches!(c, '+' | '-' | ' '))
                .count();
            let prefix_len = if body[sign_len..].starts_with("0x")
                || body[sign_len..].starts_with("0b")
                || body[sign_len..].starts_with("0o")
                || body[sign_len..].starts_with("0X")
            {
                2
            } else {
                0
            };
            let split = sign_len + prefix_len;
            out.push_str(&body[..split]);
            push_fill(out, fill_n);
            out.push_str(&body[split..]);
        }
        _ => {
            push_fill(out, fill_n);
            out.push_str(body);
        }
    }
}

fn group(digits: &str, sep: u8, every: usize) -> alloc::string::String {
    let mut out = alloc::string::String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep as char);
        }
        out.push(c);
    }
    out
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
            .and_then(char::from_u32)
            .unwrap_or('?');
        let mut t = [0u8; 4];
        pad(out, c.encode_utf8(&mut t), sp, b'<', false);
        return Ok(());
    }
    let radix = match ty {
        b'b' => 2,
        b'o' => 8,
        b'x' | b'X' => 16,
        b'd' | b'n' => 10,
        _ => {
            return Err(vm.value_error_fmt(format_args!(
                "unknown format code '{}' for object of type 'int'",
                ty as char
            )));
        }
    };
    let mut digits = Buf::new();
    let neg;
    if let Some(n) = objint::small_of(v) {
        neg = n < 0;
        let m = n.unsigned_abs();
        let _ = match radix {
            2 => write!(digits, "{m:b}"),
            8 => write!(digits, "{m:o}"),
            16 => write!(digits, "{m:x}"),
            _ => write!(digits, "{m}"),
        };
    } else {
        let b = objint::big_ref(v);
        neg = b.is_negative();
        let mut t = Buf::new();
        b.to_str_radix(radix, &mut t)
            .map_err(|e| objint::big_error(vm, e))?;
        let s = t.as_bytes();
        digits.push_bytes(if neg { &s[1..] } else { s });
    }
    let mut d = alloc::string::String::from(core::str::from_utf8(digits.as_bytes()).unwrap_or(""));
    if ty == b'X' {
        d = d.to_uppercase();
    }
    if let Some(g) = sp.grouping {
        d = group(&d, g, if radix == 10 { 3 } else { 4 });
    }
    let mut body = alloc::string::String::new();
    if neg {
        body.push('-');
    } else if let Some(s @ (b'+' | b' ')) = sp.sign {
        body.push(s as char);
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
    body.push_str(&d);
    pad(out, &body, sp, b'>', true);
    Ok(())
}

/// Python-style exponent spelling: `1.5e+00`.
fn fix_exp(s: &str, upper: bool) -> alloc::string::String {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let mut out = alloc::string::String::from(m);
    let _ = write!(
        out,
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    );
    out
}

/// Formats `f` with Python's `%g` rules at `prec` significant digits.
fn fmt_g(f: f64, prec: usize, alt: bool, upper: bool) -> alloc::string::String {
    let p = prec.max(1);
    let sci = alloc::format!("{:.*e}", p - 1, f);
    let exp: i32 = sci
        .split_once('e')
        .map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let mut s = if exp < -4 || exp >= p as i32 {
        let mut m = alloc::string::String::from(sci.split_once('e').map_or(&sci[..], |(m, _)| m));
        if !alt && m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        let _ = write!(m, "e{}", exp);
        fix_exp(&m, upper)
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut m = alloc::format!("{:.*}", decimals, f);
        if !alt && m.contains('.') {
            while m.ends_with('0') {
                m.pop();
            }
            if m.ends_with('.') {
                m.pop();
            }
        }
        m
    };
    if upper {
        s = s.to_uppercase();
    }
    s
}

fn format_float(vm: &mut Vm, out: &mut Buf, f: f64, sp: &Spec) -> PyResult<()> {
    let ty = sp.ty;
    let mut body = alloc::string::String::new();
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some(b'E' | b'F' | b'G'));
    let digits = if a.is_infinite() {
        alloc::string::String::from(if upper { "INF" } else { "inf" })
    } else if a.is_nan() {
        alloc::string::String::from(if upper { "NAN" } else { "nan" })
    } else {
        match ty {
            Some(b'e' | b'E') => {
                let s = fix_exp(
                    &alloc::format!("{:.*e}", sp.precision.unwrap_or(6), a),
                    upper,
                );
                if upper { s.to_uppercase() } else { s }
            }
            Some(b'f' | b'F') => alloc::format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some(b'%') => {
                let mut s = alloc::format!("{:.*}", sp.precision.unwrap_or(6), a * 100.0);
                s.push('%');
                s
            }
            Some(b'g' | b'G' | b'n') => fmt_g(a, sp.precision.unwrap_or(6), sp.alt, upper),
            None => match sp.precision {
                Some(p) => {
                    let s = fmt_g(a, p, sp.alt, false);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        s + ".0"
                    }
                }
                None => mpy_format::numtext::float_repr(a),
            },
            Some(c) => {
                return Err(vm.value_error_fmt(format_args!(
                    "unknown format code '{}' for object of type 'float'",
                    c as char
                )));
            }
        }
    };
    let digits = match sp.grouping {
        Some(g) => {
            let (int_part, rest) =
                digits.split_at(digits.find(['.', 'e', '%']).unwrap_or(digits.len()));
            group(int_part, g, 3) + rest
        }
        None => digits,
    };
    if neg {
        body.push('-');
    } else if let Some(s @ (b'+' | b' ')) = sp.sign {
        body.push(s as char);
    }
    body.push_str(&digits);
    pad(out, &body, sp, b'>', true);
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
    if objint::is_int(v) && v != Value::TRUE && v != Value::FALSE
        || (objint::is_int(v) && sp.ty.is_some())
    {
        return format_int(vm, out, v, &sp);
    }
    if objfloat::FLOAT_TYPE.as_value() == vm.type_of(v).as_value() {
        return format_float(vm, out, objfloat::float_value(v), &sp);
    }
    if let Some(t) = sp.ty {
        if t != b's' {
            let tn = vm.type_name(v);
            return Err(vm.value_error_fmt(format_args!(
                "unknown format code '{}' for object of type '{tn}'",
                t as char
            )));
        }
    }
    let mut s = Buf::new();
    vm.print_value(&mut s, v, PrintKind::Str)?;
    let mut text = alloc::string::String::from(core::str::from_utf8(s.as_bytes()).unwrap_or(""));
    if let Some(p) = sp.precision {
        text = text.chars().take(p).collect();
    }
    pad(out, &text, &sp, b'<', false);
    Ok(())
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let fmt = args[0];
    let s = str_bytes(vm, fmt).unwrap_or(&[]);
    let pos = &args[1..];
    let mut out = Buf::new();
    let mut auto = 0usize;
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
            out.push(c);
            i += 1;
            continue;
        }
        if s.get(i + 1) == Some(&b'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        // Find the matching '}' (format specs may nest one level of braces).
        let mut depth = 1;
        let mut j = i + 1;
        while j < s.len() && depth > 0 {
            match s[j] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            if depth > 0 {
                j += 1;
            }
        }
        if j >= s.len() {
            return Err(vm.value_error("unmatched '{' in format"));
        }
        let field = &s[i + 1..j];
        i = j + 1;
        let (name_conv, spec) = match field.iter().position(|&b| b == b':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (field, &b""[..]),
        };
        let (name, conv) = match name_conv.iter().position(|&b| b == b'!') {
            Some(p) => (&name_conv[..p], name_conv.get(p + 1).copied()),
            None => (name_conv, None),
        };
        let first_end = name
            .iter()
            .position(|&b| b == b'.' || b == b'[')
            .unwrap_or(name.len());
        let (head, mut rest) = name.split_at(first_end);
        let mut v = if head.is_empty() {
            let v = pos.get(auto).copied();
            auto += 1;
            match v {
                Some(v) => v,
                None => {
                    return Err(vm.exc_msg(&crate::objexc::INDEX_ERROR, "tuple index out of range"));
                }
            }
        } else if head.iter().all(u8::is_ascii_digit) {
            let n: usize = core::str::from_utf8(head)
                .unwrap_or("0")
                .parse()
                .unwrap_or(0);
            match pos.get(n) {
                Some(&v) => v,
                None => {
                    return Err(vm.exc_msg(&crate::objexc::INDEX_ERROR, "tuple index out of range"));
                }
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
        while !rest.is_empty() {
            if rest[0] == b'.' {
                let e = rest[1..]
                    .iter()
                    .position(|&b| b == b'.' || b == b'[')
                    .map_or(rest.len(), |p| p + 1);
                let q = vm.intern(&rest[1..e])?;
                v = vm.load_attr(v, q)?;
                rest = &rest[e..];
            } else {
                let e = rest.iter().position(|&b| b == b']').unwrap_or(rest.len());
                let key = &rest[1..e];
                let k = if key.iter().all(u8::is_ascii_digit) && !key.is_empty() {
                    Value::small_int(
                        core::str::from_utf8(key)
                            .unwrap_or("0")
                            .parse()
                            .unwrap_or(0),
                    )
                } else {
                    objstr::new_str(vm, key)?
                };
                v = vm.subscr(v, k, Value::SENTINEL)?;
                rest = &rest[(e + 1).min(rest.len())..];
            }
        }
        v = match conv {
            Some(b'r') => vm.repr(v)?,
            Some(b's') => vm.str_of(v)?,
            Some(_) => return Err(vm.value_error("invalid conversion")),
            None => v,
        };
        // Nested replacement fields inside the spec.
        let spec_val = if spec.contains(&b'{') {
            let sv = objstr::new_str(vm, spec)?;
            let all = crate::objlist::new_list(vm, &[sv])?;
            for &p in pos {
                crate::objlist::list_append(vm, all, p)?;
            }
            let r = str_format(vm, crate::objlist::list_items(all), kw)?;
            Some(r)
        } else {
            None
        };
        let spec = match spec_val {
            Some(sv) => str_bytes(vm, sv).unwrap_or(&[]),
            None => spec,
        };
        format_value(vm, &mut out, v, spec)?;
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    objstr::new_str(vm, out.as_bytes())
}

/// `fmt % args` for str and bytes.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let s = str_bytes(vm, fmt)
        .or_else(|| objstr::bytes_bytes(fmt))
        .unwrap_or(&[]);
    let items: &[Value] = if args.is_type(&crate::objtuple::TUPLE_TYPE) {
        crate::objtuple::tuple_items(args)
    } else {
        core::slice::from_ref(&args)
    };
    let mapping = crate::objdict::is_dict(args);
    let mut next = 0usize;
    let mut out = Buf::new();
    let mut i = 0;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        let v = items.get(next).copied();
        next += 1;
        v.ok_or_else(|| vm.type_error("format string needs more arguments"))
    };
    while i < s.len() {
        if s[i] != b'%' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key = None;
        if s.get(i) == Some(&b'(') {
            let e = s[i..]
                .iter()
                .position(|&b| b == b')')
                .map_or(s.len(), |p| p + i);
            key = Some(&s[i + 1..e.min(s.len())]);
            i = e + 1;
        }
        let mut sp = Spec {
            fill: ' ',
            ..Default::default()
        };
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
            let w = take(vm)?;
            sp.width = objint::small_of(w).unwrap_or(0).max(0) as usize;
            i += 1;
        }
        while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            sp.width = sp.width * 10 + usize::from(c - b'0');
            i += 1;
        }
        if s.get(i) == Some(&b'.') {
            i += 1;
            let mut p = 0;
            if s.get(i) == Some(&b'*') {
                let w = take(vm)?;
                p = objint::small_of(w).unwrap_or(0).max(0) as usize;
                i += 1;
            }
            while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
                p = p * 10 + usize::from(c - b'0');
                i += 1;
            }
            sp.precision = Some(p);
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
            Some(k) if mapping => {
                let kv = objstr::new_str(vm, k)?;
                vm.subscr(args, kv, Value::SENTINEL)?
            }
            _ => take(vm)?,
        };
        match conv {
            b's' | b'r' | b'a' => {
                let t = if conv == b's' {
                    vm.str_of(v)?
                } else {
                    vm.repr(v)?
                };
                let mut text = alloc::string::String::from(
                    core::str::from_utf8(str_bytes(vm, t).unwrap_or(&[])).unwrap_or(""),
                );
                if let Some(p) = sp.precision {
                    text = text.chars().take(p).collect();
                }
                sp.zero = false;
                pad(&mut out, &text, &sp, b'>', false);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                let iv = if objint::is_int(v) {
                    v
                } else if objfloat::FLOAT_TYPE.as_value() == vm.type_of(v).as_value() {
                    objfloat::float_to_int(vm, objfloat::float_value(v))?
                } else {
                    let t = vm.type_name(v);
                    return Err(vm.type_error_fmt(format_args!(
                        "%{} format: a number is required, not {t}",
                        conv as char
                    )));
                };
                sp.ty = Some(match conv {
                    b'x' => b'x',
                    b'X' => b'X',
                    b'o' => b'o',
                    _ => b'd',
                });
                let prec = sp.precision.take();
                let mut tmp = Buf::new();
                format_int(vm, &mut tmp, iv, &Spec { width: 0, ..sp })?;
                let mut body =
                    alloc::string::String::from(core::str::from_utf8(tmp.as_bytes()).unwrap_or(""));
                if let Some(p) = prec {
                    let neg = body.starts_with('-');
                    let digits = body.trim_start_matches(['-', '+', ' ']).len();
                    if digits < p {
                        let zeros: alloc::string::String =
                            core::iter::repeat_n('0', p - digits).collect();
                        let at = usize::from(neg || body.starts_with(['+', ' ']));
                        body.insert_str(at, &zeros);
                    }
                }
                pad(&mut out, &body, &sp, b'>', true);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let Some(f) = objfloat::to_f64(vm, v)? else {
                    let t = vm.type_name(v);
                    return Err(vm.type_error_fmt(format_args!("can't convert {t} to float")));
                };
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(vm, &mut out, f, &sp)?;
            }
            b'c' => {
                let text = if let Some(b) = str_bytes(vm, v) {
                    alloc::string::String::from(core::str::from_utf8(b).unwrap_or(""))
                } else {
                    let n = objint::small_of(v).unwrap_or(0);
                    char::from_u32(n as u32)
                        .map(alloc::string::String::from)
                        .unwrap_or_default()
                };
                pad(&mut out, &text, &sp, b'>', false);
            }
            _ => {
                return Err(vm.value_error_fmt(format_args!(
                    "unsupported format character '{}'",
                    conv as char
                )));
            }
        }
    }
    if next < items.len() && !mapping && args.is_type(&crate::objtuple::TUPLE_TYPE) {
        return Err(vm.type_error("format string didn't convert all arguments"));
    }
    if out.oom {
        return Err(vm.memory_error());
    }
    if is_str(fmt) {
        objstr::new_str(vm, out.as_bytes())
    } else {
        objstr::new_bytes(vm, out.as_bytes())
    }
}
