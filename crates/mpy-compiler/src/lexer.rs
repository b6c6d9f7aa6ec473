//! The lexer: source bytes to tokens, with MicroPython's exact token positions.
//!
//! Behaviour that decides bytes or error lines and is easy to get wrong:
//! * CR and CR LF become LF; a final newline is added when the input lacks one.
//! * A NEWLINE token carries the line of the newline character itself (after skipping
//!   trailing whitespace, comments and `\` continuations); blank lines after it are consumed
//!   together with it and decide the INDENT/DEDENT tokens that follow, which carry the line of
//!   the next real token.
//! * Tabs advance the column to the next multiple of 8.
//! * Adjacent str (or bytes) literals are joined into one token; mixing the two stops the join.
//! * f-strings are rewritten here: the token text becomes the `str.format` template and the
//!   replacement expressions are re-lexed afterwards as `.format((e1),(e2),)`, exactly as if
//!   they had followed the literal in the source (they also advance the line counter).
//! * Number tokens are scanned loosely (letters, digits, `.`, exponent signs; `_` dropped) and
//!   only validated when the parser consumes them.

use allocator_api2::alloc::Allocator;
use allocator_api2::vec::Vec;

use crate::error::{Block, CompileError, ErrorKind, Message, Result};
use crate::token::{Tok, keyword};
use crate::util::{extend, push, push_utf8};

const EOF: u32 = u32::MAX;
const TAB_SIZE: u32 = 8;

/// Streaming tokenizer. The current token is in [`Lexer::tok`], its text in [`Lexer::text`].
pub struct Lexer<'s, A: Allocator + Clone> {
    src: &'s [u8],
    pos: usize,
    chr0: u32,
    chr1: u32,
    chr2: u32,
    line: u32,
    column: u32,
    emit_dent: i32,
    nested_bracket_level: i32,
    indent: Vec<u32, A>,
    /// Text of the current token (identifier, number text, processed string bytes).
    pub text: Vec<u8, A>,
    fstring_args: Vec<u8, A>,
    fstring_idx: usize,
    /// `.format(...)` text of an f-string met while injecting another one's arguments; it is
    /// spliced in right after that f-string at the next token.
    nested_args: Vec<u8, A>,
    saved: [u32; 3],
    /// Current token kind.
    pub tok: Tok,
    /// Line of the current token.
    pub tok_line: u32,
    /// Column of the current token (1-based).
    pub tok_column: u32,
}

fn is_ident_head(c: u32) -> bool {
    c != EOF && (c == b'_' as u32 || c >= 0x80 || (c as u8).is_ascii_alphabetic())
}

fn is_ident_tail(c: u32) -> bool {
    is_ident_head(c) || (c < 0x80 && (c as u8).is_ascii_digit())
}

fn is_digit(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_digit()
}

fn is_letter(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphabetic()
}

fn hex_value(c: u32) -> Option<u32> {
    if c >= 0x80 {
        return None;
    }
    (c as u8 as char).to_digit(16)
}

