//! Native-ABI numbers: architecture codes and the runtime-helper table (`mp_fun_table`).
//!
//! Machine code compiled by `mpy-cross` calls helpers by index, so these numbers are part of
//! the ABI and must match the runtime exactly (native ABI of `.mpy` v6.3).

/// A native architecture as numbered in the `.mpy` header (bits 5..2 of byte 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Arch {
    /// 32-bit x86.
    X86 = 1,
    /// x86-64.
    X64 = 2,
    /// ARMv6 (ARM instruction set).
    Armv6 = 3,
    /// ARMv6-M (Thumb-1).
    Armv6m = 4,
    /// ARMv7-M (Thumb-2).
    Armv7m = 5,
    /// ARMv7E-M (Thumb-2 with DSP).
    Armv7em = 6,
    /// ARMv7E-M with a single-precision FPU.
    Armv7emsp = 7,
    /// ARMv7E-M with a double-precision FPU.
    Armv7emdp = 8,
    /// Xtensa, non-windowed ABI.
    Xtensa = 9,
    /// Xtensa, windowed ABI.
    Xtensawin = 10,
    /// RISC-V RV32IMC.
    Rv32imc = 11,
    /// RISC-V RV64IMC.
    Rv64imc = 12,
    /// `mpy-cross -march=debug` (textual trace, empty machine code).
    Debug = 13,
}

impl Arch {
    /// Every architecture, in number order.
    pub const ALL: [Arch; 13] = [
        Arch::X86,
        Arch::X64,
        Arch::Armv6,
        Arch::Armv6m,
        Arch::Armv7m,
        Arch::Armv7em,
        Arch::Armv7emsp,
        Arch::Armv7emdp,
        Arch::Xtensa,
        Arch::Xtensawin,
        Arch::Rv32imc,
        Arch::Rv64imc,
        Arch::Debug,
    ];

    /// The architecture with header number `n`, if one is assigned.
    pub fn from_code(n: u8) -> Option<Arch> {
        Arch::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The header number.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The spelling `mpy-cross -march=` uses.
    pub fn name(self) -> &'static str {
        match self {
            Arch::X86 => "x86",
            Arch::X64 => "x64",
            Arch::Armv6 => "armv6",
            Arch::Armv6m => "armv6m",
            Arch::Armv7m => "armv7m",
            Arch::Armv7em => "armv7em",
            Arch::Armv7emsp => "armv7emsp",
            Arch::Armv7emdp => "armv7emdp",
            Arch::Xtensa => "xtensa",
            Arch::Xtensawin => "xtensawin",
            Arch::Rv32imc => "rv32imc",
            Arch::Rv64imc => "rv64imc",
            Arch::Debug => "debug",
        }
    }

    /// Parses a `-march=` spelling.
    pub fn from_name(s: &str) -> Option<Arch> {
        Arch::ALL.into_iter().find(|a| a.name() == s)
    }

    /// Size in bytes of a target word (used inside machine code and relocations).
    pub fn word_size(self) -> usize {
        match self {
            Arch::X64 | Arch::Rv64imc => 8,
            _ => 4,
        }
    }

    /// True for the Thumb architectures, which accept files of lower Thumb architectures.
    pub fn is_thumb(self) -> bool {
        matches!(
            self,
            Arch::Armv6m | Arch::Armv7m | Arch::Armv7em | Arch::Armv7emsp | Arch::Armv7emdp
        )
    }

    /// Whether a port running on `self` accepts native code built for header arch number `file`.
    pub fn accepts(self, file: u8) -> bool {
        if self.is_thumb() {
            (Arch::Armv6m.code()..=self.code()).contains(&file)
        } else {
            file == self.code()
        }
    }
}

/// Arch-flag bit for the RISC-V Zba extension (`-march-flags=zba`).
pub const ARCH_FLAG_RV32_ZBA: u64 = 0x01;
/// Arch-flag bit for the RISC-V Zcmp extension (`-march-flags=zcmp`).
pub const ARCH_FLAG_RV32_ZCMP: u64 = 0x02;

