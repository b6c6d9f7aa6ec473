//! Reading the stack pointer and spilling callee-saved registers, so a port can scan its
//! machine stack as roots.
//!
//! A pointer held only in a callee-saved register by some caller up the stack is invisible to
//! a stack scan until it is written to memory; caller-saved registers are already spilled by
//! the time the scan's own function runs.

use core::hint::black_box;

use crate::mark::Roots;

#[cfg(target_arch = "x86_64")]
const SAVED: usize = 6; // rbx, rbp, r12-r15 (System V)
#[cfg(target_arch = "arm")]
const SAVED: usize = 8; // r4-r11 (AAPCS)
#[cfg(not(any(target_arch = "x86_64", target_arch = "arm")))]
const SAVED: usize = 0;

/// The callee-saved integer registers of the current thread, captured as words.
///
/// On x86-64 these are rbx, rbp and r12-r15; on ARM (ARMv7-M and A32) r4-r11. Other
/// architectures capture nothing, and their ports must spill registers themselves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct Registers {
    words: [usize; SAVED],
}

impl Registers {
    /// Stores the callee-saved registers as they are on entry.
    ///
    /// Not inlined, so the values are those of the caller's frame and its callers.
    #[inline(never)]
    pub fn capture() -> Registers {
        let mut regs = Registers::default();
        #[cfg(target_arch = "x86_64")]
        // SAFETY: only stores registers into `regs`, which has room for all of them.
        unsafe {
            core::arch::asm!(
                "mov [{p}], rbx",
                "mov [{p} + 8], rbp",
                "mov [{p} + 16], r12",
                "mov [{p} + 24], r13",
                "mov [{p} + 32], r14",
                "mov [{p} + 40], r15",
                p = in(reg) regs.words.as_mut_ptr(),
                options(nostack, preserves_flags),
            );
        }
        #[cfg(target_arch = "arm")]
        // SAFETY: only stores registers into `regs`, which has room for all of them. The high
        // registers go through a low scratch register so Thumb-1 encodings suffice; if the
        // scratch or base register is one of r4-r7, its own value was saved by our prologue
        // on the stack, which the caller scans.
        unsafe {
            core::arch::asm!(
                "str r4, [{p}, #0]",
                "str r5, [{p}, #4]",
                "str r6, [{p}, #8]",
                "str r7, [{p}, #12]",
                "mov {t}, r8",
                "str {t}, [{p}, #16]",
                "mov {t}, r9",
                "str {t}, [{p}, #20]",
                "mov {t}, r10",
                "str {t}, [{p}, #24]",
                "mov {t}, r11",
                "str {t}, [{p}, #28]",
                p = in(reg) regs.words.as_mut_ptr(),
                t = out(reg) _,
                options(nostack, preserves_flags),
            );
        }
        regs
    }

    /// The captured registers, to push as roots.
    pub fn as_words(&self) -> &[usize] {
        &self.words
    }
}

/// The current stack pointer (an approximation just below the caller's frame on
/// architectures without an implementation).
#[inline(always)]
pub fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads a register.
        unsafe {
            core::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(target_arch = "arm")]
    {
        let sp: usize;
        // SAFETY: reads a register.
        unsafe {
            core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "arm")))]
    {
        let marker = 0u8;
        black_box(&marker) as *const u8 as usize
    }
}

impl Roots<'_> {
    /// Pushes the callee-saved registers and the machine stack from here up to `stack_top`.
    ///
    /// Not inlined, so every caller frame lies above this function's stack pointer.
    ///
    /// # Safety
    /// `stack_top` must be the highest address (exclusive) of the current thread's stack, or
    /// an address in it above every frame that may hold a root, and the stack must descend
    /// (true on x86-64 and ARM).
    #[inline(never)]
    pub unsafe fn push_machine_stack(&mut self, stack_top: usize) {
        let regs = black_box(Registers::capture());
        self.push_words(regs.as_words());
        let sp = stack_pointer();
        if sp < stack_top {
            let start = sp as *const u8;
            // SAFETY: from the live stack pointer to the caller-vouched top is our stack.
            unsafe { self.push_range(start, start.wrapping_add(stack_top - sp)) };
        }
        black_box(&regs);
    }
}
