//! The `re` module: MicroPython's regular-expression subset (its re1.5 engine): literals, `.`,
//! classes `[...]` with ranges and `\d\w\s` (and negations), groups `(...)`/`(?:...)`, `|`,
//! `*` `+` `?` and their lazy forms, `^` `$`. No `{m,n}`; other escapes stand for the character
//! itself; `.` matches newline; `$` matches only at the end.
//!
//! Patterns compile to the same instruction sequence re1.5 builds, and a backtracking machine
//! with an explicit stack runs it in the same order, so results (including which of several
//! possible matches is found) agree with MicroPython.

use allocator_api2::vec::Vec;

use crate::buf::Buf;
use crate::error::{Exc, PyResult};
use crate::heapalloc::VmManual;
use crate::modutil::{Member, fill, get_int, kwarg};
use crate::obj::ObjHeader;
use crate::objexc::{INDEX_ERROR, NOT_IMPLEMENTED_ERROR, RUNTIME_ERROR, UNICODE_ERROR};
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, Type};
use crate::value::Value;
use crate::vm::Vm;

const OP_CHAR: i32 = 1;
const OP_ANY: i32 = 2;
const OP_CLASS: i32 = 3;
const OP_CLASS_NOT: i32 = 4;
const OP_NAMED: i32 = 5;
const OP_MATCH: i32 = 6;
const OP_JMP: i32 = 7;
const OP_SPLIT: i32 = 8;
const OP_RSPLIT: i32 = 9;
const OP_SAVE: i32 = 10;
const OP_BOL: i32 = 11;
const OP_EOL: i32 = 12;

/// Marks a named class (`\d` etc.) inside a `[...]` class.
const OP_NAMED_IN_CLASS: i32 = -1;

/// Length of the unanchored-search prefix (`.*?`).
const PREFIX: usize = 5;

/// Most backtracking entries a match may use before `RuntimeError`.
const MAX_BACKTRACK: usize = 20_000;

enum CompileError {
    TooComplex,
    Error,
    NoMemory,
}

struct Compiler<'a> {
    re: &'a [u8],
    i: usize,
    code: Vec<i32, VmManual>,
    nsub: i32,
}

fn is_named(c: u8) -> bool {
    matches!(c, b'd' | b'D' | b's' | b'S' | b'w' | b'W')
}

fn rel(at: usize, to: usize) -> i32 {
    to as i32 - at as i32 - 2
}

