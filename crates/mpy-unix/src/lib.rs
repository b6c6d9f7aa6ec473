//! Host-side pieces shared by the unix binaries (`mpy-tool`, and later `micropython` and
//! `mpy-cross`).

pub mod cross;
pub mod hostfs;
pub mod modplatform;
#[cfg(target_os = "linux")]
pub mod modsocket;
#[cfg(target_os = "linux")]
pub mod osext;
pub mod run;
pub mod tool;
pub mod unixport;
