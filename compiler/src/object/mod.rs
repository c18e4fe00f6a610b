//! The BPF ELF object: what code generation hands to the writer, and the writer itself.
//!
//! In: an [`ObjectFile`], a description of every program (encoded instructions, the
//! relocations they need, and the script lines they came from), every map, `.rodata` and
//! the license. Out: the bytes of a relocatable ELF object for `EM_BPF` that libbpf opens
//! with `bpf_object__open_mem`: one executable section per section name, BTF-defined `.maps`,
//! `.rodata`, `license`, `.BTF` and `.BTF.ext` (func_info, line_info, core_relo), `.symtab`
//! and `.rel*` sections (shared/reference/backends.md §4).

pub mod btf;
pub mod btf_ext;
pub mod elf;
pub mod inspect;

/// A whole object, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectFile {
    pub programs: Vec<ProgramCode>,
    pub maps: Vec<MapDefinition>,
    /// Contents of `.rodata`. No section is written when it is empty.
    pub rodata: Vec<u8>,
    /// Contents of the `license` section, without the terminating NUL.
    pub license: String,
    /// The script's file name, as line_info records name it.
    pub source_name: String,
    /// The script's source text; line_info records carry the text of their line.
    pub source: String,
    /// Local BTF types the compiler built for CO-RE relocations (only the members that
    /// are used). The writer adds the map, function and section types to these.
    pub types: btf::Btf,
    /// The `__ksym` externs the programs load (`percpu_kaddr()`).
    pub kernel_variables: Vec<KernelVariable>,
}

/// One BPF program: a global function in the executable section named `section`. Programs
/// with the same section name (BEGIN and END in `raw_tp`) share that section, one after the
/// other, each with its own symbol.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramCode {
    /// The function's symbol name, e.g. `tracepoint_syscalls_sys_enter_openat_1`.
    pub name: String,
    /// The section name, which tells libbpf the program type, e.g.
    /// `tracepoint/syscalls/sys_enter_openat`, `raw_tp`, `perf_event`.
    pub section: String,
    /// Encoded instructions, 8 bytes per slot (`ld_imm64` takes two slots).
    pub code: Vec<u8>,
    pub relocations: Vec<Relocation>,
    /// Source positions, sorted by instruction, the first one at instruction 0.
    pub lines: Vec<LineInfo>,
    /// CO-RE relocations of this program's instructions.
    pub core_relocations: Vec<CoreRelocation>,
    /// A static function in [`SUBPROGRAM_SECTION`] that programs call or pass to helpers
    /// (a map callback), not a program of its own: libbpf appends it to each program
    /// that refers to it.
    pub subprogram: bool,
}

/// The section of subprograms: libbpf looks for them in `.text` only.
pub const SUBPROGRAM_SECTION: &str = ".text";

/// A relocation of an `ld_imm64` instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relocation {
    /// Index of the instruction slot, counted in 8-byte slots from the program's start.
    pub slot: usize,
    pub target: RelocationTarget,
}

/// A kernel variable the programs refer to, declared as a typed `__ksym` extern: a BTF
/// VAR with extern linkage in a `.ksyms` DATASEC, and an undefined ELF symbol. libbpf
/// finds the running kernel's VAR of that name and checks that its type has the same kind
/// as the local one (structs and unions by kind only, integers whatever their size).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KernelVariable {
    pub name: String,
    pub ty: KernelVariableType,
}

/// The local type of a [`KernelVariable`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KernelVariableType {
    Integer { bytes: u32, signed: bool },
    Struct { name: String, union: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelocationTarget {
    /// The map with this index in [`ObjectFile::maps`]; libbpf turns the `ld_imm64` into
    /// `BPF_PSEUDO_MAP_FD`.
    Map(usize),
    /// `.rodata`; the instruction's `imm` already holds the byte offset inside it, and libbpf
    /// turns it into `BPF_PSEUDO_MAP_VALUE`.
    Rodata,
    /// The subprogram with this index in [`ObjectFile::programs`] (a `BPF_PSEUDO_FUNC`
    /// `ld_imm64`): the writer relocates against the `.text` section symbol with the
    /// callee's byte offset in `imm`, as libbpf expects for static functions.
    Subprogram(usize),
    /// The kernel variable with this index in [`ObjectFile::kernel_variables`]: libbpf turns
    /// the `ld_imm64` into `BPF_PSEUDO_BTF_ID`.
    KernelVariable(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineInfo {
    pub slot: usize,
    /// 1-based.
    pub line: u32,
    /// 1-based.
    pub column: u32,
}

/// A CO-RE relocation against a local BTF type that the writer adds to `.BTF`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoreRelocation {
    pub slot: usize,
    /// The root type of the access, an id in [`ObjectFile::types`].
    pub root: btf::TypeId,
    /// e.g. `0:1:0`.
    pub access: String,
    pub kind: CoreRelocationKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum CoreRelocationKind {
    FieldByteOffset = 0,
    FieldByteSize = 1,
    FieldExists = 2,
    FieldSigned = 3,
    FieldLeftShift = 4,
    FieldRightShift = 5,
    TypeIdLocal = 6,
    TypeIdTarget = 7,
    TypeExists = 8,
    TypeSize = 9,
    EnumValueExists = 10,
    EnumValue = 11,
    TypeMatches = 12,
}

/// A BTF-defined map in `.maps`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapDefinition {
    /// The map's name (its symbol and BTF VAR name), e.g. `AT_x` or `ringbuf`.
    pub name: String,
    pub kind: MapKind,
    /// 0 for a ring buffer.
    pub key_size: u32,
    /// 0 for a ring buffer.
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
}

/// `enum bpf_map_type` values for the maps btc creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum MapKind {
    Hash = 1,
    Array = 2,
    PerCpuHash = 5,
    PerCpuArray = 6,
    StackTrace = 7,
    LruHash = 9,
    LruPerCpuHash = 10,
    RingBuffer = 27,
}
