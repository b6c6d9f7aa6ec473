//! Interned strings (qstrs): MicroPython's 165 static ones, the VM's own well-known names,
//! and names interned at run time (never freed, stored in manual heap blocks).

use core::hash::{BuildHasher, Hasher};

use allocator_api2::vec::Vec;
use hashbrown::HashTable;
use mpy_format::static_qstr::{STATIC_QSTR_COUNT, STATIC_QSTRS};

use crate::heapalloc::VmManual;

/// An interned string, by number (fits the 16-bit tables native code reads).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Qstr(pub u16);

/// The VM's own well-known names, numbered after the static ones.
pub static EXTRA_QSTRS: &[&[u8]] = &[
    b"<lambda>",
    b"<listcomp>",
    b"<dictcomp>",
    b"<setcomp>",
    b"<genexpr>",
    b"<string>",
    b"<stdin>",
    b"__add__",
    b"__sub__",
    b"__mul__",
    b"__matmul__",
    b"__truediv__",
    b"__floordiv__",
    b"__mod__",
    b"__pow__",
    b"__and__",
    b"__or__",
    b"__xor__",
    b"__lshift__",
    b"__rshift__",
    b"__radd__",
    b"__rsub__",
    b"__rmul__",
    b"__rmatmul__",
    b"__rtruediv__",
    b"__rfloordiv__",
    b"__rmod__",
    b"__rpow__",
    b"__rand__",
    b"__ror__",
    b"__rxor__",
    b"__rlshift__",
    b"__rrshift__",
    b"__iadd__",
    b"__isub__",
    b"__imul__",
    b"__imatmul__",
    b"__itruediv__",
    b"__ifloordiv__",
    b"__imod__",
    b"__ipow__",
    b"__iand__",
    b"__ior__",
    b"__ixor__",
    b"__ilshift__",
    b"__irshift__",
    b"__lt__",
    b"__gt__",
    b"__eq__",
    b"__le__",
    b"__ge__",
    b"__ne__",
    b"__contains__",
    b"__neg__",
    b"__pos__",
    b"__invert__",
    b"__abs__",
    b"__bool__",
    b"__float__",
    b"__round__",
    b"__complex__",
    b"__index__",
    b"__divmod__",
    b"__setattr__",
    b"__delattr__",
    b"__getattribute__",
    b"__get__",
    b"__set__",
    b"__delete__",
    b"__set_name__",
    b"__reversed__",
    b"__sizeof__",
    b"__format__",
    b"__dict__",
    b"__doc__",
    b"__file__",
    b"__path__",
    b"__bases__",
    b"__mro__",
    b"__slots__",
    b"__build_class__",
    b"__import__",
    b"__await__",
    b"__aiter__",
    b"__anext__",
    b"__aenter__",
    b"__aexit__",
    b"__traceback__",
    b"__cause__",
    b"__context__",
    b"__init_subclass__",
    b"__class_getitem__",
    b"__version__",
    b"__del__",
    b"__self__",
    b"__func__",
    b"__thisclass__",
    b"__main__",
    b"NoneType",
    b"NotImplemented",
    b"StopAsyncIteration",
    b"UnicodeError",
    b"ZeroDivisionError",
    b"ModuleNotFoundError",
    b"RecursionError",
    b"UnboundLocalError",
    b"OverflowError",
    b"function",
    b"bound_method",
    b"closure",
    b"generator",
    b"coroutine",
    b"cell",
    b"module",
    b"float",
    b"complex",
    b"frozenset",
    b"slice",
    b"property",
    b"enumerate",
    b"filter",
    b"reversed",
    b"memoryview",
    b"iterator",
    b"fget",
    b"fset",
    b"fdel",
    b"getter",
    b"setter",
    b"deleter",
    b"mro",
    b"real",
    b"imag",
    b"start",
    b"stop",
    b"step",
    b"from",
    b"maxsize",
    b"argv",
    b"path",
    b"modules",
    b"exit",
    b"stdout",
    b"stderr",
    b"stdin",
    b"sys",
    b"implementation",
    b"platform",
    b"byteorder",
    b"version",
    b"version_info",
    b"name",
    b"_mpy",
    b"micropython",
    b"gc",
    b"collect",
    b"mem_free",
    b"mem_alloc",
    b"enable",
    b"disable",
    b"isenabled",
    b"threshold",
    b"opt_level",
    b"mem_info",
    b"qstr_info",
    b"heap_lock",
    b"heap_unlock",
    b"print_exception",
    b"big",
    b"min",
    b"max",
    b"default",
    b"reverse",
    b"keys",
    b"hex",
    b"oct",
    b"bin",
    b"ascii",
    b"divmod",
    b"delattr",
    b"vars",
    b"input",
    b"compile",
    b"issubclass",
    b"callable",
    b"locals",
    b"errno",
    b"builtins",
    b"difference",
    b"intersection",
    b"union",
    b"symmetric_difference",
    b"issubset",
    b"issuperset",
    b"isdisjoint",
    b"discard",
    b"add",
    b"fromkeys",
    b"capitalize",
    b"center",
    b"lstrip",
    b"partition",
    b"rpartition",
    b"splitlines",
    b"title",
    b"zfill",
    b"isalnum",
    b"encode",
    b"decode",
    b"casefold",
    b"expandtabs",
    b"ljust",
    b"rjust",
    b"swapcase",
    b"difference_update",
    b"intersection_update",
    b"symmetric_difference_update",
    b"bit_length",
    b"conjugate",
    b"is_integer",
    b"as_integer_ratio",
    b"removeprefix",
    b"removesuffix",
    b"errno",
    b"value",
    b"tb",
    b"traceback",
    b"strict",
    b"ignore",
    b"utf8",
    b"ascii",
    b"latin-1",
    b"close",
    b"flush",
    b"end",
    b"file",
    b"sep",
    b"write",
    b"dict_view",
    b"__all__",
    b"byteorder",
    b"signed",
    b"length",
    b"code",
    b"__globals__",
    b"maxsplit",
    b"readline",
    b"is_integer",
    b"encoding",
    b"errors",
    b"fromhex",
    b"isascii",
    b"isdecimal",
    b"isidentifier",
    b"isnumeric",
    b"isprintable",
    b"istitle",
    b"itemsize",
    b"keepends",
    b"nbytes",
    b"obj",
    b"readonly",
    b"release",
    b"source",
    b"tobytes",
    b"tolist",
    b"base",
    b"x",
    b"array",
    b"deque",
    b"StringIO",
    b"BytesIO",
    b"IOBase",
    b"sha256",
    b"sha1",
    b"md5",
    b"re",
    b"match",
    b"appendleft",
    b"popleft",
    b"getvalue",
    b"seek",
    b"tell",
    b"digest",
    b"group",
    b"groups",
    b"span",
    b"search",
    b"sub",
    b"hexdigest",
    b"math",
    b"cmath",
    b"struct",
    b"collections",
    b"json",
    b"binascii",
    b"hashlib",
    b"heapq",
    b"random",
    b"time",
    b"io",
    b"TextIOWrapper",
    b"FileIO",
    b"readlines",
    b"fileno",
    b"ilistdir",
    b"mkdir",
    b"rmdir",
    b"umount",
    b"mount",
    b"VfsPosix",
    b"mode",
    b"r",
    b"chdir",
    b"getcwd",
    b"rename",
    b"os",
    b"stat",
    b"vfs",
    b"buffer",
    // `select` and the unix port's `socket`.
    b"select",
    b"poll",
    b"register",
    b"unregister",
    b"modify",
    b"ipoll",
    b"ioctl",
    b"socket",
    b"accept",
    b"bind",
    b"connect",
    b"listen",
    b"recv",
    b"recvfrom",
    b"sendall",
    b"sendto",
    b"setblocking",
    b"setsockopt",
    b"settimeout",
    b"makefile",
    b"indices",
];

