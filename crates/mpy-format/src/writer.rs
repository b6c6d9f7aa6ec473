//! The writer: serialises a [`Module`] tree to `.mpy` bytes.

use alloc::vec::Vec;

use crate::header::{MAGIC, VERSION};
use crate::model::{Const, KindData, Module, QstrEntry, RawCode, Relocs, ScopeFlags};
use crate::varuint::write_varuint;

fn write_counted(out: &mut Vec<u8>, s: &[u8], nul: bool) {
    write_varuint(out, s.len() as u64);
    out.extend_from_slice(s);
    if nul {
        out.push(0);
    }
}

/// Appends one qstr-table entry.
pub fn write_qstr_entry(out: &mut Vec<u8>, q: &QstrEntry<'_>) {
    match *q {
        QstrEntry::Static(n) => write_varuint(out, u64::from(n) << 1 | 1),
        QstrEntry::Inline(s) => {
            write_varuint(out, (s.len() as u64) << 1);
            out.extend_from_slice(s);
            out.push(0);
        }
    }
}

/// Appends one constant-table entry.
pub fn write_const(out: &mut Vec<u8>, c: &Const<'_>) {
    out.push(c.kind_byte());
    match c {
        Const::FunTable | Const::None | Const::False | Const::True | Const::Ellipsis => {}
        Const::Str(s) | Const::Bytes(s) => write_counted(out, s, true),
        Const::Int(s) | Const::Float(s) | Const::Complex(s) => write_counted(out, s, false),
        Const::Tuple(items) => {
            write_varuint(out, items.len() as u64);
            for item in items {
                write_const(out, item);
            }
        }
    }
}

fn write_relocs(out: &mut Vec<u8>, relocs: &Relocs) {
    for r in &relocs.entries {
        out.push(r.op);
        if let Some(loc) = r.location {
            write_varuint(out, loc);
        }
        if let Some(n) = r.count {
            write_varuint(out, n);
        }
    }
    if relocs.terminated {
        out.push(0xff);
    }
}

/// Appends one raw code and its children.
pub fn write_raw_code(out: &mut Vec<u8>, rc: &RawCode<'_>) {
    let has_children = rc.children_flag || !rc.children.is_empty();
    let header = (rc.body.len() as u64) << 3 | u64::from(has_children) << 2 | rc.kind() as u64;
    write_varuint(out, header);
    out.extend_from_slice(rc.body);
    let mut relocs = None;
    match &rc.data {
        KindData::Bytecode => {}
        KindData::Native { prelude_offset } => write_varuint(out, *prelude_offset as u64),
        KindData::Viper {
            scope_flags,
            rodata,
            bss_size,
            relocs: r,
        } => {
            write_varuint(out, u64::from(scope_flags.bits()));
            if scope_flags.contains(ScopeFlags::VIPER_RODATA) {
                write_varuint(out, rodata.map_or(0, |d| d.len()) as u64);
            }
            if scope_flags.contains(ScopeFlags::VIPER_BSS) {
                write_varuint(out, bss_size.unwrap_or(0) as u64);
            }
            if scope_flags.contains(ScopeFlags::VIPER_RODATA) {
                out.extend_from_slice(rodata.unwrap_or(&[]));
            }
            relocs = scope_flags.contains(ScopeFlags::VIPER_RELOC).then_some(r);
        }
        KindData::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
            relocs: r,
        } => {
            write_varuint(out, u64::from(scope_flags.bits()));
            write_varuint(out, *n_pos_args as u64);
            write_varuint(out, *type_sig as u64);
            relocs = scope_flags.contains(ScopeFlags::VIPER_RELOC).then_some(r);
        }
    }
    if has_children {
        write_varuint(out, rc.children.len() as u64);
        for c in &rc.children {
            write_raw_code(out, c);
        }
    }
    if let Some(r) = relocs {
        // A list the file ended early is written back the same way.
        write_relocs(
            out,
            r.as_ref().unwrap_or(&Relocs {
                entries: Vec::new(),
                terminated: true,
            }),
        );
    }
}

impl Module<'_> {
    /// Appends the file's bytes to `out` (trailing bytes of a parsed file are not written).
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&[
            MAGIC,
            VERSION,
            self.header.feature,
            self.header.small_int_bits,
        ]);
        if let Some(f) = self.header.arch_flags {
            write_varuint(out, f);
        }
        write_varuint(out, self.qstrs.len() as u64);
        write_varuint(out, self.consts.len() as u64);
        for q in &self.qstrs {
            write_qstr_entry(out, q);
        }
        for c in &self.consts {
            write_const(out, c);
        }
        write_raw_code(out, &self.root);
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        out
    }
}
