//! Primitives on magnitudes stored as little-endian `u32` limb slices.

use allocator_api2::alloc::{AllocError, Allocator};
use allocator_api2::vec::Vec;
use core::cmp::Ordering;

/// Limb storage of a magnitude.
pub(crate) type Limbs<A> = Vec<u32, A>;

/// An empty limb vector with room for `cap` limbs, or an allocation error.
pub(crate) fn with_capacity<A: Allocator>(cap: usize, alloc: A) -> Result<Limbs<A>, AllocError> {
    let mut v = Vec::new_in(alloc);
    v.try_reserve_exact(cap).map_err(|_| AllocError)?;
    Ok(v)
}

/// `len` zero limbs, or an allocation error.
pub(crate) fn zeros<A: Allocator>(len: usize, alloc: A) -> Result<Limbs<A>, AllocError> {
    let mut v = with_capacity(len, alloc)?;
    v.resize(len, 0);
    Ok(v)
}

/// A copy of `s` (with `extra` spare capacity), or an allocation error.
pub(crate) fn copy_of<A: Allocator>(
    s: &[u32],
    extra: usize,
    alloc: A,
) -> Result<Limbs<A>, AllocError> {
    let cap = s.len().checked_add(extra).ok_or(AllocError)?;
    let mut v = with_capacity(cap, alloc)?;
    v.extend_from_slice(s);
    Ok(v)
}

/// Appends one limb after reserving room for it.
pub(crate) fn push<A: Allocator>(v: &mut Limbs<A>, x: u32) -> Result<(), AllocError> {
    v.try_reserve(1).map_err(|_| AllocError)?;
    v.push(x);
    Ok(())
}

/// Drops high zero limbs so the vector is normalised.
pub(crate) fn normalize<A: Allocator>(v: &mut Limbs<A>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// The slice without its high zero limbs.
pub(crate) fn trim(s: &[u32]) -> &[u32] {
    let mut n = s.len();
    while n > 0 && s[n - 1] == 0 {
        n -= 1;
    }
    &s[..n]
}

/// Compares two normalised magnitudes.
pub(crate) fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// `acc += b` in place (`acc.len() >= b.len()`), returning the carry out of `acc`.
pub(crate) fn add_assign(acc: &mut [u32], b: &[u32]) -> u32 {
    let mut carry = 0u64;
    for (i, slot) in acc.iter_mut().enumerate() {
        let y = match b.get(i) {
            Some(&y) => y as u64,
            None if carry == 0 => return 0,
            None => 0,
        };
        let s = *slot as u64 + y + carry;
        *slot = s as u32;
        carry = s >> 32;
    }
    carry as u32
}

/// `acc -= b` in place (`acc.len() >= b.len()`), returning the borrow out of `acc`.
pub(crate) fn sub_assign(acc: &mut [u32], b: &[u32]) -> u32 {
    let mut borrow = false;
    for (i, slot) in acc.iter_mut().enumerate() {
        let y = match b.get(i) {
            Some(&y) => y,
            None if !borrow => return 0,
            None => 0,
        };
        let (d, b1) = slot.overflowing_sub(y);
        let (d, b2) = d.overflowing_sub(borrow as u32);
        *slot = d;
        borrow = b1 | b2;
    }
    borrow as u32
}

/// `a + b` as a new magnitude (normalised when the longer input is).
pub(crate) fn add<A: Allocator>(a: &[u32], b: &[u32], alloc: A) -> Result<Limbs<A>, AllocError> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut v = copy_of(a, 1, alloc)?;
    let carry = add_assign(&mut v, b);
    if carry != 0 {
        push(&mut v, carry)?;
    }
    Ok(v)
}

/// `a - b` (requires `a >= b`) as a new normalised magnitude.
pub(crate) fn sub<A: Allocator>(a: &[u32], b: &[u32], alloc: A) -> Result<Limbs<A>, AllocError> {
    let mut v = copy_of(a, 0, alloc)?;
    sub_assign(&mut v, b);
    normalize(&mut v);
    Ok(v)
}

/// `v = v * m + c` in place, growing `v` by a limb when needed.
pub(crate) fn mul_add_small<A: Allocator>(
    v: &mut Limbs<A>,
    m: u32,
    c: u32,
) -> Result<(), AllocError> {
    let mut carry = c as u64;
    for x in v.iter_mut() {
        let p = *x as u64 * m as u64 + carry;
        *x = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        push(v, carry as u32)?;
    }
    Ok(())
}

/// Divides `v` in place by `d` (non-zero), returning the remainder; `v` may gain high zeros.
#[inline(always)] // lets a constant divisor become a multiplication at call sites
pub(crate) fn div_rem_small(v: &mut [u32], d: u32) -> u32 {
    let d = d as u64;
    let mut rem = 0u64;
    for x in v.iter_mut().rev() {
        let cur = (rem << 32) | *x as u64;
        *x = (cur / d) as u32;
        rem = cur % d;
    }
    rem as u32
}

/// The magnitude of a `u64` as limbs on the stack, with its used length.
pub(crate) fn from_u64(v: u64) -> ([u32; 2], usize) {
    let limbs = [v as u32, (v >> 32) as u32];
    let len = if limbs[1] != 0 {
        2
    } else if limbs[0] != 0 {
        1
    } else {
        0
    };
    (limbs, len)
}

/// Whether any of the lowest `bits` bits of the magnitude are set.
pub(crate) fn low_bits_nonzero(a: &[u32], bits: usize) -> bool {
    let whole = bits / 32;
    let part = bits % 32;
    if a.iter().take(whole).any(|&x| x != 0) {
        return true;
    }
    part != 0 && whole < a.len() && a[whole] & ((1u32 << part) - 1) != 0
}
