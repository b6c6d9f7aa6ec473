//! The error values of big-integer operations (each maps to one Python exception).

use allocator_api2::alloc::AllocError;
use core::fmt;

/// Why a big-integer operation failed; the VM turns each variant into a Python exception.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// An allocation failed (`MemoryError`).
    NoMemory,
    /// Division or modulo by zero, or `pow(b, e, 0)` (`ZeroDivisionError`, `ValueError` for pow).
    ZeroDivision,
    /// The value does not fit the target: float conversion, `to_bytes` length or sign (`OverflowError`).
    Overflow,
    /// A float NaN cannot become an integer (`ValueError`).
    NotANumber,
    /// A negative exponent was given where only non-negative ones are allowed (`ValueError`).
    NegativeExponent,
    /// The text is not a valid integer literal for the radix (`ValueError`).
    InvalidLiteral,
    /// The radix is not 0 or within 2..=36 (`ValueError`).
    InvalidRadix,
    /// The `core::fmt::Write` sink reported an error.
    Fmt,
}

impl From<AllocError> for Error {
    fn from(_: AllocError) -> Self {
        Error::NoMemory
    }
}

impl From<fmt::Error> for Error {
    fn from(_: fmt::Error) -> Self {
        Error::Fmt
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::NoMemory => "memory allocation failed",
            Error::ZeroDivision => "divide by zero",
            Error::Overflow => "overflow converting int",
            Error::NotANumber => "cannot convert float NaN to integer",
            Error::NegativeExponent => "negative exponent",
            Error::InvalidLiteral => "invalid syntax for integer",
            Error::InvalidRadix => "int() arg 2 must be >= 2 and <= 36",
            Error::Fmt => "formatter error",
        })
    }
}
