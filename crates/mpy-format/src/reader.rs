//! The zero-copy reader: parses a `.mpy` image into a [`Module`] that borrows it.

use alloc::vec::Vec;

use nom::Parser;
use nom::bytes::complete::take;
use nom::number::complete::u8 as byte;

use crate::error::{Error, ErrorKind, Result};
use crate::header::{FEATURE_ARCH_FLAGS, Header, PortInfo};
use crate::model::{
    CodeKind, Const, KindData, Module, QstrEntry, RawCode, Reloc, Relocs, ScopeFlags, const_kind,
};
use crate::static_qstr::STATIC_QSTR_COUNT;
use crate::varuint::decode_varuint;

/// Limits of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Deepest nesting of raw codes or constant tuples accepted (bounds the reader's stack use).
    pub max_depth: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_depth: 128 }
    }
}

/// nom error carrying the crate's error kind and the input where it happened.
#[derive(Debug)]
struct PErr<'a> {
    input: &'a [u8],
    kind: ErrorKind,
}

impl<'a> nom::error::ParseError<&'a [u8]> for PErr<'a> {
    fn from_error_kind(input: &'a [u8], _: nom::error::ErrorKind) -> Self {
        // The only primitive failures of this grammar are reads past the end.
        PErr {
            input,
            kind: ErrorKind::Truncated,
        }
    }

    fn append(_: &'a [u8], _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

type PResult<'a, T> = nom::IResult<&'a [u8], T, PErr<'a>>;

fn fail<T>(input: &[u8], kind: ErrorKind) -> PResult<'_, T> {
    Err(nom::Err::Failure(PErr { input, kind }))
}

fn varuint(i: &[u8]) -> PResult<'_, u64> {
    match decode_varuint(i) {
        Ok((v, n)) => Ok((&i[n..], v)),
        Err(kind) => fail(i, kind),
    }
}

/// A varuint used as a size or index in memory.
fn size(i: &[u8]) -> PResult<'_, usize> {
    let (rest, v) = varuint(i)?;
    match usize::try_from(v) {
        Ok(v) => Ok((rest, v)),
        Err(_) => fail(i, ErrorKind::VarUintOverflow),
    }
}

/// A varuint-length-prefixed byte string, with a NUL after it when `nul` is set.
fn counted_bytes(i: &[u8], nul: bool) -> PResult<'_, &[u8]> {
    let (i, n) = size(i)?;
    let (i, s) = take(n).parse(i)?;
    let i = if nul { take(1usize).parse(i)?.0 } else { i };
    Ok((i, s))
}

/// Capacity for `n` items of at least one byte each: never more than the data can hold.
fn capped(n: usize, remaining: &[u8]) -> usize {
    n.min(remaining.len())
}

fn qstr_entry(i: &[u8]) -> PResult<'_, QstrEntry<'_>> {
    let (rest, l) = varuint(i)?;
    if l & 1 == 1 {
        let n = l >> 1;
        if n == 0 || n > STATIC_QSTR_COUNT as u64 {
            return fail(i, ErrorKind::BadStaticQstr(n));
        }
        Ok((rest, QstrEntry::Static(n as u16)))
    } else {
        let n = usize::try_from(l >> 1).unwrap_or(usize::MAX);
        let (rest, s) = take(n).parse(rest)?;
        let (rest, _) = take(1usize).parse(rest)?;
        Ok((rest, QstrEntry::Inline(s)))
    }
}

struct Reader {
    opts: ReadOptions,
}

