//! Loading native, viper and inline-assembler raw codes (native-abi.md §7, mpy-format.md
//! §7.4–7.7): machine code is copied as is into executable memory from the port (mapped
//! writable, filled and relocated, then made executable; never both at once), viper rodata
//! and bss get one zeroed heap block, relocation records are applied with every word they
//! touch checked against the area it lies in, and the prelude of native code is checked
//! against the frame it describes. Machine code itself is trusted; its container is not: a
//! malformed container is a `ValueError` before anything runs.

use mpy_format::decode::{Arg, Instructions};
use mpy_format::model::{RelocTarget, Relocs};
use mpy_format::{KindData, RawCode};

use crate::code::{Code, CodeKind};
use crate::error::{Exc, PyResult};
use crate::funtable::{FUN_TABLE, FUN_TABLE_LEN};
use crate::nativefn::{FLAG_RELOCATED, WORD};
use crate::value::Value;
use crate::vm::Vm;

fn invalid(vm: &mut Vm, what: &str) -> Exc {
    vm.value_error_fmt(format_args!("invalid .mpy: {what}"))
}

/// Memory for machine code of `len` bytes, writable until [`seal`].
fn alloc_code(vm: &mut Vm, len: usize) -> PyResult<*mut u8> {
    let len = len.max(1);
    if let Some(p) = vm.port().alloc_exec(len) {
        if !p.is_null() {
            return Ok(p);
        }
    }
    // Bare-metal targets execute from RAM: the heap will do (kept alive by the code object).
    if cfg!(target_os = "none") {
        return vm.alloc_bytes(len);
    }
    Err(vm.memory_error())
}

/// Makes machine code at `p` executable (and read-only where the port can).
fn seal(vm: &mut Vm, p: *mut u8, len: usize) -> PyResult<()> {
    if vm.port().make_executable(p, len.max(1)) || cfg!(target_os = "none") {
        return Ok(());
    }
    Err(vm.memory_error())
}

/// The frame the prelude describes must hold the parameters and cells it names.
fn check_prelude(vm: &mut Vm, code: &Code) -> PyResult<()> {
    let n_state = code.n_state;
    let params = code.n_pos_args + code.n_kwonly_args;
    let extra =
        usize::from(code.scope_flags & 0x04 != 0) + usize::from(code.scope_flags & 0x02 != 0);
    if n_state > 0xffff || params + extra > n_state || code.n_def_pos_args > code.n_pos_args {
        return Err(invalid(vm, "native prelude does not fit its frame"));
    }
    if code.cells().iter().any(|&c| usize::from(c) >= n_state) {
        return Err(invalid(vm, "native cell slot out of range"));
    }
    Ok(())
}

/// Where relocations write and what they add.
struct Areas {
    text: *mut u8,
    text_len: usize,
    rodata: *mut u8,
    rodata_len: usize,
    bss: *mut u8,
    qstr_table: *const u16,
    obj_table: *const Value,
}

fn apply_relocs(vm: &mut Vm, relocs: &Relocs, a: &Areas) -> PyResult<()> {
    // (in rodata?, word index) of the next word to patch; unset until a location is given.
    let mut pos: Option<(bool, usize)> = None;
    for r in &relocs.entries {
        if let Some(loc) = r.location {
            let idx = usize::try_from(loc >> 1).map_err(|_| invalid(vm, "relocation position"))?;
            pos = Some((loc & 1 == 1, idx));
        }
        let Some((in_rodata, mut idx)) = pos else {
            return Err(invalid(vm, "relocation without a position"));
        };
        let add = match r.target() {
            RelocTarget::Text => a.text as usize,
            RelocTarget::Rodata => a.rodata as usize,
            RelocTarget::Bss => a.bss as usize,
            RelocTarget::QstrTable => a.qstr_table as usize,
            RelocTarget::ConstTable => a.obj_table as usize,
            RelocTarget::FunTable => core::ptr::from_ref(&FUN_TABLE) as usize,
            RelocTarget::FunTableEntry(n) => match FUN_TABLE.0.get(usize::from(n)) {
                Some(&e) if usize::from(n) < FUN_TABLE_LEN => e as usize,
                _ => return Err(invalid(vm, "relocation of an unknown helper")),
            },
        };
        let (base, len) = if in_rodata {
            (a.rodata, a.rodata_len)
        } else {
            (a.text, a.text_len)
        };
        for _ in 0..r.words() {
            let end = idx.checked_add(1).and_then(|n| n.checked_mul(WORD));
            if base.is_null() || end.is_none_or(|e| e > len) {
                return Err(invalid(vm, "relocation out of range"));
            }
            // SAFETY: the word lies inside the (still writable) area, checked above.
            unsafe {
                let p = base.add(idx * WORD).cast::<usize>();
                p.write_unaligned(p.read_unaligned().wrapping_add(add));
            }
            idx += 1;
        }
        pos = Some((in_rodata, idx));
    }
    Ok(())
}

/// Copies machine code into fresh writable code memory.
fn copy_code(vm: &mut Vm, body: &[u8]) -> PyResult<*mut u8> {
    let p = alloc_code(vm, body.len())?;
    // SAFETY: a fresh writable area of at least body.len() bytes.
    unsafe { core::ptr::copy_nonoverlapping(body.as_ptr(), p, body.len()) };
    Ok(p)
}

