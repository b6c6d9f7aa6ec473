//! The `os` module: the VFS (`mount`, `umount`, `VfsPosix`) and file operations on it.

use crate::buf::Buf;
use crate::error::PyResult;
use crate::fsport::{S_IFDIR, S_IFREG};
use crate::obj::ObjHeader;
use crate::objdict::dict_map;
use crate::objfun::BuiltinFn;
use crate::q;
use crate::types::{Attr, Type};
use crate::value::Value;
use crate::vfs::{Place, call_fs, host, os_error, resolve};
use crate::vm::Vm;
use crate::{objlist, objstr, objtuple};

fn path_arg<'a>(vm: &mut Vm, a: Option<&Value>) -> PyResult<&'a [u8]> {
    match a {
        None => Ok(b""),
        Some(&p) => match objstr::str_bytes(vm, p) {
            Some(s) => Ok(s),
            None => Err(vm.type_error("expected a str path")),
        },
    }
}

fn stat_tuple(vm: &mut Vm, mode: u32, size: u64, mtime: u64) -> PyResult {
    let size = crate::objint::from_u64(vm, size)?;
    let t = crate::objint::from_u64(vm, mtime)?;
    let z = Value::small_int(0);
    objtuple::new_tuple(
        vm,
        &[
            Value::small_int(mode as isize),
            z,
            z,
            z,
            z,
            z,
            size,
            t,
            t,
            t,
        ],
    )
}

fn host_stat(vm: &mut Vm, p: &[u8]) -> PyResult {
    let s = host(vm)?.stat(p).map_err(|e| os_error(vm, e))?;
    stat_tuple(vm, s.mode, s.size, s.mtime)
}

fn os_stat(vm: &mut Vm, p: Value) -> PyResult {
    let path = path_arg(vm, Some(&p))?;
    match resolve(vm, path)? {
        Place::Host(hp) => host_stat(vm, hp.as_bytes()),
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            call_fs(vm, fs, q!("stat"), &[r])
        }
    }
}

/// `ilistdir` entries of a host directory as a list of `(name, type, inode, size)`.
fn host_ilistdir(vm: &mut Vm, p: &[u8]) -> PyResult {
    let mut names = Buf::new();
    let mut kinds = Buf::new();
    let r = host(vm)?.list_dir(p, &mut |name, is_dir| {
        names.push_bytes(name);
        names.push(0);
        kinds.push(u8::from(is_dir));
    });
    r.map_err(|e| os_error(vm, e))?;
    let out = objlist::new_list(vm, &[])?;
    for (i, name) in names.as_bytes().split(|&b| b == 0).enumerate() {
        let Some(&k) = kinds.as_bytes().get(i) else {
            break;
        };
        let n = objstr::new_str(vm, name)?;
        let ty = Value::small_int(if k == 1 { S_IFDIR } else { S_IFREG } as isize);
        let t = objtuple::new_tuple(vm, &[n, ty, Value::small_int(0)])?;
        objlist::list_append(vm, out, t)?;
    }
    Ok(out)
}

fn os_ilistdir(vm: &mut Vm, a: &[Value]) -> PyResult {
    let path = path_arg(vm, a.first())?;
    match resolve(vm, path)? {
        Place::Host(hp) => {
            let l = host_ilistdir(vm, hp.as_bytes())?;
            vm.get_iter(l)
        }
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            call_fs(vm, fs, crate::q!("ilistdir"), &[r])
        }
    }
}

fn os_listdir(vm: &mut Vm, a: &[Value]) -> PyResult {
    let it = os_ilistdir(vm, a)?;
    let it = vm.get_iter(it)?;
    let out = objlist::new_list(vm, &[])?;
    while let Some(e) = vm.iter_next(it)? {
        let name = objtuple::tuple_items(e)
            .first()
            .copied()
            .unwrap_or(Value::NONE);
        objlist::list_append(vm, out, name)?;
    }
    Ok(out)
}

