//! The import machinery: `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR`, packages and relative
//! imports, with modules found through the VFS as `.mpy` (preferred) or `.py` files, or
//! frozen into the program (see [`crate::frozen`]).

use crate::buf::Buf;
use crate::error::PyResult;
use crate::objdict::dict_map;
use crate::objexc::IMPORT_ERROR;
use crate::objmodule::{self, MODULE_TYPE, module_globals};
use crate::q;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;
use crate::{objlist, objstr, objtuple};

fn no_module(vm: &mut Vm, name: &[u8]) -> crate::error::Exc {
    let n = core::str::from_utf8(name).unwrap_or("?");
    vm.exc_fmt(&IMPORT_ERROR, format_args!("no module named '{n}'"))
}

impl Vm {
    /// `import name` with `fromlist` and relative `level`: returns the module to bind (the
    /// top package for `import a.b`, the leaf when there is a fromlist or a level).
    pub fn import_name(&mut self, name: Qstr, fromlist: Value, level: Value) -> PyResult {
        let level = crate::objint::small_of(level).unwrap_or(0).max(0) as usize;
        let mut full = Buf::new();
        if level > 0 {
            // The package the current module belongs to.
            let g = self.globals;
            let cur = dict_map(g)
                .get_qstr(self, q!("__name__"))
                .unwrap_or(Value::NONE);
            let is_pkg = dict_map(g).get_qstr(self, q!("__path__")).is_some();
            let base = objstr::str_bytes(self, cur).unwrap_or(b"");
            let mut parts: usize = base.split(|&b| b == b'.').count();
            if !is_pkg {
                parts = parts.saturating_sub(1);
            }
            if level - 1 > parts || (parts == 0 && base.is_empty()) || base == b"__main__" {
                return Err(self.exc_msg(&IMPORT_ERROR, "can't perform relative import"));
            }
            let keep = parts - (level - 1);
            let mut it = base.split(|&b| b == b'.').take(keep).peekable();
            while let Some(p) = it.next() {
                full.push_bytes(p);
                if it.peek().is_some() {
                    full.push(b'.');
                }
            }
            let n = self.qstr_str(name);
            if !n.is_empty() {
                if !full.is_empty() {
                    full.push(b'.');
                }
                full.push_bytes(n);
            }
        } else {
            full.push_bytes(self.qstr_str(name));
        }
        if full.oom {
            return Err(self.memory_error());
        }
        let full = full.as_bytes();
        let mut top = Value::NULL;
        let mut parent = Value::NULL;
        let mut end = 0;
        while end < full.len() {
            end = full[end..]
                .iter()
                .position(|&b| b == b'.')
                .map_or(full.len(), |p| end + p);
            let prefix = &full[..end];
            let q = self.intern(prefix)?;
            let m = self.import_one(q, prefix, parent)?;
            if parent.is_obj() {
                let last = &prefix[prefix.iter().rposition(|&b| b == b'.').map_or(0, |p| p + 1)..];
                let lq = self.intern(last)?;
                dict_map(module_globals(parent)).set_qstr(self, lq, m)?;
            }
            if top.is_null() {
                top = m;
            }
            parent = m;
            end += 1;
        }
        let has_fromlist = fromlist != Value::NONE && !objtuple::tuple_items(fromlist).is_empty();
        Ok(if has_fromlist || level > 0 {
            parent
        } else {
            top
        })
    }

    /// One module of a dotted import: from `sys.modules`, the built-ins, or the filesystem
    /// (`sys.path` for top-level modules, the parent package's `__path__` otherwise).
    fn import_one(&mut self, q: Qstr, full: &[u8], parent: Value) -> PyResult {
        if let Some(m) = dict_map(self.modules).get_qstr(self, q) {
            return Ok(m);
        }
        if parent.is_null() {
            if let Some(m) = objmodule::builtin_module(self, q)? {
                return Ok(m);
            }
            // MicroPython's `u`-prefixed aliases (`ujson` is `json`).
            if full.len() > 1 && full[0] == b'u' {
                if let Some(alias) = self.qstrs.find(&full[1..]) {
                    if let Some(m) = objmodule::builtin_module(self, alias)? {
                        return Ok(m);
                    }
                }
            }
        }
        let last = &full[full.iter().rposition(|&b| b == b'.').map_or(0, |p| p + 1)..];
        let dirs = if parent.is_null() {
            self.sys_path
        } else {
            let path = dict_map(module_globals(parent)).get_qstr(self, q!("__path__"));
            match path {
                Some(p) => objlist::new_list(self, &[p])?,
                None => return Err(no_module(self, full)),
            }
        };
        let n = objlist::list_items(dirs).len();
        for i in 0..n {
            let entry = objlist::list_items(dirs)[i];
            let Some(dir) = objstr::str_bytes(self, entry) else {
                continue;
            };
            // `.frozen` (and a frozen package's `.frozen/pkg`) name the built-in images.
            if crate::frozen::is_frozen_dir(dir) {
                let mut d = Buf::new();
                d.push_bytes(dir);
                if let Some(m) = self.load_frozen(q, d.as_bytes(), last)? {
                    return Ok(m);
                }
                continue;
            }
            let mut base = Buf::new();
            if !dir.is_empty() {
                base.push_bytes(dir);
                base.push(b'/');
            }
            base.push_bytes(last);
            if let Some(m) = self.load_from(q, full, base.as_bytes())? {
                return Ok(m);
            }
        }
        // The `u` alias of a module found on the path (`uasyncio` is the frozen `asyncio`),
        // kept in `sys.modules` under the name asked for, as MicroPython does.
        if parent.is_null() && full.len() > 1 && full[0] == b'u' && !full.contains(&b'.') {
            let plain = self.intern(&full[1..])?;
            let mut name = Buf::new();
            name.push_bytes(&full[1..]);
            match self.import_one(plain, name.as_bytes(), Value::NULL) {
                Ok(m) => {
                    let modules = self.modules;
                    dict_map(modules).set_qstr(self, q, m)?;
                    return Ok(m);
                }
                Err(e) if !self.is_instance(e.0, &crate::objexc::IMPORT_ERROR) => return Err(e),
                Err(_) => {}
            }
        }
        Err(no_module(self, full))
    }

