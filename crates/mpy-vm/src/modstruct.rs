//! The `struct` module, and the typed binary values shared with `array`: MicroPython's
//! formats (`@` native sizes and alignment, `<`/`>`/`!` standard sizes), truncating packs.

use crate::error::PyResult;
use crate::modutil::{Member, fill, get_buffer, get_bytes, get_float, get_int, get_int_truncated};
use crate::objfun::BuiltinFn;
use crate::value::Value;
use crate::vm::Vm;

/// Size and alignment of `val_type` under byte-order mark `order` (`@`, `<`, `>`), or `None`
/// for a bad typecode. `O` (object) is only known to `array`.
pub fn type_size(order: u8, val_type: u8) -> Option<(usize, usize)> {
    let word = core::mem::size_of::<usize>();
    let size = match order {
        b'<' | b'>' => match val_type {
            b'b' | b'B' | b'x' => 1,
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'l' | b'L' | b'f' => 4,
            b'q' | b'Q' | b'd' => 8,
            b'P' => word,
            _ => return None,
        },
        b'@' => {
            let size = match val_type {
                b'b' | b'B' | b'x' => 1,
                b'h' | b'H' | b'e' => 2,
                b'i' | b'I' | b'f' => 4,
                b'l' | b'L' | b'P' | b'O' => word,
                b'q' | b'Q' | b'd' => 8,
                _ => return None,
            };
            return Some((size, size));
        }
        _ => return None,
    };
    Some((size, 1))
}

fn is_signed(t: u8) -> bool {
    matches!(t, b'b' | b'h' | b'i' | b'l' | b'q')
}

/// Decodes a 16-bit IEEE half float.
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => libm::ldexp(m, -24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => libm::ldexp(m + 1024.0, e - 25),
    }
}

/// Encodes a float as a 16-bit IEEE half float (round to nearest even).
pub fn f64_to_half(x: f64) -> u16 {
    let bits = (x as f32).to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32;
    let man = bits & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if man != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 31 {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = man | 0x80_0000;
        let shift = (14 - e) as u32;
        let half = m >> shift;
        let rem = m & ((1 << shift) - 1);
        let mid = 1 << (shift - 1);
        let r = if rem > mid || (rem == mid && half & 1 == 1) {
            half + 1
        } else {
            half
        };
        return sign | r as u16;
    }
    let half = ((e as u32) << 10) | (man >> 13);
    let rem = man & 0x1fff;
    let r = if rem > 0x1000 || (rem == 0x1000 && half & 1 == 1) {
        half + 1
    } else {
        half
    };
    sign | r as u16
}

/// Reads one value of `val_type` (size `size`) from `p` in the given byte order.
pub fn get_val(vm: &mut Vm, val_type: u8, big_endian: bool, p: &[u8]) -> PyResult {
    let mut raw: u64 = 0;
    if big_endian {
        for &b in p {
            raw = (raw << 8) | u64::from(b);
        }
    } else {
        for &b in p.iter().rev() {
            raw = (raw << 8) | u64::from(b);
        }
    }
    let size = p.len();
    match val_type {
        b'e' => crate::objfloat::new_float(vm, half_to_f64(raw as u16)),
        b'f' => crate::objfloat::new_float(vm, f64::from(f32::from_bits(raw as u32))),
        b'd' => crate::objfloat::new_float(vm, f64::from_bits(raw)),
        t if is_signed(t) => {
            let shift = 64 - 8 * size as u32;
            let v = ((raw << shift) as i64) >> shift;
            crate::objint::from_i64(vm, v)
        }
        _ => crate::objint::from_u64(vm, raw),
    }
}

/// Writes `v` as `val_type` into `out` (its size) in the given byte order; ints are truncated.
pub fn set_val(
    vm: &mut Vm,
    val_type: u8,
    big_endian: bool,
    v: Value,
    out: &mut [u8],
) -> PyResult<()> {
    let raw: u64 = match val_type {
        b'e' => u64::from(f64_to_half(get_float(vm, v)?)),
        b'f' => u64::from((get_float(vm, v)? as f32).to_bits()),
        b'd' => get_float(vm, v)?.to_bits(),
        _ => {
            if crate::objint::is_int(v) {
                get_int_truncated(vm, v)?
            } else {
                get_int(vm, v)? as u64
            }
        }
    };
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let k = if big_endian { n - 1 - i } else { i };
        *b = (raw >> (8 * k)) as u8;
    }
    Ok(())
}

/// A parsed format: byte-order mark and the remaining items.
struct Format<'a> {
    order: u8,
    rest: &'a [u8],
}

