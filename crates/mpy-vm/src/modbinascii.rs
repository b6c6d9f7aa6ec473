//! The `binascii` module: hex and base64 conversions and CRC-32, as MicroPython has them.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::modutil::{Member, fill, get_bytes, get_int_truncated, kwarg};
use crate::objfun::BuiltinFn;
use crate::value::Value;
use crate::vm::Vm;

fn done(vm: &mut Vm, out: &Buf) -> PyResult {
    if out.oom {
        return Err(vm.memory_error());
    }
    crate::objstr::new_bytes(vm, out.as_bytes())
}

static HEXLIFY: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let data = get_bytes(vm, a[0])?;
    let sep = match a.get(1) {
        Some(&s) if s != Value::NONE => get_bytes(vm, s)?.first().copied(),
        _ => None,
    };
    let mut out = Buf::new();
    for (i, &b) in data.iter().enumerate() {
        if i > 0 {
            if let Some(c) = sep {
                out.push(c);
            }
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    done(vm, &out)
});

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

static UNHEXLIFY: BuiltinFn = BuiltinFn::f1(|vm, d| {
    let data = get_bytes(vm, d)?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error("non-hex digit"));
    }
    let mut out = Buf::new();
    for pair in data.chunks(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(h), Some(l)) => {
                out.push((h << 4) | l);
            }
            _ => return Err(vm.value_error("non-hex digit")),
        }
    }
    done(vm, &out)
});

fn sextet(c: u8) -> Option<u32> {
    Some(u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    }))
}

/// Decodes base64, skipping characters outside the alphabet, as MicroPython does.
pub fn decode_base64(data: &[u8], out: &mut Buf) -> bool {
    let mut shift: u32 = 0;
    let mut nbits = 0;
    let mut hadpad = false;
    for &c in data {
        if c == b'=' {
            if nbits == 2 || (nbits == 4 && hadpad) {
                nbits = 0;
                break;
            }
            hadpad = true;
        }
        let Some(s) = sextet(c) else { continue };
        hadpad = false;
        shift = (shift << 6) | s;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((shift >> nbits) as u8);
        }
    }
    nbits == 0
}

static A2B_BASE64: BuiltinFn = BuiltinFn::f1(|vm, d| {
    let data = get_bytes(vm, d)?;
    let mut out = Buf::new();
    if !decode_base64(data, &mut out) {
        return Err(vm.value_error("incorrect padding"));
    }
    done(vm, &out)
});

/// Encodes `data` as base64.
pub fn encode_base64(data: &[u8], out: &mut Buf) {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for ch in data.chunks(3) {
        let b = [ch[0], *ch.get(1).unwrap_or(&0), *ch.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(T[(n >> 18) as usize & 63]);
        out.push(T[(n >> 12) as usize & 63]);
        out.push(if ch.len() > 1 {
            T[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if ch.len() > 2 {
            T[n as usize & 63]
        } else {
            b'='
        });
    }
}

static B2A_BASE64: BuiltinFn = BuiltinFn::kw(1, |vm, a, kw| {
    if a.len() > 1 {
        return Err(vm.type_error("function takes 1 positional arguments"));
    }
    crate::modutil::check_kwargs(vm, kw, &[b"newline"])?;
    let newline = match kwarg(vm, kw, b"newline") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let data = get_bytes(vm, a[0])?;
    let mut out = Buf::new();
    encode_base64(data, &mut out);
    if newline {
        out.push(b'\n');
    }
    done(vm, &out)
});

/// CRC-32 (IEEE, reflected) continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

static CRC32: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let init = match a.get(1) {
        Some(&v) => get_int_truncated(vm, v)? as u32,
        None => 0,
    };
    let data = get_bytes(vm, a[0])?;
    crate::objint::from_u64(vm, u64::from(crc32(data, init)))
});

static MEMBERS: &[Member] = &[
    (b"a2b_base64", A2B_BASE64.value()),
    (b"b2a_base64", B2A_BASE64.value()),
    (b"crc32", CRC32.value()),
    (b"hexlify", HEXLIFY.value()),
    (b"unhexlify", UNHEXLIFY.value()),
];

/// Fills the `binascii` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