impl Compiler<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.re.get(self.i + k).copied().unwrap_or(0)
    }

    fn emit(&mut self, x: i32) -> Result<(), CompileError> {
        self.code
            .try_reserve(1)
            .map_err(|_| CompileError::NoMemory)?;
        self.code.push(x);
        Ok(())
    }

    fn insert2(&mut self, at: usize) -> Result<(), CompileError> {
        self.code
            .try_reserve(2)
            .map_err(|_| CompileError::NoMemory)?;
        self.code.insert(at, 0);
        self.code.insert(at, 0);
        Ok(())
    }

    fn compile(&mut self, depth: usize) -> Result<(), CompileError> {
        if depth > 100 {
            return Err(CompileError::TooComplex);
        }
        let start = self.code.len();
        let mut term = self.code.len();
        let mut alt_label: Option<usize> = None;
        while self.i < self.re.len() && self.re[self.i] != b')' {
            let c = self.re[self.i];
            match c {
                b'\\' => {
                    self.i += 1;
                    if self.i >= self.re.len() {
                        return Err(CompileError::TooComplex);
                    }
                    let e = self.re[self.i];
                    term = self.code.len();
                    self.emit(if is_named(e) { OP_NAMED } else { OP_CHAR })?;
                    self.emit(i32::from(e))?;
                }
                b'.' => {
                    term = self.code.len();
                    self.emit(OP_ANY)?;
                }
                b'[' => {
                    term = self.code.len();
                    self.i += 1;
                    if self.peek(0) == b'^' {
                        self.emit(OP_CLASS_NOT)?;
                        self.i += 1;
                    } else {
                        self.emit(OP_CLASS)?;
                    }
                    let count_at = self.code.len();
                    self.emit(0)?;
                    let mut cnt = 0;
                    loop {
                        if self.i >= self.re.len() {
                            return Err(CompileError::TooComplex);
                        }
                        let mut c = self.re[self.i];
                        if c == b']' {
                            break;
                        }
                        if c == b'\\' {
                            self.i += 1;
                            if self.i >= self.re.len() {
                                return Err(CompileError::TooComplex);
                            }
                            c = self.re[self.i];
                            if is_named(c) {
                                self.emit(OP_NAMED_IN_CLASS)?;
                                self.emit(i32::from(c))?;
                                self.i += 1;
                                cnt += 1;
                                continue;
                            }
                        }
                        let lo = c;
                        let mut hi = c;
                        if self.peek(1) == b'-' && self.peek(2) != b']' && self.peek(2) != 0 {
                            self.i += 2;
                            hi = self.re[self.i];
                        }
                        self.emit(i32::from(lo))?;
                        self.emit(i32::from(hi))?;
                        self.i += 1;
                        cnt += 1;
                    }
                    self.code[count_at] = cnt;
                }
                b'(' => {
                    term = self.code.len();
                    let capture = !(self.peek(1) == b'?' && self.peek(2) == b':');
                    let mut sub = 0;
                    if capture {
                        self.nsub += 1;
                        sub = self.nsub;
                        self.emit(OP_SAVE)?;
                        self.emit(2 * sub)?;
                    } else {
                        self.i += 2;
                    }
                    self.i += 1;
                    self.compile(depth + 1)?;
                    if self.peek(0) != b')' {
                        return Err(CompileError::TooComplex);
                    }
                    if capture {
                        self.emit(OP_SAVE)?;
                        self.emit(2 * sub + 1)?;
                    }
                }
                b'?' => {
                    if self.code.len() == term {
                        return Err(CompileError::TooComplex);
                    }
                    self.insert2(term)?;
                    if self.peek(1) == b'?' {
                        self.code[term] = OP_RSPLIT;
                        self.i += 1;
                    } else {
                        self.code[term] = OP_SPLIT;
                    }
                    self.code[term + 1] = rel(term, self.code.len());
                    term = self.code.len();
                }
                b'*' => {
                    if self.code.len() == term {
                        return Err(CompileError::TooComplex);
                    }
                    self.insert2(term)?;
                    let pc = self.code.len();
                    self.emit(OP_JMP)?;
                    self.emit(rel(pc, term))?;
                    if self.peek(1) == b'?' {
                        self.code[term] = OP_RSPLIT;
                        self.i += 1;
                    } else {
                        self.code[term] = OP_SPLIT;
                    }
                    self.code[term + 1] = rel(term, self.code.len());
                    term = self.code.len();
                }
                b'+' => {
                    if self.code.len() == term {
                        return Err(CompileError::TooComplex);
                    }
                    let pc = self.code.len();
                    if self.peek(1) == b'?' {
                        self.emit(OP_SPLIT)?;
                        self.i += 1;
                    } else {
                        self.emit(OP_RSPLIT)?;
                    }
                    self.emit(rel(pc, term))?;
                    term = self.code.len();
                }
                b'|' => {
                    if let Some(al) = alt_label {
                        self.code[al] = rel(al, self.code.len()) + 1;
                    }
                    self.insert2(start)?;
                    self.emit(OP_JMP)?;
                    alt_label = Some(self.code.len());
                    self.emit(0)?;
                    self.code[start] = OP_SPLIT;
                    self.code[start + 1] = rel(start, self.code.len());
                    term = self.code.len();
                }
                b'^' => {
                    self.emit(OP_BOL)?;
                    term = self.code.len();
                }
                b'$' => {
                    self.emit(OP_EOL)?;
                    term = self.code.len();
                }
                _ => {
                    term = self.code.len();
                    self.emit(OP_CHAR)?;
                    self.emit(i32::from(c))?;
                }
            }
            self.i += 1;
        }
        if let Some(al) = alt_label {
            self.code[al] = rel(al, self.code.len()) + 1;
        }
        Ok(())
    }
}

