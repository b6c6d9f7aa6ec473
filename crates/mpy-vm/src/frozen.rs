//! Frozen modules: `.mpy` images built into the program and executed in place.
//!
//! A port registers them by path stem (`"name"` for a module, `"pkg/__init__"` and
//! `"pkg/sub"` for a package). As in MicroPython they live under the virtual directory
//! `.frozen`, so import finds them when its walk over `sys.path` reaches that entry (and a
//! frozen package's `__path__` is `.frozen/pkg`).

use crate::buf::Buf;
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

/// One frozen module: its path stem under `.frozen` and its `.mpy` bytes.
#[derive(Clone, Copy, Debug)]
pub struct FrozenModule {
    /// Path stem without extension, e.g. `"asyncio"` or `"asyncio/__init__"`.
    pub path: &'static str,
    /// The module's `.mpy` image (bytecode only), executed in place.
    pub mpy: &'static [u8],
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

    /// The frozen image with path stem `stem`, if registered.
    pub fn frozen_image(&self, stem: &[u8]) -> Option<&'static [u8]> {
        self.frozen
            .iter()
            .flat_map(|t| t.iter())
            .find(|m| m.path.as_bytes() == stem)
            .map(|m| m.mpy)
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
        let (image, pkg) = match self.frozen_image(init.as_bytes()) {
            Some(i) => (i, true),
            None => match self.frozen_image(stem.as_bytes()) {
                Some(i) => (i, false),
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
        let r = crate::load::load_mpy(self, image, g, module).and_then(|loaded| {
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
