//! `micropython`: run Python programs (`.mpy` files today) the way MicroPython's unix port does.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match mpy_unix::run::parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("micropython: {e}");
            std::process::exit(1);
        }
    };
    // Run on a thread with a large stack: deep Python recursion is bounded by the VM's own
    // limit (RuntimeError), never by the OS stack.
    let child = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || mpy_unix::run::run(&opts));
    let code = match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => 1,
    };
    std::process::exit(code);
}
