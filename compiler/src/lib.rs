//! btc: an ahead-of-time compiler from bpftrace scripts to standalone executables.
//!
//! The pipeline, one module per stage: `syntax` (parse) → `semantic` (resolve, expand
//! probes, type-check) → `lower` (typed IR, `ir`) → `codegen` (instruction selection,
//! register allocation, layout into `bpf` instructions) → `object` (ELF, BTF, BTF.ext) →
//! `package` (the runtime stub plus the payload). `compile` runs them in order.

pub mod bpf;
pub mod codegen;
pub mod compile;
pub mod core_types;
pub mod diagnostic;
pub mod ir;
pub mod kernel_types;
pub mod list;
pub mod lower;
pub mod object;
pub mod package;
pub mod preamble;
pub mod semantic;
pub mod syntax;
pub mod tracepoint;