/// A compiled pattern.
#[repr(C)]
pub struct ReObj {
    base: ObjHeader,
    /// The instructions (a managed block of `len` words).
    code: *mut i32,
    len: usize,
    /// Number of capture groups (not counting group 0).
    nsub: usize,
}

/// A match: the subject and the start/end offsets of each group (-1 when unset).
#[repr(C)]
pub struct MatchObj {
    base: ObjHeader,
    subject: Value,
    /// Number of groups including group 0.
    num: usize,
    /// `2 * num` offsets (a managed block).
    caps: *mut isize,
}

/// Type of compiled patterns.
pub static RE_TYPE: Type = Type {
    print: Some(|_vm, buf, v, _k| {
        let _ = core::fmt::Write::write_fmt(buf, format_args!("<re {:x}>", v.bits()));
        Ok(())
    }),
    methods: RE_METHODS,
    ..Type::new(q!("re"))
};

/// Type of match objects.
pub static MATCH_TYPE: Type = Type {
    print: Some(|_vm, buf, v, _k| {
        // SAFETY: match objects only.
        let n = unsafe { (*v.as_ptr::<MatchObj>()).num };
        let _ = core::fmt::Write::write_fmt(buf, format_args!("<match num={n}>"));
        Ok(())
    }),
    methods: MATCH_METHODS,
    ..Type::new(q!("match"))
};

fn compile_pattern(vm: &mut Vm, pat: Value) -> PyResult {
    if pat.is_type(&RE_TYPE) {
        return Ok(pat);
    }
    let Some(re) = subject_bytes(vm, pat) else {
        let t = vm.type_name(pat);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    };
    let mut c = Compiler {
        re,
        i: 0,
        code: Vec::new_in(VmManual),
        nsub: 0,
    };
    let prefix = [OP_RSPLIT, 3, OP_ANY, OP_JMP, -5, OP_SAVE, 0];
    let r = (|| {
        for x in prefix {
            c.emit(x)?;
        }
        c.compile(0)?;
        if c.i < c.re.len() {
            return Err(CompileError::Error);
        }
        c.emit(OP_SAVE)?;
        c.emit(1)?;
        c.emit(OP_MATCH)
    })();
    match r {
        Ok(()) => {}
        Err(CompileError::NoMemory) => return Err(vm.memory_error()),
        Err(CompileError::TooComplex) => return Err(vm.value_error("regex too complex")),
        Err(CompileError::Error) => return Err(vm.value_error("error in regex")),
    }
    let bytes = c.code.len() * core::mem::size_of::<i32>();
    let block = vm.alloc_bytes(bytes)? as *mut i32;
    // SAFETY: a fresh block of `len` words.
    unsafe { core::ptr::copy_nonoverlapping(c.code.as_ptr(), block, c.code.len()) };
    vm.new_obj(ReObj {
        base: ObjHeader::new(&RE_TYPE),
        code: block,
        len: c.code.len(),
        nsub: c.nsub as usize,
    })
}

fn subject_bytes<'a>(vm: &Vm, v: Value) -> Option<&'a [u8]> {
    crate::objstr::str_bytes(vm, v).or_else(|| crate::objstr::bytes_bytes(v))
}

fn named_match(class: i32, c: u8) -> bool {
    let cls = class as u8;
    let hit = match cls | 0x20 {
        b'd' => c.is_ascii_digit(),
        b's' => c == b' ' || (b'\t'..=b'\r').contains(&c),
        _ => c.is_ascii_alphanumeric() || c == b'_',
    };
    // Upper-case names are the negations.
    hit != cls.is_ascii_uppercase()
}

enum Track {
    Choice(usize, usize),
    Undo(usize, isize),
}

/// Runs `code` from `pc` over `s[begin..end]`; `caps` receives the group offsets.
/// The text a match runs over: `s[begin..end]`, with `^` matching at `begin_line`.
struct Subject<'a> {
    s: &'a [u8],
    begin: usize,
    end: usize,
    begin_line: usize,
}

