//! Hand-made bad files: every loader error gives MicroPython's exception and message, and no
//! input, however mangled, makes the reader panic.

use mpy_format::error::{MSG_INCOMPATIBLE_ARCH, MSG_INCOMPATIBLE_FILE, MSG_NATIVE_UNSUPPORTED};
use mpy_format::{Arch, ErrorKind, Module, PortInfo, PyExc, ReadOptions};
use quickcheck::{QuickCheck, TestResult};

const FILES: [&[u8]; 4] = [
    include_bytes!("data/a.mpy"),
    include_bytes!("data/b.mpy"),
    include_bytes!("data/c.mpy"),
    include_bytes!("data/d.mpy"),
];

const X64: PortInfo = PortInfo::native(Arch::X64, 63);

fn load_err(bytes: &[u8]) -> mpy_format::Error {
    Module::load(bytes, &X64, ReadOptions::default()).expect_err("file should be rejected")
}

fn with(file: &[u8], at: usize, b: u8) -> Vec<u8> {
    let mut v = file.to_vec();
    v[at] = b;
    v
}

#[test]
fn header_errors() {
    let a = FILES[0];
    let cases: [(Vec<u8>, &str); 7] = [
        (with(a, 0, b'X'), MSG_INCOMPATIBLE_FILE),
        (with(a, 1, 5), MSG_INCOMPATIBLE_FILE),
        (with(a, 1, 7), MSG_INCOMPATIBLE_FILE),
        (with(a, 2, 0x08), MSG_INCOMPATIBLE_FILE),
        (with(a, 2, 0x1f), MSG_INCOMPATIBLE_ARCH),
        (with(a, 3, 64), MSG_INCOMPATIBLE_FILE),
        (with(a, 2, 0x40), MSG_INCOMPATIBLE_FILE),
    ];
    for (bytes, msg) in cases {
        let e = load_err(&bytes);
        assert_eq!(
            (e.exception(), e.message()),
            (PyExc::ValueError, msg),
            "{bytes:02x?}"
        );
    }
    let e = Module::load(
        FILES[2],
        &PortInfo::bytecode_only(63),
        ReadOptions::default(),
    );
    assert_eq!(e.unwrap_err().message(), MSG_NATIVE_UNSUPPORTED);
    // The pure parser also refuses what no port accepts.
    assert_eq!(
        Module::parse(&with(a, 0, 0)).unwrap_err().kind,
        ErrorKind::BadMagic(0)
    );
    assert_eq!(
        Module::parse(&with(a, 1, 5)).unwrap_err().kind,
        ErrorKind::BadVersion(5)
    );
    assert_eq!(
        Module::parse(&with(FILES[2], 2, 0x0a)).unwrap_err().kind,
        ErrorKind::BadSubVersion(2)
    );
}

#[test]
fn truncation_at_every_offset_is_incompatible_file() {
    for file in FILES {
        for n in 0..file.len() {
            let e = Module::parse(&file[..n]).expect_err("prefix should fail");
            assert_eq!(e.message(), MSG_INCOMPATIBLE_FILE, "prefix {n}");
            assert!(e.offset <= n, "offset {} beyond prefix {n}", e.offset);
            // A runtime rejects a foreign arch before it notices the truncation.
            let whole = Module::load(file, &X64, ReadOptions::default()).err();
            let expect = match whole {
                Some(e) if n >= 4 => e.message(),
                _ => MSG_INCOMPATIBLE_FILE,
            };
            assert_eq!(load_err(&file[..n]).message(), expect, "prefix {n}");
        }
    }
}

#[test]
fn trailing_bytes_are_ignored() {
    let mut v = FILES[1].to_vec();
    v.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7]);
    let m = Module::parse(&v).unwrap();
    assert_eq!(m.trailing, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(m.to_bytes(), FILES[1]);
}

fn file(tables: &[u8], root: &[u8]) -> Vec<u8> {
    let mut v = vec![b'M', 6, 0, 31];
    v.extend_from_slice(tables);
    v.extend_from_slice(root);
    v
}

const ROOT: [u8; 6] = [0x28, 0x00, 0x02, 0x00, 0x51, 0x63];

#[test]
fn oversized_lengths_fail_without_allocating() {
    // A qstr claiming 2^34 bytes.
    let e = Module::parse(&file(&[1, 0, 0xc0, 0x80, 0x80, 0x80, 0x00], &ROOT)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Truncated);
    // 2^60 qstrs and constants in a tiny file.
    let e = Module::parse(&file(
        &[0x90, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0],
        &[],
    ))
    .unwrap_err();
    assert_eq!(e.message(), MSG_INCOMPATIBLE_FILE);
    // A body longer than the file.
    let e = Module::parse(&file(&[1, 0, 0x03], &[0xff, 0xff, 0x7f, 0x00])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Truncated);
    // A varuint of more than 64 bits.
    let e = Module::parse(&file(&[0xff; 12], &[])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::VarUintOverflow);
    assert_eq!(e.message(), MSG_INCOMPATIBLE_FILE);
    // A string constant claiming more bytes than there are.
    let e = Module::parse(&file(&[1, 1, 0x03, 0x05, 0x90, 0x00], &ROOT)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Truncated);
    // A tuple of 2^40 items.
    let e = Module::parse(&file(
        &[1, 1, 0x03, 0x0a, 0xa0, 0x80, 0x80, 0x80, 0x80, 0x00],
        &ROOT,
    ))
    .unwrap_err();
    assert_eq!(e.message(), MSG_INCOMPATIBLE_FILE);
}

