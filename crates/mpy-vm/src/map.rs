//! The insertion-ordered hash map behind `dict`, instance/class namespaces and globals.
//!
//! Entries live in one managed block in insertion order (deleted ones have a `NULL` key);
//! maps beyond a few entries add an open-addressing index of `u32` entry numbers. Both are
//! plain GC blocks reached from the map, so they need no destructor. Key comparison may call
//! back into Python (`__eq__`, `__hash__`), so every step re-reads the map's fields and
//! checks bounds: a map mutated during a lookup gives wrong answers, never memory errors.

use core::mem::size_of;

use crate::error::PyResult;
use crate::objstr;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

/// One slot of the entries array.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Entry {
    /// The key's hash.
    pub hash: usize,
    /// The key (`NULL` for a deleted entry).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered map (embedded in dict objects, types, modules).
#[repr(C)]
pub struct Map {
    entries: *mut Entry,
    /// Entries used, deleted ones included.
    filled: usize,
    /// Capacity of `entries`.
    cap: usize,
    /// Live entries.
    len: usize,
    /// Index slots (entry number + 1; 0 = empty), `index_cap` a power of two, or null.
    index: *mut u32,
    index_cap: usize,
}

/// Maps up to this many entries are searched linearly (no index).
const LINEAR_MAX: usize = 8;

