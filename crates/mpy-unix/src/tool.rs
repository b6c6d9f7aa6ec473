//! `mpy-tool`: inspect and rewrite `.mpy` files.

use std::fmt::Write as _;

use mpy_format::{Module, disasm};

/// Usage text printed for bad command lines.
pub const USAGE: &str = "usage: mpy-tool dump FILE.mpy\n       mpy-tool rewrite IN.mpy OUT.mpy\n";

/// Runs `mpy-tool` with `args` (without the program name); returns the exit status.
///
/// Output goes to `out`, diagnostics to `err`; every failure is a message and status 1.
pub fn run(args: &[String], out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> i32 {
    match execute(args, out) {
        Ok(()) => 0,
        Err(msg) => {
            let _ = writeln!(err, "mpy-tool: {msg}");
            1
        }
    }
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{path}: {e}"))
}

fn parse<'a>(path: &str, bytes: &'a [u8]) -> Result<Module<'a>, String> {
    Module::parse(bytes)
        .map_err(|e| format!("{path}: {}: {} ({e})", e.exception().name(), e.message()))
}

fn execute(args: &[String], out: &mut dyn std::io::Write) -> Result<(), String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["dump", path] => {
            let bytes = read(path)?;
            let m = parse(path, &bytes)?;
            let mut text = String::new();
            disasm::dump(&mut text, &m).map_err(|_| String::from("formatting failed"))?;
            out.write_all(text.as_bytes()).map_err(|e| e.to_string())
        }
        ["rewrite", input, output] => {
            let bytes = read(input)?;
            let m = parse(input, &bytes)?;
            std::fs::write(output, m.to_bytes()).map_err(|e| format!("{output}: {e}"))
        }
        _ => {
            let mut msg = String::from("bad arguments\n");
            let _ = write!(msg, "{USAGE}");
            Err(msg)
        }
    }
}
