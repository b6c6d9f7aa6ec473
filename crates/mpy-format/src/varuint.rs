//! Variable-length integers: 7-bit groups, most significant first, bit 7 = "more follows".
//!
//! The same unsigned encoding serves the container and bytecode operands; the signed form is
//! only used by `LOAD_CONST_SMALL_INT`.

use alloc::vec::Vec;

use crate::error::ErrorKind;

/// Decodes an unsigned varuint at the start of `bytes`: the value and the bytes it used.
///
/// Non-minimal encodings (leading `0x80` groups) are accepted, as MicroPython's loader does.
#[inline]
pub fn decode_varuint(bytes: &[u8]) -> Result<(u64, usize), ErrorKind> {
    let mut v: u64 = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if v >> 57 != 0 {
            return Err(ErrorKind::VarUintOverflow);
        }
        v = (v << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Ok((v, i + 1));
        }
    }
    Err(ErrorKind::Truncated)
}

/// Decodes a signed varint (the `LOAD_CONST_SMALL_INT` operand): the value and bytes used.
#[inline]
pub fn decode_sint(bytes: &[u8]) -> Result<(i64, usize), ErrorKind> {
    let first = *bytes.first().ok_or(ErrorKind::Truncated)?;
    let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    for (i, &b) in bytes.iter().enumerate() {
        if (v << 7) >> 7 != v {
            return Err(ErrorKind::VarUintOverflow);
        }
        v = (v << 7) | i64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Ok((v, i + 1));
        }
    }
    Err(ErrorKind::Truncated)
}

/// Number of bytes the shortest encoding of `v` takes.
pub fn varuint_len(v: u64) -> usize {
    let bits = 64 - (v | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

/// Appends the shortest encoding of `v`.
pub fn write_varuint(out: &mut Vec<u8>, v: u64) {
    emit_varuint(v, |b| out.push(b));
}

/// Feeds the shortest encoding of `v` to `put` byte by byte (for buffers that are not
/// `alloc` vectors, such as a compiler's allocator-parameterised ones).
pub fn emit_varuint(v: u64, mut put: impl FnMut(u8)) {
    let n = varuint_len(v);
    for i in (0..n).rev() {
        let group = ((v >> (7 * i)) & 0x7f) as u8;
        put(if i == 0 { group } else { group | 0x80 });
    }
}

/// Appends the encoding of a signed small int exactly as `mpy-cross` writes it.
pub fn write_sint(out: &mut Vec<u8>, v: i64) {
    emit_sint(v, |b| out.push(b));
}

/// Feeds the encoding of a signed small int to `put` byte by byte (see [`write_sint`]).
pub fn emit_sint(v: i64, mut put: impl FnMut(u8)) {
    let mut groups = [0u8; 10];
    let mut n = 0;
    let mut rest = v;
    loop {
        groups[n] = (rest & 0x7f) as u8;
        n += 1;
        rest >>= 7;
        if rest == 0 || rest == -1 {
            break;
        }
    }
    // The sign is bit 6 of the top group; add a group when that bit disagrees with the sign.
    let top = groups[n - 1];
    if v < 0 && top & 0x40 == 0 {
        groups[n] = 0x7f;
        n += 1;
    } else if v >= 0 && top & 0x40 != 0 {
        groups[n] = 0;
        n += 1;
    }
    for i in (0..n).rev() {
        put(if i == 0 { groups[i] } else { groups[i] | 0x80 });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quickcheck::quickcheck;

    fn enc(v: u64) -> Vec<u8> {
        let mut out = Vec::new();
        write_varuint(&mut out, v);
        out
    }

    fn enc_s(v: i64) -> Vec<u8> {
        let mut out = Vec::new();
        write_sint(&mut out, v);
        out
    }

    #[test]
    fn known_unsigned_encodings() {
        let cases: &[(u64, &[u8])] = &[
            (0, &[0x00]),
            (15, &[0x0f]),
            (127, &[0x7f]),
            (128, &[0x81, 0x00]),
            (140, &[0x81, 0x0c]),
            (247, &[0x81, 0x77]),
            (275, &[0x82, 0x13]),
            (1154, &[0x89, 0x02]),
            (16383, &[0xff, 0x7f]),
            (16384, &[0x81, 0x80, 0x00]),
        ];
        for &(v, bytes) in cases {
            assert_eq!(enc(v), bytes, "encoding {v}");
            assert_eq!(decode_varuint(bytes), Ok((v, bytes.len())));
        }
    }

    #[test]
    fn known_signed_encodings() {
        let cases: &[(i64, &[u8])] = &[
            (-17, &[0x6f]),
            (48, &[0x30]),
            (63, &[0x3f]),
            (64, &[0x80, 0x40]),
            (-64, &[0x40]),
            (-65, &[0xff, 0x3f]),
            (8191, &[0xbf, 0x7f]),
            (8192, &[0x80, 0xc0, 0x00]),
            (-8192, &[0xc0, 0x00]),
            (-8193, &[0xff, 0xbf, 0x7f]),
            (100000, &[0x86, 0x8d, 0x20]),
            (-100000, &[0xf9, 0xf2, 0x60]),
            (1073741823, &[0x83, 0xff, 0xff, 0xff, 0x7f]),
            (-1073741824, &[0xfc, 0x80, 0x80, 0x80, 0x00]),
        ];
        for &(v, bytes) in cases {
            assert_eq!(enc_s(v), bytes, "encoding {v}");
            assert_eq!(decode_sint(bytes), Ok((v, bytes.len())));
        }
    }

    #[test]
    fn non_minimal_forms_decode() {
        assert_eq!(decode_varuint(&[0x80, 0x80, 0x05]), Ok((5, 3)));
    }

    #[test]
    fn truncation_and_overflow_are_errors() {
        assert_eq!(decode_varuint(&[]), Err(ErrorKind::Truncated));
        assert_eq!(decode_varuint(&[0x81]), Err(ErrorKind::Truncated));
        assert_eq!(decode_varuint(&[0xff; 11]), Err(ErrorKind::VarUintOverflow));
        assert_eq!(decode_sint(&[]), Err(ErrorKind::Truncated));
        assert_eq!(decode_sint(&[0xbf; 11]), Err(ErrorKind::VarUintOverflow));
        // Endless leading zero groups never overflow; they just run out of data.
        assert_eq!(decode_varuint(&[0x80; 100]), Err(ErrorKind::Truncated));
    }

    quickcheck! {
        fn varuint_round_trips(v: u64) -> bool {
            let bytes = enc(v);
            bytes.len() == varuint_len(v) && decode_varuint(&bytes) == Ok((v, bytes.len()))
        }

        fn sint_round_trips(v: i64) -> bool {
            let bytes = enc_s(v);
            decode_sint(&bytes) == Ok((v, bytes.len()))
        }

        fn decoding_garbage_never_panics(bytes: Vec<u8>) -> bool {
            let _ = decode_varuint(&bytes);
            let _ = decode_sint(&bytes);
            true
        }
    }
}