impl Reader {
    fn constant<'a>(&self, i: &'a [u8], depth: usize) -> PResult<'a, Const<'a>> {
        if depth > self.opts.max_depth {
            return fail(i, ErrorKind::TooDeep(self.opts.max_depth));
        }
        let (rest, kind) = byte(i)?;
        let (rest, c) = match kind {
            const_kind::FUN_TABLE => (rest, Const::FunTable),
            const_kind::NONE => (rest, Const::None),
            const_kind::FALSE => (rest, Const::False),
            const_kind::TRUE => (rest, Const::True),
            const_kind::ELLIPSIS => (rest, Const::Ellipsis),
            const_kind::STR => counted_bytes(rest, true).map(|(r, s)| (r, Const::Str(s)))?,
            const_kind::BYTES => counted_bytes(rest, true).map(|(r, s)| (r, Const::Bytes(s)))?,
            const_kind::INT => counted_bytes(rest, false).map(|(r, s)| (r, Const::Int(s)))?,
            const_kind::FLOAT => counted_bytes(rest, false).map(|(r, s)| (r, Const::Float(s)))?,
            const_kind::COMPLEX => {
                counted_bytes(rest, false).map(|(r, s)| (r, Const::Complex(s)))?
            }
            const_kind::TUPLE => {
                let (mut rest, n) = size(rest)?;
                let mut items = Vec::with_capacity(capped(n, rest));
                for _ in 0..n {
                    let (r, c) = self.constant(rest, depth + 1)?;
                    items.push(c);
                    rest = r;
                }
                (rest, Const::Tuple(items))
            }
            k => return fail(i, ErrorKind::BadConstKind(k)),
        };
        Ok((rest, c))
    }

    fn relocs<'a>(&self, mut i: &'a [u8]) -> PResult<'a, Relocs> {
        let mut relocs = Relocs::default();
        // End of data where an op byte belongs ends the list, as a 0xff would.
        while let Some((&op, rest)) = i.split_first() {
            i = rest;
            if op == 0xff {
                relocs.terminated = true;
                break;
            }
            let mut location = None;
            if op & 1 == 1 {
                let (r, loc) = varuint(i)?;
                location = Some(loc);
                i = r;
            }
            let mut count = None;
            if Reloc::op_has_count(op) {
                let (r, n) = varuint(i)?;
                count = Some(n);
                i = r;
            }
            relocs.entries.push(Reloc {
                op,
                location,
                count,
            });
        }
        Ok((i, relocs))
    }

    fn raw_code<'a>(&self, i: &'a [u8], depth: usize) -> PResult<'a, RawCode<'a>> {
        if depth > self.opts.max_depth {
            return fail(i, ErrorKind::TooDeep(self.opts.max_depth));
        }
        let (i, h) = varuint(i)?;
        let kind = CodeKind::from_bits((h & 3) as u8);
        let children_flag = h & 4 != 0;
        let len = usize::try_from(h >> 3).unwrap_or(usize::MAX);
        let (mut i, body) = take(len).parse(i)?;
        let flags = |v: u64| ScopeFlags::from_bits_retain(v as u32);
        let data = match kind {
            CodeKind::Bytecode => KindData::Bytecode,
            CodeKind::Native => {
                let (r, off) = varuint(i)?;
                if off >= body.len() as u64 {
                    return fail(i, ErrorKind::BadPreludeOffset(off));
                }
                i = r;
                KindData::Native {
                    prelude_offset: off as usize,
                }
            }
            CodeKind::Viper => {
                let (r, f) = varuint(i)?;
                let scope_flags = flags(f);
                i = r;
                let mut rodata_size = None;
                if scope_flags.contains(ScopeFlags::VIPER_RODATA) {
                    let (r, n) = size(i)?;
                    rodata_size = Some(n);
                    i = r;
                }
                let mut bss_size = None;
                if scope_flags.contains(ScopeFlags::VIPER_BSS) {
                    let (r, n) = size(i)?;
                    bss_size = Some(n);
                    i = r;
                }
                let mut rodata = None;
                if let Some(n) = rodata_size {
                    let (r, d) = take(n).parse(i)?;
                    rodata = Some(d);
                    i = r;
                }
                KindData::Viper {
                    scope_flags,
                    rodata,
                    bss_size,
                    relocs: None,
                }
            }
            CodeKind::Asm => {
                let (r, f) = varuint(i)?;
                let (r, n_pos_args) = size(r)?;
                let (r, type_sig) = size(r)?;
                i = r;
                KindData::Asm {
                    scope_flags: flags(f),
                    n_pos_args,
                    type_sig,
                    relocs: None,
                }
            }
        };
        let mut children = Vec::new();
        if children_flag {
            let (r, n) = size(i)?;
            i = r;
            children.reserve(capped(n, i));
            for _ in 0..n {
                let (r, c) = self.raw_code(i, depth + 1)?;
                children.push(c);
                i = r;
            }
        }
        let mut rc = RawCode {
            body,
            data,
            children,
            children_flag,
        };
        // Relocations come after the children: the loader relocates a finished raw code.
        if let KindData::Viper {
            scope_flags,
            relocs,
            ..
        }
        | KindData::Asm {
            scope_flags,
            relocs,
            ..
        } = &mut rc.data
        {
            if scope_flags.contains(ScopeFlags::VIPER_RELOC) {
                let (r, list) = self.relocs(i)?;
                *relocs = Some(list);
                i = r;
            }
        }
        Ok((i, rc))
    }

    fn module<'a>(&self, i: &'a [u8]) -> PResult<'a, Module<'a>> {
        let (i, hdr) = take(4usize).parse(i)?;
        if let Err(kind) = Header::check_format(hdr[0], hdr[1], hdr[2]) {
            return fail(hdr, kind);
        }
        let mut header = Header {
            feature: hdr[2],
            small_int_bits: hdr[3],
            arch_flags: None,
        };
        let mut i = i;
        if header.feature & FEATURE_ARCH_FLAGS != 0 {
            let (r, f) = varuint(i)?;
            header.arch_flags = Some(f);
            i = r;
        }
        let (i, n_qstr) = size(i)?;
        let (mut i, n_obj) = size(i)?;
        let mut qstrs = Vec::with_capacity(capped(n_qstr, i));
        for _ in 0..n_qstr {
            let (r, q) = qstr_entry(i)?;
            qstrs.push(q);
            i = r;
        }
        let mut consts = Vec::with_capacity(capped(n_obj, i));
        for _ in 0..n_obj {
            let (r, c) = self.constant(i, 0)?;
            consts.push(c);
            i = r;
        }
        let (i, root) = self.raw_code(i, 0)?;
        Ok((
            &i[i.len()..],
            Module {
                header,
                qstrs,
                consts,
                root,
                trailing: i,
            },
        ))
    }
}

