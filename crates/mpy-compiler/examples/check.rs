//! Parses and analyses files, printing the first error the way mpy-cross does (a debugging
//! and differential-testing aid): `check FILE...`, one result block per file.
use allocator_api2::alloc::Global;
use mpy_compiler::error::Block;
use mpy_compiler::scope::{ScopeOptions, analyse};
use mpy_compiler::{CompileError, ParseOptions, parse};

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

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read(&path).expect("read");
        let name = std::path::Path::new(&path)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let out = match parse(
            &src,
            &ParseOptions {
                max_depth: 400,
                ..Default::default()
            },
            Global,
        ) {
            Err(e) => render(&name, &e, None),
            Ok(mut ast) => match analyse(&mut ast, &ScopeOptions::default(), Global) {
                Err(e) => {
                    let b = match e.block {
                        Block::Scope(s) => {
                            Some(String::from_utf8_lossy(ast.names.get(s)).into_owned())
                        }
                        _ => None,
                    };
                    render(&name, &e, b)
                }
                Ok(_) => String::new(),
            },
        };
        print!("=== {path}\n{out}");
    }
}
