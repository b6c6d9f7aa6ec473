//! The `json` module: MicroPython's encoder (non-ASCII kept as UTF-8, other objects by their
//! repr, `separators`) and its permissive single-pass decoder.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::modutil::{Member, call_method, fill, kwarg};
use crate::objdict::{self, dict_map};
use crate::objfun::BuiltinFn;
use crate::objlist::{self, LIST_TYPE};
use crate::objtuple::TUPLE_TYPE;
use crate::objtype::is_base_type;
use crate::q;
use crate::types::PrintKind;
use crate::value::Value;
use crate::vm::Vm;

/// Writes `s` as a JSON string literal.
pub fn write_json_str(buf: &mut Buf, s: &[u8]) {
    buf.push(b'"');
    for &c in s {
        match c {
            b'"' | b'\\' => {
                buf.push(b'\\');
                buf.push(c);
            }
            b'\n' => {
                buf.push_str("\\n");
            }
            b'\r' => {
                buf.push_str("\\r");
            }
            b'\t' => {
                buf.push_str("\\t");
            }
            c if c < 32 => {
                let _ = core::fmt::Write::write_fmt(buf, format_args!("\\u{c:04x}"));
            }
            c => {
                buf.push(c);
            }
        }
    }
    buf.push(b'"');
}

struct Seps<'a> {
    item: &'a [u8],
    key: &'a [u8],
}

