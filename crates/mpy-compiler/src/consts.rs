//! Constant objects: strict equality for table de-duplication and the text forms written to a
//! `.mpy` (bytecode.md §10.4, §13, Appendix A).

use core::fmt::Write;

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;
use mpy_format::Const;
use mpy_format::numtext::float_repr;

use crate::ast::{Ast, ExprId, ExprKind, Singleton};
use crate::error::{CompileError, Result};
use crate::util::{extend, push};

/// Whether `v` fits the target's small ints of `bits` bits (sign included).
pub fn fits_small_int(v: i128, bits: u8) -> bool {
    let half = 1i128 << (bits.clamp(2, 64) - 1);
    (-half..half).contains(&v)
}

/// Strict equality of two constant nodes: same type and same value, tuples element-wise,
/// floats by bit pattern (so `0.0` and `-0.0` differ and a folded `nan` equals itself).
pub fn strictly_equal<A: Allocator + Clone>(ast: &Ast<A>, a: ExprId, b: ExprId) -> bool {
    use ExprKind::*;
    match (ast.expr(a).kind, ast.expr(b).kind) {
        (Int(x), Int(y)) => x == y,
        (BigInt(x), BigInt(y)) => ast.bytes_of(x) == ast.bytes_of(y),
        (Float(x), Float(y)) | (Imag(x), Imag(y)) => x.to_bits() == y.to_bits(),
        (Str { data: x, .. }, Str { data: y, .. }) | (Bytes(x), Bytes(y)) => {
            ast.bytes_of(x) == ast.bytes_of(y)
        }
        (None, None) | (True, True) | (False, False) | (Ellipsis, Ellipsis) => true,
        (ObjSingleton(x), ObjSingleton(y)) => x == y,
        (ConstTuple(x) | Tuple { items: x, .. }, ConstTuple(y) | Tuple { items: y, .. }) => {
            x.len == y.len
                && ast
                    .list(x)
                    .iter()
                    .zip(ast.list(y))
                    .all(|(&p, &q)| strictly_equal(ast, ExprId(p), ExprId(q)))
        }
        _ => false,
    }
}

/// A constant-table entry in the form it is written, independent of the tree.
#[derive(Debug)]
pub enum OwnedConst<A: Allocator + Clone> {
    /// `None` (inside tuples).
    None,
    /// `False` (inside tuples).
    False,
    /// `True` (inside tuples).
    True,
    /// `...`.
    Ellipsis,
    /// A str.
    Str(Vec<u8, A>),
    /// A bytes.
    Bytes(Vec<u8, A>),
    /// An int as decimal text.
    Int(Vec<u8, A>),
    /// A float as repr text.
    Float(Vec<u8, A>),
    /// An imaginary number as repr text.
    Complex(Vec<u8, A>),
    /// A tuple.
    Tuple(Vec<OwnedConst<A>, A>),
}

impl<A: Allocator + Clone> OwnedConst<A> {
    /// The format crate's view of this constant.
    pub fn to_format(&self) -> Const<'_> {
        match self {
            OwnedConst::None => Const::None,
            OwnedConst::False => Const::False,
            OwnedConst::True => Const::True,
            OwnedConst::Ellipsis => Const::Ellipsis,
            OwnedConst::Str(s) => Const::Str(s),
            OwnedConst::Bytes(s) => Const::Bytes(s),
            OwnedConst::Int(s) => Const::Int(s),
            OwnedConst::Float(s) => Const::Float(s),
            OwnedConst::Complex(s) => Const::Complex(s),
            OwnedConst::Tuple(items) => Const::Tuple(items.iter().map(Self::to_format).collect()),
        }
    }
}

/// A fixed-size text buffer for number formatting.
struct Buf {
    bytes: [u8; 48],
    len: usize,
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        let dst = self.bytes.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn bytes_in<A: Allocator + Clone>(s: &[u8], alloc: &A) -> Result<Vec<u8, A>> {
    let mut v = Vec::new_in(alloc.clone());
    extend(&mut v, s)?;
    Ok(v)
}

/// The written form of constant node `e`.
pub fn owned<A: Allocator + Clone>(ast: &Ast<A>, e: ExprId, alloc: &A) -> Result<OwnedConst<A>> {
    Ok(match ast.expr(e).kind {
        ExprKind::Int(v) => {
            let v = v.get();
            let mut b = Buf {
                bytes: [0; 48],
                len: 0,
            };
            write!(b, "{v}").map_err(|_| CompileError::memory())?;
            OwnedConst::Int(bytes_in(&b.bytes[..b.len], alloc)?)
        }
        ExprKind::BigInt(r) => OwnedConst::Int(bytes_in(ast.bytes_of(r), alloc)?),
        ExprKind::Float(f) => OwnedConst::Float(bytes_in(float_repr(f).as_bytes(), alloc)?),
        ExprKind::Imag(f) => {
            // Complex repr is the float repr without the `.0` that floats add, then `j`.
            let s = float_repr(f);
            let s = s.strip_suffix(".0").unwrap_or(&s);
            let mut v = bytes_in(s.as_bytes(), alloc)?;
            push(&mut v, b'j')?;
            OwnedConst::Complex(v)
        }
        ExprKind::Str { data, .. } => OwnedConst::Str(bytes_in(ast.bytes_of(data), alloc)?),
        ExprKind::Bytes(data) => OwnedConst::Bytes(bytes_in(ast.bytes_of(data), alloc)?),
        ExprKind::None => OwnedConst::None,
        ExprKind::True | ExprKind::ObjSingleton(Singleton::True) => OwnedConst::True,
        ExprKind::ObjSingleton(Singleton::False) => OwnedConst::False,
        ExprKind::ObjSingleton(Singleton::None) => OwnedConst::None,
        ExprKind::False => OwnedConst::False,
        ExprKind::ConstTuple(items) | ExprKind::Tuple { items, .. } => {
            let mut v = Vec::new_in(alloc.clone());
            for &i in ast.list(items) {
                push(&mut v, owned(ast, ExprId(i), alloc)?)?;
            }
            OwnedConst::Tuple(v)
        }
        _ => OwnedConst::Ellipsis,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_ranges() {
        assert!(fits_small_int((1 << 30) - 1, 31));
        assert!(!fits_small_int(1 << 30, 31));
        assert!(fits_small_int(-(1 << 30), 31));
        assert!(!fits_small_int(-(1 << 30) - 1, 31));
        assert!(fits_small_int(-(1 << 62), 63));
    }
}
