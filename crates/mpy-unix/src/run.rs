//! `micropython`: the unix runtime's command line (a drop-in for MicroPython's unix port).

use std::io::Write;

use mpy_vm::buf::Buf;
use mpy_vm::objexc::{self, SYSTEM_EXIT};
use mpy_vm::qstr::Qstr;
use mpy_vm::{Config, Interpreter, Value, Vm};

use crate::unixport::UnixPort;

/// Parsed command line.
#[derive(Debug, Default)]
pub struct Options {
    /// Heap size in bytes.
    pub heap_size: usize,
    /// Optimisation level.
    pub opt_level: u8,
    /// Verbosity (`-v`).
    pub verbose: u8,
    /// What to run.
    pub target: Target,
    /// `sys.argv`.
    pub argv: Vec<String>,
}

/// What the command line asks to run.
#[derive(Debug, Default)]
pub enum Target {
    /// A script file (`.py` or `.mpy`).
    File(String),
    /// `-c CODE`.
    Code(String),
    /// `-m MODULE`.
    Module(String),
    /// A script read from standard input.
    #[default]
    Stdin,
}

/// MicroPython's default heap on 64-bit unix: 2 MiB (`-X heapsize=` changes it).
pub const DEFAULT_HEAP: usize = 2 * 1024 * 1024;

fn parse_size(s: &str) -> Option<usize> {
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

/// Parses `micropython`'s arguments (without the program name).
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        heap_size: DEFAULT_HEAP,
        ..Default::default()
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let code = args.get(i + 1).ok_or("argument expected after -c")?;
                o.target = Target::Code(code.clone());
                o.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            "-m" => {
                let m = args.get(i + 1).ok_or("argument expected after -m")?;
                o.target = Target::Module(m.clone());
                o.argv = std::iter::once(m.clone())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            "-X" => {
                let x = args.get(i + 1).ok_or("argument expected after -X")?;
                if let Some(v) = x.strip_prefix("heapsize=") {
                    o.heap_size = parse_size(v).ok_or("invalid heapsize")?;
                } else if let Some(e) = x.strip_prefix("emit=") {
                    if e != "bytecode" && e != "native" && e != "viper" {
                        return Err(format!("invalid emitter '{e}'"));
                    }
                }
                i += 2;
                continue;
            }
            "-v" => o.verbose += 1,
            "-i" | "-h" | "--help" => {}
            s if s.starts_with("-O") => {
                let rest = &s[2..];
                o.opt_level = if rest.is_empty() {
                    o.opt_level + 1
                } else if rest.chars().all(|c| c == 'O') {
                    o.opt_level + 1 + rest.len() as u8
                } else {
                    rest.parse().map_err(|_| "invalid -O level")?
                };
            }
            s if s.starts_with("-X") => {
                let x = &s[2..];
                if let Some(v) = x.strip_prefix("heapsize=") {
                    o.heap_size = parse_size(v).ok_or("invalid heapsize")?;
                }
            }
            "-" => {
                o.target = Target::Stdin;
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option '{s}'")),
            _ => {
                o.target = Target::File(a.clone());
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
        }
        i += 1;
    }
    o.argv = vec![String::new()];
    Ok(o)
}

/// How a run ended: the process exit status.
fn report(vm: &mut Vm, r: Result<Value, mpy_vm::Exc>) -> i32 {
    match r {
        Ok(_) => 0,
        Err(e) => {
            if vm.is_instance(e.0, &SYSTEM_EXIT) {
                let args = objexc::exc_args(e.0);
                let items = mpy_vm::objtuple::tuple_items(args);
                return match items.first() {
                    None => 0,
                    Some(&v) if v == Value::NONE => 0,
                    Some(&v) => match mpy_vm::objint::small_of(v) {
                        Some(n) => (n & 0xff) as i32,
                        None => {
                            let mut b = Buf::new();
                            let _ = vm.print_value(&mut b, v, mpy_vm::types::PrintKind::Str);
                            b.push(b'\n');
                            vm.port().stderr(b.as_bytes());
                            1
                        }
                    },
                };
            }
            let mut b = Buf::new();
            objexc::print_exception(vm, &mut b, e.0);
            vm.port().stderr(b.as_bytes());
            // As MicroPython's unix port: 128 + SIGINT for an uncaught KeyboardInterrupt.
            if vm.is_instance(e.0, &objexc::KEYBOARD_INTERRUPT) {
                130
            } else {
                1
            }
        }
    }
}

unsafe extern "C" {
    fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
}

extern "C" fn on_sigint(_: i32) {
    mpy_vm::poll::request_interrupt();
}

/// Turns Ctrl-C (SIGINT) into a `KeyboardInterrupt` in the running program.
pub fn install_sigint_handler() {
    const SIGINT: i32 = 2;
    // SAFETY: the handler only stores to an atomic flag, which is async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint);
    }
}

