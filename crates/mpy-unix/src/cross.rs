//! The `mpy-cross` command line: MicroPython 1.29's options, messages and exit codes.
//!
//! [`run`] takes the arguments and the three standard streams, so tests can drive it without
//! a process. Only bytecode output exists so far: `-march=` is accepted (native decorators
//! then fail with `invalid arch`, as in an `mpy-cross` built without that emitter).

use std::io::{Read, Write};
use std::path::Path;

use mpy_compiler::{CompileOptions, compile};

/// The version line of `--version`.
pub const VERSION: &str = "MicroPython v1.29.0 on 2026-08-29; mpy-cross emitting mpy v6.3";

/// Architectures `-march=` accepts.
pub const ARCHS: [&str; 14] = [
    "x86",
    "x64",
    "armv6",
    "armv6m",
    "armv7m",
    "armv7em",
    "armv7emsp",
    "armv7emdp",
    "xtensa",
    "xtensawin",
    "rv32imc",
    "rv64imc",
    "host",
    "debug",
];

/// The usage text after its first line (verbatim from mpy-cross 1.29).
const USAGE: &str = "Options:
--version : show version information
-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter;
                x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,
                armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug
-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a comma-separated flags string)
                       supported flags for rv32imc: zba, zcmp

Implementation specific options:
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n> -- set the heap size for the GC (default 2097152)
  source-lines    -- include source line numbers (default)
  no-source-lines -- exclude source line numbers
";

fn usage_text(argv0: &str) -> String {
    format!("usage: {argv0} [<opts>] [-X <implopt>] [--] <input filename>\n{USAGE}")
}

/// The default code emitter (`-X emit=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultEmit {
    /// Bytecode.
    Bytecode,
    /// Native code for every function.
    Native,
    /// Viper code for every function.
    Viper,
}

/// Parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    /// Input path (`-` for stdin).
    pub input: String,
    /// `-o`.
    pub output: Option<String>,
    /// `-s`.
    pub source_name: Option<String>,
    /// `-O` level.
    pub optimize: u8,
    /// `-msmall-int-bits=`.
    pub small_int_bits: u8,
    /// `-march=`.
    pub arch: Option<String>,
    /// `-X emit=`.
    pub emit: DefaultEmit,
    /// `-X source-lines` / `no-source-lines`.
    pub source_lines: bool,
    /// Number of `-v`.
    pub verbose: u32,
}

/// Why the command line was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgError {
    /// `--version` was given: print the version and succeed.
    Version,
    /// Print the usage text and fail.
    Usage,
    /// Print this message on stderr and fail.
    Message(&'static str),
}

/// The `-O` forms: `-ON` takes the digit, otherwise the number of `O`s.
fn opt_level(arg: &str) -> u8 {
    let b = arg.as_bytes();
    match b.get(2) {
        Some(d) if d.is_ascii_digit() => d & 0xf,
        _ => b[1..].iter().take_while(|&&c| c == b'O').count() as u8,
    }
}

