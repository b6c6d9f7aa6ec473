//! `slice` objects, index normalisation, and slicing helpers shared by the sequences.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objexc::INDEX_ERROR;
use crate::q;
use crate::qstr::Qstr;
use crate::types::{PrintKind, Type};
use crate::value::Value;
use crate::vm::Vm;

/// A slice object.
#[repr(C)]
pub struct SliceObj {
    /// Header.
    pub base: ObjHeader,
    /// start, stop, step (None when omitted).
    pub parts: [Value; 3],
}

/// The `slice` type.
pub static SLICE_TYPE: Type = Type {
    make_new: Some(|vm, _ty, args, _kw| match *args {
        [stop] => new_slice(vm, Value::NONE, stop, Value::NONE),
        [start, stop] => new_slice(vm, start, stop, Value::NONE),
        [start, stop, step] => new_slice(vm, start, stop, step),
        _ => Err(vm.type_error("slice expected 1 to 3 arguments")),
    }),
    print: Some(slice_print),
    attr: Some(slice_attr),
    methods: SLICE_METHODS,
    ..Type::new(q!("slice"))
};

static INDICES: crate::objfun::BuiltinFn = crate::objfun::BuiltinFn::f2(slice_indices_method);
static SLICE_METHODS: &[crate::types::Attr] =
    &[crate::types::Attr::new(q!("indices"), INDICES.value())];

/// `slice.indices(len)`: the (start, stop, step) this slice selects from `len` items.
fn slice_indices_method(vm: &mut Vm, s: Value, len: Value) -> PyResult {
    let n = crate::modutil::get_int(vm, len)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("length should not be negative"));
    };
    let (start, stop, step, _) = resolve(vm, s, n)?;
    let parts = [
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    ];
    crate::objtuple::new_tuple(vm, &parts)
}

/// A new slice.
pub fn new_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult {
    vm.new_obj(SliceObj {
        base: ObjHeader::new(&SLICE_TYPE),
        parts: [start, stop, step],
    })
}

fn slice_print(vm: &mut Vm, buf: &mut Buf, v: Value, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: slice objects only.
    let p = unsafe { (*v.as_ptr::<SliceObj>()).parts };
    buf.push_str("slice(");
    for (i, x) in p.iter().enumerate() {
        if i > 0 {
            buf.push_str(", ");
        }
        vm.print_value(buf, *x, PrintKind::Repr)?;
    }
    buf.push(b')');
    Ok(())
}

fn slice_attr(_vm: &mut Vm, v: Value, attr: Qstr, dest: &mut [Value; 2]) -> PyResult<()> {
    if !dest[0].is_null() {
        return Ok(());
    }
    // SAFETY: slice objects only.
    let p = unsafe { (*v.as_ptr::<SliceObj>()).parts };
    if attr == q!("start") {
        dest[0] = p[0];
    } else if attr == q!("stop") {
        dest[0] = p[1];
    } else if attr == q!("step") {
        dest[0] = p[2];
    }
    Ok(())
}

/// A normalised slice selection: `start`, `step`, and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct Selection {
    /// First index.
    pub start: isize,
    /// Step (non-zero).
    pub step: isize,
    /// Number of selected items.
    pub count: usize,
}

fn slice_part(vm: &mut Vm, v: Value) -> PyResult<Option<isize>> {
    if v == Value::NONE {
        return Ok(None);
    }
    let v = crate::objint::int_subclass_value(v);
    match crate::objint::small_of(v) {
        Some(n) => Ok(Some(n)),
        None if v.is_type(&crate::objint::INT_TYPE) => {
            Ok(Some(if crate::objint::big_ref(v).is_negative() {
                isize::MIN / 2
            } else {
                isize::MAX / 2
            }))
        }
        None => Err(vm.type_error("slice indices must be integers")),
    }
}

/// Resolves a slice against a sequence of `len` items, as Python does.
pub fn slice_indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<Selection> {
    let (start, _, step, count) = resolve(vm, s, len)?;
    Ok(Selection { start, step, count })
}