fn to_error(input_len: usize, e: nom::Err<PErr<'_>>) -> Error {
    match e {
        nom::Err::Error(p) | nom::Err::Failure(p) => Error::new(p.kind, input_len - p.input.len()),
        nom::Err::Incomplete(_) => Error::new(ErrorKind::Truncated, input_len),
    }
}

impl<'a> Module<'a> {
    /// Parses a whole file with default limits, checking only what needs no port knowledge.
    pub fn parse(bytes: &'a [u8]) -> Result<Module<'a>> {
        Self::parse_with(bytes, ReadOptions::default())
    }

    /// Parses a whole file with the given limits.
    pub fn parse_with(bytes: &'a [u8], opts: ReadOptions) -> Result<Module<'a>> {
        Reader { opts }
            .module(bytes)
            .map(|(_, m)| m)
            .map_err(|e| to_error(bytes.len(), e))
    }

    /// Parses a file the way a runtime on `port` loads it: MicroPython's header checks first,
    /// then the container, then the raw-code kinds the port can run.
    pub fn load(bytes: &'a [u8], port: &PortInfo, opts: ReadOptions) -> Result<Module<'a>> {
        port.check_header(bytes)?;
        let m = Self::parse_with(bytes, opts)?;
        if port.native_arch.is_none() && m.root.has_machine_code() {
            return Err(Error::new(ErrorKind::NativeKind, 0));
        }
        Ok(m)
    }
}