/// Native type code: a Python object.
pub const TYPE_OBJ: u8 = 0;
/// Native type code: a bool held as 0/1.
pub const TYPE_BOOL: u8 = 1;
/// Native type code: a signed machine word.
pub const TYPE_INT: u8 = 2;
/// Native type code: an unsigned machine word.
pub const TYPE_UINT: u8 = 3;
/// Native type code: a pointer to words.
pub const TYPE_PTR: u8 = 4;
/// Native type code: a pointer to bytes.
pub const TYPE_PTR8: u8 = 5;
/// Native type code: a pointer to 16-bit halfwords.
pub const TYPE_PTR16: u8 = 6;
/// Native type code: a pointer to 32-bit words.
pub const TYPE_PTR32: u8 = 7;
/// Native type code: a qstr (native modules only).
pub const TYPE_QSTR: u8 = 8;

/// One entry of the runtime-helper table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Helper {
    /// Index into the table (byte offset = index × word size).
    pub index: u8,
    /// Short name used by tools and by the VM's implementation.
    pub name: &'static str,
    /// The C signature MicroPython gives it (`obj` = object word, `uint` = machine word).
    pub signature: &'static str,
}

macro_rules! helpers {
    ($($idx:literal $konst:ident $name:literal $sig:literal;)*) => {
        $(
            #[doc = concat!("Helper-table index of `", $name, "`.")]
            pub const $konst: u8 = $idx;
        )*
        /// The whole helper table of native ABI 6.3, in index order.
        pub static HELPERS: [Helper; HELPER_COUNT] = [
            $(Helper { index: $idx, name: $name, signature: $sig },)*
        ];
    };
}

/// Number of entries in the helper table.
pub const HELPER_COUNT: usize = 87;
/// Entries below this index are the ones machine code from `mpy-cross` calls.
pub const HELPERS_USED_BY_MPY_CROSS: usize = 50;