fn setup_sys(vm: &mut Vm, o: &Options, script_dir: &str) -> Result<(), mpy_vm::Exc> {
    let home = std::env::var("HOME").unwrap_or_default();
    let path_entries = [
        script_dir.to_string(),
        ".frozen".to_string(),
        format!("{home}/.micropython/lib"),
        "/usr/lib/micropython".to_string(),
    ];
    vm.register_frozen(crate::unixport::FROZEN);
    #[cfg(target_os = "linux")]
    crate::osext::install(vm)?;
    crate::modplatform::install(vm)?;
    #[cfg(target_os = "linux")]
    mpy_vm::embed::register_module_in(vm, b"socket", crate::modsocket::init)?;
    if let Ok(exe) = std::env::current_exe() {
        let q = vm.intern(b"sys")?;
        if let Some(sys) = mpy_vm::objmodule::builtin_module(vm, q)? {
            let s = mpy_vm::objstr::new_str(vm, exe.as_os_str().as_encoded_bytes())?;
            let k = vm.intern(b"executable")?;
            mpy_vm::objdict::dict_map(mpy_vm::objmodule::module_globals(sys)).set_qstr(vm, k, s)?;
        }
    }
    let path = vm.sys_path;
    for p in path_entries {
        let s = mpy_vm::objstr::new_str(vm, p.as_bytes())?;
        mpy_vm::objlist::list_append(vm, path, s)?;
    }
    let argv = vm.sys_argv;
    for a in &o.argv {
        let s = mpy_vm::objstr::new_str(vm, a.as_bytes())?;
        mpy_vm::objlist::list_append(vm, argv, s)?;
    }
    vm.opt_level = o.opt_level;
    Ok(())
}

fn main_name(vm: &mut Vm) -> Qstr {
    vm.intern(b"__main__").unwrap_or(Qstr(0))
}

/// Runs the program described by `o`; returns the process exit status.
pub fn run(o: &Options) -> i32 {
    install_sigint_handler();
    let mut port = UnixPort::default();
    let mut region = vec![0u8; o.heap_size];
    let config = Config {
        stack_size: 48 * 1024 * 1024,
        max_depth: 200_000,
    };
    let interp = match Interpreter::new(&mut region, &mut port, config) {
        Ok(i) => i,
        Err(_) => {
            eprintln!("micropython: heap too small");
            return 1;
        }
    };
    let status = {
        let _g = interp.enter();
        // SAFETY: entered; the only VM borrow in this scope.
        let vm = unsafe { interp.vm() };
        let script_dir = match &o.target {
            Target::File(f) => match f.rfind('/') {
                Some(i) => f[..i].to_string(),
                None => String::new(),
            },
            _ => String::new(),
        };
        if let Err(e) = setup_sys(vm, o, &script_dir) {
            return report(vm, Err(e));
        }
        let main = main_name(vm);
        let status = match &o.target {
            Target::File(f) => match std::fs::read(f) {
                Ok(bytes) => {
                    let r = if f.ends_with(".mpy") {
                        mpy_vm::load::exec_mpy(vm, &bytes, main)
                    } else {
                        mpy_vm::compile::exec_source_as_module(vm, &bytes, f.as_bytes(), main)
                    };
                    report(vm, r)
                }
                Err(e) => {
                    let prog = std::env::args()
                        .next()
                        .unwrap_or_else(|| "micropython".into());
                    let code = e.raw_os_error().unwrap_or(2);
                    eprintln!(
                        "{prog}: can't open file '{f}': [Errno {code}] {}",
                        errno_text(&e)
                    );
                    2
                }
            },
            Target::Module(m) => {
                let r = run_module_as_main(vm, m, main);
                report(vm, r)
            }
            Target::Code(code) => {
                let r =
                    mpy_vm::compile::exec_source_as_module(vm, code.as_bytes(), b"<stdin>", main);
                report(vm, r)
            }
            Target::Stdin => {
                let mut src = Vec::new();
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src);
                let r = mpy_vm::compile::exec_source_as_module(vm, &src, b"<stdin>", main);
                report(vm, r)
            }
        };
        run_atexit(vm, status)
    };
    drop(interp);
    port.flush();
    let _ = std::io::stderr().flush();
    status
}

/// Calls the function registered with `sys.atexit`, after the program (even one that raised
/// or called `sys.exit`); an exception in it makes the exit status 1.
fn run_atexit(vm: &mut Vm, status: i32) -> i32 {
    let f = vm.sys_exitfunc;
    if f.is_null() || f == Value::NONE {
        return status;
    }
    match vm.call(f, &[], &[]) {
        Ok(_) => status,
        Err(e) => report(vm, Err(e)),
    }
}

/// `-m MODULE`: as MicroPython's unix port, the module found on `sys.path` runs with
/// `__name__ == '__main__'` (a native `.mpy` included); other modules are imported.
fn run_module_as_main(vm: &mut Vm, m: &str, main: Qstr) -> Result<Value, mpy_vm::Exc> {
    let file = format!("{}.mpy", m.replace('.', "/"));
    let n = mpy_vm::objlist::list_items(vm.sys_path).len();
    for i in 0..n {
        let entry = mpy_vm::objlist::list_items(vm.sys_path)[i];
        let Some(dir) = mpy_vm::objstr::str_bytes(vm, entry) else {
            continue;
        };
        let mut path = dir.to_vec();
        if !path.is_empty() {
            path.push(b'/');
        }
        path.extend_from_slice(file.as_bytes());
        let mut data = Buf::new();
        if vm.port().read_file(&path, &mut data).is_some() {
            return mpy_vm::load::exec_mpy(vm, data.as_bytes(), main);
        }
    }
    let q = vm.intern(m.as_bytes())?;
    vm.import_name(q, Value::NONE, Value::small_int(0))
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
