//! The bytecode instruction set of `.mpy` v6: opcode numbers, operand formats, names.

/// How the operand of an opcode is encoded and what it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    /// No operand (or one folded into the opcode byte).
    None,
    /// Varuint index into the module qstr table.
    Qstr,
    /// Varuint index into the module constant table.
    Obj,
    /// Varuint index into this raw code's children.
    Child,
    /// Child index followed by one raw byte (number of closed-over values).
    ChildClosure,
    /// Plain varuint (local number, count, packed value).
    Uint,
    /// Signed varint (small-int value).
    Sint,
    /// Signed jump offset.
    JumpSigned,
    /// Unsigned (forward) jump offset.
    JumpUnsigned,
    /// Signed jump offset followed by the unwind-count byte.
    UnwindJump,
}

/// Static facts about one opcode byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpInfo {
    /// Mnemonic; multi-opcodes share the name of their family.
    pub name: &'static str,
    /// Operand format.
    pub operand: Operand,
}

macro_rules! opcodes {
    ($($val:literal $name:ident $operand:ident;)*) => {
        $(
            #[doc = concat!("Opcode `", stringify!($name), "`.")]
            pub const $name: u8 = $val;
        )*
        const SINGLE: &[(u8, &str, Operand)] = &[$(($val, stringify!($name), Operand::$operand),)*];
    };
}

opcodes! {
    0x10 LOAD_CONST_STRING Qstr;
    0x11 LOAD_NAME Qstr;
    0x12 LOAD_GLOBAL Qstr;
    0x13 LOAD_ATTR Qstr;
    0x14 LOAD_METHOD Qstr;
    0x15 LOAD_SUPER_METHOD Qstr;
    0x16 STORE_NAME Qstr;
    0x17 STORE_GLOBAL Qstr;
    0x18 STORE_ATTR Qstr;
    0x19 DELETE_NAME Qstr;
    0x1a DELETE_GLOBAL Qstr;
    0x1b IMPORT_NAME Qstr;
    0x1c IMPORT_FROM Qstr;
    0x20 MAKE_CLOSURE ChildClosure;
    0x21 MAKE_CLOSURE_DEFARGS ChildClosure;
    0x22 LOAD_CONST_SMALL_INT Sint;
    0x23 LOAD_CONST_OBJ Obj;
    0x24 LOAD_FAST_N Uint;
    0x25 LOAD_DEREF Uint;
    0x26 STORE_FAST_N Uint;
    0x27 STORE_DEREF Uint;
    0x28 DELETE_FAST Uint;
    0x29 DELETE_DEREF Uint;
    0x2a BUILD_TUPLE Uint;
    0x2b BUILD_LIST Uint;
    0x2c BUILD_MAP Uint;
    0x2d BUILD_SET Uint;
    0x2e BUILD_SLICE Uint;
    0x2f STORE_COMP Uint;
    0x30 UNPACK_SEQUENCE Uint;
    0x31 UNPACK_EX Uint;
    0x32 MAKE_FUNCTION Child;
    0x33 MAKE_FUNCTION_DEFARGS Child;
    0x34 CALL_FUNCTION Uint;
    0x35 CALL_FUNCTION_VAR_KW Uint;
    0x36 CALL_METHOD Uint;
    0x37 CALL_METHOD_VAR_KW Uint;
    0x40 UNWIND_JUMP UnwindJump;
    0x42 JUMP JumpSigned;
    0x43 POP_JUMP_IF_TRUE JumpSigned;
    0x44 POP_JUMP_IF_FALSE JumpSigned;
    0x45 JUMP_IF_TRUE_OR_POP JumpUnsigned;
    0x46 JUMP_IF_FALSE_OR_POP JumpUnsigned;
    0x47 SETUP_WITH JumpUnsigned;
    0x48 SETUP_EXCEPT JumpUnsigned;
    0x49 SETUP_FINALLY JumpUnsigned;
    0x4a POP_EXCEPT_JUMP JumpUnsigned;
    0x4b FOR_ITER JumpUnsigned;
    0x50 LOAD_CONST_FALSE None;
    0x51 LOAD_CONST_NONE None;
    0x52 LOAD_CONST_TRUE None;
    0x53 LOAD_NULL None;
    0x54 LOAD_BUILD_CLASS None;
    0x55 LOAD_SUBSCR None;
    0x56 STORE_SUBSCR None;
    0x57 DUP_TOP None;
    0x58 DUP_TOP_TWO None;
    0x59 POP_TOP None;
    0x5a ROT_TWO None;
    0x5b ROT_THREE None;
    0x5c WITH_CLEANUP None;
    0x5d END_FINALLY None;
    0x5e GET_ITER None;
    0x5f GET_ITER_STACK None;
    0x62 STORE_MAP None;
    0x63 RETURN_VALUE None;
    0x64 RAISE_LAST None;
    0x65 RAISE_OBJ None;
    0x66 RAISE_FROM None;
    0x67 YIELD_VALUE None;
    0x68 YIELD_FROM None;
    0x69 IMPORT_STAR None;
}

