//! Object headers and allocation of objects on the interpreter's heap.

use core::mem::size_of;

use crate::error::PyResult;
use crate::types::Type;
use crate::value::Value;
use crate::vm::Vm;

/// First word of every object: its type.
#[repr(C)]
pub struct ObjHeader {
    /// The object's type.
    pub ty: *const Type,
}

impl ObjHeader {
    /// A header for an object of type `ty`.
    pub const fn new(ty: &'static Type) -> Self {
        ObjHeader { ty }
    }
}

// SAFETY: headers of static objects point at static types; the VM is single-threaded per heap.
unsafe impl Sync for ObjHeader {}

impl Vm {
    /// Allocates a zeroed object of `size` bytes whose header is `ty`.
    #[inline]
    pub fn alloc_obj_bytes(
        &mut self,
        ty: &'static Type,
        size: usize,
        finaliser: bool,
    ) -> PyResult<*mut u8> {
        let p = match self.heap.alloc(size, finaliser) {
            Some(p) => p.as_ptr(),
            None => return Err(self.memory_error()),
        };
        // SAFETY: a fresh block of at least one word.
        unsafe { (*(p as *mut ObjHeader)).ty = ty };
        Ok(p)
    }

    /// Allocates an object `T` (whose first field is an [`ObjHeader`]) and writes `init` to it.
    #[inline]
    pub fn alloc_obj<T>(&mut self, init: T) -> PyResult<*mut T> {
        let p = match self.heap.alloc(size_of::<T>(), false) {
            Some(p) => p.as_ptr() as *mut T,
            None => return Err(self.memory_error()),
        };
        // SAFETY: a fresh block large enough for T, aligned to a heap block.
        unsafe { p.write(init) };
        Ok(p)
    }

    /// Like [`Vm::alloc_obj`], returning the object as a value.
    #[inline]
    pub fn new_obj<T>(&mut self, init: T) -> PyResult<Value> {
        self.alloc_obj(init).map(|p| Value::from_ptr(p))
    }

    /// Allocates an uninitialised array of `n` values in a managed block (zeroed = NULLs).
    pub fn alloc_values(&mut self, n: usize) -> PyResult<*mut Value> {
        let bytes = n
            .checked_mul(size_of::<Value>())
            .ok_or_else(|| self.memory_error())?;
        match self.heap.alloc(bytes.max(1), false) {
            Some(p) => Ok(p.as_ptr() as *mut Value),
            None => Err(self.memory_error()),
        }
    }

    /// Allocates `n` zeroed bytes in a managed block.
    pub fn alloc_bytes(&mut self, n: usize) -> PyResult<*mut u8> {
        match self.heap.alloc(n.max(1), false) {
            Some(p) => Ok(p.as_ptr()),
            None => Err(self.memory_error()),
        }
    }

    /// Grows or shrinks a managed block (moving it if needed); contents are kept.
    pub fn realloc_bytes(&mut self, p: *mut u8, n: usize) -> PyResult<*mut u8> {
        let Some(nn) = core::ptr::NonNull::new(p) else {
            return self.alloc_bytes(n);
        };
        // SAFETY: `p` was returned by this heap and is still live (reachable from the caller).
        match unsafe { self.heap.realloc(nn, n.max(1)) } {
            Some(p) => Ok(p.as_ptr()),
            None => Err(self.memory_error()),
        }
    }
}
