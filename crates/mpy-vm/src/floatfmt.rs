//! Float text conversion: MicroPython's exact algorithms live in
//! [`mpy_format::floattext`] (shared with the compiler); this adapts them to [`Buf`].

use crate::buf::Buf;
pub use mpy_format::floattext::{
    TextSink, format_abs, parse_float_text, parse_unsigned, write_repr,
};

impl TextSink for Buf {
    fn push(&mut self, b: u8) {
        // Out of memory leaves the text short; the caller's buffer reports it.
        let _ = Buf::push(self, b);
    }
    fn push_str(&mut self, s: &str) {
        let _ = Buf::push_str(self, s);
    }
    fn len(&self) -> usize {
        Buf::len(self)
    }
    fn truncate(&mut self, n: usize) {
        Buf::truncate(self, n);
    }
    fn as_bytes(&self) -> &[u8] {
        Buf::as_bytes(self)
    }
}
