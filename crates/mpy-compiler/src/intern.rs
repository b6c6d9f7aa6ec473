//! Identifier interning for the compiler's own use (independent of the VM's qstr pool).

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::error::{CompileError, Result};
use crate::util::{extend, push};

/// An interned identifier or string (index into [`Interner`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// Open-addressing string interner whose storage all comes from one allocator.
pub struct Interner<A: Allocator + Clone> {
    bytes: Vec<u8, A>,
    spans: Vec<(u32, u32), A>,
    table: Vec<u32, A>,
}

fn hash(s: &[u8]) -> u32 {
    // FNV-1a: cheap and good enough for identifier tables.
    let mut h: u32 = 0x811c_9dc5;
    for &b in s {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

const EMPTY: u32 = u32::MAX;

impl<A: Allocator + Clone> Interner<A> {
    /// Creates an empty interner.
    pub fn new_in(alloc: A) -> Self {
        Interner {
            bytes: Vec::new_in(alloc.clone()),
            spans: Vec::new_in(alloc.clone()),
            table: Vec::new_in(alloc),
        }
    }

    /// Number of interned strings.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether nothing is interned.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The bytes of a symbol.
    pub fn get(&self, s: Sym) -> &[u8] {
        let (a, n) = self.spans[s.0 as usize];
        &self.bytes[a as usize..(a + n) as usize]
    }

    /// Looks a string up without interning it.
    pub fn lookup(&self, s: &[u8]) -> Option<Sym> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut i = hash(s) as usize & mask;
        loop {
            let e = self.table[i];
            if e == EMPTY {
                return None;
            }
            if self.get(Sym(e)) == s {
                return Some(Sym(e));
            }
            i = (i + 1) & mask;
        }
    }

    /// Interns `s`, returning its symbol.
    pub fn intern(&mut self, s: &[u8]) -> Result<Sym> {
        if let Some(x) = self.lookup(s) {
            return Ok(x);
        }
        if (self.spans.len() + 1) * 2 > self.table.len() {
            self.grow()?;
        }
        let id = self.spans.len() as u32;
        let start = self.bytes.len() as u32;
        extend(&mut self.bytes, s)?;
        push(&mut self.spans, (start, s.len() as u32))?;
        let mask = self.table.len() - 1;
        let mut i = hash(s) as usize & mask;
        while self.table[i] != EMPTY {
            i = (i + 1) & mask;
        }
        self.table[i] = id;
        Ok(Sym(id))
    }

    fn grow(&mut self) -> Result<()> {
        let n = (self.table.len() * 2).max(64);
        let mut t: Vec<u32, A> = Vec::new_in(self.table.allocator().clone());
        t.try_reserve_exact(n).map_err(|_| CompileError::memory())?;
        t.resize(n, EMPTY);
        let mask = n - 1;
        for (id, &(a, len)) in self.spans.iter().enumerate() {
            let s = &self.bytes[a as usize..(a + len) as usize];
            let mut i = hash(s) as usize & mask;
            while t[i] != EMPTY {
                i = (i + 1) & mask;
            }
            t[i] = id as u32;
        }
        self.table = t;
        Ok(())
    }
}
