//! `range` and its iterator.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::ops::*;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// A range object (machine-word bounds, as in MicroPython).
#[repr(C)]
pub struct RangeObj {
    /// Header.
    pub base: ObjHeader,
    /// First value.
    pub start: isize,
    /// End (exclusive).
    pub stop: isize,
    /// Step (non-zero).
    pub step: isize,
}

/// The `range` type.
pub static RANGE_TYPE: Type = Type {
    make_new: Some(range_make_new),
    print: Some(range_print),
    unary_op: Some(range_unary_op),
    binary_op: Some(range_binary_op),
    subscr: Some(range_subscr),
    getiter: Some(range_getiter),
    attr: Some(range_attr),
    ..Type::new(q!("range"))
};

fn arg(vm: &mut Vm, v: Value) -> PyResult<isize> {
    if let Some(n) = crate::objint::small_of(v) {
        return Ok(n);
    }
    // Int subclasses count; ints beyond a machine word are an OverflowError, as in MicroPython.
    let n = crate::modutil::get_int(vm, v)?;
    isize::try_from(n).map_err(|_| {
        vm.exc_msg(
            &crate::objexc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        )
    })
}

fn range_make_new(vm: &mut Vm, _ty: &'static Type, args: &[Value], _kw: &[Value]) -> PyResult {
    let (start, stop, step) = match *args {
        [stop] => (0, arg(vm, stop)?, 1),
        [a, b] => (arg(vm, a)?, arg(vm, b)?, 1),
        [a, b, c] => (arg(vm, a)?, arg(vm, b)?, arg(vm, c)?),
        _ => return Err(vm.type_error("range expected 1 to 3 arguments")),
    };
    if step == 0 {
        return Err(vm.value_error("zero step"));
    }
    vm.new_obj(RangeObj {
        base: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    })
}

fn r(v: Value) -> &'static RangeObj {
    // SAFETY: range objects only.
    unsafe { &*v.as_ptr::<RangeObj>() }
}

/// Number of values in a range.
pub fn range_len(o: &RangeObj) -> usize {
    let (a, b, s) = (o.start as i128, o.stop as i128, o.step as i128);
    let n = if s > 0 {
        (b - a + s - 1) / s
    } else {
        (a - b - s - 1) / -s
    };
    n.max(0) as usize
}

fn range_print(_vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    let o = r(v);
    let _ = if o.step == 1 {
        core::fmt::Write::write_fmt(buf, format_args!("range({}, {})", o.start, o.stop))
    } else {
        core::fmt::Write::write_fmt(
            buf,
            format_args!("range({}, {}, {})", o.start, o.stop, o.step),
        )
    };
    Ok(())
}

fn range_unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult {
    let n = range_len(r(v));
    match op {
        // A length past the small-int range is a big int.
        UNARY_LEN => crate::objint::from_u64(vm, n as u64),
        UNARY_BOOL => Ok(Value::bool(n != 0)),
        _ => Ok(Value::NULL),
    }
}

fn range_binary_op(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult {
    let o = r(a);
    match op {
        CONTAINS => {
            let b = crate::objint::int_subclass_value(b);
            let x = match crate::objint::small_of(b) {
                Some(x) => x,
                None if crate::objint::is_int(b) => return Ok(Value::FALSE),
                // A float equal to an int is in the range (`3.0 in range(5)`).
                None if crate::objmisc::is_float(b) => {
                    let f = crate::objfloat::float_value(b);
                    if libm::trunc(f) != f || f.abs() > 4.0e18 {
                        return Ok(Value::FALSE);
                    }
                    f as isize
                }
                // Anything else is compared item by item (its `__eq__` decides).
                None => return Ok(Value::NULL),
            };
            let inside = if o.step > 0 {
                x >= o.start && x < o.stop
            } else {
                x <= o.start && x > o.stop
            };
            Ok(Value::bool(inside && (x - o.start) % o.step == 0))
        }
        EQUAL | NOT_EQUAL => {
            if !b.is_type(&RANGE_TYPE) {
                return Ok(Value::bool(op == NOT_EQUAL));
            }
            let p = r(b);
            let (n, m) = (range_len(o), range_len(p));
            let same = n == m && (n == 0 || (o.start == p.start && (n == 1 || o.step == p.step)));
            let _ = vm;
            Ok(Value::bool(same == (op == EQUAL)))
        }
        _ => Ok(Value::NULL),
    }
}

fn range_subscr(vm: &mut Vm, v: Value, index: Value, value: Value) -> PyResult {
    if value != Value::SENTINEL {
        return Ok(Value::NULL);
    }
    let o = r(v);
    let n = range_len(o);
    if index.is_type(&crate::objslice::SLICE_TYPE) {
        let sel = crate::objslice::slice_indices(vm, index, n)?;
        let start = o.start + sel.start * o.step;
        let step = o.step * sel.step;
        let stop = start + sel.count as isize * step;
        return vm.new_obj(RangeObj {
            base: ObjHeader::new(&RANGE_TYPE),
            start,
            stop,
            step,
        });
    }
    let i = crate::objslice::index_of(vm, index, n, "range")?;
    Ok(Value::small_int(o.start + i as isize * o.step))
}

fn range_attr(_vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    let o = r(v);
    if attr == q!("start") {
        dest[0] = Value::small_int(o.start);
    } else if attr == q!("stop") {
        dest[0] = Value::small_int(o.stop);
    } else if attr == q!("step") {
        dest[0] = Value::small_int(o.step);
    }
    Ok(())
}

/// Iterator over a range.
#[repr(C)]
pub struct RangeIter {
    /// Header.
    pub base: ObjHeader,
    /// Next value.
    pub cur: isize,
    /// End (exclusive).
    pub stop: isize,
    /// Step.
    pub step: isize,
}

/// Type of range iterators.
pub static RANGE_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(range_iternext),
    ..Type::new(q!("iterator"))
};

fn range_getiter(vm: &mut Vm, v: Value) -> PyResult {
    let o = r(v);
    vm.new_obj(RangeIter {
        base: ObjHeader::new(&RANGE_ITER_TYPE),
        cur: o.start,
        stop: o.stop,
        step: o.step,
    })
}

fn range_iternext(_vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: range iterators only.
    let i = unsafe { &mut *it.as_ptr::<RangeIter>() };
    if (i.step > 0 && i.cur < i.stop) || (i.step < 0 && i.cur > i.stop) {
        let v = i.cur;
        i.cur = i.cur.wrapping_add(i.step);
        if !Value::fits_small_int(v) {
            return Ok(Value::NULL);
        }
        Ok(Value::small_int(v))
    } else {
        Ok(Value::NULL)
    }
}
