//! Decoding bytecode instructions: opcode, operand and length, without trusting the input.

use crate::error::{Error, ErrorKind, Result};
use crate::opcode::{self, Operand};
use crate::varuint::{decode_sint, decode_varuint};

/// A decoded operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// No operand.
    None,
    /// Index into the module qstr table.
    Qstr(usize),
    /// Index into the module constant table.
    Obj(usize),
    /// Index into this raw code's children.
    Child(usize),
    /// A closure: child index and number of closed-over values.
    Closure {
        /// Index into this raw code's children.
        child: usize,
        /// Number of cells taken from the stack.
        n_closed: u8,
    },
    /// A plain number (local, count, packed value, or operator number of multi-opcodes).
    Uint(u64),
    /// A small-int value.
    Int(i64),
    /// A jump: target offset from the start of the opcodes (may be out of range in bad input).
    Jump(isize),
    /// `UNWIND_JUMP`: target and the unwind-count byte.
    UnwindJump {
        /// Target offset from the start of the opcodes.
        target: isize,
        /// Handlers to unwind in bits 6..0; bit 7 = also pop a for-loop iterator.
        unwind: u8,
    },
}

impl Arg {
    /// The operand as a number, for stack-effect computation.
    pub fn as_u64(&self) -> u64 {
        match *self {
            Arg::Qstr(n) | Arg::Obj(n) | Arg::Child(n) => n as u64,
            Arg::Closure { n_closed, .. } => u64::from(n_closed),
            Arg::Uint(n) => n,
            _ => 0,
        }
    }
}

/// One decoded instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    /// Offset of the opcode byte from the start of the opcodes.
    pub offset: usize,
    /// The opcode byte.
    pub op: u8,
    /// Encoded length in bytes.
    pub len: usize,
    /// The operand.
    pub arg: Arg,
}

impl Instr {
    /// The mnemonic.
    pub fn name(&self) -> &'static str {
        opcode::info(self.op).map_or("?", |i| i.name)
    }
}

fn usize_arg(v: u64, at: usize) -> Result<usize> {
    usize::try_from(v).map_err(|_| Error::new(ErrorKind::VarUintOverflow, at))
}

/// Decodes the instruction at `pos` in `code`; errors carry offsets relative to `code`.
pub fn decode_at(code: &[u8], pos: usize) -> Result<Instr> {
    let op = *code.get(pos).ok_or(Error::new(ErrorKind::Truncated, pos))?;
    let info = opcode::info(op).ok_or(Error::new(ErrorKind::BadOpcode(op), pos))?;
    let rest = &code[pos + 1..];
    let trunc = |k: ErrorKind| Error::new(k, pos + 1);
    let (arg, n) = match info.operand {
        Operand::None => {
            let arg = match op {
                0x70..=0xaf => Arg::Int(i64::from(op) - 0x80),
                0xb0..=0xbf => Arg::Uint(u64::from(op - opcode::LOAD_FAST_MULTI)),
                0xc0..=0xcf => Arg::Uint(u64::from(op - opcode::STORE_FAST_MULTI)),
                0xd0..=0xd3 => Arg::Uint(u64::from(op - opcode::UNARY_OP_MULTI)),
                0xd7..=0xf9 => Arg::Uint(u64::from(op - opcode::BINARY_OP_MULTI)),
                _ => Arg::None,
            };
            (arg, 0)
        }
        Operand::Sint => {
            let (v, n) = decode_sint(rest).map_err(trunc)?;
            (Arg::Int(v), n)
        }
        Operand::Qstr | Operand::Obj | Operand::Child | Operand::Uint => {
            let (v, n) = decode_varuint(rest).map_err(trunc)?;
            let arg = match info.operand {
                Operand::Qstr => Arg::Qstr(usize_arg(v, pos + 1)?),
                Operand::Obj => Arg::Obj(usize_arg(v, pos + 1)?),
                Operand::Child => Arg::Child(usize_arg(v, pos + 1)?),
                _ => Arg::Uint(v),
            };
            (arg, n)
        }
        Operand::ChildClosure => {
            let (v, n) = decode_varuint(rest).map_err(trunc)?;
            let n_closed = *rest.get(n).ok_or(trunc(ErrorKind::Truncated))?;
            (
                Arg::Closure {
                    child: usize_arg(v, pos + 1)?,
                    n_closed,
                },
                n + 1,
            )
        }
        Operand::JumpSigned | Operand::JumpUnsigned | Operand::UnwindJump => {
            let b0 = *rest.first().ok_or(trunc(ErrorKind::Truncated))?;
            let (raw, n) = if b0 & 0x80 == 0 {
                (isize::from(b0), 1)
            } else {
                let b1 = *rest.get(1).ok_or(trunc(ErrorKind::Truncated))?;
                (isize::from(b0 & 0x7f) | isize::from(b1) << 7, 2)
            };
            let signed = !matches!(info.operand, Operand::JumpUnsigned);
            let off = match (signed, n) {
                (false, _) => raw,
                (true, 1) => raw - 0x40,
                (true, _) => raw - 0x4000,
            };
            // Targets are relative to the byte after the offset field.
            let target = (pos + 1 + n) as isize + off;
            if info.operand == Operand::UnwindJump {
                let unwind = *rest.get(n).ok_or(trunc(ErrorKind::Truncated))?;
                (Arg::UnwindJump { target, unwind }, n + 1)
            } else {
                (Arg::Jump(target), n)
            }
        }
    };
    Ok(Instr {
        offset: pos,
        op,
        len: 1 + n,
        arg,
    })
}

