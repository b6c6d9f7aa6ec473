//! Parse-time constant folding (bytecode.md §13): numeric chains, unary ops, `not`,
//! `or`/`and` simplification, constant-ness and truthiness.

use crate::ast::{BinOp, ExprKind, Singleton, UnaryOp};

/// A numeric constant during folding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// Integer.
    Int(i128),
    /// Float.
    Float(f64),
}

/// The numeric value of a node, if it is an int or float constant (not bool, not complex).
pub fn as_num(k: &ExprKind) -> Option<Num> {
    match *k {
        ExprKind::Int(v) => Some(Num::Int(v.get())),
        ExprKind::Float(v) => Some(Num::Float(v)),
        _ => None,
    }
}

/// Converts a folded number back into a node kind.
pub fn from_num(n: Num) -> ExprKind {
    match n {
        Num::Int(v) => ExprKind::Int(crate::ast::IntVal::new(v)),
        Num::Float(v) => ExprKind::Float(v),
    }
}

/// Whether a node is a constant in MicroPython's sense (§13.3): literals, `None`/`True`/
/// `False`/`...`, constant tuples and the empty tuple.
pub fn is_const(k: &ExprKind) -> bool {
    match k {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str { .. }
        | ExprKind::Bytes(_)
        | ExprKind::None
        | ExprKind::True
        | ExprKind::ObjSingleton(_)
        | ExprKind::False
        | ExprKind::Ellipsis
        | ExprKind::ConstTuple(_) => true,
        ExprKind::Tuple { items, paren: true } => items.is_empty(),
        _ => false,
    }
}

/// Whether an expression statement made of this node is removed by the parser (§13.4):
/// leaves other than names, and constant objects; not the empty tuple.
pub fn is_lonely_const(k: &ExprKind) -> bool {
    is_const(k) && !matches!(k, ExprKind::Tuple { .. })
}

/// Python truthiness of a constant node, or `None` when it is not a constant.
pub fn truthiness(k: &ExprKind) -> Option<bool> {
    Some(match *k {
        ExprKind::Int(v) => v.get() != 0,
        ExprKind::BigInt(_) => true,
        ExprKind::Float(v) => v != 0.0,
        ExprKind::Imag(v) => v != 0.0,
        ExprKind::Str { data, .. } => data.len != 0,
        ExprKind::Bytes(b) => b.len != 0,
        ExprKind::None | ExprKind::False => false,
        ExprKind::True | ExprKind::Ellipsis => true,
        ExprKind::ObjSingleton(s) => s == Singleton::True,
        ExprKind::ConstTuple(l) => !l.is_empty(),
        ExprKind::Tuple { items, paren: true } if items.is_empty() => false,
        _ => return None,
    })
}

fn to_f64(n: Num) -> f64 {
    match n {
        Num::Int(v) => v as f64,
        Num::Float(v) => v,
    }
}

