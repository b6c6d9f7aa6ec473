//! Check points on backward jumps: Ctrl-C, scheduled exceptions, the instruction budget.
//!
//! The loop calls [`Vm::poll`] at every backward jump. Its fast path is one decrement; the
//! asynchronous interrupt flag (set from a signal handler or an interrupt service routine)
//! and the budget are looked at every [`POLL_INTERVAL`] jumps.

use core::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Exc, PyResult};
use crate::objexc::{KEYBOARD_INTERRUPT, RUNTIME_ERROR};
use crate::value::Value;
use crate::vm::Vm;

/// Backward jumps between looks at the interrupt flag and the budget.
pub const POLL_INTERVAL: u32 = 256;

static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Requests a `KeyboardInterrupt` in the running interpreter (async-signal-safe).
pub fn request_interrupt() {
    INTERRUPT.store(true, Ordering::Relaxed);
}

impl Vm {
    /// Called on backward jumps; raises pending asynchronous exceptions.
    #[inline(always)]
    pub fn poll(&mut self) -> PyResult<()> {
        self.poll_countdown = self.poll_countdown.wrapping_sub(1);
        if self.poll_countdown == 0 || !self.pending.is_null() {
            return self.poll_slow();
        }
        Ok(())
    }

    #[cold]
    fn poll_slow(&mut self) -> PyResult<()> {
        self.poll_countdown = POLL_INTERVAL;
        self.check_interrupts()?;
        if let Some(left) = self.budget {
            if left == 0 {
                self.budget = None;
                return Err(self.exc_msg(&RUNTIME_ERROR, "instruction budget exhausted"));
            }
            self.budget = Some(left - 1);
        }
        Ok(())
    }

    /// Raises a pending asynchronous exception (Ctrl-C, a scheduled one) now: for Rust code
    /// that waits (`select.poll`, blocking sockets) between slices of its wait. Does not
    /// charge the instruction budget, since waiting runs no instructions.
    pub fn check_interrupts(&mut self) -> PyResult<()> {
        if !self.pending.is_null() {
            let e = core::mem::replace(&mut self.pending, Value::NULL);
            return Err(Exc(e));
        }
        if INTERRUPT.swap(false, Ordering::Relaxed) {
            // Created like MicroPython's, with one empty argument (printed as "KeyboardInterrupt: ").
            let empty = Value::qstr(crate::q!(""));
            return Err(
                match crate::objexc::new_exception_args(self, &KEYBOARD_INTERRUPT, &[empty]) {
                    Ok(e) => Exc(e),
                    Err(e) => e,
                },
            );
        }
        Ok(())
    }

    /// Limits the run to about `polls * POLL_INTERVAL` backward jumps (`None`: no limit).
    pub fn set_budget(&mut self, polls: Option<u64>) {
        self.budget = polls;
        self.poll_countdown = POLL_INTERVAL;
    }
}
