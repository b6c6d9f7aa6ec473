//! Host-side pieces shared by the unix binaries (`mpy-tool`, and later `micropython` and
//! `mpy-cross`).

pub mod cross;
pub mod hostfs;
pub mod run;
pub mod tool;
pub mod unixport;
