//! The syntax layer of the front end. In: the text of a bpftrace script. Out: an
//! [`ast::Program`] (the whole script as written, every node with a byte span) and the
//! syntax [`Diagnostic`](crate::diagnostic::Diagnostic)s found on the way. `lexer` cuts
//! the text into tokens (with special scanning for attach points and C text); `parser` is
//! a recursive-descent parser that recovers at statement and probe boundaries, so every
//! error of a file is reported at once. Nothing here panics or loops forever, whatever the
//! input.

pub mod ast;
pub mod lexer;
pub mod parser;

pub use parser::parse;

#[cfg(test)]
mod tests;
