//! The current interpreter of this thread, and allocator handles over its heap.
//!
//! Helpers called from machine code get no context pointer (MicroPython's native ABI), and
//! heap-resident containers need an allocator that is not borrowed from the VM that holds
//! them, so the running interpreter is found through a per-thread pointer.

use core::alloc::Layout;
use core::ptr::NonNull;

use allocator_api2::alloc::{AllocError, Allocator};

use crate::vm::Vm;

#[cfg(feature = "std")]
std::thread_local! {
    static CURRENT: core::cell::Cell<*mut Vm> = const { core::cell::Cell::new(core::ptr::null_mut()) };
}

#[cfg(not(feature = "std"))]
static CURRENT: core::sync::atomic::AtomicPtr<Vm> =
    core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

/// Makes `vm` the current interpreter of this thread; returns the previous one.
pub fn set_current(vm: *mut Vm) -> *mut Vm {
    #[cfg(feature = "std")]
    {
        CURRENT.with(|c| c.replace(vm))
    }
    #[cfg(not(feature = "std"))]
    {
        CURRENT.swap(vm, core::sync::atomic::Ordering::Relaxed)
    }
}

/// The current interpreter of this thread (null if none).
#[inline]
pub fn current() -> *mut Vm {
    #[cfg(feature = "std")]
    {
        CURRENT.with(|c| c.get())
    }
    #[cfg(not(feature = "std"))]
    {
        CURRENT.load(core::sync::atomic::Ordering::Relaxed)
    }
}

fn heap() -> Result<&'static mpy_gc::Heap, AllocError> {
    let vm = current();
    if vm.is_null() {
        return Err(AllocError);
    }
    // SAFETY: the current VM outlives every container allocated from it (they live in it).
    Ok(unsafe { &(*vm).heap })
}

/// Allocator for the VM's Rust-side working memory: manual blocks of the current heap,
/// scanned as roots, freed by the container.
#[derive(Clone, Copy, Debug, Default)]
pub struct VmManual;

/// Allocator for storage owned by Python objects: managed blocks of the current heap, freed
/// by a collection once the owning object is unreachable.
#[derive(Clone, Copy, Debug, Default)]
pub struct VmManaged;

// SAFETY: both forward to the gc crate's allocator handles of the current heap, which
// implement the Allocator contract; the heap outlives the containers that use them.
unsafe impl Allocator for VmManual {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        heap()?.manual().allocate(layout)
    }
    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        if let Ok(h) = heap() {
            unsafe { h.manual().deallocate(ptr, layout) }
        }
    }
    unsafe fn grow(
        &self,
        ptr: NonNull<u8>,
        old: Layout,
        new: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        unsafe { heap()?.manual().grow(ptr, old, new) }
    }
}

// SAFETY: as above; objects keep their storage reachable (the caller's obligation in
// `Heap::managed`), which the VM guarantees by storing the container inside the object.
unsafe impl Allocator for VmManaged {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        unsafe { heap()?.managed().allocate(layout) }
    }
    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        if let Ok(h) = heap() {
            unsafe { h.managed().deallocate(ptr, layout) }
        }
    }
    unsafe fn grow(
        &self,
        ptr: NonNull<u8>,
        old: Layout,
        new: Layout,
    ) -> Result<NonNull<[u8]>, AllocError> {
        unsafe { heap()?.managed().grow(ptr, old, new) }
    }
}
