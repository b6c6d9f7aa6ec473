//! The in-memory tree of a `.mpy` file: tables and nested raw codes, borrowing the file's bytes.

use alloc::vec::Vec;

use crate::header::Header;
use crate::static_qstr::{static_qstr_number, static_qstr_str};

/// One entry of the module qstr table, remembering the form it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QstrEntry<'a> {
    /// Static qstr number 1..=165.
    Static(u16),
    /// A string stored in the file (even one that is also static, for exact rewrites).
    Inline(&'a [u8]),
}

impl<'a> QstrEntry<'a> {
    /// The entry `mpy-cross` writes for `s`: static when `s` is in the static table.
    pub fn for_str(s: &'a [u8]) -> Self {
        static_qstr_number(s).map_or(QstrEntry::Inline(s), QstrEntry::Static)
    }

    /// The string this entry names.
    pub fn as_bytes(&self) -> &'a [u8] {
        match *self {
            // Readers only build Static entries for numbers 1..=165.
            QstrEntry::Static(n) => static_qstr_str(n).unwrap_or(b""),
            QstrEntry::Inline(s) => s,
        }
    }
}

/// Kind byte of each constant-table entry.
pub mod const_kind {
    /// The native function table placeholder.
    pub const FUN_TABLE: u8 = 0;
    /// `None`.
    pub const NONE: u8 = 1;
    /// `False`.
    pub const FALSE: u8 = 2;
    /// `True`.
    pub const TRUE: u8 = 3;
    /// `...`.
    pub const ELLIPSIS: u8 = 4;
    /// A `str`.
    pub const STR: u8 = 5;
    /// A `bytes`.
    pub const BYTES: u8 = 6;
    /// An `int` as decimal text.
    pub const INT: u8 = 7;
    /// A `float` as text.
    pub const FLOAT: u8 = 8;
    /// An imaginary `complex` as text.
    pub const COMPLEX: u8 = 9;
    /// A tuple of constants.
    pub const TUPLE: u8 = 10;
}

/// One constant-table entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Const<'a> {
    /// Placeholder for the runtime's native function table (needed by native/viper code).
    FunTable,
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// `...`.
    Ellipsis,
    /// A `str` (UTF-8 bytes, not validated, as in MicroPython).
    Str(&'a [u8]),
    /// A `bytes`.
    Bytes(&'a [u8]),
    /// An `int` as decimal text, e.g. `-12345678901234567890`.
    Int(&'a [u8]),
    /// A `float` as text, e.g. `1e+100`.
    Float(&'a [u8]),
    /// A purely imaginary `complex` as text, e.g. `2j`.
    Complex(&'a [u8]),
    /// A tuple of constants.
    Tuple(Vec<Const<'a>>),
}

impl Const<'_> {
    /// The kind byte this constant is written with.
    pub fn kind_byte(&self) -> u8 {
        use const_kind::*;
        match self {
            Const::FunTable => FUN_TABLE,
            Const::None => NONE,
            Const::False => FALSE,
            Const::True => TRUE,
            Const::Ellipsis => ELLIPSIS,
            Const::Str(_) => STR,
            Const::Bytes(_) => BYTES,
            Const::Int(_) => INT,
            Const::Float(_) => FLOAT,
            Const::Complex(_) => COMPLEX,
            Const::Tuple(_) => TUPLE,
        }
    }
}

/// The four kinds of raw code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CodeKind {
    /// MicroPython bytecode with a prelude.
    Bytecode = 0,
    /// Machine code from `@micropython.native` (has a prelude after the code).
    Native = 1,
    /// Machine code from `@micropython.viper` (no prelude).
    Viper = 2,
    /// Inline assembler (`@micropython.asm_thumb` and friends).
    Asm = 3,
}

impl CodeKind {
    /// The kind with number `n` (the low 2 bits of the raw-code header).
    pub fn from_bits(n: u8) -> CodeKind {
        match n & 3 {
            0 => CodeKind::Bytecode,
            1 => CodeKind::Native,
            2 => CodeKind::Viper,
            _ => CodeKind::Asm,
        }
    }

    /// Lower-case name for tools.
    pub fn name(self) -> &'static str {
        match self {
            CodeKind::Bytecode => "bytecode",
            CodeKind::Native => "native",
            CodeKind::Viper => "viper",
            CodeKind::Asm => "asm",
        }
    }
}

bitflags::bitflags! {
    /// Scope flags as they appear in a file: prelude signature bits and viper/asm field bits.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ScopeFlags: u32 {
        /// A generator (also set for `async def`).
        const GENERATOR = 0x01;
        /// Takes `**kwargs`.
        const VARKEYWORDS = 0x02;
        /// Takes `*args`.
        const VARARGS = 0x04;
        /// Has keyword-only parameters with defaults.
        const DEFKWARGS = 0x08;
        /// Viper/asm field: a relocation list follows the children.
        const VIPER_RELOC = 0x10;
        /// Viper field: rodata is present.
        const VIPER_RODATA = 0x20;
        /// Viper field: bss is present.
        const VIPER_BSS = 0x40;
    }
}

/// What a relocation adds to the words it patches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelocTarget {
    /// The address of the machine code.
    Text,
    /// The address of the rodata.
    Rodata,
    /// The address of the bss.
    Bss,
    /// The address of the module's loaded qstr table.
    QstrTable,
    /// The address of the module's loaded constant table.
    ConstTable,
    /// The address of the native function table.
    FunTable,
    /// The value in native function table slot `n`.
    FunTableEntry(u8),
}