fn parse_format<'a>(vm: &mut Vm, f: Value) -> PyResult<Format<'a>> {
    let s = match crate::objstr::str_bytes(vm, f).or_else(|| crate::objstr::bytes_bytes(f)) {
        Some(s) => s,
        None => {
            let t = vm.type_name(f);
            return Err(
                vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly"))
            );
        }
    };
    let (order, rest) = match s.first() {
        Some(b'!') => (b'>', &s[1..]),
        Some(&c @ (b'@' | b'=' | b'<' | b'>')) => (c, &s[1..]),
        _ => (b'@', s),
    };
    Ok(Format { order, rest })
}

/// One format item: repeat count and type.
fn next_item(vm: &mut Vm, rest: &mut &[u8]) -> PyResult<Option<(usize, u8)>> {
    if rest.is_empty() {
        return Ok(None);
    }
    let mut cnt: usize = 1;
    if rest[0].is_ascii_digit() {
        cnt = 0;
        while let Some(&d) = rest.first() {
            if !d.is_ascii_digit() {
                break;
            }
            cnt = cnt
                .checked_mul(10)
                .and_then(|c| c.checked_add(usize::from(d - b'0')))
                .ok_or_else(|| vm.memory_error())?;
            *rest = &rest[1..];
        }
    }
    let t = rest.first().copied().unwrap_or(0);
    if !rest.is_empty() {
        *rest = &rest[1..];
    }
    Ok(Some((cnt, t)))
}

fn bad_typecode(vm: &mut Vm) -> crate::error::Exc {
    vm.value_error("bad typecode")
}

/// Total size and number of values of a format.
fn calc(vm: &mut Vm, fmt: &Format<'_>) -> PyResult<(usize, usize)> {
    let mut rest = fmt.rest;
    let mut size: usize = 0;
    let mut items: usize = 0;
    while let Some((cnt, t)) = next_item(vm, &mut rest)? {
        if t == b'x' || t == b's' {
            if t == b's' {
                items += 1;
            }
            size = size.checked_add(cnt).ok_or_else(|| vm.memory_error())?;
            continue;
        }
        let Some((sz, align)) = type_size(fmt.order, t).filter(|_| t != b'O') else {
            return Err(bad_typecode(vm));
        };
        items = items.checked_add(cnt).ok_or_else(|| vm.memory_error())?;
        if cnt > 0 {
            // Items are multiples of their alignment, so only the first needs padding.
            size = size
                .checked_next_multiple_of(align)
                .and_then(|s| s.checked_add(cnt.checked_mul(sz)?))
                .ok_or_else(|| vm.memory_error())?;
        }
    }
    Ok((size, items))
}

static CALCSIZE: BuiltinFn = BuiltinFn::f1(|vm, f| {
    let fmt = parse_format(vm, f)?;
    let (size, _) = calc(vm, &fmt)?;
    Ok(Value::small_int(size as isize))
});

fn pack_into_slice(vm: &mut Vm, fmt: &Format<'_>, out: &mut [u8], args: &[Value]) -> PyResult<()> {
    let mut rest = fmt.rest;
    let mut i = 0;
    let mut p = 0usize;
    let big = fmt.order == b'>';
    while i < args.len() {
        let Some((cnt, t)) = next_item(vm, &mut rest)? else {
            break;
        };
        match t {
            b's' => {
                let src = get_bytes(vm, args[i])?;
                i += 1;
                let n = src.len().min(cnt);
                // SAFETY: `n` bytes in both; the source may alias the destination buffer.
                unsafe { core::ptr::copy(src.as_ptr(), out[p..p + n].as_mut_ptr(), n) };
                out[p + n..p + cnt].fill(0);
                p += cnt;
            }
            b'x' => {
                out[p..p + cnt].fill(0);
                p += cnt;
            }
            _ => {
                let (sz, align) = type_size(fmt.order, t).ok_or_else(|| bad_typecode(vm))?;
                let mut c = cnt;
                while c > 0 && i < args.len() {
                    p = p.next_multiple_of(align);
                    set_val(vm, t, big, args[i], &mut out[p..p + sz])?;
                    p += sz;
                    i += 1;
                    c -= 1;
                }
            }
        }
    }
    Ok(())
}

