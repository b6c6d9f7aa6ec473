//! Calls with `*iterable` and `**mapping` arguments (`CALL_FUNCTION_VAR_KW`).

use crate::error::PyResult;
use crate::objdict;
use crate::objlist::{self, list_items};
use crate::value::Value;
use crate::vm::Vm;

/// Builds the final argument lists and calls `fun` (with `this` first unless NULL).
///
/// `pos` are the positional items (bit i of `bitmap` set: item i is an iterable to expand);
/// `kw` are (name, value) pairs where a NULL name marks a `**mapping` in the value slot.
pub fn call_star(
    vm: &mut Vm,
    fun: Value,
    this: Value,
    pos: &[Value],
    kw: &[Value],
    bitmap: Value,
) -> PyResult {
    let bits = crate::objint::to_i64(bitmap).unwrap_or(0) as u64;
    let args = objlist::new_list(vm, &[])?;
    if !this.is_null() {
        objlist::list_append(vm, args, this)?;
    }
    for (i, &p) in pos.iter().enumerate() {
        if i < 64 && bits & (1 << i) != 0 {
            objlist::list_extend(vm, args, p)?;
        } else {
            objlist::list_append(vm, args, p)?;
        }
    }
    let kws = objlist::new_list(vm, &[])?;
    for pair in kw.chunks_exact(2) {
        let (name, value) = (pair[0], pair[1]);
        if !name.is_null() {
            objlist::list_append(vm, kws, name)?;
            objlist::list_append(vm, kws, value)?;
            continue;
        }
        if objdict::is_dict(value) {
            let mut i = 0;
            while i < objdict::dict_map(value).filled() {
                if let Some(e) = objdict::dict_map(value).slot(i) {
                    let k = intern_key(vm, e.key)?;
                    objlist::list_append(vm, kws, k)?;
                    objlist::list_append(vm, kws, e.value)?;
                }
                i += 1;
            }
        } else {
            let keys = vm.load_method_opt(value, crate::q!("keys"))?;
            let Some(keys) = keys else {
                return Err(vm.type_error("argument after ** must be a mapping"));
            };
            let ks = vm.call_method(keys, &[], &[])?;
            let it = vm.get_iter(ks)?;
            while let Some(k) = vm.iter_next(it)? {
                let v = vm.subscr(value, k, Value::SENTINEL)?;
                let k = intern_key(vm, k)?;
                objlist::list_append(vm, kws, k)?;
                objlist::list_append(vm, kws, v)?;
            }
        }
    }
    vm.call(fun, list_items(args), list_items(kws))
}

fn intern_key(vm: &mut Vm, k: Value) -> PyResult {
    if k.is_qstr() {
        return Ok(k);
    }
    match crate::objstr::str_bytes(vm, k) {
        Some(s) => Ok(Value::qstr(vm.intern(s)?)),
        None => Err(vm.type_error("keywords must be strings")),
    }
}
