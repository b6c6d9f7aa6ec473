//! Build-time freezing: turns a `.mpy` image into Rust statics (the image plus one
//! [`StaticCode`](crate::frozen::StaticCode) per function), so a frozen import allocates no
//! code descriptors. A build script loads the image into a scratch interpreter, which runs
//! the same loader and verifier an import would, and writes out what they computed.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use crate::code::{Code, CodeKind};
use crate::error::PyResult;
use crate::objmodule;
use crate::vm::Vm;

/// Rust source for one frozen module.
#[derive(Debug, Clone)]
pub struct FrozenSource {
    /// Item declarations (`static`s) to place at module level.
    pub items: String,
    /// An expression of type `FrozenModule` for the module's table entry.
    pub entry: String,
}

/// Freezes `image` (bytecode `.mpy`) as module `path` (`"name"` or `"pkg/__init__"`).
///
/// `image_file` is the file the generated code `include_bytes!`s (it must hold exactly
/// `image`), `ident` a unique upper-case prefix for the statics, and `vm_path` how the
/// generated code names this crate (`"::mpy_vm"`, or e.g. `"::mpy::vm"` through the facade).
pub fn freeze_module(
    vm: &mut Vm,
    path: &str,
    image: &'static [u8],
    image_file: &str,
    ident: &str,
    vm_path: &str,
) -> PyResult<FrozenSource> {
    let name = vm.intern(path.as_bytes())?;
    let module = objmodule::new_module(vm, name)?;
    let g = objmodule::module_globals(module);
    let loaded = crate::load::load_mpy(vm, image, g, module)?;
    let mut w = Writer {
        out: String::new(),
        image,
        ident,
        vm_path,
        next: 0,
    };
    let _ = writeln!(
        w.out,
        "static {ident}_IMAGE: [u8; {}] = *include_bytes!({image_file:?});",
        image.len()
    );
    // SAFETY: the freshly loaded, verified code tree of `image`.
    let root = unsafe { w.code(vm, &*loaded.root)? };
    let entry = format!(
        "unsafe {{ {vm_path}::frozen::FrozenModule::with_code({path:?}, &{ident}_IMAGE, &{ident}_C{root}) }}"
    );
    Ok(FrozenSource {
        items: w.out,
        entry,
    })
}

struct Writer<'a> {
    out: String,
    image: &'static [u8],
    ident: &'a str,
    vm_path: &'a str,
    next: usize,
}

impl Writer<'_> {
    fn offset(&self, p: *const u8) -> usize {
        p as usize - self.image.as_ptr() as usize
    }

    /// Writes `c` and its children; returns the number naming its static.
    ///
    /// # Safety
    /// `c` must be a loaded, verified code descriptor over `self.image`.
    unsafe fn code(&mut self, vm: &mut Vm, c: &Code) -> PyResult<usize> {
        if c.kind != CodeKind::Bytecode {
            return Err(vm.value_error("frozen modules must be bytecode only"));
        }
        let id = self.next;
        self.next += 1;
        let mut children = String::new();
        for i in 0..c.n_children {
            // SAFETY: loaded children of a loaded code.
            let k = unsafe { self.code(vm, &*c.child(i))? };
            let _ = write!(children, "&{}_C{k}, ", self.ident);
        }
        let nbytes = c.code_len.div_ceil(8) + 1;
        // SAFETY: the verifier's bitmap has a byte per 8 opcode bytes, plus one.
        let starts = unsafe { core::slice::from_raw_parts(c.starts, nbytes) };
        let (ident, vm_path) = (self.ident, self.vm_path);
        let _ = writeln!(
            self.out,
            "static {ident}_C{id}: {vm_path}::frozen::StaticCode = unsafe {{ {vm_path}::frozen::StaticCode::bytecode(&{ident}_IMAGE, {vm_path}::frozen::CodeParts {{ fun_off: {}, fun_len: {}, code_start: {}, line_off: {}, line_len: {}, cells_off: {}, n_cells: {}, n_state: {}, state_alloc: {}, n_exc_stack: {}, n_pos_args: {}, n_kwonly_args: {}, n_def_pos_args: {}, scope_flags: {}, name: {} }}, &{:?}, &[{children}], &{starts:?}) }};",
            self.offset(c.fun_data),
            c.fun_data_len,
            c.code_start,
            self.offset(c.line_table),
            c.line_table_len,
            self.offset(c.cells),
            c.n_cells,
            c.n_state,
            c.state_alloc,
            c.n_exc_stack,
            c.n_pos_args,
            c.n_kwonly_args,
            c.n_def_pos_args,
            c.scope_flags,
            c.name,
            c.arg_names(),
        );
        Ok(id)
    }
}
