//! Iterators over built-in sequences, and the fallback iterator over `__getitem__`.

use crate::error::PyResult;
use crate::obj::ObjHeader;
use crate::objexc::{INDEX_ERROR, STOP_ITERATION};
use crate::q;
use crate::types::{Type, flags};
use crate::value::Value;
use crate::vm::Vm;

/// An iterator over a sequence by position.
#[repr(C)]
pub struct SeqIter {
    /// Header.
    pub base: ObjHeader,
    /// The sequence.
    pub seq: Value,
    /// Next position.
    pub pos: usize,
}

/// Type of sequence iterators (lists, tuples, str, bytes).
pub static SEQ_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(seq_iternext),
    ..Type::new(q!("iterator"))
};

/// Type of iterators calling `__getitem__` with 0, 1, 2, … until IndexError.
pub static GETITEM_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(getitem_iternext),
    ..Type::new(q!("iterator"))
};

/// `iter()` of lists, tuples, str and bytes.
pub fn seq_getiter(vm: &mut Vm, seq: Value) -> PyResult {
    vm.new_obj(SeqIter {
        base: ObjHeader::new(&SEQ_ITER_TYPE),
        seq,
        pos: 0,
    })
}

/// `iter()` of an object that only has `__getitem__`.
pub fn new_getitem_iter(vm: &mut Vm, seq: Value) -> PyResult {
    vm.new_obj(SeqIter {
        base: ObjHeader::new(&GETITEM_ITER_TYPE),
        seq,
        pos: 0,
    })
}

/// The item at `pos` of a built-in sequence, if in range.
#[inline]
pub fn seq_item(vm: &mut Vm, seq: Value, pos: usize) -> PyResult<Option<Value>> {
    if crate::objtype::is_base_type(seq, &crate::objlist::LIST_TYPE) {
        return Ok(crate::objlist::list_items(seq).get(pos).copied());
    }
    if crate::objtype::is_base_type(seq, &crate::objtuple::TUPLE_TYPE) {
        return Ok(crate::objtuple::tuple_items(seq).get(pos).copied());
    }
    if let Some(b) = crate::objstr::bytes_bytes(seq) {
        return Ok(b.get(pos).map(|&c| Value::small_int(c as isize)));
    }
    if let Some(s) = crate::objstr::str_bytes(vm, seq) {
        return crate::strmethods::str_char_at(vm, s, pos);
    }
    Ok(None)
}

fn seq_iternext(vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: sequence iterators only.
    let i = unsafe { &mut *it.as_ptr::<SeqIter>() };
    let r = seq_item(vm, i.seq, i.pos)?;
    match r {
        Some(x) => {
            // For str the position advances by the character's UTF-8 length.
            // SAFETY: the iterator is still alive.
            let i = unsafe { &mut *it.as_ptr::<SeqIter>() };
            i.pos += match crate::objstr::str_bytes(vm, i.seq) {
                Some(s) => crate::strmethods::utf8_len(s[i.pos]),
                None => 1,
            };
            Ok(x)
        }
        None => Ok(Value::NULL),
    }
}

fn getitem_iternext(vm: &mut Vm, it: Value) -> PyResult {
    // SAFETY: getitem iterators only.
    let (seq, pos) = unsafe { ((*it.as_ptr::<SeqIter>()).seq, (*it.as_ptr::<SeqIter>()).pos) };
    match vm.subscr(seq, Value::small_int(pos as isize), Value::SENTINEL) {
        Ok(x) => {
            // SAFETY: as above.
            unsafe { (*it.as_ptr::<SeqIter>()).pos += 1 };
            Ok(x)
        }
        Err(e) if vm.is_instance(e.0, &INDEX_ERROR) || vm.is_instance(e.0, &STOP_ITERATION) => {
            Ok(Value::NULL)
        }
        Err(e) => Err(e),
    }
}