/// A path operation on host or mounted filesystems: `host` for the first, `method` for the
/// second.
fn path_op(
    vm: &mut Vm,
    p: Value,
    method: crate::qstr::Qstr,
    host_op: fn(&mut dyn crate::fsport::FileSystem, &[u8]) -> Result<(), i32>,
) -> PyResult {
    let path = path_arg(vm, Some(&p))?;
    match resolve(vm, path)? {
        Place::Host(hp) => {
            host_op(host(vm)?, hp.as_bytes()).map_err(|e| os_error(vm, e))?;
            Ok(Value::NONE)
        }
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            call_fs(vm, fs, method, &[r])?;
            Ok(Value::NONE)
        }
    }
}

fn os_rename(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let (pa, pb) = (path_arg(vm, Some(&a))?, path_arg(vm, Some(&b))?);
    match (resolve(vm, pa)?, resolve(vm, pb)?) {
        (Place::Host(x), Place::Host(y)) => {
            host(vm)?
                .rename(x.as_bytes(), y.as_bytes())
                .map_err(|e| os_error(vm, e))?;
            Ok(Value::NONE)
        }
        (Place::Mounted(fs, x), Place::Mounted(fs2, y)) if fs == fs2 => {
            let (rx, ry) = (
                objstr::new_str(vm, x.as_bytes())?,
                objstr::new_str(vm, y.as_bytes())?,
            );
            call_fs(vm, fs, q!("rename"), &[rx, ry])
        }
        _ => Err(os_error(vm, 18)),
    }
}

fn os_chdir(vm: &mut Vm, p: Value) -> PyResult {
    let path = path_arg(vm, Some(&p))?;
    match resolve(vm, path)? {
        Place::Host(hp) => {
            host(vm)?
                .chdir(hp.as_bytes())
                .map_err(|e| os_error(vm, e))?;
            vm.cwd = Value::NULL;
        }
        Place::Mounted(fs, rel) => {
            let r = objstr::new_str(vm, rel.as_bytes())?;
            call_fs(vm, fs, q!("chdir"), &[r])?;
            // Remember the absolute directory so relative paths resolve inside the mount.
            let mut abs = Buf::new();
            if !path.starts_with(b"/") {
                if let Some(cwd) = objstr::str_bytes(vm, vm.cwd) {
                    abs.push_bytes(cwd);
                    abs.push(b'/');
                }
            }
            abs.push_bytes(path);
            vm.cwd = objstr::new_str(vm, abs.as_bytes())?;
        }
    }
    Ok(Value::NONE)
}

fn os_getcwd(vm: &mut Vm) -> PyResult {
    if vm.cwd.is_obj() || vm.cwd.is_qstr() {
        return Ok(vm.cwd);
    }
    let mut b = Buf::new();
    host(vm)?.getcwd(&mut b).map_err(|e| os_error(vm, e))?;
    objstr::new_str(vm, b.as_bytes())
}

fn os_mount(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if a.len() < 2 {
        return Err(vm.type_error("mount(vfs, mount_point)"));
    }
    let (fs, mp) = (a[0], a[1]);
    let Some(m) = objstr::str_bytes(vm, mp) else {
        return Err(vm.type_error("mount point must be a str"));
    };
    let readonly = kw
        .chunks(2)
        .find(|p| p[0] == Value::qstr(crate::q!("readonly")))
        .map(|p| p[1])
        .unwrap_or(Value::FALSE);
    let table = crate::vfs::mounts(vm)?;
    for &e in objlist::list_items(table) {
        if objtuple::tuple_items(e)
            .first()
            .and_then(|&x| objstr::str_bytes(vm, x))
            == Some(m)
        {
            return Err(os_error(vm, crate::fsport::errno::EPERM));
        }
    }
    if let Some(mount) = vm.load_method_opt(fs, q!("mount"))? {
        vm.call_method(mount, &[readonly, Value::FALSE], &[])?;
    }
    let entry = objtuple::new_tuple(vm, &[mp, fs])?;
    objlist::list_append(vm, table, entry)?;
    Ok(Value::NONE)
}

fn os_umount(vm: &mut Vm, target: Value) -> PyResult {
    let table = crate::vfs::mounts(vm)?;
    let n = objlist::list_items(table).len();
    for i in 0..n {
        let e = objlist::list_items(table)[i];
        let items = objtuple::tuple_items(e);
        let (mp, fs) = (items[0], items[1]);
        let same_path = objstr::str_bytes(vm, mp).is_some()
            && objstr::str_bytes(vm, mp) == objstr::str_bytes(vm, target);
        if same_path || fs == target {
            crate::objlist::list_remove_at(crate::objlist::list_ptr(table), i);
            if let Some(um) = vm.load_method_opt(fs, crate::q!("umount"))? {
                vm.call_method(um, &[], &[])?;
            }
            return Ok(Value::NONE);
        }
    }
    Err(os_error(vm, crate::fsport::errno::EINVAL))
}