/// Iterator over the instructions of an opcode area; stops after the first error.
#[derive(Debug, Clone)]
pub struct Instructions<'a> {
    code: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> Instructions<'a> {
    /// Iterates over `code`, the opcode area of a bytecode function.
    pub fn new(code: &'a [u8]) -> Self {
        Instructions {
            code,
            pos: 0,
            failed: false,
        }
    }
}

impl Iterator for Instructions<'_> {
    type Item = Result<Instr>;

    fn next(&mut self) -> Option<Result<Instr>> {
        if self.failed || self.pos >= self.code.len() {
            return None;
        }
        let r = decode_at(self.code, self.pos);
        match &r {
            Ok(i) => self.pos += i.len,
            Err(_) => self.failed = true,
        }
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;
    use quickcheck::quickcheck;

    #[test]
    fn decodes_module_a() {
        let code = [0x11, 0x02, 0x23, 0x00, 0x34, 0x01, 0x59, 0x51, 0x63];
        let v: Vec<_> = Instructions::new(&code).map(|r| r.unwrap()).collect();
        let names: Vec<_> = v.iter().map(Instr::name).collect();
        assert_eq!(
            names,
            [
                "LOAD_NAME",
                "LOAD_CONST_OBJ",
                "CALL_FUNCTION",
                "POP_TOP",
                "LOAD_CONST_NONE",
                "RETURN_VALUE"
            ]
        );
        assert_eq!(v[0].arg, Arg::Qstr(2));
        assert_eq!(v[1].arg, Arg::Obj(0));
        assert_eq!(v[2].arg, Arg::Uint(1));
    }

    #[test]
    fn jumps_and_closures() {
        // JUMP back by 2: 0x42 0x3e (0x3e - 0x40 = -2) at offset 0 targets 0.
        assert_eq!(decode_at(&[0x42, 0x3e], 0).unwrap().arg, Arg::Jump(0));
        // Two-byte signed offset: +0 is 0x4000.
        assert_eq!(decode_at(&[0x42, 0x80, 0x80], 0).unwrap().arg, Arg::Jump(3));
        // Unsigned: FOR_ITER +5.
        assert_eq!(decode_at(&[0x4b, 0x05], 0).unwrap().arg, Arg::Jump(7));
        let i = decode_at(&[0x40, 0x41, 0x82], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::UnwindJump {
                target: 3,
                unwind: 0x82
            }
        );
        assert_eq!(i.len, 3);
        let i = decode_at(&[0x20, 0x00, 0x01], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::Closure {
                child: 0,
                n_closed: 1
            }
        );
        assert_eq!(
            decode_at(&[0x22, 0x86, 0x8d, 0x20], 0).unwrap().arg,
            Arg::Int(100000)
        );
        assert_eq!(decode_at(&[0x7a], 0).unwrap().arg, Arg::Int(-6));
    }

    #[test]
    fn bad_input_is_an_error() {
        assert_eq!(
            decode_at(&[0x41], 0).unwrap_err().kind,
            ErrorKind::BadOpcode(0x41)
        );
        assert_eq!(
            decode_at(&[0x11], 0).unwrap_err().kind,
            ErrorKind::Truncated
        );
        assert_eq!(
            decode_at(&[0x20, 0x00], 0).unwrap_err().kind,
            ErrorKind::Truncated
        );
        assert_eq!(
            decode_at(&[0x42, 0x80], 0).unwrap_err().kind,
            ErrorKind::Truncated
        );
        assert_eq!(decode_at(&[], 0).unwrap_err().kind, ErrorKind::Truncated);
    }

    quickcheck! {
        fn decoding_garbage_never_panics(bytes: Vec<u8>) -> bool {
            Instructions::new(&bytes).all(|r| r.map_or(true, |i| i.len >= 1))
        }
    }
}
