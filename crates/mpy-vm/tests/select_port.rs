//! `select.poll` against scripted ports: what it asks of `Port::poll_fds`, how it treats the
//! port's answers (events, EINTR, errors), ports whose clock does not move, and ports without
//! descriptors at all.

use std::cell::RefCell;
use std::rc::Rc;

use mpy_vm::port::{NullPort, PollFd, Port};
use mpy_vm::{Config, Interpreter};

/// A port whose descriptor 5 becomes readable on the `ready_after`-th wait; records the
/// timeouts it was asked to wait. Its clock never moves.
struct Scripted {
    waits: Rc<RefCell<Vec<i32>>>,
    ready_after: usize,
    /// Answer the first wait with EINTR and raise Ctrl-C, as a signal would.
    interrupt_first: bool,
}

impl Port for Scripted {
    fn stdout(&mut self, _bytes: &[u8]) {}

    fn poll_fds(&mut self, fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, i32> {
        let mut waits = self.waits.borrow_mut();
        waits.push(timeout_ms);
        if self.interrupt_first && waits.len() == 1 {
            mpy_vm::poll::request_interrupt();
            return Err(mpy_vm::fsport::errno::EINTR);
        }
        let mut n = 0;
        for f in fds.iter_mut() {
            f.revents = 0;
            if f.fd == 5 && waits.len() >= self.ready_after && f.events & 1 != 0 {
                f.revents = 1;
                n += 1;
            } else if f.fd == 9 {
                return Err(mpy_vm::fsport::errno::EBADF);
            }
        }
        Ok(n)
    }
}

/// The Ctrl-C flag is global to the process: tests here run one at a time so the one that
/// raises it cannot interrupt another.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn run(port: &mut dyn Port, src: &str) -> Result<String, String> {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut region = vec![0u8; 512 * 1024];
    let interp = Interpreter::new(&mut region, port, Config::default()).unwrap();
    match interp.exec(src) {
        Ok(()) => Ok(interp
            .global("out")
            .unwrap()
            .map(|h| h.to_string_lossy().unwrap())
            .unwrap_or_default()),
        Err(e) => Err(format!("{e:?}")),
    }
}

#[test]
fn waits_in_slices_until_the_descriptor_is_ready() {
    let waits = Rc::new(RefCell::new(Vec::new()));
    let mut port = Scripted {
        waits: waits.clone(),
        ready_after: 3,
        interrupt_first: false,
    };
    let out = run(
        &mut port,
        "import select\np = select.poll()\np.register(5, select.POLLIN)\nout = p.poll()\n",
    )
    .unwrap();
    assert_eq!(out, "[(5, 1)]");
    // No timeout: bounded slices, so a Ctrl-C that lands between them is seen.
    let w = waits.borrow();
    assert_eq!(w.len(), 3);
    assert!(w.iter().all(|&t| t > 0 && t <= 1000), "{w:?}");
}

#[test]
fn a_timeout_ends_even_when_the_clock_stands_still() {
    let waits = Rc::new(RefCell::new(Vec::new()));
    let mut port = Scripted {
        waits: waits.clone(),
        ready_after: usize::MAX,
        interrupt_first: false,
    };
    let out = run(
        &mut port,
        "import select\np = select.poll()\np.register(5, select.POLLIN)\nout = (p.poll(250), p.poll(0))\n",
    )
    .unwrap();
    assert_eq!(out, "([], [])");
    let w = waits.borrow();
    // The waits of poll(250) add up to its timeout; poll(0) asks once without waiting.
    let (last, first) = w.split_last().unwrap();
    assert_eq!(*last, 0);
    assert_eq!(first.iter().map(|&t| t as i64).sum::<i64>(), 250, "{w:?}");
}

#[test]
fn eintr_with_ctrl_c_raises_keyboard_interrupt() {
    let waits = Rc::new(RefCell::new(Vec::new()));
    let mut port = Scripted {
        waits: waits.clone(),
        ready_after: usize::MAX,
        interrupt_first: true,
    };
    let err = run(
        &mut port,
        "import select\np = select.poll()\np.register(5, select.POLLIN)\np.poll()\n",
    )
    .unwrap_err();
    assert!(err.contains("KeyboardInterrupt"), "{err}");
    assert_eq!(waits.borrow().len(), 1);
}

#[test]
fn port_errors_are_os_errors() {
    let mut port = Scripted {
        waits: Rc::new(RefCell::new(Vec::new())),
        ready_after: 1,
        interrupt_first: false,
    };
    let out = run(
        &mut port,
        "import select\np = select.poll()\np.register(9)\ntry:\n    p.poll(0)\nexcept OSError as e:\n    out = e.errno\n",
    )
    .unwrap();
    assert_eq!(out, "9");
}

#[test]
fn ports_without_descriptors_still_poll_python_streams() {
    // NullPort has no poll_fds: descriptors are EOPNOTSUPP, Python streams work.
    let mut port = NullPort;
    let out = run(
        &mut port,
        "import io, select\n\
class S(io.IOBase):\n    n = 0\n    def ioctl(self, req, arg):\n        if req == 3:\n            S.n += 1\n            return 1 if S.n >= 4 else 0\n        return -1\n\
p = select.poll()\np.register(S())\nr = p.poll(-1)\nq = select.poll()\nq.register(3)\n\
try:\n    q.poll(0)\nexcept OSError as e:\n    out = (len(r), S.n, e.errno)\n",
    )
    .unwrap();
    assert_eq!(out, "(1, 4, 95)");
}