fn run(
    vm: &mut Vm,
    code: &[i32],
    pc0: usize,
    subj: &Subject<'_>,
    caps: &mut [isize],
) -> PyResult<bool> {
    let Subject {
        s,
        begin,
        end,
        begin_line,
    } = *subj;
    let mut stack: Vec<Track, VmManual> = Vec::new_in(VmManual);
    let mut pc = pc0;
    let mut sp = begin;
    let at = |k: usize| code.get(k).copied().unwrap_or(0);
    loop {
        let op = at(pc);
        let ok = match op {
            OP_CHAR if sp < end && i32::from(s[sp]) == at(pc + 1) => {
                sp += 1;
                pc += 2;
                true
            }
            OP_ANY if sp < end => {
                sp += 1;
                pc += 1;
                true
            }
            OP_CLASS | OP_CLASS_NOT => {
                if sp >= end {
                    false
                } else {
                    let n = at(pc + 1).max(0) as usize;
                    let c = s[sp];
                    let mut hit = false;
                    for k in 0..n {
                        let lo = at(pc + 2 + 2 * k);
                        let hi = at(pc + 3 + 2 * k);
                        if lo == OP_NAMED_IN_CLASS {
                            if named_match(hi, c) {
                                hit = true;
                                break;
                            }
                        } else if i32::from(c) >= lo && i32::from(c) <= hi {
                            hit = true;
                            break;
                        }
                    }
                    if hit == (op == OP_CLASS) {
                        sp += 1;
                        pc += 2 + 2 * n;
                        true
                    } else {
                        false
                    }
                }
            }
            OP_NAMED if sp < end && named_match(at(pc + 1), s[sp]) => {
                sp += 1;
                pc += 2;
                true
            }
            OP_MATCH => return Ok(true),
            OP_JMP => {
                pc = (pc as isize + 2 + at(pc + 1) as isize).max(0) as usize;
                true
            }
            OP_SPLIT | OP_RSPLIT => {
                let target = (pc as isize + 2 + at(pc + 1) as isize).max(0) as usize;
                let (first, second) = if op == OP_SPLIT {
                    (pc + 2, target)
                } else {
                    (target, pc + 2)
                };
                if stack.len() >= MAX_BACKTRACK {
                    return Err(vm.exc_msg(&RUNTIME_ERROR, "maximum recursion depth exceeded"));
                }
                stack.try_reserve(1).map_err(|_| vm.memory_error())?;
                stack.push(Track::Choice(second, sp));
                pc = first;
                true
            }
            OP_SAVE => {
                let off = at(pc + 1).max(0) as usize;
                pc += 2;
                if off < caps.len() {
                    if stack.len() >= MAX_BACKTRACK {
                        return Err(vm.exc_msg(&RUNTIME_ERROR, "maximum recursion depth exceeded"));
                    }
                    stack.try_reserve(1).map_err(|_| vm.memory_error())?;
                    stack.push(Track::Undo(off, caps[off]));
                    caps[off] = sp as isize;
                }
                true
            }
            OP_BOL => {
                pc += 1;
                sp == begin_line
            }
            OP_EOL => {
                pc += 1;
                sp == end
            }
            _ => false,
        };
        if ok {
            continue;
        }
        // Backtrack.
        loop {
            match stack.pop() {
                None => return Ok(false),
                Some(Track::Undo(off, old)) => caps[off] = old,
                Some(Track::Choice(p, s2)) => {
                    pc = p;
                    sp = s2;
                    break;
                }
            }
        }
    }
}

fn re_parts<'a>(v: Value) -> (&'a [i32], usize) {
    // SAFETY: compiled pattern objects only.
    unsafe {
        let r = &*v.as_ptr::<ReObj>();
        (core::slice::from_raw_parts(r.code, r.len), r.nsub)
    }
}

