//! The three hand-made files of MicroPython's native-import test (format spec, Appendix C),
//! built for the x64 and armv7emsp headers, loaded as a port of that architecture would.

use mpy_format::error::MSG_INCOMPATIBLE_ARCH;
use mpy_format::{Arch, CodeKind, KindData, Module, PortInfo, ReadOptions};

fn qstr(out: &mut Vec<u8>, s: &str) {
    out.push((s.len() << 1) as u8);
    out.extend_from_slice(s.as_bytes());
    out.push(0);
}

fn header(a: u8, name: &str) -> Vec<u8> {
    let mut f = vec![b'M', 6, a, 0x1e, 0x02, 0x00];
    qstr(&mut f, name);
    qstr(&mut f, "outer");
    // Outer raw code: bytecode, 5 bytes, has children; prelude 00 02, name 01, None, return.
    f.extend_from_slice(&[0x2c, 0x00, 0x02, 0x01, 0x51, 0x63]);
    f
}

fn mod0(a: u8) -> Vec<u8> {
    vec![b'M', 6, 0xfc | (a & 3), 0x1e]
}

fn mod1(a: u8) -> Vec<u8> {
    let mut f = header(a, "mod1.py");
    f.push(0x02);
    f.push(0x42);
    f.extend_from_slice(&[0; 8]);
    f.push(0x00);
    f.push(0x43);
    f.extend_from_slice(&[0; 8]);
    f.extend_from_slice(&[0x00, 0x00, 0x00]);
    f
}

fn mod2(a: u8) -> Vec<u8> {
    let mut f = header(a, "mod2.py");
    f.push(0x01);
    f.push(0x22);
    f.extend_from_slice(&[0; 4]);
    f.extend_from_slice(&[0x70, 0x06, 0x04]);
    f.extend_from_slice(b"rodata");
    // One relocation and no 0xff terminator: the file ends where the next op would be.
    f.extend_from_slice(&[0x03, 0x01, 0x00]);
    f
}

fn outcome(port: &PortInfo, name: &str, bytes: &[u8]) -> String {
    match Module::load(bytes, port, ReadOptions::default()) {
        Ok(_) => format!("{name} OK"),
        Err(e) => format!("{name} {} {}", e.exception().name(), e.message()),
    }
}

#[test]
fn outcomes_match_micropython_on_x64_and_armv7emsp() {
    for arch in [Arch::X64, Arch::Armv7emsp] {
        let port = PortInfo::native(arch, if arch == Arch::X64 { 63 } else { 31 });
        let a = ((port.sys_implementation_mpy() >> 8) & 0x3f) as u8;
        let got = [
            outcome(&port, "mod0", &mod0(a)),
            outcome(&port, "mod1", &mod1(a)),
            outcome(&port, "mod2", &mod2(a)),
        ];
        assert_eq!(
            got,
            [
                "mod0 ValueError incompatible .mpy arch",
                "mod1 OK",
                "mod2 OK"
            ],
            "{arch:?}"
        );
    }
    assert_eq!(MSG_INCOMPATIBLE_ARCH, "incompatible .mpy arch");
}

#[test]
fn contents_are_read_as_written_and_rewrite_identically() {
    let a = (Arch::X64.code() << 2) | 3;
    let f1 = mod1(a);
    let m = Module::parse(&f1).unwrap();
    let kinds: Vec<CodeKind> = m.root.children.iter().map(|c| c.kind()).collect();
    assert_eq!(kinds, [CodeKind::Viper, CodeKind::Asm]);
    assert_eq!(m.to_bytes(), f1);

    let f2 = mod2(a);
    let m = Module::parse(&f2).unwrap();
    let KindData::Viper {
        rodata,
        bss_size,
        relocs,
        ..
    } = &m.root.children[0].data
    else {
        panic!("not viper");
    };
    assert_eq!(*rodata, Some(&b"rodata"[..]));
    assert_eq!(*bss_size, Some(4));
    let relocs = relocs.as_ref().unwrap();
    assert!(!relocs.terminated);
    assert_eq!(relocs.entries.len(), 1);
    assert_eq!(relocs.entries[0].location, Some(1));
    assert_eq!(relocs.entries[0].count, Some(0));
    assert_eq!(m.to_bytes(), f2);

    // With a terminator the list ends there, and the rewrite keeps it.
    let mut f3 = f2.clone();
    f3.push(0xff);
    let m = Module::parse(&f3).unwrap();
    assert_eq!(m.to_bytes(), f3);
}

#[test]
fn a_port_without_native_support_rejects_them() {
    let port = PortInfo::bytecode_only(63);
    let a = (Arch::X64.code() << 2) | 3;
    assert_eq!(
        outcome(&port, "mod1", &mod1(a)),
        "mod1 ValueError native code in .mpy unsupported"
    );
    // A file claiming arch 0 but holding viper/asm children: "incompatible .mpy file".
    let f = mod1(0);
    assert_eq!(
        outcome(&port, "mod1", &f),
        "mod1 ValueError incompatible .mpy file"
    );
    // A port with native support does not cross-check the header against the kinds.
    let x64 = PortInfo::native(Arch::X64, 63);
    assert_eq!(outcome(&x64, "mod1", &f), "mod1 OK");
}
