//! The prelude of a bytecode or native-Python function: signature, sizes, names, lines, cells.

use alloc::vec::Vec;

use crate::error::{Error, ErrorKind, Result};
use crate::linetable::LineTable;
use crate::model::ScopeFlags;
use crate::varuint::decode_varuint;

/// The six values packed into a prelude signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Signature {
    /// Size of the frame's value array (locals plus maximum stack depth), at least 1.
    pub n_state: usize,
    /// Maximum nesting of exception handlers.
    pub n_exc_stack: usize,
    /// Signature scope flags (the low 4 bits of [`ScopeFlags`]).
    pub scope_flags: u8,
    /// Positional parameters, closed-over values included.
    pub n_pos_args: usize,
    /// Keyword-only parameters.
    pub n_kwonly_args: usize,
    /// Positional parameters with defaults.
    pub n_def_pos_args: usize,
}

impl Signature {
    /// Decodes a signature at the start of `bytes`: the signature and the bytes it used.
    pub fn decode(bytes: &[u8]) -> core::result::Result<(Signature, usize), ErrorKind> {
        let mut it = bytes.iter().copied();
        let mut z = it.next().ok_or(ErrorKind::Truncated)?;
        let mut s = usize::from((z >> 3) & 0xf);
        let mut e = usize::from((z >> 2) & 1);
        let mut a = usize::from(z & 3);
        let (mut f, mut k, mut d) = (0usize, 0usize, 0usize);
        let mut n = 0u32;
        while z & 0x80 != 0 {
            z = it.next().ok_or(ErrorKind::Truncated)?;
            // Each byte adds 2 bits of S; beyond the word size the file is nonsense.
            if 4 + 2 * n + 2 > usize::BITS {
                return Err(ErrorKind::BadPrelude("signature too long"));
            }
            s |= usize::from((z >> 4) & 3) << (4 + 2 * n);
            e |= usize::from((z >> 1) & 1) << (1 + n);
            f |= usize::from((z >> 6) & 1) << n;
            a |= usize::from((z >> 2) & 1) << (2 + n);
            k |= usize::from((z >> 3) & 1) << n;
            d |= usize::from(z & 1) << n;
            n += 1;
        }
        let sig = Signature {
            n_state: s + 1,
            n_exc_stack: e,
            scope_flags: (f & 0xff) as u8,
            n_pos_args: a,
            n_kwonly_args: k,
            n_def_pos_args: d,
        };
        Ok((sig, n as usize + 1))
    }

    /// Appends the encoding `mpy-cross` produces (as short as possible).
    pub fn encode(&self, out: &mut Vec<u8>) {
        self.emit(|b| out.push(b));
    }

    /// Feeds the encoding of [`Signature::encode`] to `put` byte by byte.
    pub fn emit(&self, mut put: impl FnMut(u8)) {
        let mut s = self.n_state.saturating_sub(1);
        let mut e = self.n_exc_stack;
        let mut f = usize::from(self.scope_flags & 0x0f);
        let mut a = self.n_pos_args;
        let mut k = self.n_kwonly_args;
        let mut d = self.n_def_pos_args;
        let mut z = ((s & 0xf) << 3 | (e & 1) << 2 | (a & 3)) as u8;
        s >>= 4;
        e >>= 1;
        a >>= 2;
        while s | e | f | a | k | d != 0 {
            put(z | 0x80);
            z = ((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1))
                as u8;
            s >>= 2;
            e >>= 1;
            f >>= 1;
            a >>= 1;
            k >>= 1;
            d >>= 1;
        }
        put(z);
    }

    /// The scope flags as a typed set.
    pub fn flags(&self) -> ScopeFlags {
        ScopeFlags::from_bits_truncate(u32::from(self.scope_flags))
    }

    /// Whether the function is a generator (or `async def`).
    pub fn is_generator(&self) -> bool {
        self.scope_flags & 1 != 0
    }
}

