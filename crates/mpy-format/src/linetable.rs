//! The line-number table of a bytecode prelude: (byte increment, line increment) entries.

use alloc::vec::Vec;

/// A line-number table borrowed from a prelude.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LineTable<'a>(&'a [u8]);

impl<'a> LineTable<'a> {
    /// Wraps the raw bytes of a line table.
    pub fn new(bytes: &'a [u8]) -> Self {
        LineTable(bytes)
    }

    /// The raw bytes.
    pub fn bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The entries as (byte increment, line increment) pairs.
    pub fn entries(&self) -> LineEntries<'a> {
        LineEntries { bytes: self.0 }
    }

    /// The source line of the instruction at bytecode offset `offset` (lines start at 1).
    pub fn line_for_offset(&self, mut offset: usize) -> usize {
        let mut line = 1;
        for (b, l) in self.entries() {
            if offset < b {
                break;
            }
            offset -= b;
            line += l;
        }
        line
    }
}

/// Iterator over line-table entries; a truncated final 2-byte entry ends the iteration.
#[derive(Debug, Clone)]
pub struct LineEntries<'a> {
    bytes: &'a [u8],
}

impl Iterator for LineEntries<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let (&z, rest) = self.bytes.split_first()?;
        if z & 0x80 == 0 {
            self.bytes = rest;
            Some((usize::from(z & 0x1f), usize::from(z >> 5)))
        } else {
            let (&lo, rest) = rest.split_first()?;
            self.bytes = rest;
            Some((
                usize::from(z & 0x0f),
                usize::from(z & 0x70) << 4 | usize::from(lo),
            ))
        }
    }
}

/// Builds a line table the way `mpy-cross` does, from statement starts.
#[derive(Debug, Clone)]
pub struct LineTableEncoder {
    last_offset: usize,
    last_line: usize,
}

impl Default for LineTableEncoder {
    fn default() -> Self {
        LineTableEncoder {
            last_offset: 0,
            last_line: 1,
        }
    }
}

impl LineTableEncoder {
    /// An encoder at offset 0, line 1.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that a statement on `line` starts at bytecode `offset`.
    ///
    /// Lines that do not advance are ignored, as in MicroPython.
    pub fn record(&mut self, out: &mut Vec<u8>, offset: usize, line: usize) {
        self.record_with(offset, line, |b| out.push(b));
    }

    /// Like [`LineTableEncoder::record`], feeding the entry's bytes to `put`.
    ///
    /// `offset` must not be below the previous recorded offset.
    pub fn record_with(&mut self, offset: usize, line: usize, mut put: impl FnMut(u8)) {
        if line <= self.last_line {
            return;
        }
        let mut bytes = offset.saturating_sub(self.last_offset);
        let mut lines = line - self.last_line;
        while bytes > 0 || lines > 0 {
            if lines <= 6 || bytes > 15 {
                let b = bytes.min(31);
                let l = if b < bytes { 0 } else { lines.min(3) };
                put((b | l << 5) as u8);
                bytes -= b;
                lines -= l;
            } else {
                let b = bytes.min(15);
                let l = lines.min(2047);
                put((0x80 | (l >> 4) & 0x70 | b) as u8);
                put((l & 0xff) as u8);
                bytes -= b;
                lines -= l;
            }
        }
        self.last_offset = offset;
        self.last_line = line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_of_the_spec() {
        let t = LineTable::new(&[0x6d, 0x20, 0x64, 0x60, 0x69, 0x40]);
        assert_eq!(t.line_for_offset(0), 1);
        assert_eq!(t.line_for_offset(13), 5);
        assert_eq!(t.line_for_offset(17), 11);
        assert_eq!(t.line_for_offset(26), 16);
        let t = LineTable::new(&[0x88, 0x0b]);
        assert_eq!(t.entries().collect::<Vec<_>>(), [(8, 11)]);
        let t = LineTable::new(&[0x80, 0x0c]);
        assert_eq!(t.line_for_offset(0), 13);
    }

    #[test]
    fn encoder_reproduces_module_b() {
        let mut enc = LineTableEncoder::new();
        let mut out = Vec::new();
        for (off, line) in [(0, 1), (13, 5), (17, 11), (26, 16)] {
            enc.record(&mut out, off, line);
        }
        assert_eq!(out, [0x6d, 0x20, 0x64, 0x60, 0x69, 0x40]);
        let mut enc = LineTableEncoder::new();
        out.clear();
        enc.record(&mut out, 0, 13);
        assert_eq!(out, [0x80, 0x0c]);
        let mut enc = LineTableEncoder::new();
        out.clear();
        enc.record(&mut out, 8, 12);
        assert_eq!(out, [0x88, 0x0b]);
    }

    #[test]
    fn encode_decode_agree_on_large_gaps() {
        let mut enc = LineTableEncoder::new();
        let mut out = Vec::new();
        let points = [(0, 1), (3, 4000), (200, 4001), (201, 9000), (500, 9002)];
        for &(off, line) in &points {
            enc.record(&mut out, off, line);
        }
        let t = LineTable::new(&out);
        for &(off, line) in &points {
            assert_eq!(t.line_for_offset(off), line);
        }
    }
}
