//! Thumb-2 (ARMv7-M, AAPCS) assembly for the nlr protocol and the trampoline into machine
//! code.
//!
//! Buffer layout (words): 0 `prev`, 1 `ret_val`, 2 lr, 3 r4, 4 r5, 5 r6, 6 r7, 7 r8, 8 r9,
//! 9 r10, 10 r11, 11 sp — MicroPython's, so native code finds its handler address in the r4
//! word (native-abi.md §4.1). The floating-point callee-saved registers are not kept in the
//! buffers (machine code from mpy-cross never uses them); the trampoline saves and restores
//! all of d8–d15 itself, so Rust callers never see them change.

pub const HAVE_NATIVE: bool = true;

unsafe extern "C" {
    /// Helper 32: saves the callee-saved registers, stack pointer and return address in
    /// `buf`, links it, returns 0 (and 1 again when a raise lands in it).
    pub fn mpyrs_nlr_push(buf: *mut super::NlrBuf) -> usize;
    /// Delivers `val` to the innermost buffer.
    pub fn mpyrs_nlr_jump(val: usize) -> !;
    /// Calls `entry(args[0], args[1], args[2], args[3])` under its own buffer; returns 0 with
    /// the result in `*out`, or 1 with the raised exception in `*out`.
    pub fn mpyrs_native_call(
        entry: usize,
        args: *const usize,
        out: *mut usize,
        ctx: *mut (),
    ) -> usize;
}

#[cfg(target_abi = "eabihf")]
macro_rules! fp_save {
    () => {
        "vpush {{d8-d15}}"
    };
}
#[cfg(target_abi = "eabihf")]
macro_rules! fp_restore {
    () => {
        "vpop {{d8-d15}}"
    };
}
// Frame below the saved registers: 19 buffer words, entry (76), args (80), out (84),
// result (88); 23 words keep the stack 8-byte aligned after 9 (+16 FP) pushed words.
#[cfg(not(target_abi = "eabihf"))]
macro_rules! fp_save {
    () => {
        "sub sp, sp, #0"
    };
}
#[cfg(not(target_abi = "eabihf"))]
macro_rules! fp_restore {
    () => {
        "add sp, sp, #0"
    };
}

core::arch::global_asm!(
    ".syntax unified",
    ".thumb",
    ".fpu fpv4-sp-d16",
    ".text",
    ".globl mpyrs_nlr_push",
    ".type mpyrs_nlr_push,%function",
    ".p2align 2",
    ".thumb_func",
    "mpyrs_nlr_push:",
    "str lr, [r0, #8]",
    "str r4, [r0, #12]",
    "str r5, [r0, #16]",
    "str r6, [r0, #20]",
    "str r7, [r0, #24]",
    "str r8, [r0, #28]",
    "str r9, [r0, #32]",
    "str r10, [r0, #36]",
    "str r11, [r0, #40]",
    "mov r1, sp",
    "str r1, [r0, #44]",
    "b.w {push_tail}",
    ".size mpyrs_nlr_push, . - mpyrs_nlr_push",
    "",
    ".globl mpyrs_nlr_jump",
    ".type mpyrs_nlr_jump,%function",
    ".p2align 2",
    ".thumb_func",
    "mpyrs_nlr_jump:",
    "bl {jump_tail}",
    "ldr r4, [r0, #12]",
    "ldr r5, [r0, #16]",
    "ldr r6, [r0, #20]",
    "ldr r7, [r0, #24]",
    "ldr r8, [r0, #28]",
    "ldr r9, [r0, #32]",
    "ldr r10, [r0, #36]",
    "ldr r11, [r0, #40]",
    "ldr r1, [r0, #44]",
    "mov sp, r1",
    "ldr lr, [r0, #8]",
    "movs r0, #1",
    "bx lr",
    ".size mpyrs_nlr_jump, . - mpyrs_nlr_jump",
    "",
    ".globl mpyrs_native_call",
    ".type mpyrs_native_call,%function",
    ".p2align 2",
    ".thumb_func",
    "mpyrs_native_call:",
    "push {{r4-r11, lr}}",
    fp_save!(),
    "sub sp, sp, #92",
    "str r0, [sp, #76]",
    "str r1, [sp, #80]",
    "str r2, [sp, #84]",
    "mov r0, sp",
    "bl mpyrs_nlr_push",
    "cmp r0, #0",
    "bne 2f",
    "ldr r3, [sp, #80]",
    "ldr r0, [r3, #0]",
    "ldr r1, [r3, #4]",
    "ldr r2, [r3, #8]",
    "ldr r3, [r3, #12]",
    "ldr r12, [sp, #76]",
    "blx r12",
    "str r0, [sp, #88]",
    "bl {pop}",
    "ldr r0, [sp, #88]",
    "ldr r2, [sp, #84]",
    "str r0, [r2]",
    "movs r0, #0",
    "b 3f",
    "2:",
    "ldr r0, [sp, #4]",
    "ldr r2, [sp, #84]",
    "str r0, [r2]",
    "movs r0, #1",
    "3:",
    "add sp, sp, #92",
    fp_restore!(),
    "pop {{r4-r11, pc}}",
    ".size mpyrs_native_call, . - mpyrs_native_call",
    push_tail = sym super::nlr_push_tail,
    jump_tail = sym super::nlr_jump_tail,
    pop = sym super::nlr_pop,
);
