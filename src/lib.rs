//! quoth: a terminal reader for news coverage that knows who said what.
//!
//! The data flows one way (see `ARCHITECTURE` in the shared folder):
//!
//! - [`corpus`]: read files or the built-in articles, decode, sanitize and clean them
//!   into [`corpus::Article`]s, and own everything derived from them in [`corpus::Corpus`].
//! - [`attribution`]: find quotations, link each to its speaker, and merge speakers
//!   into one registry across the corpus.
//! - [`compare`]: two speakers' statements paired by subject; the same statement
//!   as several articles carried it, and the words that differ between variants.
//! - [`cli`]: the command-line subcommands, printing the same corpus as text or JSON.
//! - [`cite`]: citations, Markdown exports and the OSC 52 clipboard sequence.
//! - [`export`]: Markdown export files from the reader (names, no overwrite).
//! - [`config`]: the user's config file (theme, key bindings, layout, paths).
//! - [`state_store`]: starred statements and read articles, kept between runs.
//! - [`tui`]: the three-pane reader (the only module that imports ratatui / crossterm).
//!
//! Everything but `tui` is a plain library that tests and benches call directly.

pub mod attribution;
pub mod cite;
pub mod cli;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod export;
pub mod generate;
pub mod search;
pub mod state_store;
pub mod tui;