/// First opcode of `LOAD_CONST_SMALL_INT_MULTI` (pushes `op - 0x80`, i.e. -16..=47).
pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70;
/// Bias subtracted from a `LOAD_CONST_SMALL_INT_MULTI` opcode to get its value.
pub const SMALL_INT_MULTI_BIAS: i32 = 0x80;
/// Smallest value with a one-byte `LOAD_CONST_SMALL_INT_MULTI` form.
pub const SMALL_INT_MULTI_MIN: i64 = -16;
/// Largest value with a one-byte `LOAD_CONST_SMALL_INT_MULTI` form.
pub const SMALL_INT_MULTI_MAX: i64 = 47;
/// First opcode of `LOAD_FAST_MULTI` (locals 0..=15).
pub const LOAD_FAST_MULTI: u8 = 0xb0;
/// First opcode of `STORE_FAST_MULTI` (locals 0..=15).
pub const STORE_FAST_MULTI: u8 = 0xc0;
/// First opcode of `UNARY_OP_MULTI` (4 operators).
pub const UNARY_OP_MULTI: u8 = 0xd0;
/// Number of unary operators with an opcode.
pub const UNARY_OP_COUNT: u8 = 4;
/// First opcode of `BINARY_OP_MULTI` (35 operators).
pub const BINARY_OP_MULTI: u8 = 0xd7;
/// Number of binary operators with an opcode.
pub const BINARY_OP_COUNT: u8 = 35;

/// Facts for every opcode byte; `None` marks unassigned bytes.
pub static OPCODES: [Option<OpInfo>; 256] = build_table();

const fn build_table() -> [Option<OpInfo>; 256] {
    let mut t: [Option<OpInfo>; 256] = [None; 256];
    let mut i = 0;
    while i < SINGLE.len() {
        let (op, name, operand) = SINGLE[i];
        t[op as usize] = Some(OpInfo { name, operand });
        i += 1;
    }
    let mut op = 0x70usize;
    while op <= 0xf9 {
        let name = if op < 0xb0 {
            "LOAD_CONST_SMALL_INT"
        } else if op < 0xc0 {
            "LOAD_FAST"
        } else if op < 0xd0 {
            "STORE_FAST"
        } else if op < 0xd4 {
            "UNARY_OP"
        } else if op < 0xd7 {
            ""
        } else {
            "BINARY_OP"
        };
        if !name.is_empty() {
            t[op] = Some(OpInfo {
                name,
                operand: Operand::None,
            });
        }
        op += 1;
    }
    t
}

/// Facts about `op`, or `None` if no instruction uses that byte.
#[inline]
pub fn info(op: u8) -> Option<&'static OpInfo> {
    OPCODES[usize::from(op)].as_ref()
}

