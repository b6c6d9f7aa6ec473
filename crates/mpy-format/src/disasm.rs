//! Human-readable dumps: header, tables, preludes and the disassembly of every raw code.
//!
//! Every operand is resolved (qstr names, constant values, child names, jump targets). Bad
//! data is reported inline and never panics, so the dump also serves to inspect broken files.

use alloc::string::String;
use core::fmt::{self, Write};

use crate::decode::{Arg, Instructions};
use crate::model::{Const, KindData, Module, QstrEntry, RawCode};
use crate::native::{Arch, BINARY_OP_NAMES, UNARY_OP_NAMES};
use crate::prelude::Prelude;

/// Writes `s` as a Python string or bytes literal (`'…'` / `b'…'`).
pub fn write_repr(out: &mut dyn Write, s: &[u8], bytes: bool) -> fmt::Result {
    if bytes {
        out.write_char('b')?;
    }
    let quote = if s.contains(&b'\'') && !s.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.write_char(quote)?;
    let text = if bytes {
        None
    } else {
        core::str::from_utf8(s).ok()
    };
    match text {
        Some(t) => {
            for c in t.chars() {
                match c {
                    '\\' => out.write_str("\\\\")?,
                    '\n' => out.write_str("\\n")?,
                    '\r' => out.write_str("\\r")?,
                    '\t' => out.write_str("\\t")?,
                    c if c == quote => write!(out, "\\{c}")?,
                    c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                        write!(out, "\\x{:02x}", c as u32)?
                    }
                    c => out.write_char(c)?,
                }
            }
        }
        None => {
            for &b in s {
                match b {
                    b'\\' => out.write_str("\\\\")?,
                    b'\n' => out.write_str("\\n")?,
                    b'\r' => out.write_str("\\r")?,
                    b'\t' => out.write_str("\\t")?,
                    b if char::from(b) == quote => write!(out, "\\{quote}")?,
                    0x20..=0x7e => out.write_char(char::from(b))?,
                    b => write!(out, "\\x{b:02x}")?,
                }
            }
        }
    }
    out.write_char(quote)
}

/// Writes a constant the way Python would print its repr.
pub fn write_const(out: &mut dyn Write, c: &Const<'_>) -> fmt::Result {
    let text = |s: &[u8]| String::from_utf8_lossy(s).into_owned();
    match c {
        Const::FunTable => out.write_str("<native function table>"),
        Const::None => out.write_str("None"),
        Const::False => out.write_str("False"),
        Const::True => out.write_str("True"),
        Const::Ellipsis => out.write_str("Ellipsis"),
        Const::Str(s) => write_repr(out, s, false),
        Const::Bytes(s) => write_repr(out, s, true),
        Const::Int(s) | Const::Float(s) | Const::Complex(s) => out.write_str(&text(s)),
        Const::Tuple(items) => {
            out.write_char('(')?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_const(out, item)?;
            }
            if items.len() == 1 {
                out.write_char(',')?;
            }
            out.write_char(')')
        }
    }
}

