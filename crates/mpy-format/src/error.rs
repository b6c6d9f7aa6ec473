//! Errors of the reader, the checks and the decoder, with the Python exception each one raises.

use core::fmt;

/// Python exception class that MicroPython's loader raises for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyExc {
    /// `ValueError`, for every malformed or incompatible file.
    ValueError,
    /// `RuntimeError`, for limits of the runtime (e.g. names that are too long).
    RuntimeError,
}

impl PyExc {
    /// The class name as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            PyExc::ValueError => "ValueError",
            PyExc::RuntimeError => "RuntimeError",
        }
    }
}

/// MicroPython's message for a header or container it cannot use.
pub const MSG_INCOMPATIBLE_FILE: &str = "incompatible .mpy file";
/// MicroPython's message for native code of another architecture.
pub const MSG_INCOMPATIBLE_ARCH: &str = "incompatible .mpy arch";
/// MicroPython's message for native code on a port that cannot run any.
pub const MSG_NATIVE_UNSUPPORTED: &str = "native code in .mpy unsupported";
/// MicroPython's message for a qstr longer than the runtime's length field.
pub const MSG_NAME_TOO_LONG: &str = "name too long";

/// What went wrong, in detail; [`Error`] adds where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    /// The first byte is not `M`.
    #[error("bad magic byte {0:#04x}")]
    BadMagic(u8),
    /// The major version is not 6.
    #[error("unsupported .mpy version {0}")]
    BadVersion(u8),
    /// A file with native code whose sub-version is not 3.
    #[error("native code with sub-version {0}, expected 3")]
    BadSubVersion(u8),
    /// The file needs wider small ints than the runtime has.
    #[error("file needs {file}-bit small ints, runtime has {runtime}")]
    SmallIntTooWide {
        /// Header byte 3.
        file: u8,
        /// The runtime's small-int width.
        runtime: u8,
    },
    /// Native code for an architecture the port cannot execute.
    #[error("native code for architecture {0}, which this port cannot run")]
    ArchMismatch(u8),
    /// Native code, but the port cannot execute any.
    #[error("native code in a file, but this port has no native support")]
    NativeUnsupported,
    /// Arch flags the port does not allow.
    #[error("arch flags {0:#x} not supported")]
    ArchFlags(u64),
    /// The data ended in the middle of a field.
    #[error("unexpected end of data")]
    Truncated,
    /// A varuint does not fit the target word.
    #[error("varuint too large")]
    VarUintOverflow,
    /// A static qstr number outside 1..=165.
    #[error("static qstr number {0} out of range 1..=165")]
    BadStaticQstr(u64),
    /// A constant kind byte outside 0..=10.
    #[error("unknown constant kind {0:#04x}")]
    BadConstKind(u8),
    /// Constant tuples or raw codes nested deeper than the reader allows.
    #[error("nesting deeper than {0} levels")]
    TooDeep(usize),
    /// A prelude that does not fit its body or is otherwise inconsistent.
    #[error("malformed prelude: {0}")]
    BadPrelude(&'static str),
    /// A native-Python raw code whose prelude offset lies outside its body.
    #[error("prelude offset {0} outside the body")]
    BadPreludeOffset(u64),
    /// A raw code that is not bytecode, on a port without native support.
    #[error("non-bytecode raw code on a port without native support")]
    NativeKind,
    /// An opcode byte that no instruction uses.
    #[error("unknown opcode {0:#04x}")]
    BadOpcode(u8),
    /// An inline qstr longer than the runtime can hold.
    #[error("qstr of {0} bytes is too long")]
    NameTooLong(usize),
}

impl ErrorKind {
    /// The Python exception MicroPython raises for this error.
    pub fn exception(&self) -> PyExc {
        match self {
            ErrorKind::NameTooLong(_) => PyExc::RuntimeError,
            _ => PyExc::ValueError,
        }
    }

    /// MicroPython's exception message for this error.
    pub fn message(&self) -> &'static str {
        match self {
            ErrorKind::ArchMismatch(_) => MSG_INCOMPATIBLE_ARCH,
            ErrorKind::NativeUnsupported => MSG_NATIVE_UNSUPPORTED,
            ErrorKind::NameTooLong(_) => MSG_NAME_TOO_LONG,
            _ => MSG_INCOMPATIBLE_FILE,
        }
    }
}

/// An error with the byte offset (into the file, or into a code body) where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Byte offset of the offending field.
    pub offset: usize,
}

impl Error {
    /// Makes an error at `offset`.
    pub fn new(kind: ErrorKind, offset: usize) -> Self {
        Error { kind, offset }
    }

    /// The Python exception MicroPython raises for this error.
    pub fn exception(&self) -> PyExc {
        self.kind.exception()
    }

    /// MicroPython's exception message for this error.
    pub fn message(&self) -> &'static str {
        self.kind.message()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.kind, self.offset)
    }
}

impl core::error::Error for Error {}

/// Result of the crate's fallible operations.
pub type Result<T> = core::result::Result<T, Error>;
