//! The `time` module: wall clock, sleeps, and MicroPython's wrapping tick counters (the period
//! is the small-int range: `2**62` on 64-bit ports, `2**30` on 32-bit ones).

use crate::error::PyResult;
use crate::modutil::{Member, fill, get_float, get_int};
use crate::objfun::BuiltinFn;
use crate::value::{SMALL_INT_BITS, Value};
use crate::vm::Vm;

/// The tick counters' period.
pub const TICKS_PERIOD: u64 = 1u64 << (SMALL_INT_BITS - 1);

fn ticks(v: u64) -> Value {
    Value::small_int((v & (TICKS_PERIOD - 1)) as isize)
}

static TIME: BuiltinFn = BuiltinFn::f0(|vm| {
    let t = vm.port().time();
    crate::objfloat::new_float(vm, t)
});
static TIME_NS: BuiltinFn = BuiltinFn::f0(|vm| {
    let t = vm.port().time();
    let secs = libm::floor(t);
    let ns = (secs as i128) * 1_000_000_000 + ((t - secs) * 1e9) as i128;
    crate::objint::from_i128(vm, ns)
});
static TICKS_MS: BuiltinFn = BuiltinFn::f0(|vm| Ok(ticks(vm.port().ticks_ms())));
static TICKS_US: BuiltinFn = BuiltinFn::f0(|vm| Ok(ticks(vm.port().ticks_us())));
static TICKS_CPU: BuiltinFn = BuiltinFn::f0(|vm| Ok(ticks(vm.port().ticks_us())));
static CLOCK: BuiltinFn = BuiltinFn::f0(|vm| {
    let t = vm.port().ticks_us() as f64 / 1e6;
    crate::objfloat::new_float(vm, t)
});

fn sleep_us(vm: &mut Vm, us: f64) -> PyResult {
    if us > 0.0 {
        vm.port().sleep_us(us.min(u64::MAX as f64 / 2.0) as u64);
    }
    Ok(Value::NONE)
}

static SLEEP: BuiltinFn = BuiltinFn::f1(|vm, s| {
    let s = get_float(vm, s)?;
    sleep_us(vm, s * 1e6)
});
static SLEEP_MS: BuiltinFn = BuiltinFn::f1(|vm, ms| {
    let ms = get_int(vm, ms)?;
    sleep_us(vm, ms as f64 * 1e3)
});
static SLEEP_US: BuiltinFn = BuiltinFn::f1(|vm, us| {
    let us = get_int(vm, us)?;
    sleep_us(vm, us as f64)
});

fn small_arg(vm: &mut Vm, v: Value) -> PyResult<u64> {
    Ok(get_int(vm, v)? as u64)
}

static TICKS_DIFF: BuiltinFn = BuiltinFn::f2(|vm, end, start| {
    let end = small_arg(vm, end)?;
    let start = small_arg(vm, start)?;
    let half = TICKS_PERIOD / 2;
    let d = (end.wrapping_sub(start).wrapping_add(half) & (TICKS_PERIOD - 1)) as i64 - half as i64;
    Ok(Value::small_int(d as isize))
});

static TICKS_ADD: BuiltinFn = BuiltinFn::f2(|vm, t, delta| {
    let t = small_arg(vm, t)?;
    let delta = get_int(vm, delta)? as u64;
    let half = TICKS_PERIOD / 2;
    if delta.wrapping_add(half).wrapping_sub(1) >= TICKS_PERIOD - 1 {
        return Err(vm.exc_msg(&crate::objexc::OVERFLOW_ERROR, "ticks interval overflow"));
    }
    Ok(ticks(t.wrapping_add(delta)))
});

/// Days since 1970-01-01 to (year, month, day).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn gmtime(vm: &mut Vm, a: &[Value]) -> PyResult {
    let secs = match a.first() {
        Some(&s) if s != Value::NONE => {
            if s.is_type(&crate::objfloat::FLOAT_TYPE) {
                libm::floor(get_float(vm, s)?) as i64
            } else {
                get_int(vm, s)?
            }
        }
        _ => libm::floor(vm.port().time()) as i64,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let items = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, wday, yday, 0];
    let mut vals = [Value::NONE; 9];
    for (v, x) in vals.iter_mut().zip(items) {
        *v = crate::objint::from_i64(vm, x)?;
    }
    crate::objtuple::new_tuple(vm, &vals)
}

static GMTIME: BuiltinFn = BuiltinFn::var(0, 1, gmtime);

static MKTIME: BuiltinFn = BuiltinFn::f1(|vm, t| {
    let l = crate::objlist::list_from_iter(vm, t)?;
    let items = crate::objlist::list_items(l);
    if items.len() < 8 {
        return Err(vm.type_error("mktime needs a tuple of length 8 or 9"));
    }
    let mut f = [0i64; 6];
    for (i, x) in f.iter_mut().enumerate() {
        let v = crate::objlist::list_items(l)[i];
        *x = get_int(vm, v)?.clamp(-1_000_000_000, 1_000_000_000);
    }
    let (mut y, mut mo) = (f[0], f[1]);
    // Normalise the month first (as C's timegm does), then let days/seconds carry.
    mo -= 1;
    y += mo.div_euclid(12);
    mo = mo.rem_euclid(12) + 1;
    let days = days_from_civil(y, mo, 1) + f[2] - 1;
    let secs = days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5];
    crate::objint::from_i64(vm, secs)
});

static MEMBERS: &[Member] = &[
    (b"clock", CLOCK.value()),
    (b"gmtime", GMTIME.value()),
    (b"localtime", GMTIME.value()),
    (b"mktime", MKTIME.value()),
    (b"sleep", SLEEP.value()),
    (b"sleep_ms", SLEEP_MS.value()),
    (b"sleep_us", SLEEP_US.value()),
    (b"ticks_add", TICKS_ADD.value()),
    (b"ticks_cpu", TICKS_CPU.value()),
    (b"ticks_diff", TICKS_DIFF.value()),
    (b"ticks_ms", TICKS_MS.value()),
    (b"ticks_us", TICKS_US.value()),
    (b"time", TIME.value()),
    (b"time_ns", TIME_NS.value()),
];

/// Fills the `time` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