/// Runs pattern `re` on `subject` from `begin` to `end`; returns the match object or None.
fn exec(
    vm: &mut Vm,
    re: Value,
    subject: Value,
    begin: usize,
    end: usize,
    anchored: bool,
) -> PyResult<Option<Value>> {
    let (code, nsub) = re_parts(re);
    let Some(s) = subject_bytes(vm, subject) else {
        let t = vm.type_name(subject);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    };
    let num = nsub + 1;
    let capsp = vm.alloc_bytes(2 * num * core::mem::size_of::<isize>())? as *mut isize;
    // SAFETY: a fresh block of 2 * num offsets.
    let caps = unsafe { core::slice::from_raw_parts_mut(capsp, 2 * num) };
    caps.fill(-1);
    let end = end.min(s.len());
    let begin = begin.min(end);
    let pc = if anchored { PREFIX } else { 0 };
    let subj = Subject {
        s,
        begin,
        end,
        begin_line: 0,
    };
    if !run(vm, code, pc, &subj, caps)? {
        return Ok(None);
    }
    let m = vm.new_obj(MatchObj {
        base: ObjHeader::new(&MATCH_TYPE),
        subject,
        num,
        caps: capsp,
    })?;
    Ok(Some(m))
}

fn pos_args(vm: &mut Vm, s: Value, a: &[Value]) -> PyResult<(usize, usize)> {
    let len = subject_bytes(vm, s).map_or(0, |b| b.len()) as i64;
    let clamp = |x: i64| -> usize {
        let x = if x < 0 { x + len } else { x };
        x.clamp(0, len) as usize
    };
    let begin = match a.first() {
        Some(&p) => clamp(get_int(vm, p)?),
        None => 0,
    };
    let end = match a.get(1) {
        Some(&p) => clamp(get_int(vm, p)?),
        None => len as usize,
    };
    Ok((begin, end))
}

fn match_or_search(vm: &mut Vm, a: &[Value], anchored: bool, module: bool) -> PyResult {
    let re = compile_pattern(vm, a[0])?;
    let (begin, end) = if module {
        (0, usize::MAX)
    } else {
        pos_args(vm, a[1], &a[2..])?
    };
    Ok(exec(vm, re, a[1], begin, end, anchored)?.unwrap_or(Value::NONE))
}

fn caps_of<'a>(m: Value) -> &'a [isize] {
    // SAFETY: match objects only.
    unsafe {
        let o = &*m.as_ptr::<MatchObj>();
        core::slice::from_raw_parts(o.caps, 2 * o.num)
    }
}

fn new_text(vm: &mut Vm, like: Value, b: &[u8]) -> PyResult {
    if crate::objstr::bytes_bytes(like).is_some() {
        return crate::objstr::new_bytes(vm, b);
    }
    if core::str::from_utf8(b).is_err() {
        return Err(vm.exc_empty(&UNICODE_ERROR));
    }
    crate::objstr::new_str(vm, b)
}

fn group_index(vm: &mut Vm, m: Value, n: Value) -> PyResult<usize> {
    let num = caps_of(m).len() / 2;
    let i = get_int(vm, n)?;
    if i < 0 || i as usize >= num {
        let e = crate::objexc::new_exception_args(vm, &INDEX_ERROR, &[n])?;
        return Err(Exc(e));
    }
    Ok(i as usize)
}

fn group(vm: &mut Vm, m: Value, i: usize) -> PyResult {
    let caps = caps_of(m);
    let (a, b) = (caps[2 * i], caps[2 * i + 1]);
    if a < 0 || b < a {
        return Ok(Value::NONE);
    }
    // SAFETY: match objects only.
    let subject = unsafe { (*m.as_ptr::<MatchObj>()).subject };
    let s = subject_bytes(vm, subject).unwrap_or(&[]);
    let (a, b) = ((a as usize).min(s.len()), (b as usize).min(s.len()));
    new_text(vm, subject, &s[a..b])
}

static GROUP: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let i = match a.get(1) {
        Some(&n) => group_index(vm, a[0], n)?,
        None => 0,
    };
    group(vm, a[0], i)
});

static GROUPS: BuiltinFn = BuiltinFn::f1(|vm, m| {
    let num = caps_of(m).len() / 2;
    let l = crate::objlist::new_list(vm, &[])?;
    for i in 1..num {
        let g = group(vm, m, i)?;
        crate::objlist::list_append(vm, l, g)?;
    }
    crate::objtuple::new_tuple(vm, crate::objlist::list_items(l))
});