static STAT: BuiltinFn = BuiltinFn::f1(os_stat);
static ILISTDIR: BuiltinFn = BuiltinFn::var(0, 1, os_ilistdir);
static LISTDIR: BuiltinFn = BuiltinFn::var(0, 1, os_listdir);
static REMOVE: BuiltinFn =
    BuiltinFn::f1(|vm, p| path_op(vm, p, q!("remove"), |fs, p| fs.remove(p)));
static MKDIR: BuiltinFn =
    BuiltinFn::f1(|vm, p| path_op(vm, p, crate::q!("mkdir"), |fs, p| fs.mkdir(p)));
static RMDIR: BuiltinFn =
    BuiltinFn::f1(|vm, p| path_op(vm, p, crate::q!("rmdir"), |fs, p| fs.rmdir(p)));
static RENAME: BuiltinFn = BuiltinFn::f2(os_rename);
static CHDIR: BuiltinFn = BuiltinFn::f1(os_chdir);
static GETCWD: BuiltinFn = BuiltinFn::f0(os_getcwd);
static MOUNT: BuiltinFn = BuiltinFn::kw(2, os_mount);
static UMOUNT: BuiltinFn = BuiltinFn::f1(os_umount);

/// `os.VfsPosix(root)`: the host filesystem seen from `root`, mountable elsewhere.
#[repr(C)]
pub struct VfsPosix {
    /// Header.
    pub base: ObjHeader,
    /// Path prefix (a str; empty for the host's root and relative paths).
    pub root: Value,
}

fn posix_path(vm: &mut Vm, v: Value, p: Value) -> PyResult<Buf> {
    // SAFETY: VfsPosix methods only.
    let root = unsafe { (*v.as_ptr::<VfsPosix>()).root };
    let mut b = Buf::new();
    let r = objstr::str_bytes(vm, root).unwrap_or(b"");
    let p = path_arg(vm, Some(&p))?;
    b.push_bytes(r);
    if !r.is_empty() && !r.ends_with(b"/") && !p.starts_with(b"/") {
        b.push(b'/');
    }
    b.push_bytes(if !r.is_empty() && p == b"/" { b"" } else { p });
    Ok(b)
}

static VFS_OPEN: BuiltinFn = BuiltinFn::f3(|vm, v, p, mode| {
    let path = posix_path(vm, v, p)?;
    let mode_b = objstr::str_bytes(vm, mode).unwrap_or(b"r");
    let (m, binary) = crate::vfs::parse_mode(vm, mode_b)?;
    let fd = host(vm)?
        .open(path.as_bytes(), m)
        .map_err(|e| os_error(vm, e))?;
    crate::objfile::new_file(vm, fd, binary)
});
static VFS_STAT: BuiltinFn = BuiltinFn::f2(|vm, v, p| {
    let path = posix_path(vm, v, p)?;
    host_stat(vm, path.as_bytes())
});
static VFS_ILISTDIR: BuiltinFn = BuiltinFn::f2(|vm, v, p| {
    let path = posix_path(vm, v, p)?;
    let l = host_ilistdir(vm, path.as_bytes())?;
    vm.get_iter(l)
});
static VFS_NOP: BuiltinFn = BuiltinFn::var(1, 3, |_vm, _a| Ok(Value::NONE));
macro_rules! vfs_path_op {
    ($name:ident, $op:ident) => {
        static $name: BuiltinFn = BuiltinFn::f2(|vm, v, p| {
            let path = posix_path(vm, v, p)?;
            host(vm)?
                .$op(path.as_bytes())
                .map_err(|e| os_error(vm, e))?;
            Ok(Value::NONE)
        });
    };
}
vfs_path_op!(VFS_REMOVE, remove);
vfs_path_op!(VFS_MKDIR, mkdir);
vfs_path_op!(VFS_RMDIR, rmdir);
vfs_path_op!(VFS_CHDIR, chdir);
static VFS_RENAME: BuiltinFn = BuiltinFn::f3(|vm, v, a, b| {
    let (x, y) = (posix_path(vm, v, a)?, posix_path(vm, v, b)?);
    host(vm)?
        .rename(x.as_bytes(), y.as_bytes())
        .map_err(|e| os_error(vm, e))?;
    Ok(Value::NONE)
});
static VFS_GETCWD: BuiltinFn = BuiltinFn::f1(|vm, _v| os_getcwd(vm));