impl<'s, A: Allocator + Clone> Lexer<'s, A> {
    /// Creates a lexer over `src` and reads the first token.
    pub fn new_in(src: &'s [u8], alloc: A) -> Result<Self> {
        let mut lex = Lexer {
            src,
            pos: 0,
            chr0: EOF,
            chr1: EOF,
            chr2: EOF,
            line: 1,
            column: 1,
            emit_dent: 0,
            nested_bracket_level: 0,
            indent: Vec::new_in(alloc.clone()),
            text: Vec::new_in(alloc.clone()),
            fstring_args: Vec::new_in(alloc.clone()),
            nested_args: Vec::new_in(alloc),
            fstring_idx: 0,
            saved: [EOF; 3],
            tok: Tok::End,
            tok_line: 1,
            tok_column: 1,
        };
        lex.chr0 = lex.read_byte();
        lex.chr1 = lex.read_byte();
        lex.chr2 = lex.read_byte();
        // Same normalisation next_char applies, for the first three characters.
        if lex.chr0 == b'\r' as u32 {
            lex.chr0 = b'\n' as u32;
            if lex.chr1 == b'\n' as u32 {
                lex.chr1 = lex.chr2;
                lex.chr2 = lex.read_byte();
            }
        }
        if lex.chr1 == b'\r' as u32 {
            lex.chr1 = b'\n' as u32;
            if lex.chr2 == b'\n' as u32 {
                lex.chr2 = lex.read_byte();
            }
        }
        if lex.chr2 == b'\r' as u32 {
            lex.chr2 = b'\n' as u32;
            if lex.peek_src() == Some(b'\n') {
                lex.pos += 1;
            }
        }
        let nl = b'\n' as u32;
        if lex.chr0 == EOF {
            lex.chr0 = nl;
        } else if lex.chr1 == EOF {
            if lex.chr0 != nl {
                lex.chr1 = nl;
            }
        } else if lex.chr2 == EOF && lex.chr1 != nl {
            lex.chr2 = nl;
        }
        push(&mut lex.indent, 0)?;
        lex.advance()?;
        // A first token that is not at column 1 can only be an indentation error.
        if lex.tok != Tok::Newline && lex.tok_column != 1 {
            lex.tok = Tok::Indent;
        }
        Ok(lex)
    }