/// Prepares one machine-code raw code (its children are already loaded).
pub fn prepare(
    vm: &mut Vm,
    code: &mut Code,
    rc: &RawCode<'static>,
    qstr_table: *const u16,
    obj_table: *const Value,
) -> PyResult<()> {
    if !crate::nlr::HAVE_NATIVE {
        return Err(vm.value_error(mpy_format::error::MSG_NATIVE_UNSUPPORTED));
    }
    let body = rc.body;
    match &rc.data {
        KindData::Bytecode => Ok(()),
        KindData::Native { prelude_offset } => {
            let off = *prelude_offset;
            if off < WORD || off > body.len() || code.code_start > body.len() {
                return Err(invalid(vm, "native prelude out of range"));
            }
            check_prelude(vm, code)?;
            if code.is_generator() {
                // Word 1 is the offset of the first-entry code; the resume entry is word 2.
                let start = body
                    .get(WORD..2 * WORD)
                    .map(|b| {
                        let mut w = [0u8; WORD];
                        w.copy_from_slice(b);
                        usize::from_le_bytes(w)
                    })
                    .unwrap_or(0);
                if off < 2 * WORD || start < 2 * WORD || start >= off {
                    return Err(invalid(vm, "native generator entry out of range"));
                }
            }
            let p = copy_code(vm, body)?;
            seal(vm, p, body.len())?;
            code.fun_data = p;
            // The prelude pointer, found as the runtime expects: after the children, or in
            // place of the child table when there are none.
            // SAFETY: off <= body.len() (checked); the child table has n_children + 1 slots.
            let prelude = unsafe { p.add(off) };
            if code.n_children == 0 {
                code.children = prelude as *const *const Code;
            } else {
                unsafe {
                    *(code.children as *mut *const Code).add(code.n_children) =
                        prelude as *const Code
                };
            }
            Ok(())
        }
        KindData::Viper {
            rodata,
            bss_size,
            relocs,
            ..
        } => {
            let bss_len = bss_size.unwrap_or(0);
            let bss_words = bss_len.div_ceil(WORD);
            let ro = rodata.unwrap_or(&[]);
            let data_len = bss_words
                .checked_mul(WORD)
                .and_then(|b| b.checked_add(ro.len()))
                .ok_or_else(|| invalid(vm, "viper data too large"))?;
            let (bss, rod) = if rodata.is_some() || bss_size.is_some() {
                let d = vm.alloc_bytes(data_len)?;
                // SAFETY: a fresh zeroed block of data_len bytes: bss, then rodata.
                unsafe {
                    let r = d.add(bss_words * WORD);
                    core::ptr::copy_nonoverlapping(ro.as_ptr(), r, ro.len());
                    (d, r)
                }
            } else {
                (core::ptr::null_mut(), core::ptr::null_mut())
            };
            code.data = bss;
            let p = copy_code(vm, body)?;
            if let Some(r) = relocs {
                let areas = Areas {
                    text: p,
                    text_len: body.len(),
                    rodata: if rodata.is_some() {
                        rod
                    } else {
                        core::ptr::null_mut()
                    },
                    rodata_len: ro.len(),
                    bss,
                    qstr_table,
                    obj_table,
                };
                apply_relocs(vm, r, &areas)?;
                code.scope_flags = FLAG_RELOCATED;
            }
            seal(vm, p, body.len())?;
            code.fun_data = p;
            Ok(())
        }
        KindData::Asm {
            n_pos_args,
            type_sig,
            relocs,
            ..
        } => {
            code.n_pos_args = *n_pos_args;
            code.type_sig = *type_sig;
            let p = copy_code(vm, body)?;
            if let Some(r) = relocs {
                let areas = Areas {
                    text: p,
                    text_len: body.len(),
                    rodata: core::ptr::null_mut(),
                    rodata_len: 0,
                    bss: core::ptr::null_mut(),
                    qstr_table,
                    obj_table,
                };
                apply_relocs(vm, r, &areas)?;
                code.scope_flags = FLAG_RELOCATED;
            }
            seal(vm, p, body.len())?;
            code.fun_data = p;
            Ok(())
        }
    }
}

/// Rejects bytecode that loads the helper table as an object (only machine code may use
/// that constant; the VM would read its first word as a type pointer).
///
/// # Safety
/// `code` must be a loaded code object and `obj_table` its module's constant table.
pub unsafe fn check_bytecode_consts(
    vm: &mut Vm,
    code: *const Code,
    obj_table: *const Value,
) -> PyResult<()> {
    // SAFETY: a loaded code object and its children.
    let c = unsafe { &*code };
    if c.kind == CodeKind::Bytecode {
        let ft = crate::nativefn::fun_table_value();
        for i in Instructions::new(c.code()).flatten() {
            if let Arg::Obj(o) = i.arg {
                // SAFETY: the verifier checked o < n_obj.
                if unsafe { *obj_table.add(o) } == ft {
                    return Err(
                        vm.value_error("invalid .mpy bytecode: loads the native function table")
                    );
                }
            }
        }
    }
    for i in 0..c.n_children {
        // SAFETY: children of a loaded code are loaded codes of the same module.
        unsafe { check_bytecode_consts(vm, c.child(i), obj_table)? };
    }
    Ok(())
}