fn const_kind_name(c: &Const<'_>) -> &'static str {
    match c {
        Const::FunTable => "fun_table",
        Const::None | Const::False | Const::True | Const::Ellipsis => "singleton",
        Const::Str(_) => "str",
        Const::Bytes(_) => "bytes",
        Const::Int(_) => "int",
        Const::Float(_) => "float",
        Const::Complex(_) => "complex",
        Const::Tuple(_) => "tuple",
    }
}

struct Dumper<'m, 'a> {
    m: &'m Module<'a>,
}

impl Dumper<'_, '_> {
    fn qstr(&self, out: &mut dyn Write, i: usize) -> fmt::Result {
        match self.m.qstr(i) {
            Some(s) => out.write_str(&String::from_utf8_lossy(s)),
            None => write!(out, "<bad qstr {i}>"),
        }
    }

    fn hex_lines(&self, out: &mut dyn Write, indent: &str, data: &[u8]) -> fmt::Result {
        for (n, chunk) in data.chunks(16).enumerate() {
            write!(out, "{indent}{:04x}:", n * 16)?;
            for b in chunk {
                write!(out, " {b:02x}")?;
            }
            out.write_char('\n')?;
        }
        Ok(())
    }

    fn prelude(&self, out: &mut dyn Write, ind: &str, p: &Prelude<'_>) -> fmt::Result {
        let s = &p.sig;
        writeln!(
            out,
            "{ind}n_state {} n_exc_stack {} scope_flags {:#04x} n_pos_args {} n_kwonly_args {} \
             n_def_pos_args {}",
            s.n_state,
            s.n_exc_stack,
            s.scope_flags,
            s.n_pos_args,
            s.n_kwonly_args,
            s.n_def_pos_args
        )?;
        write!(out, "{ind}args:")?;
        for &a in &p.arg_names {
            out.write_char(' ')?;
            self.qstr(out, a)?;
        }
        writeln!(out)?;
        if !p.cells.is_empty() {
            writeln!(out, "{ind}cells: {:?}", p.cells)?;
        }
        let mut off = 0;
        let mut line = 1;
        write!(out, "{ind}lines:")?;
        for (b, l) in p.line_table.entries() {
            off += b;
            line += l;
            write!(out, " {off}:{line}")?;
        }
        writeln!(out)
    }

    fn bytecode(
        &self,
        out: &mut dyn Write,
        ind: &str,
        rc: &RawCode<'_>,
        code: &[u8],
    ) -> fmt::Result {
        for r in Instructions::new(code) {
            let i = match r {
                Ok(i) => i,
                Err(e) => return writeln!(out, "{ind}<decode error: {e}>"),
            };
            write!(out, "{ind}{:5} ", i.offset)?;
            let raw = &code[i.offset..i.offset + i.len];
            let mut hex = String::new();
            for b in raw {
                let _ = write!(hex, "{b:02x} ");
            }
            write!(out, "{hex:15}{}", i.name())?;
            match i.arg {
                Arg::None => {}
                Arg::Qstr(q) => {
                    out.write_char(' ')?;
                    self.qstr(out, q)?;
                }
                Arg::Obj(o) => match self.m.consts.get(o) {
                    Some(c) => {
                        out.write_char(' ')?;
                        write_const(out, c)?;
                    }
                    None => write!(out, " <bad constant {o}>")?,
                },
                Arg::Child(c) => write!(out, " child {c}{}", self.child_name(rc, c))?,
                Arg::Closure { child, n_closed } => write!(
                    out,
                    " child {child}{} n_closed {n_closed}",
                    self.child_name(rc, child)
                )?,
                Arg::Uint(n) => match i.op {
                    0xd0..=0xd3 => write!(out, " {}", UNARY_OP_NAMES[n as usize])?,
                    0xd7..=0xf9 => write!(out, " {}", BINARY_OP_NAMES[n as usize])?,
                    0x34..=0x37 => write!(out, " n_pos {} n_kw {}", n & 0xff, (n >> 8) & 0xff)?,
                    0x31 => write!(out, " n_before {} n_after {}", n & 0xff, n >> 8)?,
                    _ => write!(out, " {n}")?,
                },
                Arg::Int(v) => write!(out, " {v}")?,
                Arg::Jump(t) => write!(out, " -> {t}")?,
                Arg::UnwindJump { target, unwind } => write!(
                    out,
                    " -> {target} unwind {}{}",
                    unwind & 0x7f,
                    if unwind & 0x80 != 0 { " +iter" } else { "" }
                )?,
            }
            out.write_char('\n')?;
        }
        Ok(())
    }

    fn child_name(&self, rc: &RawCode<'_>, i: usize) -> String {
        let Some(child) = rc.children.get(i) else {
            return String::from(" <missing>");
        };
        let name = child
            .prelude_bytes()
            .and_then(|(_, b)| Prelude::decode(b).ok())
            .and_then(|p| self.m.qstr(p.simple_name));
        match name {
            Some(n) => alloc::format!(" ({})", String::from_utf8_lossy(n)),
            None => alloc::format!(" ({})", child.kind().name()),
        }
    }

    fn raw_code(&self, out: &mut dyn Write, rc: &RawCode<'_>, path: &str) -> fmt::Result {
        let prelude = rc.prelude_bytes().map(|(_, b)| Prelude::decode(b));
        let name = match &prelude {
            Some(Ok(p)) => {
                String::from_utf8_lossy(self.m.qstr(p.simple_name).unwrap_or(b"?")).into_owned()
            }
            _ => String::from("<anonymous>"),
        };
        writeln!(
            out,
            "raw code {path} {name}: {}, body {} bytes, {} children",
            rc.kind().name(),
            rc.body.len(),
            rc.children.len()
        )?;
        let ind = "    ";
        match &rc.data {
            KindData::Bytecode => match &prelude {
                Some(Ok(p)) => {
                    self.prelude(out, ind, p)?;
                    self.bytecode(out, ind, rc, &rc.body[p.code_start.min(rc.body.len())..])?;
                }
                _ => writeln!(out, "{ind}<bad prelude>")?,
            },
            KindData::Native { prelude_offset } => {
                writeln!(out, "{ind}prelude at {prelude_offset}")?;
                if let Some(Ok(p)) = &prelude {
                    self.prelude(out, ind, p)?;
                }
                self.hex_lines(out, ind, &rc.body[..(*prelude_offset).min(rc.body.len())])?;
            }
            KindData::Viper {
                scope_flags,
                rodata,
                bss_size,
                relocs,
            } => {
                writeln!(out, "{ind}scope_flags {:#04x}", scope_flags.bits())?;
                self.hex_lines(out, ind, rc.body)?;
                if let Some(r) = rodata {
                    writeln!(out, "{ind}rodata {} bytes", r.len())?;
                    self.hex_lines(out, ind, r)?;
                }
                if let Some(n) = bss_size {
                    writeln!(out, "{ind}bss {n} bytes")?;
                }
                if let Some(r) = relocs {
                    for e in &r.entries {
                        writeln!(
                            out,
                            "{ind}reloc op {:#04x} {:?} location {:?} words {}",
                            e.op,
                            e.target(),
                            e.location,
                            e.words()
                        )?;
                    }
                    if !r.terminated {
                        writeln!(out, "{ind}relocations end at end of data")?;
                    }
                }
            }
            KindData::Asm {
                scope_flags,
                n_pos_args,
                type_sig,
                ..
            } => {
                writeln!(
                    out,
                    "{ind}scope_flags {:#04x} n_pos_args {n_pos_args} type_sig {type_sig}",
                    scope_flags.bits()
                )?;
                self.hex_lines(out, ind, rc.body)?;
            }
        }
        for (i, c) in rc.children.iter().enumerate() {
            self.raw_code(out, c, &alloc::format!("{path}.{i}"))?;
        }
        Ok(())
    }
}

/// Writes the whole dump of `m`: header, qstr table, constant table, every raw code.
pub fn dump(out: &mut dyn Write, m: &Module<'_>) -> fmt::Result {
    let h = &m.header;
    let arch = match h.arch_code() {
        0 => String::from("none"),
        n => Arch::from_code(n)
            .map_or_else(|| alloc::format!("unknown {n}"), |a| String::from(a.name())),
    };
    writeln!(
        out,
        "mpy version 6, sub-version {}, arch {arch}, feature byte {:#04x}, small-int bits {}",
        h.sub_version(),
        h.feature,
        h.small_int_bits
    )?;
    if let Some(f) = h.arch_flags {
        writeln!(out, "arch flags {f:#x}")?;
    }
    writeln!(out, "qstrs ({}):", m.qstrs.len())?;
    for (i, q) in m.qstrs.iter().enumerate() {
        write!(out, "  {i:4} ")?;
        write_repr(out, q.as_bytes(), false)?;
        if let QstrEntry::Static(n) = q {
            write!(out, " (static {n})")?;
        }
        out.write_char('\n')?;
    }
    writeln!(out, "constants ({}):", m.consts.len())?;
    for (i, c) in m.consts.iter().enumerate() {
        write!(out, "  {i:4} {:9} ", const_kind_name(c))?;
        write_const(out, c)?;
        out.write_char('\n')?;
    }
    Dumper { m }.raw_code(out, &m.root, "0")?;
    if !m.trailing.is_empty() {
        writeln!(out, "{} trailing bytes ignored", m.trailing.len())?;
    }
    Ok(())
}
