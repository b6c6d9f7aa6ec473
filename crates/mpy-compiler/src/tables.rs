//! The module-wide qstr and constant tables, indexed in order of first use (bytecode.md §10.4).

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::ast::{Ast, ExprId};
use crate::consts;
use crate::error::Result;
use crate::intern::{Interner, Sym};
use crate::util::push;

/// Marks an identifier whose qstr index is not known yet.
const UNKNOWN: u32 = u32::MAX;

/// The qstr table: index 0 is the source name, the rest in order of first use.
pub struct QstrTable<A: Allocator + Clone> {
    /// Strings by index (the interner numbers them in insertion order).
    pool: Interner<A>,
    /// Index of each identifier of the tree, to skip hashing for names used often.
    by_sym: Vec<u32, A>,
}

impl<A: Allocator + Clone> QstrTable<A> {
    /// A table holding only the source name.
    pub fn new(source_name: &[u8], alloc: A) -> Result<Self> {
        let mut pool = Interner::new_in(alloc.clone());
        pool.intern(source_name)?;
        Ok(QstrTable {
            pool,
            by_sym: Vec::new_in(alloc),
        })
    }

    /// The index of a string, added if new.
    pub fn of_bytes(&mut self, s: &[u8]) -> Result<u32> {
        Ok(self.pool.intern(s)?.0)
    }

    /// The index of an identifier of the tree, added if new.
    pub fn of_sym(&mut self, names: &Interner<A>, s: Sym) -> Result<u32> {
        let i = s.0 as usize;
        if let Some(&q) = self.by_sym.get(i)
            && q != UNKNOWN
        {
            return Ok(q);
        }
        let q = self.of_bytes(names.get(s))?;
        if i >= self.by_sym.len() {
            let n = names.len().max(i + 1);
            self.by_sym
                .try_reserve(n - self.by_sym.len())
                .map_err(|_| crate::error::CompileError::memory())?;
            self.by_sym.resize(n, UNKNOWN);
        }
        self.by_sym[i] = q;
        Ok(q)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.pool.len()
    }

    /// Whether the table is empty (never: the source name is entry 0).
    pub fn is_empty(&self) -> bool {
        self.pool.is_empty()
    }

    /// The strings, numbered by index.
    pub fn into_pool(self) -> Interner<A> {
        self.pool
    }

    /// The string of entry `i`.
    pub fn get(&self, i: u32) -> &[u8] {
        self.pool.get(Sym(i))
    }
}

/// A constant-table entry: a constant node of the tree, or the `...` singleton.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstKey {
    /// A constant expression node (number, string, bytes, constant tuple).
    Expr(ExprId),
    /// `...`.
    Ellipsis,
}

/// The constant table, de-duplicated by strict equality.
pub struct ConstTable<A: Allocator + Clone> {
    /// Entries in index order.
    pub entries: Vec<ConstKey, A>,
}

impl<A: Allocator + Clone> ConstTable<A> {
    /// An empty table.
    pub fn new(alloc: A) -> Self {
        ConstTable {
            entries: Vec::new_in(alloc),
        }
    }

    /// The index of a constant, added if no strictly equal entry exists.
    pub fn index(&mut self, ast: &Ast<A>, key: ConstKey) -> Result<u32> {
        let found = self.entries.iter().position(|&e| match (e, key) {
            (ConstKey::Ellipsis, ConstKey::Ellipsis) => true,
            (ConstKey::Expr(a), ConstKey::Expr(b)) => consts::strictly_equal(ast, a, b),
            _ => false,
        });
        if let Some(i) = found {
            return Ok(i as u32);
        }
        push(&mut self.entries, key)?;
        Ok(self.entries.len() as u32 - 1)
    }
}