fn span_of(vm: &mut Vm, a: &[Value]) -> PyResult<(isize, isize)> {
    let i = match a.get(1) {
        Some(&n) => group_index(vm, a[0], n)?,
        None => 0,
    };
    let caps = caps_of(a[0]);
    Ok((caps[2 * i], caps[2 * i + 1]))
}

static SPAN: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| {
    let (s, e) = span_of(vm, a)?;
    crate::objtuple::new_tuple(vm, &[Value::small_int(s), Value::small_int(e)])
});
static START: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| Ok(Value::small_int(span_of(vm, a)?.0)));
static END: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| Ok(Value::small_int(span_of(vm, a)?.1)));

static MATCH_METHODS: &[Attr] = &[
    Attr::new(q!("group"), GROUP.value()),
    Attr::new(q!("groups"), GROUPS.value()),
    Attr::new(q!("span"), SPAN.value()),
    Attr::new(q!("start"), START.value()),
    Attr::new(q!("end"), END.value()),
];

fn sub(vm: &mut Vm, re: Value, repl: Value, subject: Value, mut count: i64) -> PyResult {
    let callable = !crate::objstr::is_str(repl)
        && crate::objstr::bytes_bytes(repl).is_none()
        && vm.type_of(repl).call.is_some();
    if !callable && subject_bytes(vm, repl).is_none() {
        let t = vm.type_name(repl);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    }
    let Some(len) = subject_bytes(vm, subject).map(|s| s.len()) else {
        let t = vm.type_name(subject);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    };
    let mut out = Buf::new();
    let mut begin = 0usize;
    let mut any = false;
    while let Some(m) = exec(vm, re, subject, begin, len, false)? {
        let caps = caps_of(m);
        let (ms, me) = (caps[0].max(0) as usize, caps[1].max(0) as usize);
        if ms == me {
            break;
        }
        any = true;
        let s = subject_bytes(vm, subject).unwrap_or(&[]);
        out.push_bytes(&s[begin.min(ms)..ms]);
        let r = if callable {
            vm.call(repl, &[m], &[])?
        } else {
            repl
        };
        let Some(rb) = subject_bytes(vm, r) else {
            let t = vm.type_name(r);
            return Err(
                vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly"))
            );
        };
        let num = caps_of(m).len() / 2;
        let mut k = 0;
        while k < rb.len() {
            let c = rb[k];
            if c != b'\\' {
                out.push(c);
                k += 1;
                continue;
            }
            k += 1;
            let mut g_form = false;
            if rb.get(k) == Some(&b'g') && rb.get(k + 1) == Some(&b'<') {
                k += 2;
                g_form = true;
            }
            if rb.get(k).is_some_and(u8::is_ascii_digit) {
                let mut n: usize = 0;
                while let Some(d) = rb.get(k).filter(|d| d.is_ascii_digit()) {
                    n = n.saturating_mul(10).saturating_add(usize::from(d - b'0'));
                    k += 1;
                }
                if g_form && rb.get(k) == Some(&b'>') {
                    k += 1;
                }
                if n >= num {
                    let e = crate::objexc::new_exception_args(
                        vm,
                        &INDEX_ERROR,
                        &[Value::small_int(n.min(isize::MAX as usize >> 2) as isize)],
                    )?;
                    return Err(Exc(e));
                }
                let caps = caps_of(m);
                let (a, b) = (caps[2 * n], caps[2 * n + 1]);
                if a >= 0 && b >= a {
                    let s = subject_bytes(vm, subject).unwrap_or(&[]);
                    out.push_bytes(&s[(a as usize).min(s.len())..(b as usize).min(s.len())]);
                }
            } else if rb.get(k) == Some(&b'\\') {
                out.push(b'\\');
                k += 1;
            }
        }
        begin = me;
        if count > 0 {
            count -= 1;
            if count == 0 {
                break;
            }
        }
    }
    if !any {
        return Ok(subject);
    }
    let s = subject_bytes(vm, subject).unwrap_or(&[]);
    out.push_bytes(&s[begin.min(s.len())..]);
    if out.oom {
        return Err(vm.memory_error());
    }
    new_text(vm, subject, out.as_bytes())
}

