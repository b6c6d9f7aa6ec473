//! x86-64 (System V) assembly for the nlr protocol and the trampoline into machine code.
//!
//! Buffer layout (words): 0 `prev`, 1 `ret_val`, 2 return address, 3 rbp, 4 rsp, 5 rbx,
//! 6 r12, 7 r13, 8 r14, 9 r15 — MicroPython's, so native code finds its handler address in
//! the rbx word (native-abi.md §4.1).

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

core::arch::global_asm!(
    ".text",
    ".globl mpyrs_nlr_push",
    ".type mpyrs_nlr_push,@function",
    ".p2align 4",
    "mpyrs_nlr_push:",
    "mov rax, qword ptr [rsp]",
    "mov qword ptr [rdi + 16], rax",
    "mov qword ptr [rdi + 24], rbp",
    "mov qword ptr [rdi + 32], rsp",
    "mov qword ptr [rdi + 40], rbx",
    "mov qword ptr [rdi + 48], r12",
    "mov qword ptr [rdi + 56], r13",
    "mov qword ptr [rdi + 64], r14",
    "mov qword ptr [rdi + 72], r15",
    "jmp {push_tail}",
    ".size mpyrs_nlr_push, . - mpyrs_nlr_push",
    "",
    ".globl mpyrs_nlr_jump",
    ".type mpyrs_nlr_jump,@function",
    ".p2align 4",
    "mpyrs_nlr_jump:",
    "sub rsp, 8",
    "call {jump_tail}",
    "mov rbp, qword ptr [rax + 24]",
    "mov rsp, qword ptr [rax + 32]",
    "mov rbx, qword ptr [rax + 40]",
    "mov r12, qword ptr [rax + 48]",
    "mov r13, qword ptr [rax + 56]",
    "mov r14, qword ptr [rax + 64]",
    "mov r15, qword ptr [rax + 72]",
    "mov rdx, qword ptr [rax + 16]",
    "mov qword ptr [rsp], rdx",
    "mov eax, 1",
    "ret",
    ".size mpyrs_nlr_jump, . - mpyrs_nlr_jump",
    "",
    // Frame: 13 buffer words, then entry (0x68), args (0x70), out (0x78), result (0x80).
    ".globl mpyrs_native_call",
    ".type mpyrs_native_call,@function",
    ".p2align 4",
    "mpyrs_native_call:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 0x88",
    "mov qword ptr [rsp + 0x68], rdi",
    "mov qword ptr [rsp + 0x70], rsi",
    "mov qword ptr [rsp + 0x78], rdx",
    "mov rdi, rsp",
    "call mpyrs_nlr_push",
    "test eax, eax",
    "jnz 2f",
    "mov rax, qword ptr [rsp + 0x70]",
    "mov rdi, qword ptr [rax]",
    "mov rsi, qword ptr [rax + 8]",
    "mov rdx, qword ptr [rax + 16]",
    "mov rcx, qword ptr [rax + 24]",
    "call qword ptr [rsp + 0x68]",
    "mov qword ptr [rsp + 0x80], rax",
    "call {pop}",
    "mov rax, qword ptr [rsp + 0x80]",
    "mov rdx, qword ptr [rsp + 0x78]",
    "mov qword ptr [rdx], rax",
    "xor eax, eax",
    "jmp 3f",
    "2:",
    "mov rax, qword ptr [rsp + 8]",
    "mov rdx, qword ptr [rsp + 0x78]",
    "mov qword ptr [rdx], rax",
    "mov eax, 1",
    "3:",
    "add rsp, 0x88",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size mpyrs_native_call, . - mpyrs_native_call",
    push_tail = sym super::nlr_push_tail,
    jump_tail = sym super::nlr_jump_tail,
    pop = sym super::nlr_pop,
);