    /// Loads module `q` from `base` (a package directory, `base.mpy` or `base.py`).
    fn load_from(&mut self, q: Qstr, full: &[u8], base: &[u8]) -> PyResult<Option<Value>> {
        let is_dir =
            crate::vfs::stat(self, base)?.is_some_and(|s| s.mode & crate::fsport::S_IFDIR != 0);
        if is_dir {
            let module = objmodule::new_module(self, q)?;
            let g = module_globals(module);
            let p = objstr::new_str(self, base)?;
            dict_map(g).set_qstr(self, q!("__path__"), p)?;
            let modules = self.modules;
            dict_map(modules).set_qstr(self, q, module)?;
            let mut init = Buf::new();
            init.push_bytes(base);
            init.push_str("/__init__");
            match self.run_file_into(&init, module) {
                Ok(_) => return Ok(Some(module)),
                Err(e) => {
                    dict_map(modules).remove(self, Value::qstr(q))?;
                    return Err(e);
                }
            }
        }
        let mut f = Buf::new();
        f.push_bytes(base);
        let module = objmodule::new_module(self, q)?;
        let modules = self.modules;
        dict_map(modules).set_qstr(self, q, module)?;
        match self.run_file_into(&f, module) {
            Ok(true) => Ok(Some(module)),
            Ok(false) => {
                dict_map(modules).remove(self, Value::qstr(q))?;
                let _ = full;
                Ok(None)
            }
            Err(e) => {
                dict_map(modules).remove(self, Value::qstr(q))?;
                Err(e)
            }
        }
    }

    /// Runs `stem.mpy` or `stem.py` (if either exists) as the body of `module`.
    fn run_file_into(&mut self, stem: &Buf, module: Value) -> PyResult<bool> {
        let g = module_globals(module);
        for (ext, is_mpy) in [(&b".mpy"[..], true), (&b".py"[..], false)] {
            let mut path = Buf::new();
            path.push_bytes(stem.as_bytes());
            path.push_bytes(ext);
            if crate::vfs::stat(self, path.as_bytes())?.is_none() {
                continue;
            }
            let mut data = Buf::new();
            crate::vfs::read_all(self, path.as_bytes(), &mut data)?;
            let image = if is_mpy {
                crate::load::heap_image(self, data.as_bytes())?
            } else {
                crate::compile::compile_module(self, data.as_bytes(), path.as_bytes())?
            };
            let loaded = crate::load::load_mpy(self, image, g, module)?;
            // SAFETY: the context is live.
            let file = unsafe { (*loaded.ctx).file };
            dict_map(g).set_qstr(self, q!("__file__"), Value::qstr(file))?;
            crate::load::run_module_code(self, &loaded)?;
            return Ok(true);
        }
        Ok(false)
    }

    /// `from module import name` (importing `module.name` as a submodule if need be).
    pub fn import_from(&mut self, m: Value, name: Qstr) -> PyResult {
        let mut dest = [Value::NULL; 2];
        self.load_attr_into(m, name, &mut dest)?;
        if dest[0].is_null() && m.is_type(&MODULE_TYPE) {
            let g = module_globals(m);
            if dict_map(g).get_qstr(self, q!("__path__")).is_some() {
                let pkg = dict_map(g)
                    .get_qstr(self, q!("__name__"))
                    .unwrap_or(Value::NONE);
                let mut full = Buf::new();
                full.push_bytes(objstr::str_bytes(self, pkg).unwrap_or(b""));
                full.push(b'.');
                full.push_bytes(self.qstr_str(name));
                let fq = self.intern(full.as_bytes())?;
                if let Ok(sub) = self.import_name(fq, Value::NONE, Value::small_int(0)) {
                    let _ = sub;
                    if let Some(v) = dict_map(g).get_qstr(self, name) {
                        return Ok(v);
                    }
                }
            }
        }
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

    /// `from module import *` into the current locals (`__all__` if defined, else every
    /// public name).
    pub fn import_star(&mut self, m: Value) -> PyResult<()> {
        if !m.is_type(&MODULE_TYPE) {
            return Err(self.type_error("import * needs a module"));
        }
        let g = module_globals(m);
        let locals = self.locals;
        if let Some(all) = dict_map(g).get_qstr(self, q!("__all__")) {
            let names = objlist::list_from_iter(self, all)?;
            for &n in objlist::list_items(names) {
                let v = self.subscr(g, n, Value::SENTINEL)?;
                dict_map(locals).set(self, n, v)?;
            }
            return Ok(());
        }
        let mut i = 0;
        while i < dict_map(g).filled() {
            if let Some(e) = dict_map(g).slot(i) {
                let public = match objstr::str_bytes(self, e.key) {
                    Some(s) => !s.starts_with(b"_"),
                    None => false,
                };
                if public {
                    dict_map(locals).set(self, e.key, e.value)?;
                }
            }
            i += 1;
        }
        Ok(())
    }
}