/// Number of the first run-time qstr.
pub const FIRST_DYNAMIC: usize = 1 + STATIC_QSTR_COUNT + EXTRA_QSTRS.len();

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The qstr of a compile-time-known name (static first, then the VM's extra names).
///
/// Used through [`q!`](crate::q); a name in neither table is a compile error.
pub const fn lookup_const(s: &str) -> Qstr {
    let s = s.as_bytes();
    let mut i = 0;
    while i < STATIC_QSTR_COUNT {
        if bytes_eq(STATIC_QSTRS[i], s) {
            return Qstr(i as u16 + 1);
        }
        i += 1;
    }
    let mut j = 0;
    while j < EXTRA_QSTRS.len() {
        if bytes_eq(EXTRA_QSTRS[j], s) {
            return Qstr((1 + STATIC_QSTR_COUNT + j) as u16);
        }
        j += 1;
    }
    panic!("name missing from the qstr tables")
}

/// The qstr of a name known at compile time.
#[macro_export]
macro_rules! q {
    ($s:literal) => {
        const { $crate::qstr::lookup_const($s) }
    };
}

/// The hash MicroPython-style strings and qstrs share (so `str` and qstr keys meet in dicts).
#[inline]
pub fn str_hash(s: &[u8]) -> usize {
    // FNV-1a: cheap, decent spread for short identifiers.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // Keep hashes non-negative as Python ints of the small range.
    (h as usize) >> 2
}

/// A hasher for tables keyed by an already computed `str_hash`.
#[derive(Default, Clone, Copy)]
pub struct PassThrough;

impl BuildHasher for PassThrough {
    type Hasher = PassThroughHasher;
    fn build_hasher(&self) -> PassThroughHasher {
        PassThroughHasher(0)
    }
}

/// Hasher that returns the `u64` it is given.
#[derive(Default)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = n as u64;
    }
}