#[test]
fn bad_kinds_and_indices() {
    for kind in [0x0b, 0x7f, 0xff] {
        let e = Module::parse(&file(&[1, 1, 0x03, kind, 0x01, b'1'], &ROOT)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::BadConstKind(kind));
        assert_eq!(e.message(), MSG_INCOMPATIBLE_FILE);
    }
    // Static qstr numbers 0 and 166.
    let e = Module::parse(&file(&[1, 0, 0x01], &ROOT)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadStaticQstr(0));
    let e = Module::parse(&file(&[1, 0, 0x82, 0x4d], &ROOT)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadStaticQstr(166));
    // A native raw code whose prelude offset is past its body.
    let native = [0x21, 0, 0, 0, 0, 0x09];
    let e = Module::parse(&file(&[1, 0, 0x03], &native)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadPreludeOffset(9));
}

#[test]
fn every_constant_kind_round_trips() {
    let consts: &[u8] = &[
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x02, b'h', b'i', 0x00, 0x06, 0x00, 0x00, 0x07, 0x03,
        b'-', b'1', b'2', 0x08, 0x03, b'1', b'.', b'5', 0x09, 0x02, b'2', b'j', 0x0a, 0x02, 0x07,
        0x01, b'1', 0x0a, 0x01, 0x01,
    ];
    let mut tables = vec![1, 11, 0x03];
    tables.extend_from_slice(consts);
    let f = file(&tables, &ROOT);
    let m = Module::parse(&f).unwrap();
    assert_eq!(m.consts.len(), 11);
    assert_eq!(m.to_bytes(), f);
    let mut s = String::new();
    mpy_format::disasm::dump(&mut s, &m).unwrap();
    assert!(s.contains("(1, (None,))"), "{s}");
    assert!(s.contains("'hi'") && s.contains("b''") && s.contains("-12") && s.contains("2j"));
}

#[test]
fn nesting_is_bounded() {
    // 1000 nested 1-tuples.
    let mut tables = vec![1, 1, 0x03];
    for _ in 0..1000 {
        tables.extend_from_slice(&[0x0a, 0x01]);
    }
    tables.push(0x01);
    let e = Module::parse(&file(&tables, &ROOT)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooDeep(128));
    let deep = file(&tables, &ROOT);
    assert!(Module::parse_with(&deep, ReadOptions { max_depth: 2000 }).is_ok());
    // 1000 nested raw codes, each with one child.
    let mut code = Vec::new();
    for _ in 0..1000 {
        code.extend_from_slice(&[0x2c, 0x00, 0x02, 0x00, 0x51, 0x63, 0x01]);
    }
    code.extend_from_slice(&ROOT);
    let e = Module::parse(&file(&[1, 0, 0x03], &code)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooDeep(128));
}

/// Applies a list of edits (position, value, kind) to a copy of one of the files.
fn mutate(which: u8, edits: &[(u16, u8, u8)]) -> Vec<u8> {
    let mut v = FILES[usize::from(which) % FILES.len()].to_vec();
    for &(pos, val, kind) in edits {
        if v.is_empty() {
            break;
        }
        let at = usize::from(pos) % v.len();
        match kind % 4 {
            0 => v[at] = val,
            1 => v[at] ^= 1 << (val % 8),
            2 => v.insert(at, val),
            _ => {
                v.remove(at);
            }
        }
    }
    v
}

#[test]
fn mutated_files_never_panic_and_what_parses_rewrites_consistently() {
    fn prop(which: u8, edits: Vec<(u16, u8, u8)>) -> TestResult {
        let bytes = mutate(which, &edits);
        let _ = Module::load(&bytes, &X64, ReadOptions::default());
        let _ = Module::load(
            &bytes,
            &PortInfo::native(Arch::Armv7emsp, 31),
            ReadOptions::default(),
        );
        match Module::parse(&bytes) {
            Err(e) => {
                // Every error maps to a Python exception with a message.
                TestResult::from_bool(!e.message().is_empty() && e.offset <= bytes.len())
            }
            Ok(m) => {
                let mut s = String::new();
                mpy_format::disasm::dump(&mut s, &m).unwrap();
                let again = m.to_bytes();
                let m2 = Module::parse(&again).expect("a written file parses");
                let mut m1 = m.clone();
                m1.trailing = &[];
                TestResult::from_bool(m1 == m2)
            }
        }
    }
    QuickCheck::new()
        .tests(3000)
        .quickcheck(prop as fn(u8, Vec<(u16, u8, u8)>) -> TestResult);
}

#[test]
fn random_bytes_after_a_header_never_panic() {
    fn prop(tail: Vec<u8>, feature: u8) -> bool {
        let mut v = vec![b'M', 6, feature, 31];
        v.extend_from_slice(&tail);
        let _ = Module::load(&v, &X64, ReadOptions::default());
        if let Ok(m) = Module::parse(&v) {
            let mut s = String::new();
            mpy_format::disasm::dump(&mut s, &m).unwrap();
        }
        true
    }
    QuickCheck::new()
        .tests(3000)
        .quickcheck(prop as fn(Vec<u8>, u8) -> bool);
}
