//! `mpy-tool dump FILE.mpy` and `mpy-tool rewrite IN.mpy OUT.mpy`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = mpy_unix::tool::run(&args, &mut std::io::stdout().lock(), &mut std::io::stderr());
    std::process::exit(code);
}
