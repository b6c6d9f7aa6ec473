//! The `random` module: MicroPython's Yasmarang generator, so seeded sequences match it.

use core::sync::atomic::{AtomicU32, Ordering::Relaxed};

use crate::error::PyResult;
use crate::modutil::{Member, fill, get_float, get_int, get_int_truncated};
use crate::objfun::BuiltinFn;
use crate::value::Value;
use crate::vm::Vm;

static PAD: AtomicU32 = AtomicU32::new(0xeda4_baba);
static N: AtomicU32 = AtomicU32::new(69);
static D: AtomicU32 = AtomicU32::new(233);
static DAT: AtomicU32 = AtomicU32::new(0);

fn yasmarang() -> u32 {
    let (mut pad, mut n, mut d, mut dat) = (
        PAD.load(Relaxed),
        N.load(Relaxed),
        D.load(Relaxed),
        DAT.load(Relaxed) as u8,
    );
    pad = pad
        .wrapping_add(u32::from(dat))
        .wrapping_add(d.wrapping_mul(n));
    pad = (pad << 3).wrapping_add(pad >> 29);
    n = pad | 2;
    d ^= (pad << 31).wrapping_add(pad >> 1);
    dat ^= (pad as u8) ^ ((d >> 8) as u8) ^ 1;
    PAD.store(pad, Relaxed);
    N.store(n, Relaxed);
    D.store(d, Relaxed);
    DAT.store(u32::from(dat), Relaxed);
    pad ^ (d << 5) ^ (pad >> 18) ^ (u32::from(dat) << 1)
}

fn seed_with(seed: u32) {
    PAD.store(seed, Relaxed);
    N.store(69, Relaxed);
    D.store(233, Relaxed);
    DAT.store(0, Relaxed);
}

/// A number below `n` (`n > 0`).
fn randbelow(n: u64) -> u64 {
    if n <= u64::from(u32::MAX) {
        let n = n as u32;
        let mut mask: u32 = 1;
        while (n & mask) < n {
            mask = (mask << 1) | 1;
        }
        loop {
            let r = yasmarang() & mask;
            if r < n {
                return u64::from(r);
            }
        }
    }
    let mut mask: u64 = 1;
    while (n & mask) < n {
        mask = (mask << 1) | 1;
    }
    loop {
        let r = ((u64::from(yasmarang()) << 32) | u64::from(yasmarang())) & mask;
        if r < n {
            return r;
        }
    }
}

fn float01() -> f64 {
    let hi = u64::from(yasmarang());
    let lo = u64::from(yasmarang());
    let frac = ((hi << 32) | lo) & ((1u64 << 52) - 1);
    f64::from_bits((1023u64 << 52) | frac) - 1.0
}

static GETRANDBITS: BuiltinFn = BuiltinFn::f1(|vm, n| {
    let n = get_int(vm, n)?;
    if !(0..=32).contains(&n) {
        return Err(vm.value_error("bits must be 32 or less"));
    }
    if n == 0 {
        return Ok(Value::small_int(0));
    }
    let mask = u32::MAX >> (32 - n);
    crate::objint::from_u64(vm, u64::from(yasmarang() & mask))
});

static SEED: BuiltinFn = BuiltinFn::var(0, 1, |vm, a| {
    match a.first() {
        Some(&s) if s != Value::NONE => {
            if !crate::objint::is_int(s) {
                let t = vm.type_name(s);
                return Err(vm.type_error_fmt(format_args!("can't convert {t} to int")));
            }
            seed_with(get_int_truncated(vm, s)? as u32);
        }
        _ => {
            let t = vm.port().ticks_us();
            let secs = vm.port().time();
            seed_with((t as u32) ^ (secs.to_bits() as u32) ^ ((secs.to_bits() >> 32) as u32));
        }
    }
    Ok(Value::NONE)
});

fn in_range(vm: &mut Vm, start: i64, n: i64, step: i64) -> PyResult {
    if n <= 0 {
        return Err(vm.value_error(""));
    }
    let r = randbelow(n as u64) as i64;
    crate::objint::from_i128(vm, i128::from(start) + i128::from(step) * i128::from(r))
}

static RANDRANGE: BuiltinFn = BuiltinFn::var(1, 3, |vm, a| {
    let start = get_int(vm, a[0])?;
    match a.len() {
        1 => in_range(vm, 0, start, 1),
        2 => {
            let stop = get_int(vm, a[1])?;
            let n = stop.checked_sub(start).unwrap_or(0);
            in_range(vm, start, n, 1)
        }
        _ => {
            let stop = get_int(vm, a[1])?;
            let step = get_int(vm, a[2])?;
            let span = i128::from(stop) - i128::from(start);
            let n = match step.signum() {
                1 => (span + i128::from(step) - 1) / i128::from(step),
                -1 => (span + i128::from(step) + 1) / i128::from(step),
                _ => 0,
            };
            in_range(vm, start, i64::try_from(n).unwrap_or(0), step)
        }
    }
});

static RANDINT: BuiltinFn = BuiltinFn::f2(|vm, a, b| {
    let a = get_int(vm, a)?;
    let b = get_int(vm, b)?;
    if a > b {
        return Err(vm.value_error(""));
    }
    let n = (i128::from(b) - i128::from(a) + 1) as u64;
    let r = randbelow(n);
    crate::objint::from_i128(vm, i128::from(a) + i128::from(r))
});

static CHOICE: BuiltinFn = BuiltinFn::f1(|vm, seq| {
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.exc_empty(&crate::objexc::INDEX_ERROR));
    }
    let i = randbelow(n as u64);
    let i = crate::objint::from_u64(vm, i)?;
    vm.subscr(seq, i, Value::SENTINEL)
});

static RANDOM: BuiltinFn = BuiltinFn::f0(|vm| crate::objfloat::new_float(vm, float01()));

static UNIFORM: BuiltinFn = BuiltinFn::f2(|vm, a, b| {
    let a = get_float(vm, a)?;
    let b = get_float(vm, b)?;
    crate::objfloat::new_float(vm, a + (b - a) * float01())
});

static MEMBERS: &[Member] = &[
    (b"choice", CHOICE.value()),
    (b"getrandbits", GETRANDBITS.value()),
    (b"randint", RANDINT.value()),
    (b"random", RANDOM.value()),
    (b"randrange", RANDRANGE.value()),
    (b"seed", SEED.value()),
    (b"uniform", UNIFORM.value()),
];

/// Fills the `random` module and seeds the generator from the clock (once per import).
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)?;
    crate::objfun::call_builtin(vm, &SEED, &[], &[])?;
    Ok(())
}