impl Map {
    /// An empty map (allocates nothing).
    pub const fn new() -> Map {
        Map {
            entries: core::ptr::null_mut(),
            filled: 0,
            cap: 0,
            len: 0,
            index: core::ptr::null_mut(),
            index_cap: 0,
        }
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the map is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entries slots in use (deleted ones have a NULL key).
    #[inline]
    pub fn slots(&self) -> &[Entry] {
        if self.entries.is_null() {
            return &[];
        }
        // SAFETY: `filled <= cap` entries of a live block.
        unsafe { core::slice::from_raw_parts(self.entries, self.filled) }
    }

    /// Number of used slots (for iteration by position).
    #[inline]
    pub fn filled(&self) -> usize {
        self.filled
    }

    /// Entry at slot `i`, if live.
    #[inline]
    pub fn slot(&self, i: usize) -> Option<Entry> {
        self.slots().get(i).copied().filter(|e| !e.key.is_null())
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        *self = Map::new();
    }

    /// Finds the slot of `key` using only comparisons that run no Python code (identity,
    /// strings, ints/bools, floats equal to ints).
    fn find_simple(&self, vm: &Vm, key: Value, hash: usize) -> Option<usize> {
        self.find_simple_or_instance(vm, key, hash).0
    }

    /// Like `find_simple`, and also says whether an entry of the same hash is an instance of a
    /// class (e.g. an int or str subclass) or a complex (`3 + 0j == 3`), which only the
    /// general comparison can match.
    fn find_simple_or_instance(&self, vm: &Vm, key: Value, hash: usize) -> (Option<usize>, bool) {
        let key_str = objstr::str_bytes(vm, key);
        let key_int = crate::objint::small_of(key);
        let mut instance = false;
        let matches = |e: &Entry| {
            if e.key == key {
                return true;
            }
            if e.key.is_obj()
                && (e.key.obj_type().is_heap() || crate::objcomplex::is_complex(e.key))
            {
                instance = true;
                return false;
            }
            if let Some(s) = key_str {
                return objstr::str_bytes(vm, e.key) == Some(s);
            }
            if let Some(n) = key_int {
                if let Some(m) = crate::objint::small_of(e.key) {
                    return m == n;
                }
                if crate::objmisc::is_float(e.key) {
                    return crate::objfloat::float_value(e.key) == n as f64;
                }
            }
            false
        };
        let found = self.find_by(hash, matches);
        (found, instance)
    }

    fn find_by(&self, hash: usize, mut matches: impl FnMut(&Entry) -> bool) -> Option<usize> {
        if self.index.is_null() {
            return self
                .slots()
                .iter()
                .position(|e| !e.key.is_null() && e.hash == hash && matches(e));
        }
        let mask = self.index_cap - 1;
        let mut i = hash & mask;
        loop {
            // SAFETY: `i <= mask < index_cap`.
            let slot = unsafe { *self.index.add(i) } as usize;
            if slot == 0 {
                return None;
            }
            if let Some(e) = self.slots().get(slot - 1) {
                if !e.key.is_null() && e.hash == hash && matches(e) {
                    return Some(slot - 1);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Looks up a key that is a qstr (names: globals, attributes).
    #[inline]
    pub fn get_qstr(&self, vm: &Vm, q: Qstr) -> Option<Value> {
        let key = Value::qstr(q);
        if self.index.is_null() {
            // Fast path: names are nearly always stored as qstrs. Only a key that is an object
            // (a str object, an instance of a str subclass) can equal the name otherwise, so a
            // miss among small ints and qstrs is final without hashing the name.
            let mut objects = false;
            for e in self.slots() {
                if e.key == key {
                    return Some(e.value);
                }
                objects |= e.key.is_obj();
            }
            if !objects {
                return None;
            }
        }
        let hash = crate::qstr::str_hash(vm.qstr_str(q));
        self.find_simple(vm, key, hash)
            .map(|i| self.slots()[i].value)
    }

    /// Looks up any key (may call `__hash__`/`__eq__`).
    pub fn get(&self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        Ok(self
            .find(vm, key)?
            .and_then(|i| self.slot(i))
            .map(|e| e.value))
    }

    /// The slot of `key`, if present.
    pub fn find(&self, vm: &mut Vm, key: Value) -> PyResult<Option<usize>> {
        let hash = vm.hash(key)?;
        if crate::runtime::has_simple_eq(key) {
            match self.find_simple_or_instance(vm, key, hash) {
                (Some(i), _) => return Ok(Some(i)),
                (None, false) => return Ok(None),
                (None, true) => {}
            }
        }
        // General keys: equality may run Python code; compare outside the borrow of `self`.
        let mut candidates = 0usize;
        loop {
            let mut found = None;
            let mut seen = 0usize;
            let _ = self.find_by(hash, |e| {
                seen += 1;
                if seen > candidates && found.is_none() {
                    found = Some(e.key);
                }
                false
            });
            let Some(k) = found else { return Ok(None) };
            candidates += 1;
            if k == key || vm.eq(k, key)? {
                return Ok(self.find_simple_identity(k, hash));
            }
            if candidates > self.filled {
                return Ok(None);
            }
        }
    }

    fn find_simple_identity(&self, key: Value, hash: usize) -> Option<usize> {
        self.find_by(hash, |e| e.key == key)
    }

    fn grow(&mut self, vm: &mut Vm) -> PyResult<()> {
        // Compact deleted entries first if that frees enough room.
        if self.len < self.filled && self.len * 2 <= self.cap {
            self.rebuild(vm, self.cap)?;
            return Ok(());
        }
        let new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        self.rebuild(vm, new_cap)
    }

    fn rebuild(&mut self, vm: &mut Vm, new_cap: usize) -> PyResult<()> {
        let bytes = new_cap * size_of::<Entry>();
        let new = vm.alloc_bytes(bytes)? as *mut Entry;
        let mut n = 0;
        for e in self.slots() {
            if !e.key.is_null() {
                // SAFETY: n < len <= new_cap.
                unsafe { new.add(n).write(*e) };
                n += 1;
            }
        }
        self.entries = new;
        self.cap = new_cap;
        self.filled = n;
        self.len = n;
        self.reindex(vm)
    }

    fn reindex(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.cap <= LINEAR_MAX {
            self.index = core::ptr::null_mut();
            self.index_cap = 0;
            return Ok(());
        }
        let icap = (self.cap * 2).next_power_of_two();
        let index = vm.alloc_bytes(icap * size_of::<u32>())? as *mut u32;
        let mask = icap - 1;
        for (n, e) in self.slots().iter().enumerate() {
            if e.key.is_null() {
                continue;
            }
            let mut i = e.hash & mask;
            // SAFETY: indices masked to the block; the index has free slots (load <= 1/2).
            unsafe {
                while *index.add(i) != 0 {
                    i = (i + 1) & mask;
                }
                *index.add(i) = n as u32 + 1;
            }
        }
        self.index = index;
        self.index_cap = icap;
        Ok(())
    }

    /// Appends a new entry (the key must not be present).
    fn push(&mut self, vm: &mut Vm, hash: usize, key: Value, value: Value) -> PyResult<()> {
        if self.filled == self.cap {
            self.grow(vm)?;
        }
        let n = self.filled;
        // SAFETY: n < cap after growing.
        unsafe { self.entries.add(n).write(Entry { hash, key, value }) };
        self.filled += 1;
        self.len += 1;
        if !self.index.is_null() {
            let mask = self.index_cap - 1;
            let mut i = hash & mask;
            // SAFETY: masked indices; the index is at most half full.
            unsafe {
                while *self.index.add(i) != 0 {
                    i = (i + 1) & mask;
                }
                *self.index.add(i) = n as u32 + 1;
            }
        }
        Ok(())
    }

    /// Inserts or replaces `key` (may call `__hash__`/`__eq__`).
    pub fn set(&mut self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        match self.find(vm, key)? {
            Some(i) => {
                // SAFETY: `find` returned a slot below `filled`.
                unsafe { (*self.entries.add(i)).value = value };
                Ok(())
            }
            None => {
                let hash = vm.hash(key)?;
                self.push(vm, hash, key, value)
            }
        }
    }

    /// Inserts or replaces a qstr key.
    pub fn set_qstr(&mut self, vm: &mut Vm, q: Qstr, value: Value) -> PyResult<()> {
        let key = Value::qstr(q);
        if self.index.is_null() {
            // Fast path (attribute stores): replace the value of an identical qstr key without
            // hashing the name.
            if let Some(i) = self.slots().iter().position(|e| e.key == key) {
                // SAFETY: a slot below `filled`.
                unsafe { (*self.entries.add(i)).value = value };
                return Ok(());
            }
        }
        let hash = crate::qstr::str_hash(vm.qstr_str(q));
        match self.find_simple(vm, key, hash) {
            Some(i) => {
                // SAFETY: a slot below `filled`.
                unsafe { (*self.entries.add(i)).value = value };
                Ok(())
            }
            None => self.push(vm, hash, key, value),
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<Value>> {
        let Some(i) = self.find(vm, key)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_slot(i)))
    }

    /// Removes the entry in slot `i` (which must be live).
    pub fn remove_slot(&mut self, i: usize) -> Value {
        // SAFETY: a live slot below `filled`.
        let e = unsafe { &mut *self.entries.add(i) };
        let v = e.value;
        e.key = Value::NULL;
        e.value = Value::NULL;
        self.len -= 1;
        if i + 1 == self.filled && self.index.is_null() {
            self.filled -= 1;
        }
        v
    }

    /// Removes and returns the last live entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.slots().iter().rposition(|e| !e.key.is_null())?;
        let key = self.slots()[i].key;
        let value = self.remove_slot(i);
        Some((key, value))
    }
}

impl Default for Map {
    fn default() -> Self {
        Map::new()
    }
}