    fn peek_src(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn read_byte(&mut self) -> u32 {
        match self.src.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                b as u32
            }
            None => EOF,
        }
    }

    fn is_end(&self) -> bool {
        self.chr0 == EOF
    }

    fn is(&self, c: u8) -> bool {
        self.chr0 == c as u32
    }

    fn next_char(&mut self) {
        if self.chr0 == b'\n' as u32 {
            self.line += 1;
            self.column = 1;
        } else if self.chr0 == b'\t' as u32 {
            self.column = ((self.column - 1 + TAB_SIZE) / TAB_SIZE) * TAB_SIZE + 1;
        } else {
            self.column += 1;
        }
        self.chr0 = self.chr1;
        self.chr1 = self.chr2;
        if self.fstring_idx != 0 {
            // Injecting f-string arguments; NUL marks their end, then the saved input resumes.
            if self.fstring_idx < self.fstring_args.len() {
                self.chr2 = self.fstring_args[self.fstring_idx] as u32;
                self.fstring_idx += 1;
            } else {
                self.chr2 = 0;
            }
            if self.chr0 == 0 {
                self.chr0 = self.saved[0];
                self.chr1 = self.saved[1];
                self.chr2 = self.saved[2];
                self.fstring_args.clear();
                self.fstring_idx = 0;
            }
        } else {
            self.chr2 = self.read_byte();
        }
        if self.chr1 == b'\r' as u32 {
            self.chr1 = b'\n' as u32;
            if self.chr2 == b'\n' as u32 {
                self.chr2 = self.read_byte();
            }
        }
        if self.chr2 == EOF && self.chr1 != EOF && self.chr1 != b'\n' as u32 {
            self.chr2 = b'\n' as u32;
        }
    }

    /// Skips spaces, comments and line continuations; newlines too unless `stop_at_newline`
    /// (which only applies outside brackets). Returns whether a physical newline was skipped.
    fn skip_whitespace(&mut self, stop_at_newline: bool) -> bool {
        let mut had_newline = false;
        while !self.is_end() {
            if self.is(b'\n') {
                if stop_at_newline && self.nested_bracket_level == 0 {
                    break;
                }
                had_newline = true;
                self.next_char();
            } else if self.is(b' ') || self.is(b'\t') || self.is(b'\x0c') || self.is(b'\x0b') {
                self.next_char();
            } else if self.is(b'#') {
                while !self.is_end() && !self.is(b'\n') {
                    self.next_char();
                }
            } else if self.is(b'\\') && self.chr1 == b'\n' as u32 {
                self.next_char();
                self.next_char();
            } else {
                break;
            }
        }
        had_newline
    }

    fn is_string_start(&self) -> bool {
        let q = |c: u32| c == b'\'' as u32 || c == b'"' as u32;
        let c0 = self.chr0;
        let c1 = self.chr1;
        let c2 = self.chr2;
        if q(c0) {
            return true;
        }
        let single = |c: u32| matches!(c, 0x62 | 0x72 | 0x75 | 0x66 | 0x74); // b r u f t
        if single(c0) && q(c1) {
            return true;
        }
        let pair = |a: u32, b: u32| {
            matches!(
                (a as u8, b as u8),
                (b'r', b'b')
                    | (b'b', b'r')
                    | (b'r', b'f')
                    | (b'f', b'r')
                    | (b'r', b't')
                    | (b't', b'r')
            ) && a < 0x80
                && b < 0x80
        };
        pair(c0, c1) && q(c2)
    }

    /// Advances to the next token.
    pub fn advance(&mut self) -> Result<()> {
        if !self.nested_args.is_empty() {
            self.splice_nested_args()?;
        }
        if !self.fstring_args.is_empty() && self.fstring_idx == 0 {
            // The literal is complete: switch the input to the collected `.format(...)` text.
            push(&mut self.fstring_args, b')')?;
            self.saved = [self.chr0, self.chr1, self.chr2];
            self.chr0 = self.fstring_args[0] as u32;
            self.chr1 = self.fstring_args[1] as u32;
            self.chr2 = self.fstring_args[2] as u32;
            self.fstring_idx = 3;
        }
        self.text.clear();
        self.skip_whitespace(true);
        self.tok_line = self.line;
        self.tok_column = self.column;

        if self.emit_dent < 0 {
            self.tok = Tok::Dedent;
            self.emit_dent += 1;
        } else if self.emit_dent > 0 {
            self.tok = Tok::Indent;
            self.emit_dent -= 1;
        } else if self.is(b'\n') {
            self.tok = Tok::Newline;
            self.skip_whitespace(false);
            let num_spaces = self.column - 1;
            let top = *self.indent.last().unwrap_or(&0);
            if num_spaces > top {
                push(&mut self.indent, num_spaces)?;
                self.emit_dent += 1;
            } else if num_spaces < top {
                while num_spaces < *self.indent.last().unwrap_or(&0) {
                    self.indent.pop();
                    self.emit_dent -= 1;
                }
                if num_spaces != *self.indent.last().unwrap_or(&0) {
                    self.tok = Tok::DedentMismatch;
                }
            }
        } else if self.is_end() {
            self.tok = Tok::End;
        } else if self.is_string_start() {
            self.lex_strings()?;
        } else if is_ident_head(self.chr0) {
            while is_ident_tail(self.chr0) {
                push(&mut self.text, self.chr0 as u8)?;
                self.next_char();
            }
            self.tok = keyword(&self.text).unwrap_or(Tok::Name);
        } else if is_digit(self.chr0) || (self.is(b'.') && is_digit(self.chr1)) {
            self.lex_number()?;
        } else {
            self.lex_operator();
        }
        Ok(())
    }

    fn lex_number(&mut self) -> Result<()> {
        let mut forced_integer = false;
        if self.is(b'.') {
            self.tok = Tok::FloatOrImag;
        } else {
            self.tok = Tok::Integer;
            if self.is(b'0') && matches!(self.chr1, 0x78 | 0x58 | 0x6f | 0x4f | 0x62 | 0x42) {
                forced_integer = true;
            }
        }
        push(&mut self.text, self.chr0 as u8)?;
        self.next_char();
        while !self.is_end() {
            if !forced_integer && (self.is(b'e') || self.is(b'E')) {
                self.tok = Tok::FloatOrImag;
                push(&mut self.text, b'e')?;
                self.next_char();
                if self.is(b'+') || self.is(b'-') {
                    push(&mut self.text, self.chr0 as u8)?;
                    self.next_char();
                }
            } else if is_letter(self.chr0) || is_digit(self.chr0) || self.is(b'.') {
                if self.is(b'.') || self.is(b'j') || self.is(b'J') {
                    self.tok = Tok::FloatOrImag;
                }
                push(&mut self.text, self.chr0 as u8)?;
                self.next_char();
            } else if self.is(b'_') {
                self.next_char();
            } else {
                break;
            }
        }
        Ok(())
    }

    fn lex_operator(&mut self) {
        let c = self.chr0;
        let c1 = self.chr1;
        let c2 = self.chr2;
        let b = |x: u32| if x < 0x80 { x as u8 } else { 0 };
        let (tok, n) = match (b(c), b(c1), b(c2)) {
            (b'(', _, _) => (Tok::ParenOpen, 1),
            (b')', _, _) => (Tok::ParenClose, 1),
            (b'[', _, _) => (Tok::BracketOpen, 1),
            (b']', _, _) => (Tok::BracketClose, 1),
            (b'{', _, _) => (Tok::BraceOpen, 1),
            (b'}', _, _) => (Tok::BraceClose, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b';', _, _) => (Tok::Semicolon, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (b':', b'=', _) => (Tok::Walrus, 2),
            (b':', _, _) => (Tok::Colon, 1),
            (b'.', b'.', b'.') => (Tok::Ellipsis, 3),
            (b'.', _, _) => (Tok::Period, 1),
            (b'@', b'=', _) => (Tok::AtEqual, 2),
            (b'@', _, _) => (Tok::At, 1),
            (b'=', b'=', _) => (Tok::DblEqual, 2),
            (b'=', _, _) => (Tok::Equal, 1),
            (b'!', b'=', _) => (Tok::NotEqual, 2),
            (b'<', b'<', b'=') => (Tok::DblLessEqual, 3),
            (b'<', b'<', _) => (Tok::DblLess, 2),
            (b'<', b'=', _) => (Tok::LessEqual, 2),
            (b'<', _, _) => (Tok::Less, 1),
            (b'>', b'>', b'=') => (Tok::DblMoreEqual, 3),
            (b'>', b'>', _) => (Tok::DblMore, 2),
            (b'>', b'=', _) => (Tok::MoreEqual, 2),
            (b'>', _, _) => (Tok::More, 1),
            (b'|', b'=', _) => (Tok::PipeEqual, 2),
            (b'|', _, _) => (Tok::Pipe, 1),
            (b'^', b'=', _) => (Tok::CaretEqual, 2),
            (b'^', _, _) => (Tok::Caret, 1),
            (b'&', b'=', _) => (Tok::AmpersandEqual, 2),
            (b'&', _, _) => (Tok::Ampersand, 1),
            (b'+', b'=', _) => (Tok::PlusEqual, 2),
            (b'+', _, _) => (Tok::Plus, 1),
            (b'-', b'=', _) => (Tok::MinusEqual, 2),
            (b'-', b'>', _) => (Tok::Arrow, 2),
            (b'-', _, _) => (Tok::Minus, 1),
            (b'*', b'*', b'=') => (Tok::DblStarEqual, 3),
            (b'*', b'*', _) => (Tok::DblStar, 2),
            (b'*', b'=', _) => (Tok::StarEqual, 2),
            (b'*', _, _) => (Tok::Star, 1),
            (b'/', b'/', b'=') => (Tok::DblSlashEqual, 3),
            (b'/', b'/', _) => (Tok::DblSlash, 2),
            (b'/', b'=', _) => (Tok::SlashEqual, 2),
            (b'/', _, _) => (Tok::Slash, 1),
            (b'%', b'=', _) => (Tok::PercentEqual, 2),
            (b'%', _, _) => (Tok::Percent, 1),
            _ => (Tok::Invalid, 1),
        };
        for _ in 0..n {
            self.next_char();
        }
        match tok {
            Tok::ParenOpen | Tok::BracketOpen | Tok::BraceOpen => self.nested_bracket_level += 1,
            Tok::ParenClose | Tok::BracketClose | Tok::BraceClose => self.nested_bracket_level -= 1,
            _ => {}
        }
        self.tok = tok;
    }

    /// Lexes one or more adjacent string/bytes literals into a single token.
    fn lex_strings(&mut self) -> Result<()> {
        self.tok = Tok::End;
        loop {
            let mut is_raw = false;
            let mut is_fstring = false;
            let mut kind = Tok::Str;
            let mut n_char = 0;
            let c0 = self.chr0;
            let c1 = self.chr1;
            if c0 == b'u' as u32 {
                n_char = 1;
            } else if c0 == b'b' as u32 {
                kind = Tok::Bytes;
                n_char = 1;
                if c1 == b'r' as u32 {
                    is_raw = true;
                    n_char = 2;
                }
            } else if c0 == b'r' as u32 {
                is_raw = true;
                n_char = 1;
                if c1 == b'b' as u32 {
                    kind = Tok::Bytes;
                    n_char = 2;
                } else if c1 == b'f' as u32 || c1 == b't' as u32 {
                    is_fstring = c1 == b'f' as u32;
                    n_char = 2;
                }
            } else if c0 == b'f' as u32 || c0 == b't' as u32 {
                is_fstring = c0 == b'f' as u32;
                n_char = 1;
                if c1 == b'r' as u32 {
                    is_raw = true;
                    n_char = 2;
                }
            }
            if c0 == b't' as u32 || (c0 == b'r' as u32 && c1 == b't' as u32) {
                // t-strings need the `__template__(...)` rewrite, which is not implemented
                // yet; refusing them is better than compiling them as plain strings.
                self.tok = Tok::Invalid;
                return Ok(());
            }
            if self.tok == Tok::End {
                self.tok = kind;
            } else if self.tok != kind {
                break;
            }
            for _ in 0..n_char {
                self.next_char();
            }
            self.lex_one_string(is_raw, is_fstring)?;
            if matches!(self.tok, Tok::MalformedFString) {
                return Ok(());
            }
            self.skip_whitespace(true);
            if !self.is_string_start() {
                break;
            }
        }
        Ok(())
    }

    fn add_char(&mut self, c: u32) -> Result<()> {
        push(&mut self.text, c as u8)
    }

    /// The buffer f-string arguments go to.
    fn args(&mut self, nested: bool) -> &mut Vec<u8, A> {
        if nested {
            &mut self.nested_args
        } else {
            &mut self.fstring_args
        }
    }

    /// Inserts a nested f-string's `.format(...)` into the injected text at the current
    /// position (just after that f-string), so nesting reads as nested calls.
    fn splice_nested_args(&mut self) -> Result<()> {
        push(&mut self.nested_args, b')')?;
        let n = self.nested_args.len();
        // chr0..chr2 hold the 3 bytes before `fstring_idx`; the insertion goes before chr0.
        let Some(at) = self.fstring_idx.checked_sub(3) else {
            self.nested_args.clear();
            return Ok(());
        };
        if self.fstring_idx > self.fstring_args.len() {
            self.nested_args.clear();
            return Ok(());
        }
        self.fstring_args
            .try_reserve(n)
            .map_err(|_| CompileError::memory())?;
        self.fstring_args.extend_from_slice(&self.nested_args);
        self.fstring_args[at..].rotate_right(n);
        self.nested_args.clear();
        self.chr0 = self.fstring_args[at] as u32;
        self.chr1 = self.fstring_args[at + 1] as u32;
        self.chr2 = self.fstring_args[at + 2] as u32;
        self.fstring_idx = at + 3;
        Ok(())
    }

    fn lex_one_string(&mut self, is_raw: bool, is_fstring: bool) -> Result<()> {
        let quote = if self.is(b'"') {
            b'"' as u32
        } else {
            b'\'' as u32
        };
        self.next_char();
        let num_quotes = if self.chr0 == quote && self.chr1 == quote {
            self.next_char();
            self.next_char();
            3
        } else {
            1
        };
        // An f-string inside injected arguments collects its own `.format(...)` separately.
        let nested = is_fstring && self.fstring_idx != 0;
        if is_fstring && self.args(nested).is_empty() {
            // Every f-string group becomes a `.format(...)` call, even without fields.
            extend(self.args(nested), b".format(")?;
        }
        let mut n_closing = 0;
        while !self.is_end() && (num_quotes > 1 || !self.is(b'\n')) && n_closing < num_quotes {
            if self.chr0 == quote {
                n_closing += 1;
                self.add_char(self.chr0)?;
            } else {
                n_closing = 0;
                while is_fstring && self.is(b'{') {
                    self.next_char();
                    if self.is(b'{') {
                        push(&mut self.text, b'{')?;
                        self.next_char();
                    } else {
                        push(self.args(nested), b'(')?;
                        let start = self.args(nested).len();
                        let mut level: i32 = 0;
                        while !self.is_end()
                            && (level != 0
                                || !(self.is(b':')
                                    || self.is(b'}')
                                    || (self.is(b'!')
                                        && (self.chr1 == b'r' as u32 || self.chr1 == b's' as u32)
                                        && (self.chr2 == b':' as u32 || self.chr2 == b'}' as u32))))
                        {
                            let c = self.chr0;
                            if c == b'[' as u32 || c == b'{' as u32 {
                                level += 1;
                            } else if c == b']' as u32 || c == b'}' as u32 {
                                level -= 1;
                            }
                            push(self.args(nested), c as u8)?;
                            self.next_char();
                        }
                        if self.args(nested).last() == Some(&b'=')
                            && self.args(nested).len() > start
                        {
                            let end = self.args(nested).len();
                            self.text
                                .try_reserve(end - start)
                                .map_err(|_| CompileError::memory())?;
                            for i in start..end {
                                let b = self.args(nested)[i];
                                self.text.push(b);
                            }
                            self.args(nested).pop();
                        }
                        if start == self.args(nested).len() {
                            self.tok = Tok::MalformedFString;
                            return Ok(());
                        }
                        push(self.args(nested), b')')?;
                        push(self.args(nested), b',')?;
                    }
                    push(&mut self.text, b'{')?;
                }
                if self.is(b'\\') {
                    self.next_char();
                    let mut c = self.chr0;
                    if is_raw {
                        push(&mut self.text, b'\\')?;
                    } else {
                        match c {
                            0x0a => c = EOF,
                            0x5c | 0x27 | 0x22 => {}
                            0x61 => c = 0x07,
                            0x62 => c = 0x08,
                            0x74 => c = 0x09,
                            0x6e => c = 0x0a,
                            0x76 => c = 0x0b,
                            0x66 => c = 0x0c,
                            0x72 => c = 0x0d,
                            0x75 | 0x55 | 0x78 => {
                                if c != 0x78 && self.tok == Tok::Bytes {
                                    push(&mut self.text, b'\\')?;
                                } else {
                                    let n = match c {
                                        0x78 => 2,
                                        0x75 => 4,
                                        _ => 8,
                                    };
                                    let mut num: u32 = 0;
                                    let mut ok = true;
                                    for _ in 0..n {
                                        self.next_char();
                                        match hex_value(self.chr0) {
                                            Some(v) => num = num.wrapping_shl(4).wrapping_add(v),
                                            None => {
                                                ok = false;
                                                break;
                                            }
                                        }
                                    }
                                    if !ok {
                                        self.tok = Tok::Invalid;
                                    }
                                    c = num;
                                }
                            }
                            0x4e => {
                                return Err(CompileError {
                                    kind: ErrorKind::NotImplementedError,
                                    msg: Message::Static("unicode name escapes"),
                                    line: self.line,
                                    block: Block::NoTraceback,
                                });
                            }
                            _ => {
                                if (0x30..=0x37).contains(&c) {
                                    let mut digits = 3;
                                    let mut num = c - 0x30;
                                    while (0x30..=0x37).contains(&self.chr1) {
                                        digits -= 1;
                                        if digits == 0 {
                                            break;
                                        }
                                        self.next_char();
                                        num = num * 8 + (self.chr0 - 0x30);
                                    }
                                    c = num;
                                } else {
                                    push(&mut self.text, b'\\')?;
                                }
                            }
                        }
                    }
                    if c != EOF {
                        if c < 0x110000 && self.tok == Tok::Str {
                            // Like MicroPython, the escaped character is re-encoded even when
                            // it is one byte of a UTF-8 sequence (`r"\é"`).
                            push_utf8(&mut self.text, c)?;
                        } else if c < 0x100 && self.tok == Tok::Bytes {
                            push(&mut self.text, c as u8)?;
                        } else {
                            self.tok = Tok::Invalid;
                        }
                    }
                } else {
                    self.add_char(self.chr0)?;
                }
            }
            self.next_char();
        }
        if n_closing < num_quotes {
            self.tok = Tok::LonelyStringOpen;
        }
        let keep = self.text.len().saturating_sub(n_closing);
        self.text.truncate(keep);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use allocator_api2::alloc::Global;
    use std::vec::Vec as StdVec;

    fn toks(src: &str) -> StdVec<(Tok, u32, std::string::String)> {
        let mut lex = Lexer::new_in(src.as_bytes(), Global).unwrap();
        let mut out = StdVec::new();
        loop {
            let t = lex.tok;
            out.push((
                t,
                lex.tok_line,
                std::string::String::from_utf8_lossy(&lex.text).into_owned(),
            ));
            if t == Tok::End || out.len() > 100 {
                break;
            }
            lex.advance().unwrap();
        }
        out
    }

    #[test]
    fn newline_token_has_the_line_it_ends() {
        let t = toks("x = 1  # c\n\n\ny\n");
        assert_eq!(t[3], (Tok::Newline, 1, "".into()));
        assert_eq!(t[4], (Tok::Name, 4, "y".into()));
    }

    #[test]
    fn indent_and_dedent_carry_the_next_line() {
        let t: StdVec<_> = toks("if 1:\n  x\ny\n")
            .into_iter()
            .map(|(k, l, _)| (k, l))
            .collect();
        assert_eq!(t[4], (Tok::Indent, 2));
        assert_eq!(t[6], (Tok::Newline, 2));
        assert_eq!(t[7], (Tok::Dedent, 3));
    }

    #[test]
    fn fstring_becomes_format_call() {
        let t: StdVec<_> = toks("f'a{x!r:>{w}}b{y=}'\n")
            .into_iter()
            .map(|(k, _, s)| (k, s))
            .collect();
        assert_eq!(t[0], (Tok::Str, "a{!r:>{}}by={}".into()));
        let rest: StdVec<_> = t[1..].iter().map(|(k, _)| *k).collect();
        use Tok::*;
        assert_eq!(
            rest[..16],
            [
                Period, Name, ParenOpen, ParenOpen, Name, ParenClose, Comma, ParenOpen, Name,
                ParenClose, Comma, ParenOpen, Name, ParenClose, Comma, ParenClose
            ]
        );
    }

    #[test]
    fn nested_fstring_becomes_nested_call() {
        // f'{f"{n}"}', 1  ->  '{}'.format(('{}'.format((n),)),), 1
        let t: StdVec<_> = toks("f'{f\"{n}\"}', 1\n")
            .into_iter()
            .map(|(k, _, s)| (k, s))
            .collect();
        use Tok::*;
        let kinds: StdVec<_> = t.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds[..21],
            [
                Str, Period, Name, ParenOpen, ParenOpen, Str, Period, Name, ParenOpen, ParenOpen,
                Name, ParenClose, Comma, ParenClose, ParenClose, Comma, ParenClose, Comma, Integer,
                Newline, End
            ]
        );
    }

    #[test]
    fn adjacent_strings_join_but_not_with_bytes() {
        let t = toks("('a'\n 'b' \\\n 'c') b'x' 'y'\n");
        assert_eq!(t[1], (Tok::Str, 1, "abc".into()));
        assert_eq!(t[3].0, Tok::Bytes);
        assert_eq!(t[4].0, Tok::Str);
    }

    #[test]
    fn escapes() {
        let t = toks("'\\x41\\101\\u00e9\\q' b'\\u1234' r'\\n'\n");
        assert_eq!(t[0].2, "AA\u{e9}\\q");
        let t = toks("b'\\u12' r'\\n'\n");
        assert_eq!(t[0].2, "\\u12");
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let t: StdVec<_> = toks("x\r\ny\rz")
            .into_iter()
            .map(|(k, l, _)| (k, l))
            .collect();
        assert_eq!(
            t,
            [
                (Tok::Name, 1),
                (Tok::Newline, 1),
                (Tok::Name, 2),
                (Tok::Newline, 2),
                (Tok::Name, 3),
                (Tok::Newline, 3),
                (Tok::End, 4)
            ]
        );
    }
}
