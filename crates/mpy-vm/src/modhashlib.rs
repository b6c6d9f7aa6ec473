//! The `hashlib` module: `sha256`, `sha1` and `md5` (digests computed here). As in MicroPython,
//! `digest()` finalises the object; later calls raise `ValueError('hash is final')`.

use crate::error::PyResult;
use crate::modutil::{Member, fill, get_bytes};
use crate::obj::ObjHeader;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, Type};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sha256,
    Sha1,
    Md5,
}

/// A hash object.
#[repr(C)]
pub struct HashObj {
    base: ObjHeader,
    kind: Kind,
    state: [u32; 8],
    block: [u8; 64],
    used: usize,
    total: u64,
    finished: bool,
}

const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256_block(s: &mut [u32; 8], b: &[u8; 64]) {
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut bb, mut c, mut d, mut e, mut f, mut g, mut h] = *s;
    for i in 0..64 {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA256_K[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & bb) ^ (a & c) ^ (bb & c);
        let t2 = s0.wrapping_add(maj);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = bb;
        bb = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in s.iter_mut().zip([a, bb, c, d, e, f, g, h]) {
        *x = x.wrapping_add(y);
    }
}

fn sha1_block(s: &mut [u32; 8], b: &[u8; 64]) {
    let mut w = [0u32; 80];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut bb, mut c, mut d, mut e) = (s[0], s[1], s[2], s[3], s[4]);
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i {
            0..=19 => ((bb & c) | (!bb & d), 0x5a82_7999),
            20..=39 => (bb ^ c ^ d, 0x6ed9_eba1),
            40..=59 => ((bb & c) | (bb & d) | (c & d), 0x8f1b_bcdc),
            _ => (bb ^ c ^ d, 0xca62_c1d6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = bb.rotate_left(30);
        bb = a;
        a = t;
    }
    for (x, y) in s.iter_mut().zip([a, bb, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

const MD5_S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

fn md5_block(s: &mut [u32; 8], b: &[u8; 64]) {
    let mut m = [0u32; 16];
    for (i, x) in m.iter_mut().enumerate() {
        *x = u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    }
    let (mut a, mut bb, mut c, mut d) = (s[0], s[1], s[2], s[3]);
    for i in 0..64 {
        let (f, g) = match i {
            0..=15 => ((bb & c) | (!bb & d), i),
            16..=31 => ((d & bb) | (!d & c), (5 * i + 1) % 16),
            32..=47 => (bb ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (bb | !d), (7 * i) % 16),
        };
        let f = f.wrapping_add(a).wrapping_add(MD5_K[i]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = bb;
        bb = bb.wrapping_add(f.rotate_left(MD5_S[i]));
    }
    for (x, y) in s.iter_mut().zip([a, bb, c, d]) {
        *x = x.wrapping_add(y);
    }
}

impl HashObj {
    fn compress(&mut self) {
        let block = self.block;
        match self.kind {
            Kind::Sha256 => sha256_block(&mut self.state, &block),
            Kind::Sha1 => sha1_block(&mut self.state, &block),
            Kind::Md5 => md5_block(&mut self.state, &block),
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        self.total = self.total.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let n = (64 - self.used).min(data.len());
            self.block[self.used..self.used + n].copy_from_slice(&data[..n]);
            self.used += n;
            data = &data[n..];
            if self.used == 64 {
                self.compress();
                self.used = 0;
            }
        }
    }

    fn finish(&mut self, out: &mut [u8; 32]) -> usize {
        let bits = self.total.wrapping_mul(8);
        let total = self.total;
        self.update(&[0x80]);
        while self.used != 56 {
            self.update(&[0]);
        }
        let len = if self.kind == Kind::Md5 {
            bits.to_le_bytes()
        } else {
            bits.to_be_bytes()
        };
        self.update(&len);
        self.total = total;
        let words = match self.kind {
            Kind::Sha256 => 8,
            Kind::Sha1 => 5,
            Kind::Md5 => 4,
        };
        for i in 0..words {
            let w = if self.kind == Kind::Md5 {
                self.state[i].to_le_bytes()
            } else {
                self.state[i].to_be_bytes()
            };
            out[4 * i..4 * i + 4].copy_from_slice(&w);
        }
        words * 4
    }
}

macro_rules! hash_type {
    ($name:ident, $q:literal) => {
        /// A hash type.
        pub static $name: Type = Type {
            make_new: Some(hash_make_new),
            methods: HASH_METHODS,
            ..Type::new(q!($q))
        };
    };
}
hash_type!(SHA256_TYPE, "sha256");
hash_type!(SHA1_TYPE, "sha1");
hash_type!(MD5_TYPE, "md5");

fn hash_make_new(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error_fmt(format_args!(
            "function expected at most 1 arguments, got {}",
            args.len()
        )));
    }
    let (kind, state) = if core::ptr::eq(ty, &SHA1_TYPE) {
        (
            Kind::Sha1,
            [
                0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0,
            ],
        )
    } else if core::ptr::eq(ty, &MD5_TYPE) {
        (
            Kind::Md5,
            [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0, 0, 0, 0],
        )
    } else {
        (
            Kind::Sha256,
            [
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                0x5be0cd19,
            ],
        )
    };
    let h = vm.new_obj(HashObj {
        base: ObjHeader::new(ty),
        kind,
        state,
        block: [0; 64],
        used: 0,
        total: 0,
        finished: false,
    })?;
    if let Some(&d) = args.first() {
        update(vm, h, d)?;
    }
    Ok(h)
}

fn hash_obj<'a>(vm: &mut Vm, h: Value) -> PyResult<&'a mut HashObj> {
    if h.is_type(&SHA256_TYPE) || h.is_type(&SHA1_TYPE) || h.is_type(&MD5_TYPE) {
        // SAFETY: checked type.
        let o = unsafe { &mut *h.as_ptr::<HashObj>() };
        if o.finished {
            return Err(vm.value_error("hash is final"));
        }
        Ok(o)
    } else {
        Err(vm.type_error("expected a hash object"))
    }
}

fn update(vm: &mut Vm, h: Value, d: Value) -> PyResult {
    let data = get_bytes(vm, d)?;
    hash_obj(vm, h)?.update(data);
    Ok(Value::NONE)
}

fn digest(vm: &mut Vm, h: Value) -> PyResult<([u8; 32], usize)> {
    let o = hash_obj(vm, h)?;
    let mut out = [0u8; 32];
    let n = o.finish(&mut out);
    o.finished = true;
    Ok((out, n))
}

static UPDATE: BuiltinFn = BuiltinFn::f2(update);
static DIGEST: BuiltinFn = BuiltinFn::f1(|vm, h| {
    let (out, n) = digest(vm, h)?;
    crate::objstr::new_bytes(vm, &out[..n])
});
static HEXDIGEST: BuiltinFn = BuiltinFn::f1(|vm, h| {
    let (out, n) = digest(vm, h)?;
    let mut hex = [0u8; 64];
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, &b) in out[..n].iter().enumerate() {
        hex[2 * i] = HEX[usize::from(b >> 4)];
        hex[2 * i + 1] = HEX[usize::from(b & 15)];
    }
    crate::objstr::new_str(vm, &hex[..2 * n])
});

static HASH_METHODS: &[Attr] = &[
    Attr::new(q!("update"), UPDATE.value()),
    Attr::new(q!("digest"), DIGEST.value()),
    Attr::new(q!("hexdigest"), HEXDIGEST.value()),
];

static MEMBERS: &[Member] = &[
    (b"md5", Value::from_static(&MD5_TYPE)),
    (b"sha1", Value::from_static(&SHA1_TYPE)),
    (b"sha256", Value::from_static(&SHA256_TYPE)),
];

/// Fills the `hashlib` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
