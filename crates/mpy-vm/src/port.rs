//! What the interpreter needs from the platform it runs on.
//!
//! A seam for the `mpy-hal` console and clock traits: ports (unix, the Pyboard firmware,
//! tests, embedders) implement this and hand it to the interpreter.

/// One descriptor of a [`Port::poll_fds`] wait. Laid out as POSIX `struct pollfd`, so a port
/// may hand a slice of these straight to `poll(2)`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PollFd {
    /// The descriptor.
    pub fd: i32,
    /// Events waited for (`select.POLLIN`, `POLLOUT`, ...).
    pub events: u16,
    /// Events that happened, filled in by the wait.
    pub revents: u16,
}

/// Platform services: console output and input, time.
pub trait Port {
    /// Writes bytes to standard output.
    fn stdout(&mut self, bytes: &[u8]);
    /// Writes bytes to standard error (the console on boards without one).
    fn stderr(&mut self, bytes: &[u8]) {
        self.stdout(bytes)
    }
    /// Writes out whatever standard output buffers (before another process writes to it).
    fn flush_stdout(&mut self) {}
    /// Reads raw bytes of standard input into `buf`; 0 at end of input (or without one).
    fn stdin_read(&mut self, _buf: &mut [u8]) -> usize {
        0
    }
    /// Reads one line of standard input (without the newline); `None` at end of input.
    fn read_line(&mut self, _buf: &mut crate::buf::Buf) -> Option<()> {
        None
    }
    /// Milliseconds from an arbitrary start, wrapping.
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    /// Microseconds from an arbitrary start, wrapping.
    fn ticks_us(&mut self) -> u64 {
        self.ticks_ms().wrapping_mul(1000)
    }
    /// Seconds since the Unix epoch, if the platform has a clock.
    fn time(&mut self) -> f64 {
        0.0
    }
    /// Sleeps for `us` microseconds.
    fn sleep_us(&mut self, _us: u64) {}
    /// Waits until one of `fds` is ready or `timeout_ms` passes (negative: no limit), as POSIX
    /// `poll(2)`: fills in `revents` and returns how many descriptors have events. Errors are
    /// `errno` values; `EINTR` when a signal (Ctrl-C) cut the wait short. Ports without
    /// descriptors keep the default, which fails with `EOPNOTSUPP`.
    fn poll_fds(&mut self, _fds: &mut [PollFd], _timeout_ms: i32) -> Result<usize, i32> {
        Err(crate::fsport::errno::EOPNOTSUPP)
    }
    /// Reads a whole file (for imports and `open`); `None` if it does not exist.
    fn read_file(&mut self, _path: &[u8], _buf: &mut crate::buf::Buf) -> Option<()> {
        None
    }
    /// Whether `path` names a file (1), a directory (2), or nothing (0).
    fn stat(&mut self, _path: &[u8]) -> u8 {
        0
    }
    /// The host filesystem (`os.VfsPosix`), if the platform has one.
    fn filesystem(&mut self) -> Option<&mut dyn crate::fsport::FileSystem> {
        None
    }
    /// Allocates `len` bytes of memory for machine code, writable until
    /// [`Port::make_executable`]; `None` if the platform cannot run machine code. Never
    /// writable and executable at once; never freed.
    fn alloc_exec(&mut self, _len: usize) -> Option<*mut u8> {
        None
    }
    /// Makes memory from [`Port::alloc_exec`] executable (and no longer writable); false on
    /// failure.
    fn make_executable(&mut self, _ptr: *mut u8, _len: usize) -> bool {
        false
    }
}

/// A port that discards output and has no files: for tests and minimal embeddings.
#[derive(Default)]
pub struct NullPort;

impl Port for NullPort {
    fn stdout(&mut self, _bytes: &[u8]) {}
}
