//! Ctrl-C (SIGINT) ends programs that are waiting, not only programs that run: `select.poll`
//! with no timeout, a blocking socket `accept`, `poll` over a Python stream (which re-asks it
//! every millisecond), and the asyncio loop waiting on a server socket. Each program must stop
//! with `KeyboardInterrupt` (exit status 130) soon after the signal.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn interrupted(src: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .arg("-c")
        .arg(src)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("micropython runs");
    // Wait until the program says it is about to wait, so the signal lands in the wait.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 6];
    out.read_exact(&mut first).expect("program starts");
    assert_eq!(&first, b"ready\n");
    std::thread::sleep(Duration::from_millis(150));
    // SAFETY: sends a signal to the child this test started.
    let r = unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    assert_eq!(r, 0);
    let sent = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if sent.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("still waiting 5 s after Ctrl-C: {src}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(130), "{src}\n{err}");
    assert!(err.contains("KeyboardInterrupt"), "{src}\n{err}");
}

const LISTEN: &str = r#"
import socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
for port in range(48500, 48600):
    try:
        s.bind(socket.getaddrinfo('127.0.0.1', port)[0][-1])
        break
    except OSError:
        pass
s.listen(1)
"#;

#[test]
fn ctrl_c_ends_poll_without_timeout() {
    interrupted("import select\np = select.poll()\nprint('ready')\np.poll()\n");
}

#[test]
fn ctrl_c_ends_blocking_accept() {
    interrupted(&format!("{LISTEN}print('ready')\ns.accept()\n"));
}

#[test]
fn ctrl_c_ends_poll_of_python_stream() {
    interrupted(
        r#"
import io, select
class Never(io.IOBase):
    def ioctl(self, req, arg):
        return 0 if req == 3 else -1
p = select.poll()
p.register(Never())
print('ready')
p.poll(-1)
"#,
    );
}

#[test]
fn ctrl_c_ends_asyncio_waiting_for_a_connection() {
    interrupted(
        r#"
import asyncio
async def main():
    for port in range(48600, 48700):
        try:
            await asyncio.start_server(lambda r, w: None, '127.0.0.1', port)
            break
        except OSError:
            pass
    print('ready')
    await asyncio.Event().wait()
asyncio.run(main())
"#,
    );
}
