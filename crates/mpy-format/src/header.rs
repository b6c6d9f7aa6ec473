//! The four header bytes, the optional arch-flags value, and the loader's header checks.

use crate::error::{Error, ErrorKind, Result};
use crate::native::Arch;

/// The magic first byte, ASCII `M`.
pub const MAGIC: u8 = b'M';
/// The major version this crate reads and writes.
pub const VERSION: u8 = 6;
/// The sub-version this crate reads and writes (meaningful only with native code).
pub const SUB_VERSION: u8 = 3;
/// Bit of header byte 2 announcing an arch-flags varuint.
pub const FEATURE_ARCH_FLAGS: u8 = 0x40;
/// `mpy-cross`'s default small-int width (header byte 3).
pub const DEFAULT_SMALL_INT_BITS: u8 = 31;

/// The header of a `.mpy` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Header byte 2, kept raw so that a rewrite reproduces it exactly.
    pub feature: u8,
    /// Header byte 3: the small-int width (sign included) the file's code assumes.
    pub small_int_bits: u8,
    /// The arch-flags varuint, present iff bit 6 of byte 2 is set.
    pub arch_flags: Option<u64>,
}

impl Header {
    /// The header `mpy-cross` writes: byte 2 is 0 unless the file holds machine code.
    pub fn new(native_arch: Option<Arch>, small_int_bits: u8, arch_flags: u64) -> Self {
        let mut feature = native_arch.map_or(0, |a| (a.code() << 2) | SUB_VERSION);
        let arch_flags = if arch_flags != 0 {
            feature |= FEATURE_ARCH_FLAGS;
            Some(arch_flags)
        } else {
            None
        };
        Header {
            feature,
            small_int_bits,
            arch_flags,
        }
    }

    /// The architecture number as the loader decodes it: `(byte2 >> 2) & 0x2f`.
    ///
    /// Bit 7 of byte 2 is not masked off and lands in bit 5, as in MicroPython.
    pub fn arch_code(&self) -> u8 {
        (self.feature >> 2) & 0x2f
    }

    /// The named architecture, if the file has native code for a known one.
    pub fn arch(&self) -> Option<Arch> {
        Arch::from_code(self.arch_code())
    }

    /// The sub-version bits (byte 2, bits 1..0).
    pub fn sub_version(&self) -> u8 {
        self.feature & 3
    }

    /// Checks that need no knowledge of the port: magic, version, native sub-version.
    pub(crate) fn check_format(b0: u8, b1: u8, feature: u8) -> core::result::Result<(), ErrorKind> {
        if b0 != MAGIC {
            return Err(ErrorKind::BadMagic(b0));
        }
        if b1 != VERSION {
            return Err(ErrorKind::BadVersion(b1));
        }
        let arch = (feature >> 2) & 0x2f;
        if arch != 0 && feature & 3 != SUB_VERSION {
            return Err(ErrorKind::BadSubVersion(feature & 3));
        }
        Ok(())
    }
}

/// What a runtime can load: the inputs of MicroPython's header checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortInfo {
    /// The architecture whose machine code the port can execute, if any.
    pub native_arch: Option<Arch>,
    /// The runtime's small-int width in bits (63 on 64-bit unix, 31 on Cortex-M).
    pub small_int_bits: u8,
    /// Arch-flag bits the port allows (only RV32 ports allow any).
    pub allowed_arch_flags: u64,
}

impl PortInfo {
    /// A port that runs bytecode only.
    pub const fn bytecode_only(small_int_bits: u8) -> Self {
        PortInfo {
            native_arch: None,
            small_int_bits,
            allowed_arch_flags: 0,
        }
    }

    /// A port that runs bytecode and machine code for `arch`.
    pub const fn native(arch: Arch, small_int_bits: u8) -> Self {
        PortInfo {
            native_arch: Some(arch),
            small_int_bits,
            allowed_arch_flags: 0,
        }
    }

    /// The value of `sys.implementation._mpy` on this port.
    pub fn sys_implementation_mpy(&self) -> u32 {
        let arch = self.native_arch.map_or(0, Arch::code);
        let feature = (arch << 2) | SUB_VERSION;
        u32::from(VERSION) | (u32::from(feature) << 8) | ((self.allowed_arch_flags as u32) << 16)
    }

