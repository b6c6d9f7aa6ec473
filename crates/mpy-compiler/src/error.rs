//! Compile errors as values, carrying what MicroPython's traceback shows.

use core::fmt;

/// The Python exception type a compile error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError`.
    IndentationError,
    /// `NotImplementedError` (raised by the lexer for `\N{...}` escapes; no traceback).
    NotImplementedError,
    /// `MemoryError`: the allocator refused to grow a compiler structure.
    MemoryError,
    /// `RuntimeError` (e.g. nesting too deep for the compiler's stack budget).
    RuntimeError,
}

impl ErrorKind {
    /// The Python name of the exception type.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::NotImplementedError => "NotImplementedError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::RuntimeError => "RuntimeError",
        }
    }
}

/// Where the error is reported: the traceback block name of MicroPython's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Raised by the lexer/parser: the traceback line has no `in ...` part.
    None,
    /// Raised by the compiler inside the scope with this simple name (`<module>`, `f`, ...).
    Scope(crate::intern::Sym),
    /// No traceback at all (MicroPython prints only `Type: message`).
    NoTraceback,
}

/// The message of an error: mostly static text, a few carry a formatted detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A fixed message.
    Static(&'static str),
    /// `invalid syntax for integer with base B: 'TEXT'`; the text is truncated like MicroPython's.
    BadInteger {
        /// Base reported (0 for a disallowed leading zero).
        base: u32,
        /// The offending digits (at most [`BAD_INT_TEXT_MAX`] bytes kept).
        text: [u8; BAD_INT_TEXT_MAX],
        /// Number of valid bytes in `text`.
        len: u8,
    },
}

/// How many bytes of a bad integer literal the error message keeps.
pub const BAD_INT_TEXT_MAX: usize = 48;

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Static(s) => f.write_str(s),
            Message::BadInteger { base, text, len } => {
                let t = &text[..*len as usize];
                write!(f, "invalid syntax for integer with base {base}: '")?;
                for &b in t {
                    write!(f, "{}", b as char)?;
                }
                f.write_str("'")
            }
        }
    }
}

/// A compile error: exception type, message, and the source line MicroPython reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Exception type.
    pub kind: ErrorKind,
    /// Exception message.
    pub msg: Message,
    /// Source line of the traceback entry (1-based).
    pub line: u32,
    /// Traceback block.
    pub block: Block,
}

impl CompileError {
    /// A `SyntaxError` raised by the lexer/parser at `line`.
    pub fn syntax(msg: &'static str, line: u32) -> Self {
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: Message::Static(msg),
            line,
            block: Block::None,
        }
    }

    /// An `IndentationError` raised by the parser at `line`.
    pub fn indentation(msg: &'static str, line: u32) -> Self {
        CompileError {
            kind: ErrorKind::IndentationError,
            msg: Message::Static(msg),
            line,
            block: Block::None,
        }
    }

    /// Allocation failure.
    pub fn memory() -> Self {
        CompileError {
            kind: ErrorKind::MemoryError,
            msg: Message::Static(""),
            line: 0,
            block: Block::NoTraceback,
        }
    }

    /// The message as text.
    pub fn message(&self) -> &Message {
        &self.msg
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}

/// Result alias of the compiler.
pub type Result<T> = core::result::Result<T, CompileError>;
