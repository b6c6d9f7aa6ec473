//! A minimal compiler driver for differential testing without the `mpy-unix` crate:
//! `mpyc [-O<n>] [-s NAME] [-msmall-int-bits=N] [-X no-source-lines] -o OUT FILE`.
use allocator_api2::alloc::Global;
use mpy_compiler::{CompileOptions, compile};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut out, mut file, mut name) = (None, None, None);
    let mut opts = CompileOptions::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-o" || a == "-s" || a == "-X" {
            i += 1;
            let v = args[i].clone();
            match a.as_str() {
                "-o" => out = Some(v),
                "-s" => name = Some(v),
                _ => opts.source_lines = v != "no-source-lines",
            }
        } else if let Some(l) = a.strip_prefix("-O") {
            opts.optimize = l.parse().unwrap_or(1);
        } else if let Some(b) = a.strip_prefix("-msmall-int-bits=") {
            opts.small_int_bits = b.parse().unwrap_or(31);
        } else {
            file = Some(a.clone());
        }
        i += 1;
    }
    let file = file.expect("input file");
    let src = std::fs::read(&file).expect("read");
    let source_name = name.clone().unwrap_or(file.clone());
    opts.source_name = source_name.as_bytes();
    opts.extra_qstr = Some(file.as_bytes());
    opts.max_depth = 400;
    match compile(&src, &opts, Global) {
        Ok(m) => std::fs::write(out.expect("-o"), m.to_bytes()).expect("write"),
        Err(f) => {
            eprint!("{}", f.traceback(&file, &source_name));
            std::process::exit(1);
        }
    }
}