static PACK: BuiltinFn = BuiltinFn::var(1, usize::MAX, |vm, a| {
    let fmt = parse_format(vm, a[0])?;
    let (size, _) = calc(vm, &fmt)?;
    let mut out = crate::buf::Buf::new();
    for _ in 0..size {
        if !out.push(0) {
            return Err(vm.memory_error());
        }
    }
    let p = out.as_bytes().as_ptr() as *mut u8;
    // SAFETY: the buffer holds `size` bytes and is not touched elsewhere while packing.
    let slice = unsafe { core::slice::from_raw_parts_mut(p, size) };
    pack_into_slice(vm, &fmt, slice, &a[1..])?;
    crate::objstr::new_bytes(vm, out.as_bytes())
});

static PACK_INTO: BuiltinFn = BuiltinFn::var(3, usize::MAX, |vm, a| {
    let fmt = parse_format(vm, a[0])?;
    let Some(buf) = get_buffer(vm, a[1], true) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let mut off = get_int(vm, a[2])?;
    if off < 0 {
        off += buf.len as i64;
        if off < 0 {
            return Err(vm.value_error("buffer too small"));
        }
    }
    let (size, _) = calc(vm, &fmt)?;
    let off = off as usize;
    if off > buf.len || buf.len - off < size {
        return Err(vm.value_error("buffer too small"));
    }
    if size == 0 {
        return Ok(Value::NONE);
    }
    // SAFETY: a writable buffer of `buf.len` bytes; the range was checked above.
    let slice = unsafe { core::slice::from_raw_parts_mut(buf.ptr.add(off), size) };
    pack_into_slice(vm, &fmt, slice, &a[3..])?;
    Ok(Value::NONE)
});

fn unpack(vm: &mut Vm, a: &[Value]) -> PyResult {
    let fmt = parse_format(vm, a[0])?;
    let (size, items) = calc(vm, &fmt)?;
    let data = get_bytes(vm, a[1])?;
    let mut off: i64 = 0;
    if let Some(&o) = a.get(2) {
        off = get_int(vm, o)?;
        if off < 0 {
            off += data.len() as i64;
            if off < 0 {
                return Err(vm.value_error("buffer too small"));
            }
        }
    }
    let off = off as usize;
    if off > data.len() || data.len() - off < size {
        return Err(vm.value_error("buffer too small"));
    }
    // Copy the bytes out: converting values allocates, which must not see a moved buffer.
    let copy = crate::objstr::new_bytes(vm, &data[off..off + size])?;
    let data = crate::objstr::bytes_bytes(copy).unwrap_or(&[]);
    let t = crate::objtuple::alloc_tuple(vm, items)?;
    let tv = Value::from_ptr(t);
    let mut rest = fmt.rest;
    let mut p = 0usize;
    let mut i = 0usize;
    let big = fmt.order == b'>';
    while i < items {
        let Some((cnt, ty)) = next_item(vm, &mut rest)? else {
            break;
        };
        match ty {
            b'x' => p += cnt,
            b's' => {
                let v = crate::objstr::new_bytes(vm, &data[p..p + cnt])?;
                // SAFETY: `i < items` slots in the fresh tuple.
                unsafe { *(*t).items.as_mut_ptr().add(i) = v };
                i += 1;
                p += cnt;
            }
            _ => {
                let (sz, align) = type_size(fmt.order, ty).ok_or_else(|| bad_typecode(vm))?;
                for _ in 0..cnt {
                    p = p.next_multiple_of(align);
                    let v = get_val(vm, ty, big, &data[p..p + sz])?;
                    // SAFETY: as above.
                    unsafe { *(*t).items.as_mut_ptr().add(i) = v };
                    i += 1;
                    p += sz;
                }
            }
        }
    }
    // Keep the tuple reachable while its items were being created.
    core::hint::black_box(tv);
    Ok(tv)
}

static UNPACK: BuiltinFn = BuiltinFn::f2(|vm, f, b| unpack(vm, &[f, b]));
static UNPACK_FROM: BuiltinFn = BuiltinFn::kw(2, |vm, a, kw| {
    if a.len() > 3 {
        return Err(vm.type_error("function expected at most 3 arguments"));
    }
    let mut args = [Value::NULL; 3];
    args[..a.len()].copy_from_slice(a);
    let mut n = a.len();
    if let Some(o) = crate::modutil::kwarg(vm, kw, b"offset") {
        args[2] = o;
        n = 3;
    }
    unpack(vm, &args[..n])
});

static MEMBERS: &[Member] = &[
    (b"calcsize", CALCSIZE.value()),
    (b"pack", PACK.value()),
    (b"pack_into", PACK_INTO.value()),
    (b"unpack", UNPACK.value()),
    (b"unpack_from", UNPACK_FROM.value()),
];

/// Fills the `struct` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
