//! An allocator that fails after N allocations: every operation must return an error, never panic.

use super::*;
use crate::bignum::Error;
use alloc::rc::Rc;
use allocator_api2::alloc::{AllocError, Allocator, Layout};
use core::cell::Cell;
use core::ptr::NonNull;

/// Delegates to `Global` until its budget of allocations is spent, then fails.
#[derive(Clone)]
struct FailAfter(Rc<Cell<usize>>);

unsafe impl Allocator for FailAfter {
    fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        match self.0.get() {
            0 => Err(AllocError),
            n => {
                self.0.set(n - 1);
                Global.allocate(layout)
            }
        }
    }

    unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        // SAFETY: every block this allocator handed out came from `Global` with this layout.
        unsafe { Global.deallocate(ptr, layout) }
    }
}

/// A workload touching every allocating operation; returns the decimal text of a checksum.
fn workload(a: FailAfter) -> Result<alloc::string::String, Error> {
    let x = BigInt::from_str_radix(b"-123456789012345678901234567890123456789", 10, a.clone())?;
    let y = BigInt::from_str_radix(b"0xfedcba9876543210fedcba9876543210fedcba98", 0, a.clone())?;
    let mut f = BigInt::from_u64(1, a.clone())?;
    for i in 1..60 {
        f = f.mul_small(i)?;
    }
    let big = f.mul(&f)?.mul(&f)?; // long enough for Karatsuba
    let p = big.mul(&big)?;
    let (q, r) = p.divmod(&y)?;
    let (q2, r2) = x.divmod_small(97)?;
    let mut acc = q.add(&r)?.sub(&x)?.add(&q2)?.add_small(r2)?;
    acc = acc.xor(&x)?.and(&y.not()?)?.or(&x.shl(70)?)?.shr(3)?;
    acc = acc.add(&x.pow(&BigInt::from_i64(5, a.clone())?)?)?;
    acc = acc.add(&x.pow_mod(&y, &f)?)?;
    acc = acc.add(&BigInt::from_f64(-1.5e300, a.clone())?)?;
    acc = acc.add(&BigInt::from_bytes(&[0x80; 40], true, true, a.clone())?)?;
    acc = acc.abs()?.neg()?.try_clone()?;
    acc = acc.floor_div(&x)?.add(&acc.modulo(&y)?)?;
    let mut s = alloc::string::String::new();
    for radix in [2, 7, 10, 16, 36] {
        s.clear();
        acc.to_str_radix(radix, &mut s)?;
    }
    Ok(s)
}

#[test]
fn allocation_failure_is_an_error() {
    let unlimited = workload(FailAfter(Rc::new(Cell::new(usize::MAX)))).unwrap();
    let mut failures = 0;
    let mut n = 0;
    loop {
        match workload(FailAfter(Rc::new(Cell::new(n)))) {
            Err(e) => {
                assert_eq!(e, Error::NoMemory, "budget {n}");
                failures += 1;
            }
            Ok(s) => {
                assert_eq!(s, unlimited);
                break;
            }
        }
        n += 1;
    }
    assert!(failures > 50, "only {failures} failing budgets");
}
