//! Python exceptions as Rust values: every fallible operation returns [`PyResult`].

use crate::value::Value;

/// A raised Python exception (the exception instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exc(pub Value);

/// Result of an operation that may raise.
pub type PyResult<T = Value> = Result<T, Exc>;
