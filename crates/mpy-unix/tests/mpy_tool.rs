//! The `mpy-tool` binary: dumps, rewrites, and clean failures (message on stderr, status 1).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../mpy-format/tests/data")
        .join(name)
}

fn tool(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpy-tool"))
        .args(args)
        .output()
        .expect("run mpy-tool")
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mpy-tool");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn dump_prints_header_tables_and_disassembly() {
    let out = tool(&["dump".as_ref(), data("b.mpy").as_os_str()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "mpy version 6, sub-version 0, arch none",
        "'__init__' (static 17)",
        "raw code 0.1 outer: bytecode",
        "MAKE_CLOSURE child 0 (inner) n_closed 1",
        "STORE_ATTR x",
        "args: a b c",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    let out = tool(&["dump".as_ref(), data("c.mpy").as_os_str()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("arch x64") && text.contains("viper, body 144 bytes"),
        "{text}"
    );
}

#[test]
fn rewrite_is_byte_identical() {
    for name in ["a.mpy", "b.mpy", "c.mpy", "d.mpy"] {
        let out_path = tmp(name);
        let out = tool(&[
            "rewrite".as_ref(),
            data(name).as_os_str(),
            out_path.as_os_str(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            std::fs::read(&out_path).unwrap(),
            std::fs::read(data(name)).unwrap()
        );
    }
}

#[test]
fn failures_are_messages_and_status_1() {
    let bad = tmp("bad.mpy");
    std::fs::write(&bad, b"M\x05\x00\x1f").unwrap();
    let truncated = tmp("truncated.mpy");
    std::fs::write(&truncated, &std::fs::read(data("b.mpy")).unwrap()[..50]).unwrap();
    let cases: [(Vec<&std::ffi::OsStr>, &str); 5] = [
        (
            vec!["dump".as_ref(), bad.as_os_str()],
            "ValueError: incompatible .mpy file",
        ),
        (
            vec!["dump".as_ref(), truncated.as_os_str()],
            "unexpected end of data",
        ),
        (
            vec!["dump".as_ref(), "/nonexistent.mpy".as_ref()],
            "/nonexistent.mpy",
        ),
        (vec!["frobnicate".as_ref()], "usage: mpy-tool"),
        (vec![], "usage: mpy-tool"),
    ];
    for (args, needle) in cases {
        let out = tool(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
