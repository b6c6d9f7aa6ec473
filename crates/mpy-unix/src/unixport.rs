//! The unix platform for the VM: console on stdio, files from the host filesystem, clocks.

use std::io::{BufRead, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mpy_vm::Port;
use mpy_vm::buf::Buf;
use mpy_vm::port::PollFd;

/// Console and filesystem of the host process.
pub struct UnixPort {
    fs: crate::hostfs::HostFs,
    out: std::io::BufWriter<std::io::Stdout>,
    start: Instant,
}

impl Default for UnixPort {
    fn default() -> Self {
        UnixPort {
            fs: crate::hostfs::HostFs::default(),
            out: std::io::BufWriter::with_capacity(8192, std::io::stdout()),
            start: Instant::now(),
        }
    }
}

impl UnixPort {
    /// Flushes buffered standard output.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

impl Port for UnixPort {
    fn stdout(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
    }

    fn flush_stdout(&mut self) {
        self.flush();
    }

    fn stderr(&mut self, bytes: &[u8]) {
        // Keep the order of interleaved stdout and stderr output.
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn stdin_read(&mut self, buf: &mut [u8]) -> usize {
        use std::io::Read;
        let _ = self.out.flush();
        loop {
            // Through std's buffered stdin, which `read_line` shares.
            match std::io::stdin().lock().read(buf) {
                Ok(n) => return n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return 0,
            }
        }
    }

    fn read_line(&mut self, buf: &mut Buf) -> Option<()> {
        let _ = self.out.flush();
        let mut line = Vec::new();
        let n = std::io::stdin().lock().read_until(b'\n', &mut line).ok()?;
        if n == 0 {
            return None;
        }
        while line.last().is_some_and(|&c| c == b'\n' || c == b'\r') {
            line.pop();
        }
        // MicroPython's line editor echoes what it reads; a terminal already shows it.
        // SAFETY: isatty only inspects the descriptor.
        if unsafe { libc::isatty(0) } == 0 {
            let _ = self.out.write_all(&line);
            let _ = self.out.write_all(b"\r\n");
        }
        buf.push_bytes(&line).then_some(())
    }

    fn ticks_ms(&mut self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&mut self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn time(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }

    fn sleep_us(&mut self, us: u64) {
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_micros(us));
    }

    fn poll_fds(&mut self, fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, i32> {
        // Whatever the program printed so far is out before it waits (as before a sleep).
        if timeout_ms != 0 {
            let _ = self.out.flush();
        }
        const _: () = assert!(
            size_of::<PollFd>() == size_of::<libc::pollfd>()
                && align_of::<PollFd>() == align_of::<libc::pollfd>()
        );
        // SAFETY: PollFd is `repr(C)` with the fields of `struct pollfd` (int, short, short;
        // the short flag words reinterpreted as unsigned), checked above; the slice is live
        // and exclusively borrowed for the call.
        let n = unsafe {
            libc::poll(
                fds.as_mut_ptr().cast::<libc::pollfd>(),
                fds.len() as libc::nfds_t,
                timeout_ms,
            )
        };
        if n < 0 {
            return Err(std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(mpy_vm::fsport::errno::EIO));
        }
        Ok(n as usize)
    }

    fn filesystem(&mut self) -> Option<&mut dyn mpy_vm::fsport::FileSystem> {
        Some(&mut self.fs)
    }

    fn read_file(&mut self, path: &[u8], buf: &mut Buf) -> Option<()> {
        let p = std::str::from_utf8(path).ok()?;
        let data = std::fs::read(p).ok()?;
        buf.push_bytes(&data).then_some(())
    }

    fn alloc_exec(&mut self, len: usize) -> Option<*mut u8> {
        exec_mem::alloc(len)
    }

    fn make_executable(&mut self, ptr: *mut u8, len: usize) -> bool {
        exec_mem::make_executable(ptr, len)
    }

    fn stat(&mut self, path: &[u8]) -> u8 {
        let Ok(p) = std::str::from_utf8(path) else {
            return 0;
        };
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => 2,
            Ok(_) => 1,
            Err(_) => 0,
        }
    }
}

/// Memory for machine code: anonymous private mappings, mapped writable, then switched to
/// read+execute (never writable and executable at once). Never unmapped: code objects and
/// suspended native generators may point into it for the life of the process.
mod exec_mem {
    use std::ffi::c_void;

    const PROT_READ: i32 = 1;
    const PROT_WRITE: i32 = 2;
    const PROT_EXEC: i32 = 4;
    const MAP_PRIVATE: i32 = 0x02;
    const MAP_ANONYMOUS: i32 = 0x20;
    const PAGE: usize = 4096;

    unsafe extern "C" {
        fn mmap(
            addr: *mut c_void,
            len: usize,
            prot: i32,
            flags: i32,
            fd: i32,
            off: i64,
        ) -> *mut c_void;
        fn mprotect(addr: *mut c_void, len: usize, prot: i32) -> i32;
    }

    fn round(len: usize) -> Option<usize> {
        len.max(1).checked_add(PAGE - 1).map(|n| n & !(PAGE - 1))
    }

    pub fn alloc(len: usize) -> Option<*mut u8> {
        let n = round(len)?;
        // SAFETY: a fresh anonymous mapping; no existing memory is touched.
        let p = unsafe {
            mmap(
                std::ptr::null_mut(),
                n,
                PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p as isize == -1 || p.is_null() {
            return None;
        }
        Some(p.cast())
    }

    pub fn make_executable(ptr: *mut u8, len: usize) -> bool {
        let Some(n) = round(len) else {
            return false;
        };
        // SAFETY: `ptr` is the start of a mapping made by `alloc` for at least `len` bytes.
        unsafe { mprotect(ptr.cast(), n, PROT_READ | PROT_EXEC) == 0 }
    }
}

// The unix port's frozen modules (`asyncio`): `FROZEN`, compiled from `frozen/` and given
// static code descriptors by build.rs.
include!(concat!(env!("OUT_DIR"), "/frozen_table.rs"));