/// One relocation-list entry, exactly as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reloc {
    /// The op byte (never `0xff`).
    pub op: u8,
    /// New position (`loc`: even = code word `loc>>1`, odd = rodata word `loc>>1`), if given.
    pub location: Option<u64>,
    /// Number of consecutive words, for the kinds that carry a count.
    pub count: Option<u64>,
}

impl Reloc {
    /// Whether an op byte carries a count varuint.
    pub fn op_has_count(op: u8) -> bool {
        let t = op >> 1;
        t <= 5 && t & 1 == 1
    }

    /// What this relocation adds.
    pub fn target(&self) -> RelocTarget {
        match self.op >> 1 {
            0 | 1 => RelocTarget::Text,
            2 | 3 => RelocTarget::Rodata,
            4 | 5 => RelocTarget::Bss,
            6 => RelocTarget::QstrTable,
            7 => RelocTarget::ConstTable,
            8 => RelocTarget::FunTable,
            t => RelocTarget::FunTableEntry(t - 9),
        }
    }

    /// Number of words patched.
    pub fn words(&self) -> u64 {
        self.count.unwrap_or(1)
    }
}

/// A viper (or asm) relocation list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Relocs {
    /// The entries in order.
    pub entries: Vec<Reloc>,
    /// False when the file ended where the `0xff` terminator belonged (accepted by the loader).
    pub terminated: bool,
}

/// Fields that only some kinds of raw code have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KindData<'a> {
    /// Bytecode: everything is in the body.
    Bytecode,
    /// Native Python: the prelude starts at `prelude_offset` inside the body.
    Native {
        /// Byte offset of the prelude inside the body.
        prelude_offset: usize,
    },
    /// Viper machine code.
    Viper {
        /// The scope-flags field (`mpy-cross` writes 0).
        scope_flags: ScopeFlags,
        /// Read-only data copied after the bss, if `VIPER_RODATA`.
        rodata: Option<&'a [u8]>,
        /// Size of zeroed bss, if `VIPER_BSS`.
        bss_size: Option<usize>,
        /// Relocations applied after loading, if `VIPER_RELOC`.
        relocs: Option<Relocs>,
    },
    /// Inline assembler.
    Asm {
        /// The scope-flags field (`mpy-cross` writes 0).
        scope_flags: ScopeFlags,
        /// Number of register arguments.
        n_pos_args: usize,
        /// Return-value conversion (native type code).
        type_sig: usize,
        /// Relocations, if `VIPER_RELOC` (no tool produces them).
        relocs: Option<Relocs>,
    },
}

/// One raw code and, recursively, its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCode<'a> {
    /// The body: bytecode with its prelude, or machine code (borrowed from the file).
    pub body: &'a [u8],
    /// Kind-specific fields.
    pub data: KindData<'a>,
    /// Nested raw codes, in the order code refers to them.
    pub children: Vec<RawCode<'a>>,
    /// The header's has-children bit (kept for exact rewrites of files with 0 children).
    pub children_flag: bool,
}

impl<'a> RawCode<'a> {
    /// A bytecode raw code as `mpy-cross` writes it.
    pub fn bytecode(body: &'a [u8], children: Vec<RawCode<'a>>) -> Self {
        let children_flag = !children.is_empty();
        RawCode {
            body,
            data: KindData::Bytecode,
            children,
            children_flag,
        }
    }

    /// The kind of this raw code.
    pub fn kind(&self) -> CodeKind {
        match self.data {
            KindData::Bytecode => CodeKind::Bytecode,
            KindData::Native { .. } => CodeKind::Native,
            KindData::Viper { .. } => CodeKind::Viper,
            KindData::Asm { .. } => CodeKind::Asm,
        }
    }

    /// The prelude bytes and their offset in the body: bytecode and native kinds only.
    pub fn prelude_bytes(&self) -> Option<(usize, &'a [u8])> {
        match self.data {
            KindData::Bytecode => Some((0, self.body)),
            KindData::Native { prelude_offset } => {
                Some((prelude_offset, self.body.get(prelude_offset..)?))
            }
            _ => None,
        }
    }

    /// Visits this raw code and all descendants in file order (pre-order).
    pub fn walk(&self, f: &mut dyn FnMut(&RawCode<'a>, usize)) {
        fn go<'a>(rc: &RawCode<'a>, depth: usize, f: &mut dyn FnMut(&RawCode<'a>, usize)) {
            f(rc, depth);
            for c in &rc.children {
                go(c, depth + 1, f);
            }
        }
        go(self, 0, f)
    }

    /// True if this raw code or any descendant is machine code.
    pub fn has_machine_code(&self) -> bool {
        self.kind() != CodeKind::Bytecode || self.children.iter().any(RawCode::has_machine_code)
    }
}

/// A whole `.mpy` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module<'a> {
    /// The header.
    pub header: Header,
    /// The module qstr table; entry 0 is the source file name.
    pub qstrs: Vec<QstrEntry<'a>>,
    /// The constant table.
    pub consts: Vec<Const<'a>>,
    /// The module's outer raw code.
    pub root: RawCode<'a>,
    /// Bytes after the outer raw code (the loader ignores them; the writer drops them).
    pub trailing: &'a [u8],
}

impl<'a> Module<'a> {
    /// The string of qstr table entry `i`.
    pub fn qstr(&self, i: usize) -> Option<&'a [u8]> {
        self.qstrs.get(i).map(QstrEntry::as_bytes)
    }

    /// The source file name stored in qstr entry 0.
    pub fn source_file(&self) -> &'a [u8] {
        self.qstr(0).unwrap_or(b"")
    }
}