/// Decodes the prelude-size field: `(n_info, n_cell, bytes used)`.
pub fn decode_prelude_size(bytes: &[u8]) -> core::result::Result<(usize, usize, usize), ErrorKind> {
    let (mut info, mut cell) = (0usize, 0usize);
    for (n, &z) in bytes.iter().enumerate() {
        if n >= usize::BITS as usize {
            return Err(ErrorKind::BadPrelude("prelude size too long"));
        }
        cell |= usize::from(z & 1) << n;
        let part = usize::from((z >> 1) & 0x3f);
        if part != 0 {
            let shifted = part
                .checked_shl(6 * n as u32)
                .filter(|v| v >> (6 * n) == part);
            info |= shifted.ok_or(ErrorKind::BadPrelude("prelude size too large"))?;
        }
        if z & 0x80 == 0 {
            return Ok((info, cell, n + 1));
        }
    }
    Err(ErrorKind::Truncated)
}

/// Appends the prelude-size field for `n_info` and `n_cell`.
pub fn encode_prelude_size(out: &mut Vec<u8>, n_info: usize, n_cell: usize) {
    emit_prelude_size(n_info, n_cell, |b| out.push(b));
}

/// Feeds the prelude-size field for `n_info` and `n_cell` to `put` byte by byte.
pub fn emit_prelude_size(mut n_info: usize, mut n_cell: usize, mut put: impl FnMut(u8)) {
    loop {
        let mut z = ((n_info & 0x3f) << 1 | (n_cell & 1)) as u8;
        n_cell >>= 1;
        n_info >>= 6;
        if n_cell | n_info != 0 {
            z |= 0x80;
        }
        put(z);
        if z & 0x80 == 0 {
            break;
        }
    }
}

/// A decoded prelude, borrowing its variable parts from the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prelude<'a> {
    /// The signature.
    pub sig: Signature,
    /// Length of the source-info section (name, argument names, line table).
    pub n_info: usize,
    /// Qstr-table index of the function's simple name.
    pub simple_name: usize,
    /// Qstr-table indices of the argument names (positional, then keyword-only).
    pub arg_names: Vec<usize>,
    /// The line-number table.
    pub line_table: LineTable<'a>,
    /// Local slots turned into cells on entry.
    pub cells: &'a [u8],
    /// Offset of the first byte after the prelude (the first opcode), relative to `bytes`.
    pub code_start: usize,
}