helpers! {
    0 CONST_NONE "const_none" "obj";
    1 CONST_FALSE "const_false" "obj";
    2 CONST_TRUE "const_true" "obj";
    3 NATIVE_FROM_OBJ "native_from_obj" "uint (obj o, uint type)";
    4 NATIVE_TO_OBJ "native_to_obj" "obj (uint v, uint type)";
    5 SWAP_GLOBALS "swap_globals" "dict* (dict* new)";
    6 LOAD_NAME "load_name" "obj (qstr)";
    7 LOAD_GLOBAL "load_global" "obj (qstr)";
    8 LOAD_BUILD_CLASS "load_build_class" "obj (void)";
    9 LOAD_ATTR "load_attr" "obj (obj base, qstr)";
    10 LOAD_METHOD "load_method" "void (obj base, qstr, obj dest[2])";
    11 LOAD_SUPER_METHOD "load_super_method" "void (qstr, obj dest[3])";
    12 STORE_NAME "store_name" "void (qstr, obj)";
    13 STORE_GLOBAL "store_global" "void (qstr, obj)";
    14 STORE_ATTR "store_attr" "void (obj base, qstr, obj val)";
    15 OBJ_SUBSCR "obj_subscr" "obj (obj base, obj index, obj val)";
    16 OBJ_IS_TRUE "obj_is_true" "bool (obj)";
    17 UNARY_OP "unary_op" "obj (uint op, obj)";
    18 BINARY_OP "binary_op" "obj (uint op, obj lhs, obj rhs)";
    19 NEW_TUPLE "new_tuple" "obj (size_t n, const obj* items)";
    20 NEW_LIST "new_list" "obj (size_t n, obj* items)";
    21 NEW_DICT "new_dict" "obj (size_t n)";
    22 NEW_SET "new_set" "obj (size_t n, obj* items)";
    23 SET_STORE "set_store" "void (obj set, obj item)";
    24 LIST_APPEND "list_append" "obj (obj list, obj item)";
    25 DICT_STORE "dict_store" "obj (obj dict, obj key, obj value)";
    26 MAKE_FUNCTION_FROM_PROTO_FUN "make_function_from_proto_fun" "obj (proto_fun pf, const module_context* ctx, const obj* def_args)";
    27 CALL_FUNCTION_N_KW "call_function_n_kw" "obj (obj fun, size_t n_args_kw, const obj* args)";
    28 CALL_METHOD_N_KW "call_method_n_kw" "obj (size_t n_args, size_t n_kw, const obj* args)";
    29 CALL_METHOD_N_KW_VAR "call_method_n_kw_var" "obj (bool have_self, size_t n_args_kw, const obj* args)";
    30 GETITER "getiter" "obj (obj o, iter_buf* buf)";
    31 ITERNEXT "iternext" "obj (iter_buf* buf)";
    32 NLR_PUSH "nlr_push" "uint (nlr_buf* buf)";
    33 NLR_POP "nlr_pop" "void (void)";
    34 NATIVE_RAISE "native_raise" "void (obj o)";
    35 IMPORT_NAME "import_name" "obj (qstr, obj fromlist, obj level)";
    36 IMPORT_FROM "import_from" "obj (obj module, qstr)";
    37 IMPORT_ALL "import_all" "void (obj module)";
    38 NEW_SLICE "new_slice" "obj (obj start, obj stop, obj step)";
    39 UNPACK_SEQUENCE "unpack_sequence" "void (obj seq, size_t n, obj* items)";
    40 UNPACK_EX "unpack_ex" "void (obj seq, size_t n_left_right, obj* items)";
    41 DELETE_NAME "delete_name" "void (qstr)";
    42 DELETE_GLOBAL "delete_global" "void (qstr)";
    43 NEW_CLOSURE "new_closure" "obj (obj fun, size_t n, const obj* closed)";
    44 ARG_CHECK_NUM_SIG "arg_check_num_sig" "void (size_t n_args, size_t n_kw, uint32 sig)";
    45 SETUP_CODE_STATE_NATIVE "setup_code_state_native" "void (code_state* cs, size_t n_args, size_t n_kw, const obj* args)";
    46 SMALL_INT_FLOOR_DIVIDE "small_int_floor_divide" "int (int num, int den)";
    47 SMALL_INT_MODULO "small_int_modulo" "int (int num, int den)";
    48 YIELD_FROM "yield_from" "bool (obj gen, obj send, obj* ret)";
    49 SETJMP "setjmp" "void*";
    50 MEMSET "memset" "void* (void* s, int c, size_t n)";
    51 MEMMOVE "memmove" "void* (void* dst, const void* src, size_t n)";
    52 REALLOC "realloc" "void* (void* ptr, size_t n_bytes, bool allow_move)";
    53 PRINTF "printf" "int (const print* p, const char* fmt, ...)";
    54 VPRINTF "vprintf" "int (const print* p, const char* fmt, va_list args)";
    55 RAISE_MSG "raise_msg" "void (const type* t, const char* msg)";
    56 OBJ_GET_TYPE "obj_get_type" "const type* (obj)";
    57 OBJ_NEW_STR "obj_new_str" "obj (const char* data, size_t len)";
    58 OBJ_NEW_BYTES "obj_new_bytes" "obj (const byte* data, size_t len)";
    59 OBJ_NEW_BYTEARRAY_BY_REF "obj_new_bytearray_by_ref" "obj (size_t n, void* items)";
    60 OBJ_NEW_FLOAT_FROM_F "obj_new_float_from_f" "obj (float)";
    61 OBJ_NEW_FLOAT_FROM_D "obj_new_float_from_d" "obj (double)";
    62 OBJ_GET_FLOAT_TO_F "obj_get_float_to_f" "float (obj)";
    63 OBJ_GET_FLOAT_TO_D "obj_get_float_to_d" "double (obj)";
    64 LOAD_METHOD_MAYBE "load_method_maybe" "void (obj base, qstr, obj dest[2])";
    65 GET_BUFFER "get_buffer" "bool (obj, buffer_info*, uint flags)";
    66 GET_STREAM_RAISE "get_stream_raise" "const stream_p* (obj, int flags)";
    67 ARG_PARSE_ALL "arg_parse_all" "void (size_t n_pos, const obj* pos, map* kws, size_t n_allowed, const arg_t* allowed, arg_val_t* out)";
    68 ARG_PARSE_ALL_KW_ARRAY "arg_parse_all_kw_array" "void (size_t n_pos, size_t n_kw, const obj* args, size_t n_allowed, const arg_t* allowed, arg_val_t* out)";
    69 BINARY_GET_SIZE "binary_get_size" "size_t (char struct_type, char val_type, size_t* align)";
    70 BINARY_GET_VAL_ARRAY "binary_get_val_array" "obj (char typecode, void* p, size_t index)";
    71 BINARY_SET_VAL_ARRAY "binary_set_val_array" "void (char typecode, void* p, size_t index, obj v)";
    72 PLAT_PRINT "plat_print" "const print*";
    73 TYPE_TYPE "type_type" "const type*";
    74 TYPE_STR "type_str" "const type*";
    75 TYPE_LIST "type_list" "const type*";
    76 TYPE_DICT "type_dict" "const type*";
    77 TYPE_FUN_BUILTIN_0 "type_fun_builtin_0" "const type*";
    78 TYPE_FUN_BUILTIN_1 "type_fun_builtin_1" "const type*";
    79 TYPE_FUN_BUILTIN_2 "type_fun_builtin_2" "const type*";
    80 TYPE_FUN_BUILTIN_3 "type_fun_builtin_3" "const type*";
    81 TYPE_FUN_BUILTIN_VAR "type_fun_builtin_var" "const type*";
    82 TYPE_EXCEPTION "type_exception" "const type*";
    83 STREAM_READ_OBJ "stream_read_obj" "obj";
    84 STREAM_READINTO_OBJ "stream_readinto_obj" "obj";
    85 STREAM_UNBUFFERED_READLINE_OBJ "stream_unbuffered_readline_obj" "obj";
    86 STREAM_WRITE_OBJ "stream_write_obj" "obj";
}

