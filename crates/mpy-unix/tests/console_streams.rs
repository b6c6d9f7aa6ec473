//! Programs under `tests/console/` that read standard input: each runs with its `.in` file
//! piped in, and its output must equal the committed `.exp` made by the real MicroPython.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/console")
}

#[test]
fn console_programs_match_micropython() {
    let mut checked = 0;
    for entry in std::fs::read_dir(dir()).unwrap() {
        let py = entry.unwrap().path();
        if py.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let input = std::fs::read(py.with_extension("in")).unwrap_or_default();
        let expected = std::fs::read(format!("{}.exp", py.display())).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_micropython"))
            .arg(&py)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected),
            "{}: stderr {}",
            py.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        checked += 1;
    }
    assert!(checked > 0);
}