fn dump_value(vm: &mut Vm, buf: &mut Buf, v: Value, seps: &Seps<'_>) -> PyResult<()> {
    vm.check_stack()?;
    if v == Value::NONE {
        buf.push_str("null");
    } else if v == Value::TRUE {
        buf.push_str("true");
    } else if v == Value::FALSE {
        buf.push_str("false");
    } else if let Some(s) = crate::objstr::str_bytes(vm, v) {
        write_json_str(buf, s);
    } else if let Some(s) = crate::objstr::bytes_bytes(v) {
        write_json_str(buf, s);
    } else if is_base_type(v, &LIST_TYPE) || is_base_type(v, &TUPLE_TYPE) {
        buf.push(b'[');
        let mut i = 0;
        loop {
            let items = if is_base_type(v, &LIST_TYPE) {
                objlist::list_items(v)
            } else {
                crate::objtuple::tuple_items(v)
            };
            let Some(&x) = items.get(i) else { break };
            if i > 0 {
                buf.push_bytes(seps.item);
            }
            dump_value(vm, buf, x, seps)?;
            i += 1;
        }
        buf.push(b']');
    } else if objdict::is_dict(v) {
        buf.push(b'{');
        let mut first = true;
        let mut i = 0;
        while i < dict_map(v).filled() {
            if let Some(e) = dict_map(v).slot(i) {
                if !first {
                    buf.push_bytes(seps.item);
                }
                first = false;
                if crate::objstr::is_str(e.key) {
                    dump_value(vm, buf, e.key, seps)?;
                } else {
                    buf.push(b'"');
                    dump_value(vm, buf, e.key, seps)?;
                    buf.push(b'"');
                }
                buf.push_bytes(seps.key);
                dump_value(vm, buf, e.value, seps)?;
            }
            i += 1;
        }
        buf.push(b'}');
    } else {
        vm.print_value(buf, v, PrintKind::Repr)?;
    }
    if buf.oom {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn dumps_to_buf(vm: &mut Vm, obj: Value, kw: &[Value], buf: &mut Buf) -> PyResult<()> {
    for p in kw.chunks(2) {
        if !(p[0].is_qstr() && vm.qstr_str(p[0].qstr_value()) == b"separators") {
            return Err(vm.type_error("extra keyword arguments given"));
        }
    }
    let mut item: &[u8] = b", ";
    let mut key: &[u8] = b": ";
    if let Some(s) = kwarg(vm, kw, b"separators").filter(|&s| s != Value::NONE) {
        let l = crate::objlist::list_from_iter(vm, s)?;
        let items = objlist::list_items(l);
        if items.len() != 2 {
            return Err(vm.value_error_fmt(format_args!(
                "requested length 2 but object has length {}",
                items.len()
            )));
        }
        let (a, b) = (items[0], items[1]);
        match (
            crate::objstr::str_bytes(vm, a),
            crate::objstr::str_bytes(vm, b),
        ) {
            (Some(x), Some(y)) => {
                item = x;
                key = y;
            }
            _ => return Err(vm.type_error("separators must be str")),
        }
        core::hint::black_box(l);
    }
    dump_value(vm, buf, obj, &Seps { item, key })
}

static DUMPS: BuiltinFn = BuiltinFn::kw(1, |vm, a, kw| {
    if a.len() > 1 {
        return Err(vm.type_error("function takes 1 positional arguments"));
    }
    let mut buf = Buf::new();
    dumps_to_buf(vm, a[0], kw, &mut buf)?;
    crate::objstr::new_str(vm, buf.as_bytes())
});

static DUMP: BuiltinFn = BuiltinFn::kw(2, |vm, a, kw| {
    if a.len() > 2 {
        return Err(vm.type_error("function takes 2 positional arguments"));
    }
    let mut buf = Buf::new();
    dumps_to_buf(vm, a[0], kw, &mut buf)?;
    let s = crate::objstr::new_str(vm, buf.as_bytes())?;
    call_method(vm, a[1], q!("write"), &[s])?;
    Ok(Value::NONE)
});

fn syntax_error(vm: &mut Vm) -> crate::error::Exc {
    vm.value_error("syntax error in JSON")
}

fn hex_val(c: u8) -> u32 {
    let c = (c | 0x20).wrapping_sub(b'0');
    u32::from(if c > 9 {
        c.wrapping_sub(b'a' - b'9' - 1)
    } else {
        c
    })
}

fn push_utf8(out: &mut Buf, n: u32) {
    if n >= 0x10000 {
        out.push(0xf0 | (n >> 18) as u8);
        out.push(0x80 | ((n >> 12) & 0x3f) as u8);
        out.push(0x80 | ((n >> 6) & 0x3f) as u8);
        out.push(0x80 | (n & 0x3f) as u8);
    } else if n < 0x80 {
        out.push(n as u8);
    } else if n < 0x800 {
        out.push(0xc0 | (n >> 6) as u8);
        out.push(0x80 | (n & 0x3f) as u8);
    } else {
        out.push(0xe0 | (n >> 12) as u8);
        out.push(0x80 | ((n >> 6) & 0x3f) as u8);
        out.push(0x80 | (n & 0x3f) as u8);
    }
}

/// Decodes one JSON document from `s` (MicroPython's permissive rules).
pub fn loads_bytes(vm: &mut Vm, s: &[u8]) -> PyResult {
    let stack = objlist::new_list(vm, &[])?;
    let mut top = Value::NULL;
    let mut key = Value::NULL;
    let mut i = 0usize;
    let cur = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut scratch = Buf::new();
    loop {
        if i >= s.len() {
            // Input ended inside a container (or held no value at all).
            return Err(syntax_error(vm));
        }
        let c = s[i];
        i += 1;
        let next;
        let mut enter = false;
        match c {
            b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' => continue,
            b'n' | b't' | b'f' => {
                let (word, val): (&[u8], Value) = match c {
                    b'n' => (b"ull", Value::NONE),
                    b't' => (b"rue", Value::TRUE),
                    _ => (b"alse", Value::FALSE),
                };
                if s.get(i..i + word.len()) != Some(word) {
                    return Err(syntax_error(vm));
                }
                i += word.len();
                next = val;
            }
            b'"' => {
                scratch.clear();
                while i < s.len() && s[i] != b'"' {
                    let mut ch = s[i];
                    if ch == b'\\' {
                        i += 1;
                        ch = cur(i);
                        match ch {
                            b'b' => ch = 8,
                            b'f' => ch = 12,
                            b'n' => ch = b'\n',
                            b'r' => ch = b'\r',
                            b't' => ch = b'\t',
                            b'u' => {
                                let mut num = 0u32;
                                for _ in 0..4 {
                                    i += 1;
                                    num = (num << 4) | (hex_val(cur(i)) & 0xff);
                                }
                                num &= 0xffff;
                                i += 1;
                                // A surrogate pair makes one character.
                                if (0xd800..0xdc00).contains(&num)
                                    && cur(i) == b'\\'
                                    && cur(i + 1) == b'u'
                                {
                                    let mut lo = 0u32;
                                    for k in 0..4 {
                                        lo = (lo << 4) | (hex_val(cur(i + 2 + k)) & 0xff);
                                    }
                                    lo &= 0xffff;
                                    if (0xdc00..0xe000).contains(&lo) {
                                        num = 0x10000 + ((num - 0xd800) << 10) + (lo - 0xdc00);
                                        i += 6;
                                    }
                                }
                                push_utf8(&mut scratch, num);
                                continue;
                            }
                            _ => {}
                        }
                    }
                    scratch.push(ch);
                    i += 1;
                }
                if i >= s.len() {
                    return Err(syntax_error(vm));
                }
                i += 1;
                if scratch.oom {
                    return Err(vm.memory_error());
                }
                next = crate::objstr::new_str(vm, scratch.as_bytes())?;
            }
            b'-' | b'0'..=b'9' => {
                let start = i - 1;
                let mut flt = false;
                loop {
                    let d = cur(i);
                    if d == b'.' || d == b'E' || d == b'e' {
                        flt = true;
                    } else if !(d == b'+' || d == b'-' || d.is_ascii_digit()) {
                        break;
                    }
                    i += 1;
                }
                let text = &s[start..i];
                next = if flt {
                    crate::objfloat::parse_float(vm, text)?
                } else {
                    crate::objint::parse_int(vm, text, 10)?
                };
            }
            b'[' => {
                next = objlist::new_list(vm, &[])?;
                enter = true;
            }
            b'{' => {
                next = objdict::new_dict(vm, 0)?;
                enter = true;
            }
            b']' | b'}' => {
                if top.is_null() {
                    return Err(syntax_error(vm));
                }
                let n = objlist::list_items(stack).len();
                if n == 0 {
                    break;
                }
                top = objlist::list_items(stack)[n - 1];
                // SAFETY: a live list with n > 0 items.
                unsafe { (*objlist::list_ptr(stack)).len = n - 1 };
                continue;
            }
            _ => return Err(syntax_error(vm)),
        }
        if top.is_null() {
            top = next;
            if !enter {
                break;
            }
        } else {
            if top.is_type(&LIST_TYPE) {
                objlist::list_append(vm, top, next)?;
            } else if key.is_null() {
                key = next;
                if enter {
                    return Err(syntax_error(vm));
                }
            } else {
                objdict::dict_store(vm, top, key, next)?;
                key = Value::NULL;
            }
            if enter {
                objlist::list_append(vm, stack, top)?;
                top = next;
            }
        }
    }
    while i < s.len() && crate::strmethods::is_space(s[i]) {
        i += 1;
    }
    if i < s.len() || top.is_null() || !objlist::list_items(stack).is_empty() {
        return Err(syntax_error(vm));
    }
    Ok(top)
}

fn text_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    match crate::objstr::str_bytes(vm, v) {
        Some(s) => Ok(s),
        None => crate::modutil::get_bytes(vm, v),
    }
}

static LOADS: BuiltinFn = BuiltinFn::f1(|vm, v| {
    let s = text_arg(vm, v)?;
    // Parse from a private copy: decoding allocates, and the source may be mutable.
    let copy = crate::objstr::new_bytes(vm, s)?;
    let s = crate::objstr::bytes_bytes(copy).unwrap_or(&[]);
    let r = loads_bytes(vm, s);
    core::hint::black_box(copy);
    r
});

static LOAD: BuiltinFn = BuiltinFn::f1(|vm, stream| {
    let text = call_method(vm, stream, q!("read"), &[])?;
    let s = text_arg(vm, text)?;
    let r = loads_bytes(vm, s);
    core::hint::black_box(text);
    r
});

static MEMBERS: &[Member] = &[
    (b"dump", DUMP.value()),
    (b"dumps", DUMPS.value()),
    (b"load", LOAD.value()),
    (b"loads", LOADS.value()),
];

/// Fills the `json` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