/// Operator code of a unary operation, as bytecode and helper 17 number them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    /// `+x`
    Positive = 0,
    /// `-x`
    Negative = 1,
    /// `~x`
    Invert = 2,
    /// `not x`
    Not = 3,
}

/// Names of the binary operators in bytecode order (0 = `<` … 34 = `**`).
pub static BINARY_OP_NAMES: [&str; 35] = [
    "<",
    ">",
    "==",
    "<=",
    ">=",
    "!=",
    "in",
    "is",
    "exception-match",
    "|=",
    "^=",
    "&=",
    "<<=",
    ">>=",
    "+=",
    "-=",
    "*=",
    "@=",
    "//=",
    "/=",
    "%=",
    "**=",
    "|",
    "^",
    "&",
    "<<",
    ">>",
    "+",
    "-",
    "*",
    "@",
    "//",
    "/",
    "%",
    "**",
];

/// Names of the unary operators in bytecode order.
pub static UNARY_OP_NAMES: [&str; 4] = ["+", "-", "~", "not"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helper_table_is_in_index_order() {
        for (i, h) in HELPERS.iter().enumerate() {
            assert_eq!(usize::from(h.index), i);
        }
        assert_eq!(
            HELPERS[usize::from(ARG_CHECK_NUM_SIG)].name,
            "arg_check_num_sig"
        );
    }

    #[test]
    fn arch_numbers_and_names() {
        for a in Arch::ALL {
            assert_eq!(Arch::from_code(a.code()), Some(a));
            assert_eq!(Arch::from_name(a.name()), Some(a));
        }
        assert_eq!(Arch::from_code(0), None);
        assert_eq!(Arch::from_code(14), None);
        assert_eq!(Arch::X64.word_size(), 8);
        assert_eq!(Arch::Armv7emsp.word_size(), 4);
    }

    #[test]
    fn thumb_ports_accept_lower_thumb_arches() {
        assert!(Arch::Armv7emdp.accepts(Arch::Armv6m.code()));
        assert!(Arch::Armv7emsp.accepts(Arch::Armv7emsp.code()));
        assert!(!Arch::Armv7emsp.accepts(Arch::Armv7emdp.code()));
        assert!(!Arch::Armv6m.accepts(Arch::Armv7m.code()));
        assert!(!Arch::Armv7emsp.accepts(Arch::Armv6.code()));
        assert!(Arch::X64.accepts(2));
        assert!(!Arch::X64.accepts(1));
        assert!(!Arch::Xtensawin.accepts(Arch::Xtensa.code()));
    }
}
