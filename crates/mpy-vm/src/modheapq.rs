//! The `heapq` module: a binary min-heap over a list (`heappush`, `heappop`, `heapify`).
//! Comparisons may run Python code that changes the list, so every access is checked.

use crate::error::PyResult;
use crate::modutil::{Member, fill};
use crate::objexc::INDEX_ERROR;
use crate::objfun::BuiltinFn;
use crate::objlist::{LIST_TYPE, list_items, list_ptr};
use crate::ops::LESS;
use crate::value::Value;
use crate::vm::Vm;

fn check_list(vm: &mut Vm, h: Value) -> PyResult<()> {
    if h.is_type(&LIST_TYPE) {
        Ok(())
    } else {
        Err(vm.type_error("heap must be a list"))
    }
}

fn get(vm: &mut Vm, h: Value, i: usize) -> PyResult {
    match list_items(h).get(i) {
        Some(&x) => Ok(x),
        None => Err(vm.exc_msg(&INDEX_ERROR, "list index out of range")),
    }
}

fn put(vm: &mut Vm, h: Value, i: usize, x: Value) -> PyResult<()> {
    if i >= list_items(h).len() {
        return Err(vm.exc_msg(&INDEX_ERROR, "list index out of range"));
    }
    // SAFETY: a live list with more than `i` items.
    unsafe { *(*list_ptr(h)).items.add(i) = x };
    Ok(())
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let r = vm.binary_op(LESS, a, b)?;
    Ok(r == Value::TRUE)
}

fn sift_down(vm: &mut Vm, h: Value, start: usize, mut pos: usize) -> PyResult<()> {
    let item = get(vm, h, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(vm, h, parent_pos)?;
        if less(vm, item, parent)? {
            put(vm, h, pos, parent)?;
            pos = parent_pos;
        } else {
            break;
        }
    }
    put(vm, h, pos, item)
}

fn sift_up(vm: &mut Vm, h: Value, mut pos: usize) -> PyResult<()> {
    let start = pos;
    let item = get(vm, h, pos)?;
    loop {
        let end = list_items(h).len();
        let mut child = 2 * pos + 1;
        if child >= end {
            break;
        }
        if child + 1 < end {
            let (a, b) = (get(vm, h, child)?, get(vm, h, child + 1)?);
            if !less(vm, a, b)? {
                child += 1;
            }
        }
        let c = get(vm, h, child)?;
        put(vm, h, pos, c)?;
        pos = child;
    }
    put(vm, h, pos, item)?;
    sift_down(vm, h, start, pos)
}

static HEAPPUSH: BuiltinFn = BuiltinFn::f2(|vm, h, x| {
    check_list(vm, h)?;
    crate::objlist::list_append(vm, h, x)?;
    let n = list_items(h).len();
    sift_down(vm, h, 0, n - 1)?;
    Ok(Value::NONE)
});

static HEAPPOP: BuiltinFn = BuiltinFn::f1(|vm, h| {
    check_list(vm, h)?;
    let n = list_items(h).len();
    if n == 0 {
        return Err(vm.exc_msg(&INDEX_ERROR, "empty heap"));
    }
    let item = list_items(h)[0];
    let last = list_items(h)[n - 1];
    // SAFETY: a live list with n > 0 items; the vacated slot is cleared for the GC.
    unsafe {
        let l = list_ptr(h);
        *(*l).items.add(n - 1) = Value::NULL;
        (*l).len = n - 1;
    }
    if n > 1 {
        put(vm, h, 0, last)?;
        sift_up(vm, h, 0)?;
    }
    Ok(item)
});

static HEAPIFY: BuiltinFn = BuiltinFn::f1(|vm, h| {
    check_list(vm, h)?;
    let n = list_items(h).len();
    for i in (0..n / 2).rev() {
        sift_up(vm, h, i)?;
    }
    Ok(Value::NONE)
});

static MEMBERS: &[Member] = &[
    (b"heapify", HEAPIFY.value()),
    (b"heappop", HEAPPOP.value()),
    (b"heappush", HEAPPUSH.value()),
];

/// Fills the `heapq` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
