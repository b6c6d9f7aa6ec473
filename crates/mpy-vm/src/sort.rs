//! Stable sorting with Python comparisons that may raise (`list.sort`, `sorted`).

use allocator_api2::vec::Vec;

use crate::error::PyResult;
use crate::heapalloc::VmManual;
use crate::objlist::{list_items, list_ptr};
use crate::ops::LESS;
use crate::value::Value;
use crate::vm::Vm;

/// Sorts the list `l` in place by `key` (None = the items) and `reverse`.
pub fn sort_list(vm: &mut Vm, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    let n = list_items(l).len();
    if n < 2 {
        return Ok(());
    }
    // A snapshot of the items and their keys, kept reachable through these arrays (their
    // pointers live on the stack, which the collector scans).
    let vals = crate::objlist::new_list(vm, list_items(l))?;
    let keys = if key == Value::NONE {
        vals
    } else {
        let k = crate::objlist::new_list(vm, &[])?;
        for i in 0..n {
            let x = list_items(vals)[i];
            let kx = vm.call(key, &[x], &[])?;
            crate::objlist::list_append(vm, k, kx)?;
        }
        k
    };
    let mut idx: Vec<usize, VmManual> = Vec::new_in(VmManual);
    let mut tmp: Vec<usize, VmManual> = Vec::new_in(VmManual);
    if idx.try_reserve(n).is_err() || tmp.try_reserve(n).is_err() {
        return Err(vm.memory_error());
    }
    idx.extend(0..n);
    tmp.extend(0..n);
    let mut less = |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> {
        let ks = list_items(keys);
        let (x, y) = if reverse {
            (ks[b], ks[a])
        } else {
            (ks[a], ks[b])
        };
        let r = vm.binary_op(LESS, x, y)?;
        vm.is_true(r)
    };
    merge_sort(vm, &mut idx, &mut tmp, &mut less)?;
    let src = list_items(vals);
    if list_items(l).len() != n {
        return Err(vm.value_error("list modified during sort"));
    }
    let p = list_ptr(l);
    for (k, &i) in idx.iter().enumerate() {
        // SAFETY: the list still has n items.
        unsafe { *(*p).items.add(k) = src[i] };
    }
    Ok(())
}

type Less<'a> = dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool> + 'a;

fn merge_sort(
    vm: &mut Vm,
    a: &mut [usize],
    tmp: &mut [usize],
    less: &mut Less<'_>,
) -> PyResult<()> {
    let n = a.len();
    if n <= 8 {
        // Insertion sort: stable, few comparisons for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, a[j], a[j - 1])? {
                a.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (lo, hi) = a.split_at_mut(mid);
        let (tlo, thi) = tmp.split_at_mut(mid);
        merge_sort(vm, lo, tlo, less)?;
        merge_sort(vm, hi, thi, less)?;
    }
    // Already ordered halves need no merge.
    if !less(vm, a[mid], a[mid - 1])? {
        return Ok(());
    }
    tmp[..n].copy_from_slice(a);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, tmp[j], tmp[i])? {
            a[k] = tmp[j];
            j += 1;
        } else {
            a[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        a[k] = tmp[i];
        i += 1;
        k += 1;
    }
    while j < n {
        a[k] = tmp[j];
        j += 1;
        k += 1;
    }
    Ok(())
}
