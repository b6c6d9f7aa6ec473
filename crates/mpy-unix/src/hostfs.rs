//! The host filesystem for `os.VfsPosix`: real files through `std::fs`.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use mpy_vm::buf::Buf;
use mpy_vm::fsport::{FileSystem, OpenMode, S_IFDIR, S_IFREG, Stat, errno};

/// Open files by handle (handles start at 3, after the standard streams).
#[derive(Default)]
pub struct HostFs {
    files: HashMap<i32, File>,
    next: i32,
}

fn path(p: &[u8]) -> &Path {
    Path::new(std::ffi::OsStr::from_bytes(p))
}

fn err(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(errno::EIO)
}

impl HostFs {
    fn file(&mut self, fd: i32) -> Result<&mut File, i32> {
        self.files.get_mut(&fd).ok_or(errno::EBADF)
    }
}

impl FileSystem for HostFs {
    fn open(&mut self, p: &[u8], mode: OpenMode) -> Result<i32, i32> {
        let f = OpenOptions::new()
            .read(mode.read)
            .write(mode.write && !mode.append)
            .append(mode.append)
            .create(mode.create && !mode.exclusive)
            .create_new(mode.exclusive)
            .truncate(mode.truncate)
            .open(path(p))
            .map_err(err)?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(errno::EISDIR);
        }
        self.next = self.next.max(3);
        let fd = self.next;
        self.next += 1;
        self.files.insert(fd, f);
        Ok(fd)
    }

    fn read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
        self.file(fd)?.read(buf).map_err(err)
    }

    fn write(&mut self, fd: i32, data: &[u8]) -> Result<usize, i32> {
        self.file(fd)?.write(data).map_err(err)
    }

    fn seek(&mut self, fd: i32, offset: i64, whence: u8) -> Result<u64, i32> {
        let pos = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(errno::EINVAL),
        };
        self.file(fd)?.seek(pos).map_err(err)
    }

    fn flush(&mut self, fd: i32) -> Result<(), i32> {
        self.file(fd)?.flush().map_err(err)
    }

    fn poll_fd(&mut self, fd: i32) -> Option<i32> {
        self.files.get(&fd).map(std::os::fd::AsRawFd::as_raw_fd)
    }

    fn close(&mut self, fd: i32) -> Result<(), i32> {
        self.files.remove(&fd).map(|_| ()).ok_or(errno::EBADF)
    }

    fn stat(&mut self, p: &[u8]) -> Result<Stat, i32> {
        let m = std::fs::metadata(path(p)).map_err(err)?;
        let kind = if m.is_dir() { S_IFDIR } else { S_IFREG };
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs());
        use std::os::unix::fs::MetadataExt;
        Ok(Stat {
            mode: kind | (m.mode() & 0o7777),
            size: m.len(),
            mtime,
        })
    }

    fn list_dir(&mut self, p: &[u8], entry: &mut dyn FnMut(&[u8], bool)) -> Result<(), i32> {
        let dir = if p.is_empty() {
            Path::new(".")
        } else {
            path(p)
        };
        for e in std::fs::read_dir(dir).map_err(err)? {
            let e = e.map_err(err)?;
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            entry(e.file_name().as_bytes(), is_dir);
        }
        Ok(())
    }

    fn mkdir(&mut self, p: &[u8]) -> Result<(), i32> {
        std::fs::create_dir(path(p)).map_err(err)
    }

    fn remove(&mut self, p: &[u8]) -> Result<(), i32> {
        std::fs::remove_file(path(p)).map_err(err)
    }

    fn rmdir(&mut self, p: &[u8]) -> Result<(), i32> {
        std::fs::remove_dir(path(p)).map_err(err)
    }

    fn rename(&mut self, from: &[u8], to: &[u8]) -> Result<(), i32> {
        std::fs::rename(path(from), path(to)).map_err(err)
    }

    fn chdir(&mut self, p: &[u8]) -> Result<(), i32> {
        std::env::set_current_dir(path(p)).map_err(err)
    }

    fn getcwd(&mut self, out: &mut Buf) -> Result<(), i32> {
        let d = std::env::current_dir().map_err(err)?;
        if out.push_bytes(d.as_os_str().as_bytes()) {
            Ok(())
        } else {
            Err(errno::EIO)
        }
    }
}