/// A run-time qstr: its bytes live in a manual block that is never freed.
#[derive(Clone, Copy)]
struct Entry {
    ptr: *const u8,
    len: usize,
}

/// The pool of qstrs of one interpreter.
pub struct QstrPool {
    dynamic: Vec<Entry, VmManual>,
    index: HashTable<u16, VmManual>,
}

/// Qstrs cannot outgrow the 16-bit tables native code reads.
pub const MAX_QSTRS: usize = u16::MAX as usize;

impl QstrPool {
    /// An empty pool (call [`QstrPool::init`] once the heap is current).
    pub fn new() -> Self {
        QstrPool {
            dynamic: Vec::new_in(VmManual),
            index: HashTable::new_in(VmManual),
        }
    }

    /// Indexes the static and extra names; `None` if the heap is too small.
    pub fn init(&mut self) -> Option<()> {
        let n = STATIC_QSTR_COUNT + EXTRA_QSTRS.len();
        self.index
            .try_reserve(n + 64, |&q| str_hash(self_str(&self.dynamic, q)) as u64)
            .ok()?;
        for q in 1..FIRST_DYNAMIC as u16 {
            let s = self_str(&self.dynamic, q);
            let h = str_hash(s) as u64;
            if self
                .index
                .find(h, |&o| self_str(&self.dynamic, o) == s)
                .is_none()
            {
                let dynamic = &self.dynamic;
                self.index
                    .insert_unique(h, q, |&o| str_hash(self_str(dynamic, o)) as u64);
            }
        }
        Some(())
    }

    /// The bytes of `q`.
    #[inline]
    pub fn str(&self, q: Qstr) -> &[u8] {
        self_str(&self.dynamic, q.0)
    }

    /// The qstr for `s` if it is already interned.
    pub fn find(&self, s: &[u8]) -> Option<Qstr> {
        let h = str_hash(s) as u64;
        self.index
            .find(h, |&o| self_str(&self.dynamic, o) == s)
            .map(|&q| Qstr(q))
    }

    /// Interns `s`, storing a copy in a manual block; `None` when memory or numbers run out.
    pub fn intern(&mut self, heap: &mpy_gc::Heap, s: &[u8]) -> Option<Qstr> {
        if let Some(q) = self.find(s) {
            return Some(q);
        }
        let num = FIRST_DYNAMIC + self.dynamic.len();
        if num >= MAX_QSTRS {
            return None;
        }
        let ptr = heap.alloc_manual(s.len().max(1))?.as_ptr();
        // SAFETY: a fresh block of at least `s.len()` bytes.
        unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), ptr, s.len()) };
        self.dynamic.try_reserve(1).ok()?;
        self.dynamic.push(Entry { ptr, len: s.len() });
        let dynamic = &self.dynamic;
        self.index
            .try_reserve(1, |&o| str_hash(self_str(dynamic, o)) as u64)
            .ok()?;
        let h = str_hash(s) as u64;
        let dynamic = &self.dynamic;
        self.index
            .insert_unique(h, num as u16, |&o| str_hash(self_str(dynamic, o)) as u64);
        Some(Qstr(num as u16))
    }

    /// Number of qstrs interned at run time, and the bytes they hold.
    pub fn dynamic_stats(&self) -> (usize, usize) {
        (self.dynamic.len(), self.dynamic.iter().map(|e| e.len).sum())
    }
}

impl Default for QstrPool {
    fn default() -> Self {
        Self::new()
    }
}

fn self_str(dynamic: &Vec<Entry, VmManual>, q: u16) -> &[u8] {
    let q = usize::from(q);
    if q == 0 {
        b""
    } else if q <= STATIC_QSTR_COUNT {
        STATIC_QSTRS[q - 1]
    } else if q < FIRST_DYNAMIC {
        EXTRA_QSTRS[q - 1 - STATIC_QSTR_COUNT]
    } else {
        match dynamic.get(q - FIRST_DYNAMIC) {
            // SAFETY: run-time qstrs are never freed and never written after interning.
            Some(e) => unsafe { core::slice::from_raw_parts(e.ptr, e.len) },
            None => b"",
        }
    }
}
