//! Every program of the shared `tests/py` corpus is valid Python and must parse and analyse.

use std::path::Path;

#[test]
fn corpus_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut failures = Vec::new();
    let mut n = 0;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("py") {
            continue;
        }
        n += 1;
        let src = std::fs::read(&p).unwrap();
        let opts = mpy_compiler::ParseOptions::default();
        let r =
            mpy_compiler::parse(&src, &opts, allocator_api2::alloc::Global).and_then(|mut ast| {
                let so = mpy_compiler::scope::ScopeOptions {
                    have_native: true,
                    ..Default::default()
                };
                mpy_compiler::scope::analyse(&mut ast, &so, allocator_api2::alloc::Global)
                    .map(|_| ())
            });
        if let Err(err) = r {
            failures.push(format!("{}: {}", p.display(), err));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        n,
        failures.join("\n")
    );
}