/// Parses the arguments after the program name, as mpy-cross does.
pub fn parse_args(args: &[String]) -> Result<Args, ArgError> {
    let mut a = Args {
        input: String::new(),
        output: None,
        source_name: None,
        optimize: 0,
        small_int_bits: 31,
        arch: None,
        emit: DefaultEmit::Bytecode,
        source_lines: true,
        verbose: 0,
    };
    let mut input: Option<String> = None;
    let mut i = 0;
    let mut only_files = false;
    while i < args.len() {
        let arg = &args[i];
        let mut set_input = |s: &str| -> Result<(), ArgError> {
            if input.is_some() {
                return Err(ArgError::Message("multiple input files"));
            }
            input = Some(s.to_string());
            Ok(())
        };
        if only_files || !arg.starts_with('-') || arg == "-" {
            set_input(arg)?;
        } else if arg == "--version" {
            return Err(ArgError::Version);
        } else if arg == "--" {
            only_files = true;
        } else if arg == "-v" {
            a.verbose += 1;
        } else if arg.starts_with("-O") {
            a.optimize = opt_level(arg);
        } else if arg == "-o" || arg == "-s" || arg == "-X" {
            i += 1;
            let v = args.get(i).ok_or(ArgError::Usage)?.clone();
            match arg.as_str() {
                "-o" => a.output = Some(v),
                "-s" => a.source_name = Some(v),
                _ => match v.as_str() {
                    "emit=bytecode" => a.emit = DefaultEmit::Bytecode,
                    "emit=native" => a.emit = DefaultEmit::Native,
                    "emit=viper" => a.emit = DefaultEmit::Viper,
                    "source-lines" => a.source_lines = true,
                    "no-source-lines" => a.source_lines = false,
                    h if h.starts_with("heapsize=") => {}
                    _ => return Err(ArgError::Usage),
                },
            }
        } else if let Some(n) = arg.strip_prefix("-msmall-int-bits=") {
            if n.is_empty() || !n.bytes().all(|c| c.is_ascii_digit()) {
                return Err(ArgError::Usage);
            }
            a.small_int_bits = n.parse::<u8>().unwrap_or(u8::MAX);
        } else if let Some(m) = arg.strip_prefix("-march=") {
            if !ARCHS.contains(&m) {
                return Err(ArgError::Usage);
            }
            a.arch = Some(m.to_string());
        } else if arg.starts_with("-march-flags=") {
            // Only meaningful for native code.
        } else {
            return Err(ArgError::Usage);
        }
        i += 1;
    }
    a.input = input.ok_or(ArgError::Message("no input file"))?;
    if a.emit != DefaultEmit::Bytecode && a.arch.is_none() {
        return Err(ArgError::Message("arch not specified"));
    }
    Ok(a)
}

/// The default output path: the input without its last two bytes, plus `mpy`
/// (`x.py` -> `x.mpy`, and, as in mpy-cross, `x.txt` -> `x.tmpy`).
pub fn default_output(input: &str) -> String {
    let mut cut = input.len().saturating_sub(2);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}mpy", &input[..cut])
}

/// Compiles one source text with the command-line options; `Err` holds the stderr text.
pub fn compile_source(src: &[u8], file: &str, a: &Args) -> Result<Vec<u8>, String> {
    if a.emit != DefaultEmit::Bytecode {
        return Err("mpy-cross: native and viper output are not supported yet\n".into());
    }
    let source_name = a.source_name.as_deref().unwrap_or(file);
    let opts = CompileOptions {
        source_name: source_name.as_bytes(),
        extra_qstr: Some(file.as_bytes()),
        optimize: a.optimize,
        small_int_bits: a.small_int_bits.clamp(2, 64),
        source_lines: a.source_lines,
        max_depth: 400,
    };
    // The parser and code generator recurse with the nesting of the source.
    std::thread::scope(|s| {
        let t = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn_scoped(s, || {
                compile(src, &opts, allocator_api2::alloc::Global)
                    .map(|m| m.to_bytes())
                    .map_err(|f| f.traceback(file, source_name))
            });
        match t {
            Ok(h) => h
                .join()
                .unwrap_or_else(|_| Err("mpy-cross: internal error\n".into())),
            Err(e) => Err(format!("mpy-cross: {e}\n")),
        }
    })
}