static VFS_METHODS: &[Attr] = &[
    Attr::new(q!("chdir"), VFS_CHDIR.value()),
    Attr::new(q!("getcwd"), VFS_GETCWD.value()),
    Attr::new(crate::q!("ilistdir"), VFS_ILISTDIR.value()),
    Attr::new(crate::q!("mkdir"), VFS_MKDIR.value()),
    Attr::new(q!("mount"), VFS_NOP.value()),
    Attr::new(q!("open"), VFS_OPEN.value()),
    Attr::new(q!("remove"), VFS_REMOVE.value()),
    Attr::new(q!("rename"), VFS_RENAME.value()),
    Attr::new(crate::q!("rmdir"), VFS_RMDIR.value()),
    Attr::new(q!("stat"), VFS_STAT.value()),
    Attr::new(crate::q!("umount"), VFS_NOP.value()),
];

/// The `os.VfsPosix` type.
pub static VFSPOSIX_TYPE: Type = Type {
    make_new: Some(|vm, _ty, args, _kw| {
        let root = match args.first() {
            Some(&r) => r,
            None => Value::qstr(q!("")),
        };
        vm.new_obj(VfsPosix {
            base: ObjHeader::new(&VFSPOSIX_TYPE),
            root,
        })
    }),
    print: Some(|_vm, buf, _v, _k| {
        buf.push_str("<VfsPosix>");
        Ok(())
    }),
    methods: VFS_METHODS,
    ..Type::new(crate::q!("VfsPosix"))
};

/// `open()`.
pub static OPEN: BuiltinFn = BuiltinFn::kw(1, |vm, a, kw| {
    let mode = a.get(1).copied().or_else(|| {
        kw.chunks(2)
            .find(|p| p[0] == Value::qstr(crate::q!("mode")))
            .map(|p| p[1])
    });
    let mode = mode.unwrap_or(Value::qstr(crate::q!("r")));
    crate::vfs::open(vm, a[0], mode)
});

/// Fills the `os` module.
pub fn init(vm: &mut Vm, g: Value) -> PyResult<()> {
    let entries: &[(&[u8], Value)] = &[
        (b"stat", STAT.value()),
        (b"ilistdir", ILISTDIR.value()),
        (b"listdir", LISTDIR.value()),
        (b"remove", REMOVE.value()),
        (b"unlink", REMOVE.value()),
        (b"mkdir", MKDIR.value()),
        (b"rmdir", RMDIR.value()),
        (b"rename", RENAME.value()),
        (b"chdir", CHDIR.value()),
        (b"getcwd", GETCWD.value()),
        (b"mount", MOUNT.value()),
        (b"umount", UMOUNT.value()),
        (b"VfsPosix", VFSPOSIX_TYPE.as_value()),
    ];
    crate::modutil::fill(vm, g, entries)?;
    let sep = vm.intern(b"sep")?;
    dict_map(g).set_qstr(vm, sep, Value::qstr(crate::q!("/")))?;
    Ok(())
}

/// Fills the `vfs` module (where MicroPython 1.23+ keeps mounting and filesystem types).
pub fn init_vfs(vm: &mut Vm, g: Value) -> PyResult<()> {
    crate::modutil::fill(
        vm,
        g,
        &[
            (b"mount", MOUNT.value()),
            (b"umount", UMOUNT.value()),
            (b"VfsPosix", VFSPOSIX_TYPE.as_value()),
        ],
    )
}

/// Adds `open` to the builtins namespace.
pub fn register_builtins(vm: &mut Vm) -> PyResult<()> {
    let d = vm.builtins;
    dict_map(d).set_qstr(vm, q!("open"), OPEN.value())
}
