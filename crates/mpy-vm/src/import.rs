//! The import machinery: `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR`.

use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::objexc::IMPORT_ERROR;
use crate::objmodule::{self, MODULE_TYPE, module_globals};
use crate::q;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `import name` (with `fromlist` and relative `level`): returns the module to bind.
    pub fn import_name(&mut self, name: Qstr, fromlist: Value, level: Value) -> PyResult {
        let _ = (fromlist, level);
        if let Some(m) = dict_map(self.modules).get_qstr(self, name) {
            return Ok(m);
        }
        if let Some(m) = objmodule::builtin_module(self, name)? {
            return Ok(m);
        }
        // MicroPython's `u`-prefixed aliases (`ujson` is `json`).
        let s = self.qstr_str(name);
        if s.len() > 1 && s[0] == b'u' {
            if let Some(q) = self.qstrs.find(&s[1..]) {
                if let Some(m) = objmodule::builtin_module(self, q)? {
                    return Ok(m);
                }
            }
        }
        if let Some(m) = crate::load::import_from_path(self, name)? {
            return Ok(m);
        }
        let n = core::str::from_utf8(self.qstr_str(name)).unwrap_or("?");
        Err(self.exc_fmt(&IMPORT_ERROR, format_args!("no module named '{n}'")))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, m: Value, name: Qstr) -> PyResult {
        let mut dest = [Value::NULL; 2];
        self.load_attr_into(m, name, &mut dest)?;
        if dest[0].is_null() {
            let n = core::str::from_utf8(self.qstr_str(name)).unwrap_or("?");
            return Err(self.exc_fmt(&IMPORT_ERROR, format_args!("can't import name {n}")));
        }
        if dest[1].is_null() {
            Ok(dest[0])
        } else {
            crate::objfun::new_bound_meth(self, dest[0], dest[1])
        }
    }

    /// `from module import *` into the current locals.
    pub fn import_star(&mut self, m: Value) -> PyResult<()> {
        if !m.is_type(&MODULE_TYPE) {
            return Err(self.type_error("import * needs a module"));
        }
        let g = module_globals(m);
        let locals = self.locals;
        let mut i = 0;
        while i < dict_map(g).filled() {
            if let Some(e) = dict_map(g).slot(i) {
                let public = match crate::objstr::str_bytes(self, e.key) {
                    Some(s) => !s.starts_with(b"_"),
                    None => false,
                };
                if public {
                    dict_map(locals).set(self, e.key, e.value)?;
                }
            }
            i += 1;
        }
        let _ = q!("__all__");
        Ok(())
    }
}
