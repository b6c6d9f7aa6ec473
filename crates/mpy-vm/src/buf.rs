//! A growable byte buffer in the interpreter's heap, for building strings and output.

use allocator_api2::vec::Vec;
use core::fmt;

use crate::heapalloc::VmManual;

/// Bytes being built (str/repr, formatting, output lines); lives in a manual heap block.
pub struct Buf {
    bytes: Vec<u8, VmManual>,
    /// Set when an append failed for lack of memory.
    pub oom: bool,
}

impl Buf {
    /// An empty buffer.
    pub fn new() -> Buf {
        Buf {
            bytes: Vec::new_in(VmManual),
            oom: false,
        }
    }

    /// Appends bytes; on exhaustion sets `oom` and returns false.
    #[inline]
    pub fn push_bytes(&mut self, s: &[u8]) -> bool {
        if self.bytes.try_reserve(s.len()).is_err() {
            self.oom = true;
            return false;
        }
        self.bytes.extend_from_slice(s);
        true
    }

    /// Appends a string.
    #[inline]
    pub fn push_str(&mut self, s: &str) -> bool {
        self.push_bytes(s.as_bytes())
    }

    /// Appends one byte.
    #[inline]
    pub fn push(&mut self, b: u8) -> bool {
        self.push_bytes(&[b])
    }

    /// The bytes so far.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Number of bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Drops bytes beyond `n`.
    pub fn truncate(&mut self, n: usize) {
        self.bytes.truncate(n);
    }

    /// Empties the buffer.
    pub fn clear(&mut self) {
        self.bytes.clear();
    }
}

impl Default for Buf {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Write for Buf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.push_str(s) {
            Ok(())
        } else {
            Err(fmt::Error)
        }
    }
}