/// Net stack change of an instruction as the compiler counts it for `n_state` (bytecode.md §4).
///
/// `arg` is the decoded operand (0 for opcodes without one). `WITH_CLEANUP` reports its
/// net effect (-2). Returns `None` for unassigned opcodes.
pub fn stack_effect(op: u8, arg: u64) -> Option<isize> {
    let a = arg as isize;
    let n_args = |arg: u64| ((arg & 0xff) + 2 * ((arg >> 8) & 0xff)) as isize;
    Some(match op {
        LOAD_CONST_STRING | LOAD_NAME | LOAD_GLOBAL | LOAD_METHOD | IMPORT_FROM => 1,
        LOAD_ATTR | DELETE_NAME | DELETE_GLOBAL => 0,
        LOAD_SUPER_METHOD | STORE_NAME | STORE_GLOBAL | IMPORT_NAME => -1,
        STORE_ATTR => -2,
        MAKE_CLOSURE => 1 - a,
        MAKE_CLOSURE_DEFARGS => -1 - a,
        LOAD_CONST_SMALL_INT | LOAD_CONST_OBJ | LOAD_FAST_N | LOAD_DEREF => 1,
        STORE_FAST_N | STORE_DEREF => -1,
        DELETE_FAST | DELETE_DEREF => 0,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_SLICE => 1 - a,
        BUILD_MAP => 1,
        STORE_COMP => {
            if arg & 3 == 1 {
                -2
            } else {
                -1
            }
        }
        UNPACK_SEQUENCE => a - 1,
        UNPACK_EX => ((arg & 0xff) + ((arg >> 8) & 0xff)) as isize,
        MAKE_FUNCTION => 1,
        MAKE_FUNCTION_DEFARGS => -1,
        CALL_FUNCTION => -n_args(arg),
        CALL_FUNCTION_VAR_KW => -n_args(arg) - 1,
        CALL_METHOD => -n_args(arg) - 1,
        CALL_METHOD_VAR_KW => -n_args(arg) - 2,
        UNWIND_JUMP | JUMP | SETUP_EXCEPT | SETUP_FINALLY | POP_EXCEPT_JUMP => 0,
        POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE | JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => -1,
        SETUP_WITH => 2,
        FOR_ITER => 1,
        LOAD_CONST_FALSE | LOAD_CONST_NONE | LOAD_CONST_TRUE | LOAD_NULL | LOAD_BUILD_CLASS => 1,
        LOAD_SUBSCR => -1,
        STORE_SUBSCR => -3,
        DUP_TOP => 1,
        DUP_TOP_TWO => 2,
        POP_TOP => -1,
        ROT_TWO | ROT_THREE | GET_ITER | YIELD_VALUE | RAISE_LAST => 0,
        WITH_CLEANUP => -2,
        END_FINALLY | RETURN_VALUE | RAISE_OBJ | YIELD_FROM | IMPORT_STAR => -1,
        GET_ITER_STACK => 3,
        STORE_MAP | RAISE_FROM => -2,
        0x70..=0xbf => 1,
        0xc0..=0xcf => -1,
        0xd0..=0xd3 => 0,
        0xd7..=0xf9 => -1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_class_rule_agrees_with_the_table() {
        for op in 0..=255u8 {
            let Some(i) = info(op) else { continue };
            let class = (0x0000_03a4u32 >> (2 * (op >> 4))) & 3;
            let expect = match i.operand {
                Operand::None => 0,
                Operand::Qstr => 1,
                Operand::Obj
                | Operand::Child
                | Operand::ChildClosure
                | Operand::Uint
                | Operand::Sint => 2,
                Operand::JumpSigned | Operand::JumpUnsigned | Operand::UnwindJump => 3,
            };
            assert_eq!(class, expect, "opcode {op:#04x}");
            let extra = op & 0x9e == 0;
            assert_eq!(
                extra,
                matches!(i.operand, Operand::ChildClosure | Operand::UnwindJump),
                "extra byte of {op:#04x}"
            );
            assert!(stack_effect(op, 0).is_some(), "stack effect of {op:#04x}");
        }
    }

    #[test]
    fn counts_of_assigned_opcodes() {
        let n = OPCODES.iter().filter(|o| o.is_some()).count();
        // 72 single opcodes, 64 + 16 + 16 + 4 + 35 multi-opcodes.
        assert_eq!(n, 72 + 64 + 16 + 16 + 4 + 35);
        assert!(info(0x41).is_none() && info(0x60).is_none() && info(0xfa).is_none());
    }
}
