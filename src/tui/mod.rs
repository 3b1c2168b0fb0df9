//! The terminal reader. The only module that imports ratatui and crossterm.
//!
//! State → action → update → view: [`keymap`] turns keys into [`action::Action`]s,
//! [`update::update`] applies them to [`state::State`] (no I/O), and [`view`]
//! draws the state without changing it. [`app`] runs the loop.

pub mod action;
pub mod app;
pub mod bindings;
pub mod effects;
pub mod keymap;
pub mod panic;
pub mod search_worker;
pub mod setup;
pub mod signals;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod watchdog;

#[cfg(test)]
mod testing;

pub use app::{run, run_with, Exit};