/// Runs mpy-cross with `args` (program name first); returns the exit code.
pub fn run(
    args: &[String],
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let argv0 = args.first().map_or("mpy-cross", String::as_str);
    let a = match parse_args(args.get(1..).unwrap_or(&[])) {
        Ok(a) => a,
        Err(ArgError::Version) => {
            let _ = writeln!(stdout, "{VERSION}");
            return 0;
        }
        Err(ArgError::Usage) => {
            let _ = stdout.write_all(usage_text(argv0).as_bytes());
            return 1;
        }
        Err(ArgError::Message(m)) => {
            let _ = writeln!(stderr, "{m}");
            return 1;
        }
    };
    let from_stdin = a.input == "-";
    let (src, file) = if from_stdin {
        let mut v = Vec::new();
        if stdin.read_to_end(&mut v).is_err() {
            let _ = writeln!(stderr, "OSError: (5, \"can't read <stdin>\")");
            return 1;
        }
        (v, "<stdin>".to_string())
    } else {
        match std::fs::read(&a.input) {
            Ok(v) => (v, a.input.clone()),
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let _ = writeln!(stderr, "OSError: ({errno}, \"can't open {}\")", a.input);
                return 1;
            }
        }
    };
    let bytes = match compile_source(&src, &file, &a) {
        Ok(b) => b,
        Err(msg) => {
            let _ = stderr.write_all(msg.as_bytes());
            return 1;
        }
    };
    let out = match (&a.output, from_stdin) {
        (Some(o), _) => o.clone(),
        (None, true) => {
            return match stdout.write_all(&bytes) {
                Ok(()) => 0,
                Err(_) => 1,
            };
        }
        (None, false) => default_output(&a.input),
    };
    match std::fs::write(Path::new(&out), &bytes) {
        Ok(()) => 0,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let _ = writeln!(stderr, "OSError: ({errno}, \"can't open {out}\")");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn optimisation_levels() {
        assert_eq!(opt_level("-O"), 1);
        assert_eq!(opt_level("-OO"), 2);
        assert_eq!(opt_level("-O3"), 3);
        assert_eq!(opt_level("-O12"), 1);
        assert_eq!(opt_level("-Ox"), 1);
    }

    #[test]
    fn argument_errors() {
        assert_eq!(
            parse_args(&args(&[])),
            Err(ArgError::Message("no input file"))
        );
        assert_eq!(
            parse_args(&args(&["a.py", "b.py"])),
            Err(ArgError::Message("multiple input files"))
        );
        assert_eq!(parse_args(&args(&["-z", "a.py"])), Err(ArgError::Usage));
        assert_eq!(
            parse_args(&args(&["-march=foo", "a.py"])),
            Err(ArgError::Usage)
        );
        assert_eq!(
            parse_args(&args(&["-msmall-int-bits=x", "a.py"])),
            Err(ArgError::Usage)
        );
        assert_eq!(
            parse_args(&args(&["-X", "emit=native", "a.py"])),
            Err(ArgError::Message("arch not specified"))
        );
        assert_eq!(parse_args(&args(&["-o"])), Err(ArgError::Usage));
        assert_eq!(
            parse_args(&args(&["--version", "-z"])),
            Err(ArgError::Version)
        );
        let a = parse_args(&args(&["-O2", "-s", "n", "-march=x64", "--", "-f.py"])).unwrap();
        assert_eq!((a.optimize, a.input.as_str()), (2, "-f.py"));
        assert_eq!(a.source_name.as_deref(), Some("n"));
    }

    #[test]
    fn default_output_names() {
        assert_eq!(default_output("x.py"), "x.mpy");
        assert_eq!(default_output("d/x.py"), "d/x.mpy");
        assert_eq!(default_output("a.txt"), "a.tmpy");
        assert_eq!(default_output("noext"), "noempy");
    }

    #[test]
    fn stdin_to_stdout_and_errors() {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let code = run(
            &args(&["mpy-cross", "-"]),
            &mut &b"x = 1\n"[..],
            &mut out,
            &mut err,
        );
        assert_eq!(code, 0);
        assert_eq!(&out[..4], b"M\x06\x00\x1f");
        out.clear();
        let code = run(
            &args(&["mpy-cross", "-"]),
            &mut &b"def f():\n  pass\nreturn 5\n"[..],
            &mut out,
            &mut err,
        );
        assert_eq!(code, 1);
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nSyntaxError: 'return' outside function\n"
        );
    }
}