/// The clamped start, stop and step of slice `s` over `len` items, and the number of items.
fn resolve(vm: &mut Vm, s: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    // SAFETY: slice objects only.
    let p = unsafe { (*s.as_ptr::<SliceObj>()).parts };
    let step = slice_part(vm, p[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let n = len as isize;
    let fix = |v: Option<isize>, default: isize, lo: isize, hi: isize| -> isize {
        match v {
            None => default,
            Some(i) if i < 0 => (i + n).max(lo),
            Some(i) => i.min(hi),
        }
    };
    let (start, stop) = if step > 0 {
        (
            fix(slice_part(vm, p[0])?, 0, 0, n),
            fix(slice_part(vm, p[1])?, n, 0, n),
        )
    } else {
        (
            fix(slice_part(vm, p[0])?, n - 1, -1, n - 1),
            fix(slice_part(vm, p[1])?, -1, -1, n - 1),
        )
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start + step - 1) / step) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop + (-step) - 1) / (-step)) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// A new list of the selected items.
pub fn collect(vm: &mut Vm, items: &[Value], sel: Selection) -> PyResult {
    let l = crate::objlist::new_list(vm, &[])?;
    crate::objlist::list_reserve(vm, l, sel.count)?;
    for k in 0..sel.count {
        let i = (sel.start + k as isize * sel.step) as usize;
        crate::objlist::list_append(vm, l, items[i])?;
    }
    Ok(l)
}

/// Normalises a sequence index (negative from the end), raising IndexError/TypeError.
pub fn index_of(vm: &mut Vm, index: Value, len: usize, what: &str) -> PyResult<usize> {
    let index = crate::objint::int_subclass_value(index);
    let Some(i) = crate::objint::small_of(index) else {
        if index.is_type(&crate::objint::INT_TYPE) {
            return Err(vm.exc_fmt(&INDEX_ERROR, format_args!("{what} index out of range")));
        }
        let t = vm.type_name(index);
        return Err(vm.type_error_fmt(format_args!("{what} indices must be integers, not {t}")));
    };
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j >= len as isize {
        return Err(vm.exc_fmt(&INDEX_ERROR, format_args!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// `l[slice] = iterable` and `del l[slice]` on a list.
pub fn assign_list_slice(vm: &mut Vm, l: Value, s: Value, value: Value) -> PyResult<()> {
    use crate::objlist::{list_items, list_ptr, new_list};
    let len = list_items(l).len();
    let sel = slice_indices(vm, s, len)?;
    let new_items = if value.is_null() {
        new_list(vm, &[])?
    } else {
        crate::objlist::list_from_iter(vm, value)?
    };
    let src = list_items(new_items);
    if sel.step != 1 {
        if value.is_null() {
            // Remove from the highest index down so earlier indices stay valid.
            for j in 0..sel.count {
                let k = if sel.step > 0 { sel.count - 1 - j } else { j };
                let i = (sel.start + k as isize * sel.step) as usize;
                crate::objlist::list_remove_at(list_ptr(l), i);
            }
            return Ok(());
        }
        if src.len() != sel.count {
            return Err(vm.value_error_fmt(format_args!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                src.len(),
                sel.count
            )));
        }
        let p = list_ptr(l);
        for (k, &x) in src.iter().enumerate() {
            // SAFETY: selection indices are within the list.
            unsafe { *(*p).items.add((sel.start + k as isize * sel.step) as usize) = x };
        }
        return Ok(());
    }
    let start = sel.start.max(0) as usize;
    let old = sel.count;
    // The tail stays reachable through `l` while it is copied.
    let tail_list = new_list(vm, &list_items(l)[start + old..])?;
    // SAFETY: truncate to `start`, then append replacement and tail.
    unsafe { (*list_ptr(l)).len = start };
    for i in 0..src.len() {
        crate::objlist::list_append(vm, l, list_items(new_items)[i])?;
    }
    for i in 0..list_items(tail_list).len() {
        crate::objlist::list_append(vm, l, list_items(tail_list)[i])?;
    }
    Ok(())
}
