//! The host filesystem a port may offer (`os.VfsPosix` on unix): the seam between the VM's
//! VFS layer and real files. Errors are `errno` numbers, raised as `OSError(errno)`.

/// `errno` values used by the VFS layer.
pub mod errno {
    /// Operation not permitted.
    pub const EPERM: i32 = 1;
    /// No such file or directory.
    pub const ENOENT: i32 = 2;
    /// Interrupted by a signal.
    pub const EINTR: i32 = 4;
    /// Input/output error.
    pub const EIO: i32 = 5;
    /// Bad file descriptor.
    pub const EBADF: i32 = 9;
    /// File exists.
    pub const EEXIST: i32 = 17;
    /// Not a directory.
    pub const ENOTDIR: i32 = 20;
    /// Is a directory.
    pub const EISDIR: i32 = 21;
    /// Invalid argument.
    pub const EINVAL: i32 = 22;
    /// Operation not supported.
    pub const EOPNOTSUPP: i32 = 95;
}

/// How a file is opened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenMode {
    /// Reading allowed.
    pub read: bool,
    /// Writing allowed.
    pub write: bool,
    /// Writes go to the end.
    pub append: bool,
    /// Create if missing.
    pub create: bool,
    /// Truncate on open.
    pub truncate: bool,
    /// Fail if it exists (`x`).
    pub exclusive: bool,
}

/// What `stat` reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stat {
    /// `st_mode`: `0o040000` for directories, `0o100000` for files, plus permissions.
    pub mode: u32,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, seconds since the epoch.
    pub mtime: u64,
}

/// Directory flag of [`Stat::mode`].
pub const S_IFDIR: u32 = 0o040000;
/// Regular-file flag of [`Stat::mode`].
pub const S_IFREG: u32 = 0o100000;

/// A filesystem with POSIX-like calls; paths are bytes as the program gave them.
pub trait FileSystem {
    /// Opens a file; returns a handle.
    fn open(&mut self, path: &[u8], mode: OpenMode) -> Result<i32, i32>;
    /// Reads into `buf`; 0 at end of file.
    fn read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32>;
    /// Writes `data`; returns bytes written.
    fn write(&mut self, fd: i32, data: &[u8]) -> Result<usize, i32>;
    /// Moves the position (`whence` 0 start, 1 current, 2 end); returns the new position.
    fn seek(&mut self, fd: i32, offset: i64, whence: u8) -> Result<u64, i32>;
    /// Flushes buffered writes.
    fn flush(&mut self, _fd: i32) -> Result<(), i32> {
        Ok(())
    }
    /// Closes a handle.
    fn close(&mut self, fd: i32) -> Result<(), i32>;
    /// The descriptor [`Port::poll_fds`](crate::port::Port::poll_fds) knows a handle by, if
    /// it has one (so `select.poll` can wait on open files).
    fn poll_fd(&mut self, _fd: i32) -> Option<i32> {
        None
    }
    /// File status.
    fn stat(&mut self, path: &[u8]) -> Result<Stat, i32>;
    /// Calls `entry(name, is_dir)` for each entry of a directory.
    fn list_dir(&mut self, path: &[u8], entry: &mut dyn FnMut(&[u8], bool)) -> Result<(), i32>;
    /// Creates a directory.
    fn mkdir(&mut self, path: &[u8]) -> Result<(), i32>;
    /// Removes a file.
    fn remove(&mut self, path: &[u8]) -> Result<(), i32>;
    /// Removes an empty directory.
    fn rmdir(&mut self, path: &[u8]) -> Result<(), i32>;
    /// Renames a file or directory.
    fn rename(&mut self, from: &[u8], to: &[u8]) -> Result<(), i32>;
    /// Changes the current directory.
    fn chdir(&mut self, path: &[u8]) -> Result<(), i32>;
    /// Appends the current directory to `out`.
    fn getcwd(&mut self, out: &mut crate::buf::Buf) -> Result<(), i32>;
}
