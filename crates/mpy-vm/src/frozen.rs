//! Frozen modules: `.mpy` images built into the program and executed in place.
//!
//! A port registers them by path stem (`"name"` for a module, `"pkg/__init__"` and
//! `"pkg/sub"` for a package). As in MicroPython they live under the virtual directory
//! `.frozen`, so import finds them when its walk over `sys.path` reaches that entry (and a
//! frozen package's `__path__` is `.frozen/pkg`).
//!
//! A module registered with only its image gets code descriptors built on the heap at import.
//! One registered with [`FrozenModule::with_code`] brings static descriptors made at build
//! time by [`crate::freeze`], so importing it allocates only the module, its qstr and
//! constant tables and the objects its top-level code makes.

use crate::buf::Buf;
use crate::code::{Code, CodeKind};
use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::objmodule::{self, module_globals};
use crate::q;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

/// The `sys.path` entry under which frozen modules are found.
pub const FROZEN_DIR: &[u8] = b".frozen";

/// How many frozen tables one interpreter holds (fixed: the VM needs no global allocator).
pub const MAX_FROZEN_TABLES: usize = 4;

/// One frozen module: its path stem under `.frozen`, its `.mpy` bytes and, optionally, static
/// code descriptors for them.
#[derive(Clone, Copy)]
pub struct FrozenModule {
    /// Path stem without extension, e.g. `"asyncio"` or `"asyncio/__init__"`.
    pub path: &'static str,
    /// The module's `.mpy` image (bytecode only), executed in place.
    pub mpy: &'static [u8],
    code: Option<&'static StaticCode>,
}

impl core::fmt::Debug for FrozenModule {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FrozenModule")
            .field("path", &self.path)
            .field("len", &self.mpy.len())
            .field("static_code", &self.code.is_some())
            .finish()
    }
}

impl FrozenModule {
    /// A module whose code descriptors are built on the heap when it is imported.
    pub const fn new(path: &'static str, mpy: &'static [u8]) -> Self {
        FrozenModule {
            path,
            mpy,
            code: None,
        }
    }

    /// A module with static code descriptors, as [`crate::freeze`] writes them.
    ///
    /// # Safety
    /// `root` must describe `mpy`'s top-level code as the loader and verifier would: it is
    /// executed without further checks.
    pub const unsafe fn with_code(
        path: &'static str,
        mpy: &'static [u8],
        root: &'static StaticCode,
    ) -> Self {
        FrozenModule {
            path,
            mpy,
            code: Some(root),
        }
    }
}

/// A code descriptor in static memory, made at build time for a trusted frozen image.
#[repr(transparent)]
pub struct StaticCode(Code);

// SAFETY: never written after construction; the pointers are to static, immutable data.
unsafe impl Sync for StaticCode {}

/// The numbers of one bytecode function, with offsets into its module image.
#[derive(Clone, Copy, Debug)]
pub struct CodeParts {
    /// Offset of the function data in the image.
    pub fun_off: usize,
    /// Length of the function data.
    pub fun_len: usize,
    /// Offset of the first opcode from the function data.
    pub code_start: usize,
    /// Offset of the line-number table in the image.
    pub line_off: usize,
    /// Length of the line-number table.
    pub line_len: usize,
    /// Offset of the cell list in the image.
    pub cells_off: usize,
    /// Number of cells.
    pub n_cells: usize,
    /// Frame size from the prelude.
    pub n_state: usize,
    /// Value slots a frame allocates (the verifier's figure).
    pub state_alloc: usize,
    /// Exception-handler nesting.
    pub n_exc_stack: usize,
    /// Positional parameters.
    pub n_pos_args: usize,
    /// Keyword-only parameters.
    pub n_kwonly_args: usize,
    /// Positional parameters with defaults.
    pub n_def_pos_args: usize,
    /// Signature scope flags.
    pub scope_flags: u8,
    /// Module qstr-table index of the name.
    pub name: u16,
}

