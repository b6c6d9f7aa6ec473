//! Magnitude multiplication: schoolbook for short operands, Karatsuba above a threshold.

use super::limbs::{self, Limbs};
use allocator_api2::alloc::{AllocError, Allocator};

/// Operands shorter than this many limbs (the shorter one) use schoolbook multiplication.
pub(crate) const KARATSUBA_THRESHOLD: usize = 32;

/// `a * b` as a new normalised magnitude.
pub(crate) fn mul<A: Allocator + Clone>(
    a: &[u32],
    b: &[u32],
    alloc: A,
) -> Result<Limbs<A>, AllocError> {
    if a.is_empty() || b.is_empty() {
        return Ok(Limbs::new_in(alloc));
    }
    let len = a.len().checked_add(b.len()).ok_or(AllocError)?;
    let mut out = limbs::zeros(len, alloc.clone())?;
    mul_to(&mut out, a, b, &alloc)?;
    limbs::normalize(&mut out);
    Ok(out)
}

/// `out += a * b` by schoolbook (`out.len() >= a.len() + b.len()`, the sum must fit).
fn schoolbook(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (i, &y) in b.iter().enumerate() {
        if y == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &x) in a.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        limbs::add_assign(&mut out[i + a.len()..], &[carry as u32]);
    }
}

/// Writes `a * b` into `out`, which must be exactly `a.len() + b.len()` limbs long.
pub(crate) fn mul_to<A: Allocator + Clone>(
    out: &mut [u32],
    a: &[u32],
    b: &[u32],
    alloc: &A,
) -> Result<(), AllocError> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    out.fill(0);
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook(out, a, b);
        return Ok(());
    }
    if a.len() >= 2 * b.len() {
        return unbalanced(out, a, b, alloc);
    }
    // Balanced Karatsuba: a = a1*B^m + a0, b = b1*B^m + b0 with b1 non-empty.
    let m = a.len() / 2;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    {
        let (lo, hi) = out.split_at_mut(2 * m);
        mul_to(lo, a0, b0, alloc)?;
        mul_to(hi, a1, b1, alloc)?;
    }
    let sa = limbs::add(a0, a1, alloc.clone())?; // not normalised: fine for mul_to
    let sb = limbs::add(b0, b1, alloc.clone())?;
    let mut t = limbs::zeros(sa.len() + sb.len(), alloc.clone())?;
    mul_to(&mut t, &sa, &sb, alloc)?;
    limbs::sub_assign(&mut t, &out[..2 * m]);
    limbs::sub_assign(&mut t, &out[2 * m..]);
    let mid = limbs::trim(&t);
    limbs::add_assign(&mut out[m..], mid);
    Ok(())
}

/// `out = a * b` for `a` at least twice as long as `b`: `a` is cut into `b`-sized pieces.
fn unbalanced<A: Allocator + Clone>(
    out: &mut [u32],
    a: &[u32],
    b: &[u32],
    alloc: &A,
) -> Result<(), AllocError> {
    let mut tmp = limbs::zeros(2 * b.len(), alloc.clone())?;
    for (k, chunk) in a.chunks(b.len()).enumerate() {
        let n = chunk.len() + b.len();
        mul_to(&mut tmp[..n], chunk, b, alloc)?;
        limbs::add_assign(&mut out[k * b.len()..], limbs::trim(&tmp[..n]));
    }
    Ok(())
}