fn float_floordiv(a: f64, b: f64) -> (f64, f64) {
    // Python's float divmod: the remainder takes the sign of the divisor.
    let mut m = a % b;
    let mut d = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            d -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let fd = if d != 0.0 {
        let f = floor(d);
        if d - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (fd, m)
}

fn floor(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= 4_503_599_627_370_496.0 {
        return x;
    }
    let t = x as i64 as f64;
    if t > x { t - 1.0 } else { t }
}

#[cfg(feature = "std")]
fn powf(a: f64, b: f64) -> Option<f64> {
    Some(a.powf(b))
}

#[cfg(not(feature = "std"))]
fn powf(_a: f64, _b: f64) -> Option<f64> {
    // Without libm the result could differ in the last bit from the runtime's `pow`, so
    // the expression is left for the VM to evaluate.
    None
}

fn int_pow(mut base: i128, mut exp: i128) -> Option<i128> {
    let mut acc: i128 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// Applies one binary operator to two numbers with Python semantics; `None` when the
/// operation raises, leaves int/float, or overflows the folding range.
pub fn binop(op: BinOp, a: Num, b: Num) -> Option<Num> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(Int(match op {
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::And => x & y,
            BinOp::LShift => {
                if y < 0 {
                    return None;
                }
                if x == 0 {
                    0
                } else {
                    if y >= 127 {
                        return None;
                    }
                    let r = x.checked_shl(y as u32)?;
                    if r >> y != x {
                        return None;
                    }
                    r
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return None;
                }
                x >> y.min(127)
            }
            BinOp::Add => x.checked_add(y)?,
            BinOp::Sub => x.checked_sub(y)?,
            BinOp::Mul => x.checked_mul(y)?,
            BinOp::MatMul => return None,
            BinOp::FloorDiv => {
                if y == 0 {
                    return None;
                }
                let q = x.checked_div(y)?;
                if (x % y != 0) && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return None;
                }
                let r = x.checked_rem(y)?;
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return None;
                }
                return Some(Float(x as f64 / y as f64));
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return None;
                    }
                    return powf(x as f64, y as f64).map(Float);
                }
                int_pow(x, y)?
            }
        })),
        _ => {
            let x = to_f64(a);
            let y = to_f64(b);
            Some(Float(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::TrueDiv => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                BinOp::FloorDiv => {
                    if y == 0.0 {
                        return None;
                    }
                    float_floordiv(x, y).0
                }
                BinOp::Mod => {
                    if y == 0.0 {
                        return None;
                    }
                    float_floordiv(x, y).1
                }
                BinOp::Pow => {
                    if x == 0.0 && y < 0.0 {
                        return None;
                    }
                    if x < 0.0 && y != floor(y) {
                        // Complex result: not folded.
                        return None;
                    }
                    powf(x, y)?
                }
                _ => return None,
            }))
        }
    }
}

/// Folds a whole operator chain left to right, or `None` if any operand is not numeric or
/// any step cannot be folded.
pub fn fold_chain(operands: &[Num], ops: &[BinOp]) -> Option<Num> {
    let mut acc = *operands.first()?;
    for (op, &b) in ops.iter().zip(&operands[1..]) {
        acc = binop(*op, acc, b)?;
    }
    Some(acc)
}

/// Folds a unary operator.
pub fn unary(op: UnaryOp, a: Num) -> Option<Num> {
    match (op, a) {
        (UnaryOp::Pos, n) => Some(n),
        (UnaryOp::Neg, Num::Int(v)) => v.checked_neg().map(Num::Int),
        (UnaryOp::Neg, Num::Float(v)) => Some(Num::Float(-v)),
        (UnaryOp::Invert, Num::Int(v)) => Some(Num::Int(!v)),
        (UnaryOp::Invert, Num::Float(_)) => None,
    }
}

/// The `math` module constants folded by `math.NAME`.
pub fn math_const(name: &[u8]) -> Option<f64> {
    match name {
        b"e" => Some(core::f64::consts::E),
        b"pi" => Some(core::f64::consts::PI),
        b"tau" => Some(core::f64::consts::TAU),
        b"inf" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_semantics() {
        use Num::*;
        assert_eq!(binop(BinOp::FloorDiv, Int(-7), Int(2)), Some(Int(-4)));
        assert_eq!(binop(BinOp::Mod, Int(-7), Int(2)), Some(Int(1)));
        assert_eq!(binop(BinOp::Mod, Int(7), Int(-2)), Some(Int(-1)));
        assert_eq!(binop(BinOp::TrueDiv, Int(1), Int(2)), Some(Float(0.5)));
        assert_eq!(binop(BinOp::Pow, Int(2), Int(-1)), Some(Float(0.5)));
        assert_eq!(binop(BinOp::FloorDiv, Int(7), Float(2.0)), Some(Float(3.0)));
        assert_eq!(binop(BinOp::Mod, Float(-1.0), Float(3.0)), Some(Float(2.0)));
        assert_eq!(binop(BinOp::MatMul, Int(1), Int(2)), None);
        assert_eq!(binop(BinOp::TrueDiv, Int(1), Int(0)), None);
        assert_eq!(binop(BinOp::LShift, Int(1), Int(-1)), None);
        assert_eq!(binop(BinOp::Or, Float(1.0), Int(1)), None);
        assert_eq!(unary(UnaryOp::Invert, Int(5)), Some(Int(-6)));
        assert_eq!(unary(UnaryOp::Invert, Float(5.0)), None);
    }
}
