//! Number literal validation and conversion, with MicroPython's error messages.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::error::{BAD_INT_TEXT_MAX, Block, CompileError, ErrorKind, Message, Result};
use crate::util::push;

/// A parsed integer literal.
pub enum IntLit<A: Allocator> {
    /// Fits in `i128`.
    Small(i128),
    /// Decimal digits of a larger value.
    Big(Vec<u8, A>),
}

fn bad_int(base: u32, text: &[u8], line: u32) -> CompileError {
    let mut buf = [0u8; BAD_INT_TEXT_MAX];
    let n = text.len().min(BAD_INT_TEXT_MAX);
    buf[..n].copy_from_slice(&text[..n]);
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg: Message::BadInteger {
            base,
            text: buf,
            len: n as u8,
        },
        line,
        block: Block::None,
    }
}

/// Parses the text of an INTEGER token (underscores already removed by the lexer).
pub fn parse_int<A: Allocator + Clone>(text: &[u8], line: u32, alloc: A) -> Result<IntLit<A>> {
    let (base, digits) = if text.len() >= 2 && text[0] == b'0' {
        match text[1] | 0x20 {
            b'x' => (16, &text[2..]),
            b'o' => (8, &text[2..]),
            b'b' => (2, &text[2..]),
            _ => {
                // A leading zero is only allowed when every digit is zero.
                if text.iter().all(|&c| c == b'0') {
                    return Ok(IntLit::Small(0));
                }
                return Err(bad_int(0, text, line));
            }
        }
    } else {
        (10, text)
    };
    if digits.is_empty() {
        return Err(bad_int(base, digits, line));
    }
    // Little-endian base-1e9 limbs once the value leaves i128.
    let mut small: Option<i128> = Some(0);
    let mut limbs: Vec<u32, A> = Vec::new_in(alloc.clone());
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => 99,
        };
        if d >= base {
            return Err(bad_int(base, digits, line));
        }
        if let Some(v) = small {
            small = v
                .checked_mul(base as i128)
                .and_then(|v| v.checked_add(d as i128));
            if small.is_none() {
                // Switch to limbs: re-read the digits consumed so far.
                let mut value = v;
                while value > 0 {
                    push(&mut limbs, (value % 1_000_000_000) as u32)?;
                    value /= 1_000_000_000;
                }
                mul_add(&mut limbs, base, d)?;
            }
        } else {
            mul_add(&mut limbs, base, d)?;
        }
    }
    if let Some(v) = small {
        return Ok(IntLit::Small(v));
    }
    let mut out: Vec<u8, A> = Vec::new_in(alloc);
    let top = limbs.len() - 1;
    let mut tmp = [0u8; 9];
    for (i, &l) in limbs.iter().rev().enumerate() {
        let mut n = l;
        for k in (0..9).rev() {
            tmp[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        let s = if i == 0 {
            let first = tmp.iter().position(|&c| c != b'0').unwrap_or(8);
            &tmp[first..]
        } else {
            &tmp[..]
        };
        let _ = top;
        crate::util::extend(&mut out, s)?;
    }
    Ok(IntLit::Big(out))
}

fn mul_add<A: Allocator>(limbs: &mut Vec<u32, A>, m: u32, a: u32) -> Result<()> {
    let mut carry = a as u64;
    for l in limbs.iter_mut() {
        let v = *l as u64 * m as u64 + carry;
        *l = (v % 1_000_000_000) as u32;
        carry = v / 1_000_000_000;
    }
    while carry > 0 {
        push(limbs, (carry % 1_000_000_000) as u32)?;
        carry /= 1_000_000_000;
    }
    Ok(())
}

/// A parsed float literal: the value and whether it was imaginary.
pub struct FloatLit {
    /// The value (imaginary part for imaginary literals).
    pub value: f64,
    /// Ends in `j`/`J`.
    pub imag: bool,
}

/// Parses the text of a FLOAT_OR_IMAG token.
pub fn parse_float(text: &[u8], line: u32) -> Result<FloatLit> {
    let err = || CompileError::syntax("invalid syntax for number", line);
    let (body, imag) = match text.last() {
        Some(b'j') | Some(b'J') => (&text[..text.len() - 1], true),
        _ => (text, false),
    };
    let mut i = 0;
    let mut digits = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return Err(err());
    }
    if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(err());
        }
    }
    if i != body.len() {
        return Err(err());
    }
    // MicroPython's own parser (x87 long-double scaling): its values differ from correctly
    // rounded ones in the last bit for some literals, and the constant text follows them.
    let value = mpy_format::floattext::parse_float_text(body).ok_or_else(err)?;
    Ok(FloatLit { value, imag })
}
