//! The syntax-error corpus (`tests/syntax`): every case must fail with the exception type,
//! message, line and traceback block that MicroPython's mpy-cross reports (the committed
//! `.err` files were captured from it by `tests/syntax/regen.sh`).

use std::path::Path;

use allocator_api2::alloc::Global;
use mpy_compiler::error::Block;
use mpy_compiler::scope::{ScopeOptions, analyse};
use mpy_compiler::{CompileError, ParseOptions, parse};

/// Renders an error the way mpy-cross prints it.
fn render(file: &str, e: &CompileError, block: Option<String>) -> String {
    let head = match (&e.block, block) {
        (Block::NoTraceback, _) => String::new(),
        (_, Some(b)) => format!(
            "Traceback (most recent call last):\n  File \"{file}\", line {}, in {b}\n",
            e.line
        ),
        (_, None) => format!(
            "Traceback (most recent call last):\n  File \"{file}\", line {}\n",
            e.line
        ),
    };
    format!("{head}{}: {}\n", e.kind.name(), e.msg)
}

fn compile_error(file: &str, src: &[u8]) -> Option<String> {
    let opts = ParseOptions::default();
    let mut ast = match parse(src, &opts, Global) {
        Ok(a) => a,
        Err(e) => return Some(render(file, &e, None)),
    };
    match analyse(&mut ast, &ScopeOptions::default(), Global) {
        Ok(_) => None,
        Err(e) => {
            let b = match e.block {
                Block::Scope(s) => Some(String::from_utf8_lossy(ast.names.get(s)).into_owned()),
                _ => None,
            };
            Some(render(file, &e, b))
        }
    }
}

#[test]
fn syntax_corpus_matches_mpy_cross() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/syntax")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("py"))
        .collect();
    names.sort();
    let mut bad = Vec::new();
    for p in &names {
        let file = p.file_name().unwrap().to_str().unwrap();
        let src = std::fs::read(p).unwrap();
        let expected = std::fs::read_to_string(p.with_extension("err")).unwrap();
        let got = compile_error(file, &src).unwrap_or_else(|| "(compiled without error)\n".into());
        if got != expected {
            bad.push(format!("--- {file}\nexpected:\n{expected}got:\n{got}"));
        }
    }
    println!(
        "syntax corpus: {} of {} match",
        names.len() - bad.len(),
        names.len()
    );
    assert!(names.len() >= 80, "corpus too small");
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