fn count_arg(vm: &mut Vm, a: Option<&Value>, kw: &[Value], name: &[u8]) -> PyResult<i64> {
    match a.copied().or_else(|| kwarg(vm, kw, name)) {
        Some(v) => get_int(vm, v),
        None => Ok(0),
    }
}

static RE_MATCH: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| match_or_search(vm, a, true, false));
static RE_SEARCH: BuiltinFn = BuiltinFn::var(2, 4, |vm, a| match_or_search(vm, a, false, false));
static RE_SUB: BuiltinFn = BuiltinFn::kw(3, |vm, a, kw| {
    crate::modutil::check_kwargs(vm, kw, &[b"count"])?;
    let count = count_arg(vm, a.get(3), kw, b"count")?;
    sub(vm, a[0], a[1], a[2], count)
});
static RE_SPLIT: BuiltinFn = BuiltinFn::kw(2, |vm, a, kw| {
    crate::modutil::check_kwargs(vm, kw, &[b"maxsplit"])?;
    let mut maxsplit = count_arg(vm, a.get(2), kw, b"maxsplit")?;
    let (re, subject) = (a[0], a[1]);
    let (_, nsub) = re_parts(re);
    let Some(len) = subject_bytes(vm, subject).map(|s| s.len()) else {
        let t = vm.type_name(subject);
        return Err(vm.type_error_fmt(format_args!("can't convert '{t}' object to str implicitly")));
    };
    let out = crate::objlist::new_list(vm, &[])?;
    let mut begin = 0usize;
    while let Some(m) = exec(vm, re, subject, begin, len, false)? {
        let caps = caps_of(m);
        let (ms, me) = (caps[0].max(0) as usize, caps[1].max(0) as usize);
        if ms == me {
            break;
        }
        let s = subject_bytes(vm, subject).unwrap_or(&[]);
        let piece = new_text(vm, subject, &s[begin.min(ms)..ms])?;
        crate::objlist::list_append(vm, out, piece)?;
        if nsub > 0 {
            return Err(vm.exc_msg(&NOT_IMPLEMENTED_ERROR, "splitting with sub-captures"));
        }
        begin = me;
        if maxsplit > 0 {
            maxsplit -= 1;
            if maxsplit == 0 {
                break;
            }
        }
    }
    let s = subject_bytes(vm, subject).unwrap_or(&[]);
    let piece = new_text(vm, subject, &s[begin.min(s.len())..])?;
    crate::objlist::list_append(vm, out, piece)?;
    Ok(out)
});

static RE_METHODS: &[Attr] = &[
    Attr::new(q!("match"), RE_MATCH.value()),
    Attr::new(q!("search"), RE_SEARCH.value()),
    Attr::new(q!("split"), RE_SPLIT.value()),
    Attr::new(q!("sub"), RE_SUB.value()),
];

static COMPILE: BuiltinFn = BuiltinFn::var(1, 2, |vm, a| compile_pattern(vm, a[0]));
static MATCH: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| match_or_search(vm, a, true, true));
static SEARCH: BuiltinFn = BuiltinFn::var(2, 3, |vm, a| match_or_search(vm, a, false, true));
static SUB: BuiltinFn = BuiltinFn::kw(3, |vm, a, kw| {
    crate::modutil::check_kwargs(vm, kw, &[b"count", b"flags"])?;
    let count = count_arg(vm, a.get(3), kw, b"count")?;
    let re = compile_pattern(vm, a[0])?;
    sub(vm, re, a[1], a[2], count)
});

static MEMBERS: &[Member] = &[
    (b"compile", COMPILE.value()),
    (b"match", MATCH.value()),
    (b"search", SEARCH.value()),
    (b"sub", SUB.value()),
];

/// Fills the `re` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    fill(vm, g, MEMBERS)
}