impl<'a> Prelude<'a> {
    /// Decodes the prelude at the start of `bytes`; errors carry offsets relative to `bytes`.
    pub fn decode(bytes: &'a [u8]) -> Result<Prelude<'a>> {
        let (sig, mut pos) = Signature::decode(bytes).map_err(|k| Error::new(k, 0))?;
        let (n_info, n_cell, used) =
            decode_prelude_size(&bytes[pos..]).map_err(|k| Error::new(k, pos))?;
        pos += used;
        let info_end = pos.checked_add(n_info).filter(|&e| e <= bytes.len());
        let info_end = info_end.ok_or(Error::new(
            ErrorKind::BadPrelude("source info past body"),
            pos,
        ))?;
        let cell_end = info_end.checked_add(n_cell).filter(|&e| e <= bytes.len());
        let cell_end = cell_end.ok_or(Error::new(ErrorKind::BadPrelude("cells past body"), pos))?;
        let info = &bytes[..info_end];
        let read = |pos: &mut usize| -> Result<usize> {
            let (v, n) = decode_varuint(&info[*pos..]).map_err(|k| {
                let k = if k == ErrorKind::Truncated {
                    ErrorKind::BadPrelude("names past source info")
                } else {
                    k
                };
                Error::new(k, *pos)
            })?;
            *pos += n;
            usize::try_from(v).map_err(|_| Error::new(ErrorKind::VarUintOverflow, *pos))
        };
        let simple_name = read(&mut pos)?;
        let n_args = sig.n_pos_args + sig.n_kwonly_args;
        // Each name takes at least one byte, which bounds the allocation by the data.
        if n_args > info_end - pos {
            return Err(Error::new(
                ErrorKind::BadPrelude("more argument names than bytes"),
                pos,
            ));
        }
        let mut arg_names = Vec::with_capacity(n_args);
        for _ in 0..n_args {
            arg_names.push(read(&mut pos)?);
        }
        Ok(Prelude {
            sig,
            n_info,
            simple_name,
            arg_names,
            line_table: LineTable::new(&bytes[pos..info_end]),
            cells: &bytes[info_end..cell_end],
            code_start: cell_end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quickcheck::quickcheck;

    fn enc(sig: &Signature) -> Vec<u8> {
        let mut out = Vec::new();
        sig.encode(&mut out);
        out
    }

    #[test]
    fn worked_examples_of_the_spec() {
        let add = Signature {
            n_state: 5,
            n_exc_stack: 0,
            scope_flags: 0x08,
            n_pos_args: 2,
            n_kwonly_args: 1,
            n_def_pos_args: 1,
        };
        assert_eq!(enc(&add), [0xa2, 0x89, 0x80, 0x80, 0x40]);
        assert_eq!(
            Signature::decode(&[0xa2, 0x89, 0x80, 0x80, 0x40]),
            Ok((add, 5))
        );
        let gen_ = Signature {
            n_state: 4,
            n_pos_args: 1,
            scope_flags: 1,
            ..Default::default()
        };
        assert_eq!(enc(&gen_), [0x99, 0x40]);
        let exc = Signature {
            n_state: 9,
            n_exc_stack: 3,
            n_pos_args: 1,
            ..Default::default()
        };
        assert_eq!(enc(&exc), [0xc5, 0x02]);
        let big = Signature {
            n_state: 15,
            n_exc_stack: 0,
            scope_flags: 0x0e,
            n_pos_args: 2,
            n_kwonly_args: 2,
            n_def_pos_args: 1,
        };
        assert_eq!(enc(&big), [0xf2, 0x81, 0xc8, 0xc0, 0x40]);
        assert_eq!(
            enc(&Signature {
                n_state: 1,
                ..Default::default()
            }),
            [0x00]
        );
    }

    #[test]
    fn prelude_sizes() {
        let mut out = Vec::new();
        encode_prelude_size(&mut out, 11, 4);
        assert_eq!(out, [0x96, 0x80, 0x01]);
        assert_eq!(decode_prelude_size(&out), Ok((11, 4, 3)));
        out.clear();
        encode_prelude_size(&mut out, 5, 1);
        assert_eq!(out, [0x0b]);
    }

    #[test]
    fn decodes_a_real_prelude() {
        // `add` of the spec's example (b).
        let body = [
            0xa2, 0x89, 0x80, 0x80, 0x40, 0x0a, 0x05, 0x0a, 0x0b, 0x02, 0x20, 0xb0,
        ];
        let p = Prelude::decode(&body).unwrap();
        assert_eq!(p.simple_name, 5);
        assert_eq!(p.arg_names, [10, 11, 2]);
        assert_eq!(p.line_table.bytes(), [0x20]);
        assert_eq!(p.code_start, 11);
    }

    quickcheck! {
        fn signature_round_trips(s: u16, e: u8, f: u8, a: u8, k: u8, d: u8) -> bool {
            let sig = Signature {
                n_state: usize::from(s) + 1,
                n_exc_stack: usize::from(e),
                scope_flags: f & 0x0f,
                n_pos_args: usize::from(a),
                n_kwonly_args: usize::from(k),
                n_def_pos_args: usize::from(d),
            };
            let bytes = enc(&sig);
            Signature::decode(&bytes) == Ok((sig, bytes.len()))
        }

        fn prelude_size_round_trips(i: u32, c: u16) -> bool {
            let mut out = Vec::new();
            encode_prelude_size(&mut out, i as usize, usize::from(c));
            decode_prelude_size(&out) == Ok((i as usize, usize::from(c), out.len()))
        }

        fn prelude_decoding_never_panics(bytes: Vec<u8>) -> bool {
            let _ = Prelude::decode(&bytes);
            true
        }
    }
}
