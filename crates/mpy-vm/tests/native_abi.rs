//! The native ABI end to end: machine code from mpy-cross (x64) runs under the VM with
//! exceptions, generators and viper conversions; malformed native containers are rejected
//! with ValueError before anything runs; the hand-made files of MicroPython's native-import
//! test load.

use mpy_vm::{Config, Interpreter, Port};

/// Output captured, executable memory from anonymous mappings (writable, then executable).
#[derive(Default)]
struct TestPort {
    out: Vec<u8>,
}

unsafe extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
}

fn pages(len: usize) -> usize {
    len.max(1).div_ceil(4096) * 4096
}

impl Port for TestPort {
    fn stdout(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn alloc_exec(&mut self, len: usize) -> Option<*mut u8> {
        // SAFETY: a fresh private anonymous mapping, read+write.
        let p = unsafe { mmap(std::ptr::null_mut(), pages(len), 3, 0x22, -1, 0) };
        (p as isize != -1).then_some(p)
    }
    fn make_executable(&mut self, ptr: *mut u8, len: usize) -> bool {
        // SAFETY: a mapping made by alloc_exec; read+execute from now on.
        unsafe { mprotect(ptr, pages(len), 5) == 0 }
    }
}

/// Runs an .mpy image; returns stdout and the exception type name, if one escaped.
fn run(image: &[u8]) -> (String, Option<String>) {
    let mut port = TestPort::default();
    let mut region = vec![0u8; 1 << 20];
    let r = {
        let interp = Interpreter::new(&mut region, &mut port, Config::default()).unwrap();
        interp.exec_mpy(image).err()
    };
    (
        String::from_utf8_lossy(&port.out).into_owned(),
        r.map(|e| {
            format!(
                "{}: {}",
                e.type_name,
                e.traceback.lines().last().unwrap_or("")
            )
        }),
    )
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// `mpy-cross -march=x64` output of a program with viper, native and generator functions
/// (source in the comment below).
///
/// ```python
/// import micropython
///
/// @micropython.viper
/// def csum(buf: ptr8, n: int) -> int:
///     s = 0
///     for i in range(n):
///         s += buf[i]
///     return s
///
/// @micropython.native
/// def catch(x):
///     try:
///         raise ValueError(x)
///     except ValueError as e:
///         return e.args[0] * 2
///
/// @micropython.native
/// def gen(n):
///     for i in range(n):
///         got = yield i
///         if got is not None:
///             print('sent', got)
///     return 'done'
///
/// def outer():
///     r = yield from gen(2)
///     print('result', r)
///
/// @micropython.native
/// def fails():
///     return 1 // 0
///
/// print(csum(b'\x01\x02\x03\xff', 4), catch(21))
/// g = gen(3)
/// print(next(g), g.send('x'), list(g))
/// print(list(outer()))
/// try:
///     fails()
/// except ZeroDivisionError:
///     print('zde')
/// ```
const FIXTURE: &str = "4d060b1f16040a66782e7079000f81678215027800067a646500086373756d000a6361746368007b0667656e000873656e740008646f6e65000a6f75746572000c726573756c74000a6661696c7300817702670081698159716f026e000604010203ff0000050473656e74000504646f6e650088442c240146840784078408642064203127392d224e80511b0216023200160632011607320216093203160c3204160e110f11062300843402110795340134025911098334011610110f1111111034011110140310043601111211103401340359110f1112110c340034013401594807110e3400594a11571113df444a59110f10053401594a015d516305915a5553415441554883ec38488b6f084c8b6d10488b6d18488b6d084889f74889d64989cc84f60f850e000000ba020000004839fa0f840e000000ba04000400488b8560010000ffd0498b3c24be05000000488b4518ffd04889c3498b7c2408be02000000488b4518ffd04989c4b80000000048894424304c892424bf0000000048897c2408e94c000000488b44240848894424084889442428488b4424304889442410488b4424284889df4801c70fb6074889c2488b7424104801d64889f04889442430ba01000000488b7424084801d64889742408488b442408488b3c24488944240848893c244889c64831c04839fe0f9cc04885c07591488b4424304889c7be02000000488b4520ffd0e9000000004883ecc8415d415c5b5dc300a67100000000000000005553415441554881ecc8000000488b6f084c8b6d10488b6d18488b6d0848897c2478bf050000004889bc2490000000488d7c2478488b8568010000ffd0488b7c2478488b7f08488b7f08488b4528ffd048898424800000004831c048894424704889442408488d1d440000004889e7488b8500010000ffd084c00f850a0000004831c04889442428ffe3488b5c24284885db75d8488bbc2480000000488b4528ffd0488b7c2408488b8510010000ffd0488d05520000004889442428410fb77d28488b4538ffd048898424a0000000488b8424c000000048898424a8000000488d9424a8000000488bbc24a0000000be01000000488b85d8000000ffd04889c7488b8510010000ffd0488b44240848898424a000000048898424a8000000410fb77d28488b4538ffd04889c2488bb424a8000000bf08000000488b8590000000ffd04889c7488b8580000000ffd084c00f84c6000000488b8424a000000048898424b8000000488d05640000004889442428488b8424b80000004889c7410fb77510488b4548ffd0be010000004889c7ba04000000488b4578ffd0ba050000004889c6bf1d000000488b8590000000ffd04889442468488d057b0000004889442470b8000000004889442408e9000000004831c04889442428488b450048898424b8000000488b450048898424b8000000488b7c2408488b8510010000ffd0488b4424704885c00f8402000000ffe04831c04889442408e90e000000488b7c2408488b8510010000ffd0488b45004889442468e900000000488bbc2480000000488b4528ffd0488b8508010000ffd0488b4424684881ec38ffffff415d415c5b5dc321040704846aa329000000000000000071000000000000005553415441554881ec880000004989fc4889742478498b0424488b40084c8b6810488b4018488b68084889e7488b8500010000ffd084c00f841d000000488b4424084989442428b8020000004881ec78ffffff415d415c5b5dc3498b442408ffe0488b7c24784831f64889742478488b8510010000ffd0498b4424604989442428bf0100000049897c2430e907010000498b44243049894424304989442458498b4424584989442438b8380000004c01e04989442410b8010000004889442468488d050a0000004989442408e933010000488b7c24784831f64889742478488b8510010000ffd0498b4424384989442450498b442450488b55004889c6bf07000000488b8590000000ffd04889c6bf03000000488b8588000000ffd04889c7488b8580000000ffd084c00f844a000000410fb77d1e488b4538ffd04989442438498b0424488b4008488b4018488b40104989442440498b4424504989442448ba400000004c01e2498b7c2438be02000000488b85d8000000ffd0ba03000000498b742430bf0e000000488b8590000000ffd04989442430498b442430498b7c2428498944243049897c24284889fa4889c6bf00000000488b8590000000ffd04889c7488b8580000000ffd084c00f85bdfeffff498b0424488b4008488b4018488b40184989442428b8280000004c01e04989442410b8000000004889442468e900000000488b8508010000ffd0488b4424684881ec78ffffff415d415c5b5dc3b940040915843081509840080c80192912098234015e5168c0120f100db03402595163863900000000000000005553415441554883ec38488b6f084c8b6d10488b6d18488b6d0848893c24bf0200000048897c24184889e7488b8568010000ffd0ba01000000be03000000bf1f000000488b8590000000ffd0e9000000004883ecc8415d415c5b5dc308020e64";

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[test]
fn machine_code_from_mpy_cross_runs() {
    let (out, err) = run(&hex(FIXTURE));
    assert_eq!(err, None);
    assert_eq!(out, "261 42\nsent x\n0 1 [2]\nresult done\n[0, 1]\nzde\n");
}

/// Header for this VM's architecture, two qstrs (file name, "outer"), no constants, and an
/// outer bytecode raw code with children that returns None.
fn module(children: &[u8]) -> Vec<u8> {
    let mut v = vec![0x4d, 6, 0x0b, 0x1e, 2, 0];
    v.extend_from_slice(b"\x08m.py\x00\x0aouter\x00");
    v.extend_from_slice(b"\x2c\x00\x02\x01\x51\x63");
    v.extend_from_slice(children);
    v
}

fn value_error(image: &[u8]) -> String {
    let (_, err) = run(image);
    let e = err.expect("the loader must reject this file");
    assert!(e.starts_with("ValueError"), "{e}");
    e
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[test]
fn hand_made_native_import_files_load() {
    // MicroPython's native-import test (mpy-format.md Appendix C), loaded directly.
    let (_, err) = run(&[0x4d, 6, 0xfc | 3, 0x1e]);
    assert_eq!(
        err.as_deref(),
        Some("ValueError: ValueError: incompatible .mpy arch")
    );
    let mut m1 = module(b"\x02\x42");
    m1.extend_from_slice(&[0; 8]);
    m1.extend_from_slice(b"\x00\x43");
    m1.extend_from_slice(&[0; 8]);
    m1.extend_from_slice(b"\x00\x00\x00");
    assert_eq!(run(&m1).1, None);
    let mut m2 = module(b"\x01\x22\x00\x00\x00\x00");
    m2.extend_from_slice(b"\x70\x06\x04rodata\x03\x01\x00");
    assert_eq!(run(&m2).1, None);
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[test]
fn malformed_native_containers_are_value_errors() {
    // A relocation of a code word past the end of 8 bytes of machine code.
    let mut m = module(b"\x01\x42");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(b"\x10\x01\x04\xff");
    assert!(value_error(&m).contains("relocation out of range"));
    // A relocation of a rodata word past the end of the rodata.
    let mut m = module(b"\x01\x42");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(b"\x30\x04abcd\x07\x01\x01\xff");
    assert!(value_error(&m).contains("relocation out of range"));
    // A relocation with no position.
    let mut m = module(b"\x01\x42");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(b"\x10\x00\xff");
    assert!(value_error(&m).contains("relocation without a position"));
    // A relocation adding a helper-table entry that does not exist.
    let mut m = module(b"\x01\x42");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(b"\x10\xfd\x00\xff");
    assert!(value_error(&m).contains("unknown helper"));
    // Machine code shorter than its header says.
    let mut m = module(b"\x01\x42");
    m.extend_from_slice(&[0; 4]);
    value_error(&m);
    // Native code whose prelude offset lies past the end of the code.
    let mut m = module(b"\x01\x41");
    m.extend_from_slice(&[0; 8]);
    m.push(0x20);
    value_error(&m);
    // A native prelude whose parameters do not fit the frame (n_state 1, 3 positional).
    let mut m = module(b"\x01\x71");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(&[0x03, 0x08, 0x01, 0x01, 0x01, 0x01]);
    m.push(0x08);
    let e = value_error(&m);
    assert!(e.contains("does not fit"), "{e}");
    // A native generator whose first-entry offset points outside its machine code.
    let mut m = module(b"\x01\x81\x21");
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(&[0xff, 0, 0, 0, 0, 0, 0, 0]);
    m.extend_from_slice(&[0x80, 0x40, 0x02, 0x01]);
    m.push(0x10);
    let e = value_error(&m);
    assert!(e.contains("generator entry"), "{e}");
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[test]
fn bytecode_may_not_load_the_helper_table() {
    // One constant of kind 0 (the helper table) and top-level bytecode LOAD_CONST_OBJ 0.
    let mut v = vec![0x4d, 6, 0x0b, 0x1e, 1, 1];
    v.extend_from_slice(b"\x08m.py\x00");
    v.push(0x00);
    v.extend_from_slice(b"\x30\x00\x02\x00\x23\x00\x63");
    assert!(value_error(&v).contains("native function table"));
}