impl StaticCode {
    /// A bytecode descriptor over `image`.
    ///
    /// # Safety
    /// The parts, argument names, children and instruction-start bitmap must be what the
    /// loader and verifier compute for this function of `image`.
    pub const unsafe fn bytecode(
        image: &'static [u8],
        p: CodeParts,
        arg_names: &'static [u16],
        children: &'static [&'static StaticCode],
        starts: &'static [u8],
    ) -> Self {
        assert!(p.fun_off + p.fun_len <= image.len() && p.code_start <= p.fun_len);
        assert!(p.line_off + p.line_len <= image.len() && p.cells_off + p.n_cells <= image.len());
        assert!(arg_names.len() == p.n_pos_args + p.n_kwonly_args);
        let code_len = p.fun_len - p.code_start;
        assert!(starts.len() > code_len / 8);
        let base = image.as_ptr();
        StaticCode(Code {
            fun_data: base.wrapping_add(p.fun_off),
            fun_data_len: p.fun_len,
            // `&StaticCode` has the layout of `*const Code` (transparent wrapper).
            children: children.as_ptr() as *const *const Code,
            n_children: children.len(),
            code_start: p.code_start,
            code_len,
            line_table: base.wrapping_add(p.line_off),
            line_table_len: p.line_len,
            arg_names: arg_names.as_ptr(),
            cells: base.wrapping_add(p.cells_off),
            n_cells: p.n_cells,
            n_state: p.n_state,
            state_alloc: p.state_alloc,
            n_exc_stack: p.n_exc_stack,
            n_pos_args: p.n_pos_args,
            n_kwonly_args: p.n_kwonly_args,
            n_def_pos_args: p.n_def_pos_args,
            scope_flags: p.scope_flags,
            kind: CodeKind::Bytecode,
            name: p.name,
            type_sig: 0,
            data: core::ptr::null_mut(),
            starts: starts.as_ptr(),
        })
    }

    /// The descriptor.
    pub const fn code(&self) -> &Code {
        &self.0
    }
}

/// Whether a `sys.path` entry names frozen modules (`.frozen` or `.frozen/<package>`).
pub fn is_frozen_dir(dir: &[u8]) -> bool {
    dir.strip_prefix(FROZEN_DIR)
        .is_some_and(|rest| rest.is_empty() || rest[0] == b'/')
}

impl Vm {
    /// Makes `modules` importable through the `.frozen` entry of `sys.path`; false when
    /// [`MAX_FROZEN_TABLES`] tables are already registered.
    pub fn register_frozen(&mut self, modules: &'static [FrozenModule]) -> bool {
        match self.frozen.iter_mut().find(|t| t.is_empty()) {
            Some(slot) => {
                *slot = modules;
                true
            }
            None => false,
        }
    }

    /// The frozen module with path stem `stem`, if registered.
    pub fn frozen_module(&self, stem: &[u8]) -> Option<&'static FrozenModule> {
        self.frozen
            .iter()
            .flat_map(|t| t.iter())
            .find(|m| m.path.as_bytes() == stem)
    }

    /// Imports module `q` from `dir` (`.frozen` or a frozen package's `.frozen/pkg`), as
    /// `last`; `None` when `dir` is not frozen or holds no such module.
    pub(crate) fn load_frozen(
        &mut self,
        q: Qstr,
        dir: &[u8],
        last: &[u8],
    ) -> PyResult<Option<Value>> {
        if !is_frozen_dir(dir) {
            return Ok(None);
        }
        let sub = dir.get(FROZEN_DIR.len() + 1..).unwrap_or(b"");
        let mut stem = Buf::new();
        if !sub.is_empty() {
            stem.push_bytes(sub);
            stem.push(b'/');
        }
        stem.push_bytes(last);
        let mut init = Buf::new();
        init.push_bytes(stem.as_bytes());
        init.push_str("/__init__");
        if stem.oom || init.oom {
            return Err(self.memory_error());
        }
        let (fm, pkg) = match self.frozen_module(init.as_bytes()) {
            Some(m) => (m, true),
            None => match self.frozen_module(stem.as_bytes()) {
                Some(m) => (m, false),
                None => return Ok(None),
            },
        };
        let module = objmodule::new_module(self, q)?;
        let g = module_globals(module);
        if pkg {
            let mut p = Buf::new();
            p.push_bytes(FROZEN_DIR);
            p.push(b'/');
            p.push_bytes(stem.as_bytes());
            let p = crate::objstr::new_str(self, p.as_bytes())?;
            dict_map(g).set_qstr(self, q!("__path__"), p)?;
        }
        let modules = self.modules;
        dict_map(modules).set_qstr(self, q, module)?;
        let root = fm.code.map(|c| c.code() as *const Code);
        let r = crate::load::load_mpy_with(self, fm.mpy, root, g, module).and_then(|loaded| {
            // SAFETY: the context is live.
            let file = unsafe { (*loaded.ctx).file };
            dict_map(g).set_qstr(self, q!("__file__"), Value::qstr(file))?;
            crate::load::run_module_code(self, &loaded)
        });
        match r {
            Ok(_) => Ok(Some(module)),
            Err(e) => {
                dict_map(modules).remove(self, Value::qstr(q))?;
                Err(e)
            }
        }
    }
}