    /// Applies MicroPython's header checks in its order; `bytes` is the start of the file.
    ///
    /// Missing header bytes count as `0xff`, which is what MicroPython's reader yields past the
    /// end, so an empty or 1-byte file fails as "incompatible .mpy file".
    pub fn check_header(&self, bytes: &[u8]) -> Result<()> {
        let byte = |i: usize| bytes.get(i).copied().unwrap_or(0xff);
        let (b0, b1, b2, b3) = (byte(0), byte(1), byte(2), byte(3));
        Header::check_format(b0, b1, b2).map_err(|k| Error::new(k, 0))?;
        if b3 > self.small_int_bits {
            let kind = ErrorKind::SmallIntTooWide {
                file: b3,
                runtime: self.small_int_bits,
            };
            return Err(Error::new(kind, 3));
        }
        let arch = (b2 >> 2) & 0x2f;
        if arch != 0 {
            match self.native_arch {
                None => return Err(Error::new(ErrorKind::NativeUnsupported, 2)),
                Some(port) if !port.accepts(arch) => {
                    return Err(Error::new(ErrorKind::ArchMismatch(arch), 2));
                }
                Some(_) => {}
            }
        }
        if b2 & FEATURE_ARCH_FLAGS != 0 {
            let is_rv32 = self.native_arch == Some(Arch::Rv32imc);
            let (flags, _) = crate::varuint::decode_varuint(bytes.get(4..).unwrap_or(&[]))
                .map_err(|k| Error::new(k, 4))?;
            if !is_rv32 || flags & !self.allowed_arch_flags != 0 {
                return Err(Error::new(ErrorKind::ArchFlags(flags), 4));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{MSG_INCOMPATIBLE_ARCH, MSG_INCOMPATIBLE_FILE, MSG_NATIVE_UNSUPPORTED};

    const X64: PortInfo = PortInfo::native(Arch::X64, 63);
    const NO_NATIVE: PortInfo = PortInfo::bytecode_only(63);

    fn msg(port: &PortInfo, bytes: &[u8]) -> &'static str {
        port.check_header(bytes).err().map_or("ok", |e| e.message())
    }

    #[test]
    fn the_consequence_table_of_the_spec() {
        assert_eq!(msg(&X64, b"M\x06\x00\x1f"), "ok");
        assert_eq!(msg(&X64, b"X\x06\x00\x1f"), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, b"M\x05\x00\x1f"), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, b"M\x07\x00\x1f"), MSG_INCOMPATIBLE_FILE);
        for sub in 1..=3 {
            assert_eq!(msg(&X64, &[b'M', 6, sub, 31]), "ok");
        }
        assert_eq!(msg(&X64, &[b'M', 6, 0x08, 31]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, &[b'M', 6, 0x0a, 31]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, &[b'M', 6, 0x0b, 31]), "ok");
        assert_eq!(msg(&X64, &[b'M', 6, 0x00, 64]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, &[b'M', 6, 0x00, 63]), "ok");
        assert_eq!(msg(&X64, &[b'M', 6, 0x00, 0]), "ok");
        assert_eq!(msg(&X64, &[b'M', 6, 0x1f, 31]), MSG_INCOMPATIBLE_ARCH);
        assert_eq!(msg(&X64, &[b'M', 6, 0x07, 31]), MSG_INCOMPATIBLE_ARCH);
        assert_eq!(
            msg(&X64, &[b'M', 6, (13 << 2) | 3, 31]),
            MSG_INCOMPATIBLE_ARCH
        );
        assert_eq!(
            msg(&X64, &[b'M', 6, (15 << 2) | 3, 31]),
            MSG_INCOMPATIBLE_ARCH
        );
        assert_eq!(msg(&X64, &[b'M', 6, 0x40, 31, 1]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, &[b'M', 6, 0x4b, 31, 1]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, &[b'M', 6, 0x8b, 31]), MSG_INCOMPATIBLE_ARCH);
        assert_eq!(msg(&X64, &[b'M', 6, 0x80, 31]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(
            msg(&NO_NATIVE, &[b'M', 6, 0x0b, 31]),
            MSG_NATIVE_UNSUPPORTED
        );
        assert_eq!(msg(&NO_NATIVE, &[b'M', 6, 0x08, 31]), MSG_INCOMPATIBLE_FILE);
        assert_eq!(
            msg(&NO_NATIVE, &[b'M', 6, 0x8b, 31]),
            MSG_NATIVE_UNSUPPORTED
        );
        assert_eq!(msg(&X64, b""), MSG_INCOMPATIBLE_FILE);
        assert_eq!(msg(&X64, b"M"), MSG_INCOMPATIBLE_FILE);
    }

    #[test]
    fn rv32_flags_follow_the_ports_allowance() {
        let mut rv = PortInfo::native(Arch::Rv32imc, 31);
        assert_eq!(msg(&rv, &[b'M', 6, 0x6f, 31, 1]), MSG_INCOMPATIBLE_FILE);
        rv.allowed_arch_flags = 3;
        assert_eq!(msg(&rv, &[b'M', 6, 0x6f, 31, 3]), "ok");
        assert_eq!(msg(&rv, &[b'M', 6, 0x6f, 31, 4]), MSG_INCOMPATIBLE_FILE);
    }

    #[test]
    fn sys_implementation_mpy_values() {
        assert_eq!(X64.sys_implementation_mpy(), 0xb06);
        assert_eq!(NO_NATIVE.sys_implementation_mpy(), 0x306);
    }

    #[test]
    fn header_new_matches_mpy_cross() {
        let h = Header::new(None, 31, 0);
        assert_eq!((h.feature, h.arch_flags), (0, None));
        let h = Header::new(Some(Arch::X64), 31, 0);
        assert_eq!(h.feature, 0x0b);
        let h = Header::new(Some(Arch::Rv32imc), 31, 3);
        assert_eq!((h.feature, h.arch_flags), (0x6f, Some(3)));
    }
}
