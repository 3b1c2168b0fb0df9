//! Helpers shared by the real-terminal tests.

pub mod escapes;
pub mod pty;
