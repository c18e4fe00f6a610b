//! The typed program: what the checker produces and lowering consumes.
//!
//! Every name is resolved (builtins are [`Builtin`]s, maps are [`MapId`]s, variables are
//! [`VariableId`]s, `args.f` is a record offset), every expression has a [`Type`], and every
//! probe is expanded into one [`ProgramBody`] per attach point, since each attach point may
//! lay out `args` differently. Only what btc can compile is representable here: whatever
//! the checker accepts, lowering can lower.

use btc_payload::{Attach, StackMode, ValueType};

use crate::object::MapKind;
use crate::syntax::ast::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VariableId(pub usize);

/// The integer an integer pointer (`int32 *`) points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IntegerPointee {
    pub bits: u8,
    pub signed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Integer {
        bits: u8,
        signed: bool,
    },
    /// A NUL-terminated string in a buffer of `size` bytes.
    String {
        size: u32,
    },
    /// An address; `user` says which address space it points into, `depth` how many
    /// pointer levels the C type has (`char **` is 2), and `pointee` the kernel struct or
    /// union (a vmlinux BTF id) it points to, when it is known.
    Pointer {
        user: bool,
        depth: u8,
        pointee: Option<u32>,
        /// For a pointer cast to an integer pointer type (`(int32 *)`, `(uint8 **)`): the
        /// integer at the end of the `depth` levels, which `*` reads.
        integer: Option<IntegerPointee>,
    },
    /// A boot-clock time from `strftime(format, ns)`, printed with its format.
    Timestamp,
    /// An IP address from `ntop()`, laid out as `btc_payload::ValueType::InetAddress`.
    Inet,
    /// Bytes from `buf(data, size)`: a `u64` length, then `size` bytes (laid out as
    /// `btc_payload::ValueType::Buffer`).
    Buffer {
        size: u32,
    },
    /// `strerror(n)`: the errno `n` in a register, printed as its description.
    ErrorText,
    /// A number in a register that the runtime prints as the name it stands for
    /// (`username`: a uid printed as the user's name).
    Resolved(btc_payload::Resolved),
    /// A tuple or record value, laid out as its interned [`TupleLayout`] says.
    ///
    /// [`TupleLayout`]: super::tuples::TupleLayout
    Tuple(super::tuples::TupleId),
    /// `kstack`/`ustack`: a stack id and, for user stacks, the process id, laid out as
    /// `btc_payload::ValueType::Stack`.
    Stack {
        user: bool,
        limit: u32,
        mode: StackMode,
    },
    /// `ksym(address)`: a kernel address printed as its symbol's name.
    KernelSymbol,
    /// `usym(address)`: a user address and the process id, laid out as
    /// `btc_payload::ValueType::UserSymbol` (in memory, like `Inet`).
    UserSymbol,
    /// `macaddr(x)`: six bytes in memory (eight with padding), printed as a MAC address.
    MacAddress,
    /// A fixed-size array of integers from a kernel struct field (`int x[4]`): `length`
    /// elements of `element_bytes` each, in memory, printed as `[1,2,3,4]`.
    Array {
        element_bytes: u8,
        signed: bool,
        length: u32,
    },
    /// Statements and calls without a value.
    Void,
}

impl Expr {
    /// Whether the fields behind this pointer may be loaded directly: it is a
    /// [`ExprKind::TrustedPointer`] still typed as the struct the verifier knows it as. A
    /// cast to another struct or to an integer, arithmetic, a variable or a map value all
    /// lose that (their kind or type changes), and reads through them use
    /// `bpf_probe_read_kernel`.
    pub fn is_trusted_pointer(&self) -> bool {
        match (&self.kind, self.ty) {
            (
                ExprKind::TrustedPointer { pointee, .. },
                Type::Pointer {
                    user: false,
                    depth: 1,
                    pointee: Some(typed),
                    integer: None,
                },
            ) => typed == *pointee,
            _ => false,
        }
    }

    /// How the runtime decodes this expression's value; strftime() values carry their
    /// format.
    pub fn value_type(&self) -> Option<ValueType> {
        match &self.kind {
            ExprKind::Strftime { format, .. } => Some(ValueType::Timestamp {
                format: format.clone(),
            }),
            ExprKind::Enumerated { printed, .. } => Some(printed.clone()),
            _ => self.ty.value_type(),
        }
    }
}

impl Type {
    pub const U64: Type = Type::Integer {
        bits: 64,
        signed: false,
    };
    pub const I64: Type = Type::Integer {
        bits: 64,
        signed: true,
    };
    pub const U32: Type = Type::Integer {
        bits: 32,
        signed: false,
    };

    pub fn is_integer_like(self) -> bool {
        matches!(self, Type::Integer { .. } | Type::Pointer { .. })
    }

    /// Bytes of a value held in memory as its bytes (arrays), `None` for other types.
    pub fn array_size(self) -> Option<u32> {
        match self {
            Type::Array {
                element_bytes,
                length,
                ..
            } => Some(u32::from(element_bytes) * length),
            _ => None,
        }
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Type::Integer { signed: true, .. })
    }

    /// How the runtime decodes a value of this type.
    pub fn value_type(self) -> Option<ValueType> {
        match self {
            Type::Integer { bits, signed } => Some(ValueType::Integer {
                bytes: bits / 8,
                signed,
            }),
            Type::Pointer { .. } => Some(ValueType::Pointer),
            Type::Buffer { size } => Some(ValueType::Buffer { size }),
            Type::ErrorText => Some(ValueType::ErrorNumber),
            Type::Resolved(resolved) => Some(ValueType::Resolved(resolved)),
            Type::MacAddress => Some(ValueType::MacAddress),
            Type::Array {
                element_bytes,
                signed,
                length,
            } => Some(ValueType::Array {
                element: Box::new(ValueType::Integer {
                    bytes: element_bytes,
                    signed,
                }),
                length,
            }),
            Type::String { size } => Some(ValueType::String { size }),
            Type::Void | Type::Timestamp => None,
            Type::Inet => Some(ValueType::InetAddress),
            Type::Tuple(id) => Some(super::tuples::value_type(id)),
            Type::Stack { user, limit, mode } => Some(ValueType::Stack { user, limit, mode }),
            Type::KernelSymbol => Some(ValueType::KernelSymbol),
            Type::UserSymbol => Some(ValueType::UserSymbol),
        }
    }

    pub fn describe(self) -> String {
        match self {
            Type::Integer { bits, signed: true } => format!("int{bits}"),
            Type::Integer {
                bits,
                signed: false,
            } => format!("uint{bits}"),
            Type::String { size } => format!("string[{size}]"),
            Type::Pointer { .. } => "pointer".to_string(),
            Type::Void => "none".to_string(),
            Type::Timestamp => "timestamp".to_string(),
            Type::Inet => "inet".to_string(),
            Type::Buffer { size } => format!("buffer[{size}]"),
            Type::ErrorText => "strerror() text".to_string(),
            Type::Resolved(btc_payload::Resolved::UserName) => "username".to_string(),
            Type::Resolved(btc_payload::Resolved::SignalName) => "signal_name() text".to_string(),
            Type::Resolved(btc_payload::Resolved::SyscallName) => "syscall_name() text".to_string(),
            Type::Resolved(btc_payload::Resolved::CgroupPath { .. }) => "cgroup_path".to_string(),
            Type::Tuple(id) => super::tuples::describe(id),
            Type::Stack { user: false, .. } => "kstack".to_string(),
            Type::Stack { user: true, .. } => "ustack".to_string(),
            Type::KernelSymbol => "ksym".to_string(),
            Type::UserSymbol => "usym".to_string(),
            Type::MacAddress => "macaddr".to_string(),
            Type::Array {
                element_bytes,
                signed,
                length,
            } => {
                let sign = if signed { "" } else { "u" };
                format!("{sign}int{}[{length}]", element_bytes * 8)
            }
        }
    }
}

/// Which memory an address points into, which picks the helper that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressSpace {
    Kernel,
    User,
    /// Not known: a kprobe argument may point to either. x86-64 kernels keep user and
    /// kernel addresses apart, so the legacy `bpf_probe_read_str` reads both there.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Pid,
    Tid,
    Uid,
    Gid,
    Nsecs,
    Elapsed,
    Cpu,
    Comm,
    /// `curtask`: `bpf_get_current_task()`, a `struct task_struct *`.
    CurrentTask,
    /// `cgroup`: the id of the current task's cgroup v2 (`bpf_get_current_cgroup_id()`).
    Cgroup,
    /// `rand`: `bpf_get_prandom_u32()`.
    Random,
    /// `ncpus`: the number of possible CPUs, which the runtime writes into `.rodata`.
    CpuCount,
    /// `numaid`: `bpf_get_numa_node_id()`.
    NumaNode,
    /// `jiffies`: `bpf_jiffies64()`.
    Jiffies,
    /// `nsecs(monotonic)`: `bpf_ktime_get_ns()`.
    MonotonicNsecs,
    /// `nsecs(tai)`: `bpf_ktime_get_tai_ns()` (6.1+).
    TaiNsecs,
    /// `ctx`: the program's context pointer (`struct pt_regs *`, ...), typed by the checker.
    Context,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arithmetic {
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Integer(i64),
    /// A string literal's bytes, without the terminating NUL.
    StringLiteral(Vec<u8>),
    Builtin(Builtin),
    Variable(VariableId),
    /// `&$name`: the address of the variable's home in the scratch buffer.
    VariableAddress(VariableId),
    /// `&@name`: the address of the map itself (bpftrace's `&@map`), as `ld_imm64` loads it
    /// for helper calls.
    MapAddress(MapId),
    /// A plain (non-aggregate) map value; 0 (or "") when the key is absent.
    MapRead {
        map: MapId,
        keys: Vec<Expr>,
    },
    /// The value of a count, sum, min, max or avg map, combined over every CPU's value
    /// as the runtime prints it; 0 when the key is absent.
    AggregateRead {
        map: MapId,
        keys: Vec<Expr>,
        aggregate: Aggregate,
    },
    /// `$kv.0` (or `$kv.0.N`, part N of a tuple key) inside `for ($kv : @map)`.
    MapEntryKey {
        map: MapId,
        part: usize,
    },
    /// `$kv.1` inside `for ($kv : @map)`: the value, combined over every CPU for an
    /// aggregation.
    MapEntryValue {
        map: MapId,
    },
    /// `delete(@map, key)` as a value: 1 when the key was there and is deleted.
    MapDelete {
        map: MapId,
        keys: Vec<Expr>,
    },
    /// `len(@map)`: how many keys the map has.
    MapLength(MapId),
    /// `has_key(@map, key)`: 1 when the key is present.
    HasKey {
        map: MapId,
        keys: Vec<Expr>,
    },
    /// An integer or pointer field of the tracepoint record (or of another context). With
    /// `access`, the offset is relocated by libbpf through the kernel's
    /// `trace_event_raw_<event>` struct.
    ContextField {
        offset: u32,
        size: u32,
        signed: bool,
        access: Option<crate::ir::CoreAccess>,
        /// An iterator's object (`ctx.task`): when it is 0, the program returns at once,
        /// as bpftrace's iter probes do (the kernel's last call passes no object).
        return_if_null: bool,
    },
    /// A field of a kernel struct read through `pointer` with `bpf_probe_read_kernel`: the
    /// field's bytes at `pointer + offset`, where `offset` (the build host's) is relocated
    /// by libbpf through `access`. The expression's type says how many bytes and how to
    /// read them (`char[N]` fields are strings).
    KernelRead {
        pointer: Box<Expr>,
        offset: u32,
        access: crate::ir::CoreAccess,
    },
    /// A struct pointer the verifier types from BTF (PTR_TO_BTF_ID): a struct-pointer
    /// argument or return value of a fentry, fexit or tp_btf program, loaded from the
    /// context, or a struct-pointer field loaded directly through another one. A
    /// [`ExprKind::KernelRead`] through it is a plain load, which the verifier turns into a
    /// load that cannot fault (see [`Expr::is_trusted_pointer`]). `pointee` is the struct
    /// the verifier knows it as.
    TrustedPointer {
        value: Box<Expr>,
        pointee: u32,
    },
    /// A field read at a plain `pointer + offset`, without relocation: a struct in user
    /// memory (a uprobe argument cast to a struct pointer, read with `bpf_probe_read_user`)
    /// has the layout the traced program was built with, and a struct defined in the
    /// script's preamble has the script's layout (read with `bpf_probe_read_kernel` when
    /// `user` is false).
    PlainRead {
        pointer: Box<Expr>,
        offset: u32,
        user: bool,
    },
    /// `array[index]` with an index computed at run time, or of an array value: `first`
    /// either reads element 0 of a `length`-element field in place (its type is the
    /// element's) or is the whole array value (of `Type::Array`); an index of `length` or
    /// more reads as 0 without touching memory.
    ArrayElement {
        first: Box<Expr>,
        index: Box<Expr>,
        length: u32,
    },
    /// A kernel enumerator used as an identifier: its build-host value, which libbpf
    /// relocates to the target kernel's through `access` (an ENUMVAL_VALUE relocation).
    KernelEnumerator {
        value: i64,
        access: crate::ir::CoreAccess,
    },
    /// A bitfield of a kernel struct read through `pointer`: `layout.byte_size` bytes at
    /// `pointer + layout.byte_offset` into a zeroed u64, shifted left then right (arithmetic
    /// when the type is signed). All four numbers are the build host's and are relocated by
    /// libbpf through `access` with the matching relocation kind.
    KernelBitfield {
        pointer: Box<Expr>,
        layout: BitfieldLayout,
        access: crate::ir::CoreAccess,
    },
    /// A bitfield of a script-defined struct (or of a struct in user memory), read as
    /// [`ExprKind::KernelBitfield`] is but at the plain offsets of the script's layout, from
    /// user memory when `user`.
    PlainBitfield {
        pointer: Box<Expr>,
        layout: BitfieldLayout,
        user: bool,
    },
    /// A usdt argument in user memory: the expression's type's bytes at `base +
    /// displacement`, read with `bpf_probe_read_user`.
    UserMemory {
        base: Box<Expr>,
        displacement: i32,
    },
    /// `strftime(format, nanoseconds)`: the nanoseconds, printed by the runtime as a
    /// local time with `format`.
    Strftime {
        format: String,
        nanoseconds: Box<Expr>,
    },
    /// `$N` in a numeric context: the tool's N-th argument as an integer (0 if absent).
    Positional(u32),
    /// `str($N)`: the tool's N-th argument as a string ("" if absent).
    PositionalString(u32),
    /// `str($N + skip)`: the tool's N-th argument without its first `skip` bytes.
    PositionalStringFrom {
        index: u32,
        skip: u32,
    },
    /// `$#`: how many arguments the tool was given.
    PositionalCount,
    /// `kstack`/`ustack`: `bpf_get_stackid` into the stack-trace map of stacks of up to
    /// `limit` frames; for a user stack the process id goes in the high 32 bits.
    Stack {
        user: bool,
        limit: u32,
    },
    /// `ksym(address)`: the address, printed by the runtime as a kernel symbol.
    KernelSymbol(Box<Expr>),
    /// A `u64` the runtime looks up on the target and writes into `.rodata`
    /// ([`TypedProgram::runtime_values`]`[index]`): `kaddr()`, `cgroupid()`.
    RuntimeValue(usize),
    /// `percpu_kaddr(name[, cpu])`: the address of the per-CPU kernel variable
    /// ([`TypedProgram::kernel_variables`]`[variable]`) on `cpu`, or on this CPU.
    PerCpuAddress {
        variable: usize,
        cpu: Option<Box<Expr>>,
    },
    /// `usym(address)`: the address and the current process id, printed by the runtime
    /// as a symbol of that process.
    UserSymbol(Box<Expr>),
    /// `bswap(value)`: the value's bytes in reverse order (the width of its type).
    ByteSwap(Box<Expr>),
    /// `ntop([family,] address)`: an IP address; without `family`, a 16-byte address is
    /// IPv6 and anything else IPv4.
    Ntop {
        family: Option<Box<Expr>>,
        address: Box<Expr>,
    },
    /// `buf(source, size)`: `size` bytes read from the address `source`, or taken from the
    /// string `source`.
    Buffer {
        source: Box<Expr>,
        space: AddressSpace,
    },
    /// An integer of an enum type: `value`, printed by `%s` and `print` as the name of its
    /// enumerator (`printed` is a `ValueType::Enum` that lists them).
    Enumerated {
        value: Box<Expr>,
        printed: ValueType,
    },
    /// `strerror(errno)`: the errno, printed by the runtime as its description.
    ErrorText(Box<Expr>),
    /// `macaddr(source)`: six bytes read from the address `source`, or taken from the
    /// `char[6]` (string) `source`.
    MacAddress {
        source: Box<Expr>,
        space: AddressSpace,
    },
    /// `(int32)value`: truncation to `bits`, then sign or zero extension.
    IntegerCast {
        value: Box<Expr>,
        bits: u8,
        signed: bool,
    },
    /// `(uint8[8])value`: the integer's bytes, least significant first, as an array of
    /// the expression's [`Type::Array`] type (at most 8 bytes).
    IntegerAsArray(Box<Expr>),
    /// `(uint64)array`: an array's bytes read as an integer of the same size.
    ArrayAsInteger(Box<Expr>),
    /// A `char[N]` field of the tracepoint record.
    ContextString {
        offset: u32,
        size: u32,
    },
    /// A `__data_loc char[]` field of the tracepoint record: a u32 at `offset` whose low
    /// 16 bits are where the string starts in the record.
    ContextDataLocation {
        offset: u32,
        access: Option<crate::ir::CoreAccess>,
    },
    /// `path(p)`: the full path of the `struct path` at `pointer` (plus the relocated
    /// `offset` of an embedded one, `args.file->f_path`), from `bpf_d_path`.
    Path {
        pointer: Box<Expr>,
        offset: u32,
        access: Option<crate::ir::CoreAccess>,
    },
    /// `str(pointer)`: the string at an address.
    Str {
        pointer: Box<Expr>,
        space: AddressSpace,
    },
    Negate(Box<Expr>),
    BitwiseNot(Box<Expr>),
    LogicalNot(Box<Expr>),
    Binary {
        operation: Arithmetic,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// Integer comparison; `signed` picks the signed compare.
    Compare {
        comparison: Comparison,
        left: Box<Expr>,
        right: Box<Expr>,
        signed: bool,
    },
    /// `string == "literal"` (or `!=` when `negated`).
    StringEquals {
        string: Box<Expr>,
        literal: Vec<u8>,
        negated: bool,
    },
    LogicalAnd(Box<Expr>, Box<Expr>),
    LogicalOr(Box<Expr>, Box<Expr>),
    /// `strlen(string)`: the bytes before the first NUL (the whole buffer when it has none).
    StringLength(Box<Expr>),
    /// 1 when two strings differ in their first `limit` characters (all of them when
    /// `limit` is `None`), else 0: `strncmp()`, and `!=` between two strings.
    StringsDiffer {
        left: Box<Expr>,
        right: Box<Expr>,
        limit: Option<u32>,
    },
    /// `memcmp(left, right, count)`: 0 when the first `count` bytes of the two values are
    /// equal, else the difference of the first differing bytes, as signed chars.
    MemoryCompare {
        left: Box<Expr>,
        right: Box<Expr>,
        count: u32,
    },
    /// `strstr(haystack, needle)`: the index of the needle's first occurrence, or -1.
    StringFind {
        haystack: Box<Expr>,
        needle: Box<Expr>,
    },
    /// `{ statements; value }`: the statements run, then the value is evaluated.
    Block {
        statements: Vec<Statement>,
        value: Box<Expr>,
    },
    /// `(a, b, ...)` or `(name = a, ...)`: the elements in order (the type names them).
    Tuple(Vec<Expr>),
    /// Field `index` of a tuple or record.
    TupleField {
        base: Box<Expr>,
        index: usize,
    },
    Ternary {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
}

/// A printf argument and where it goes in the record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordArgument {
    pub value: Expr,
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    Printf {
        action: usize,
        arguments: Vec<RecordArgument>,
        record_size: u32,
        span: Span,
    },
    Join {
        action: usize,
        pointer: Expr,
        space: AddressSpace,
        max_elements: u32,
        element_size: u32,
        span: Span,
    },
    Exit {
        action: usize,
        code: Expr,
        span: Span,
    },
    /// `signal(N)`: `bpf_send_signal(N)` to the current process, or with `thread`
    /// (`signal_thread(N)`), `bpf_send_signal_thread(N)` to the current thread (needs
    /// `--unsafe`).
    Signal {
        signal: Expr,
        thread: bool,
        span: Span,
    },
    /// `override(rc)`: `bpf_override_return(ctx, rc)` in a kprobe (needs `--unsafe`): the
    /// probed function returns `rc` without running.
    Override {
        value: Expr,
        span: Span,
    },
    /// `unwatch(address)`: a record with the address, after which the tool detaches the
    /// watchpoints on it.
    Unwatch {
        action: usize,
        address: Expr,
        span: Span,
    },
    /// A record with only its action id: `clear`, `zero`, `print(@m)`, `time`.
    Notify {
        action: usize,
        span: Span,
    },
    /// `print(value)`: the value follows the action id.
    PrintValue {
        action: usize,
        value: Expr,
        span: Span,
    },
    AssignVariable {
        variable: VariableId,
        value: Expr,
        span: Span,
    },
    /// `@map[keys] = value`. An empty `keys` is a scalar map. `full` is the action that
    /// reports a full map.
    MapAssign {
        map: MapId,
        keys: Vec<Expr>,
        value: Expr,
        full: usize,
        span: Span,
    },
    /// `@map[keys] = count()`, `sum(value)`, `hist(value)`, ...
    MapAggregate {
        map: MapId,
        keys: Vec<Expr>,
        aggregate: Aggregate,
        value: Option<Expr>,
        full: usize,
        span: Span,
    },
    /// `@map[keys] += delta` (also `++`, `--` and `-=`).
    MapAdd {
        map: MapId,
        keys: Vec<Expr>,
        delta: Expr,
        full: usize,
        span: Span,
    },
    /// `delete(@map, key)`.
    MapDelete {
        map: MapId,
        keys: Vec<Expr>,
        span: Span,
    },
    If {
        condition: Expr,
        then: Vec<Statement>,
        otherwise: Vec<Statement>,
        span: Span,
    },
    Return {
        span: Span,
    },
    /// `while (condition) { body }`: a bounded loop the verifier checks by simulation.
    While {
        condition: Expr,
        body: Vec<Statement>,
        span: Span,
    },
    /// `for ($variable : start..end) { body }`: `end` is evaluated once; the variable
    /// takes each value from `start` up to, not including, `end`.
    ForRange {
        variable: VariableId,
        start: Expr,
        end: Expr,
        body: Vec<Statement>,
        span: Span,
    },
    /// `print($kv)` inside `for ($kv : @map)`: the record holds the key's bytes, then the
    /// value (8 bytes, combined over the CPUs, for an aggregation), printed as a tuple.
    PrintMapEntry {
        action: usize,
        map: MapId,
        span: Span,
    },
    /// `for ($kv : @map) { body }`: the body runs in a callback of
    /// `bpf_for_each_map_elem`, once per key.
    ForMap {
        map: MapId,
        body: Vec<Statement>,
        span: Span,
    },
    Break {
        span: Span,
    },
    Continue {
        span: Span,
    },
}

/// A script variable and the type fixed by its first assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    pub name: String,
    pub ty: Type,
    /// `&$name` appears in the program: the variable lives in scratch memory (an integer
    /// too), so that its address means something.
    pub address_taken: bool,
}

impl Variable {
    /// A variable whose address has not been taken (yet).
    pub fn new(name: impl Into<String>, ty: Type) -> Variable {
        Variable {
            name: name.into(),
            ty,
            address_taken: false,
        }
    }
}

/// An aggregation function, the value kind of a per-CPU map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    Count,
    Sum { signed: bool },
    Min { signed: bool },
    Max { signed: bool },
    Average { signed: bool },
    Stats { signed: bool },
    Histogram { bits: u8 },
    LinearHistogram { min: i64, max: i64, step: i64 },
}

impl Aggregate {
    pub fn payload(self) -> btc_payload::MapValue {
        use btc_payload::MapValue;
        match self {
            Aggregate::Count => MapValue::Count,
            Aggregate::Sum { signed } => MapValue::Sum { signed },
            Aggregate::Min { signed } => MapValue::Min { signed },
            Aggregate::Max { signed } => MapValue::Max { signed },
            Aggregate::Average { signed } => MapValue::Average { signed },
            Aggregate::Stats { signed } => MapValue::Stats { signed },
            Aggregate::Histogram { bits } => MapValue::Histogram { bits },
            Aggregate::LinearHistogram { min, max, step } => {
                MapValue::LinearHistogram { min, max, step }
            }
        }
    }

    /// Whether the BPF key carries a bucket index after the user key.
    pub fn has_bucket(self) -> bool {
        matches!(
            self,
            Aggregate::Histogram { .. } | Aggregate::LinearHistogram { .. }
        )
    }

    /// The integer type a probe reads this aggregation as, for the aggregations whose
    /// per-CPU values combine into one number (count, sum, min, max, avg).
    pub fn read_type(self) -> Option<Type> {
        match self {
            Aggregate::Count => Some(Type::U64),
            Aggregate::Sum { signed }
            | Aggregate::Min { signed }
            | Aggregate::Max { signed }
            | Aggregate::Average { signed } => Some(Type::Integer { bits: 64, signed }),
            Aggregate::Stats { .. }
            | Aggregate::Histogram { .. }
            | Aggregate::LinearHistogram { .. } => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Aggregate::Count => "count",
            Aggregate::Sum { .. } => "sum",
            Aggregate::Min { .. } => "min",
            Aggregate::Max { .. } => "max",
            Aggregate::Average { .. } => "avg",
            Aggregate::Stats { .. } => "stats",
            Aggregate::Histogram { .. } => "hist",
            Aggregate::LinearHistogram { .. } => "lhist",
        }
    }
}

/// The value kind of a map, fixed by its first use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapValueType {
    Aggregate(Aggregate),
    /// A value assigned with `=`, `++` or `+=`.
    Plain(Type),
}

/// The key of a map: one part, or several (a tuple). Integer parts take 8 bytes, string
/// parts their buffer size, each part starting 8-byte aligned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapKey {
    pub parts: Vec<Type>,
}

impl MapKey {
    fn part_size(part: Type) -> u32 {
        super::tuples::field_size(part)
    }

    /// The offset of each part in the key.
    pub fn offsets(&self) -> Vec<u32> {
        let mut offset = 0;
        self.parts
            .iter()
            .map(|part| {
                let start = offset;
                offset = (offset + Self::part_size(*part)).next_multiple_of(8);
                start
            })
            .collect()
    }

    pub fn size(&self) -> u32 {
        let last = self.parts.len() - 1;
        (self.offsets()[last] + Self::part_size(self.parts[last])).next_multiple_of(8)
    }

    /// How the runtime decodes the key.
    pub fn value_type(&self) -> btc_payload::ValueType {
        if let [single] = self.parts.as_slice() {
            return single.value_type().expect("keys have values");
        }
        let fields = self
            .parts
            .iter()
            .zip(self.offsets())
            .map(|(part, offset)| btc_payload::Field {
                offset,
                ty: part.value_type().expect("keys have values"),
            })
            .collect();
        btc_payload::ValueType::Tuple {
            fields,
            size: self.size(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapInfo {
    /// `@name` as written.
    pub name: String,
    /// `AT_name`.
    pub bpf_name: String,
    /// `None` for a scalar map.
    pub key: Option<MapKey>,
    pub value: MapValueType,
    pub kind: MapKind,
    pub max_entries: u32,
    pub first_use: Span,
}

impl MapInfo {
    /// Bytes of the user part of a key: scalar maps use a single 8-byte zero key.
    pub fn user_key_size(&self) -> u32 {
        self.key.as_ref().map_or(8, MapKey::size)
    }

    /// Bytes of the BPF key: the user key, then a bucket index for histograms.
    pub fn key_size(&self) -> u32 {
        match self.value {
            MapValueType::Aggregate(aggregate) if aggregate.has_bucket() => {
                self.user_key_size() + 8
            }
            _ => self.user_key_size(),
        }
    }

    pub fn value_size(&self) -> u32 {
        match self.value {
            MapValueType::Aggregate(aggregate) => aggregate.payload().value_size() as u32,
            MapValueType::Plain(Type::String { size }) => size.next_multiple_of(8),
            MapValueType::Plain(Type::Tuple(id)) => super::tuples::layout(id).size,
            MapValueType::Plain(Type::Buffer { size }) => (8 + size).next_multiple_of(8),
            MapValueType::Plain(Type::MacAddress) => 8,
            MapValueType::Plain(ty @ Type::Array { .. }) => {
                ty.array_size().unwrap_or(8).next_multiple_of(8)
            }
            MapValueType::Plain(_) => 8,
        }
    }

    pub fn payload_value(&self) -> btc_payload::MapValue {
        match self.value {
            MapValueType::Aggregate(aggregate) => aggregate.payload(),
            MapValueType::Plain(ty) => btc_payload::MapValue::Plain(ty.value_type().unwrap_or(
                btc_payload::ValueType::Integer {
                    bytes: 8,
                    signed: true,
                },
            )),
        }
    }
}

/// One BPF program: an attach point and the checked probe body.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramBody {
    /// The program's symbol name.
    pub name: String,
    /// The ELF section that tells libbpf the program type.
    pub section: String,
    /// The attach point after expansion, e.g. `tracepoint:syscalls:sys_enter_execve`.
    pub attach_name: String,
    pub attach: Attach,
    pub probe_span: Span,
    pub predicate: Option<Expr>,
    pub body: Vec<Statement>,
    pub variables: Vec<Variable>,
}

/// The kernel types a program was checked against, shared with the object writer (which
/// builds the local BTF types of the CO-RE relocations from them).
#[derive(Clone)]
pub struct KernelTypesHandle(pub std::rc::Rc<crate::kernel_types::KernelTypes>);

impl std::fmt::Debug for KernelTypesHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KernelTypes({})", self.0.path.display())
    }
}

impl PartialEq for KernelTypesHandle {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedProgram {
    /// The highest positional parameter used (`$3` → 3).
    pub positional_parameters: u32,
    /// The positional parameters used as numbers, sorted.
    pub numeric_positional_parameters: Vec<u32>,
    /// What each [`ExprKind::RuntimeValue`] index stands for.
    pub runtime_values: Vec<btc_payload::RuntimeValueSource>,
    /// The kernel variables `percpu_kaddr()` names, declared as `__ksym` externs.
    pub kernel_variables: Vec<crate::object::KernelVariable>,
    /// The hierarchy filters of `cgroup_path()` calls, by `Resolved::CgroupPath` index.
    pub cgroup_path_filters: Vec<String>,
    /// Warnings found while checking (an accepted script may still have some).
    pub warnings: Vec<crate::diagnostic::Diagnostic>,
    pub kernel_types: Option<KernelTypesHandle>,
    pub programs: Vec<ProgramBody>,
    pub maps: Vec<MapInfo>,
    pub actions: Vec<btc_payload::Action>,
    /// Actions whose [`btc_payload::SourceLocation`] is filled in from this span of the
    /// script once its lines are known.
    pub action_spans: Vec<(usize, Span)>,
    /// The frame limits of the stacks used, sorted: each has its stack-trace map,
    /// `btc_payload::stack_map_name(limit)`.
    pub stack_limits: Vec<u32>,
    /// What the script's `config` block asks of the runtime.
    pub config: btc_payload::RuntimeConfig,
}

/// How to read a bitfield, computed as libbpf computes it (`bpf_core_calc_field_relo`), so
/// that the immediates match the values libbpf expects to find before it patches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BitfieldLayout {
    pub byte_offset: u32,
    pub byte_size: u32,
    pub left_shift: u32,
    pub right_shift: u32,
}

impl BitfieldLayout {
    /// The layout of a bitfield `bits` wide at `bit_offset` from the start of its root
    /// struct, whose declared type is `unit_bytes` wide. None when it cannot be read with
    /// one load of at most 8 bytes.
    pub fn new(bit_offset: u32, bits: u32, unit_bytes: u32) -> Option<BitfieldLayout> {
        let mut byte_size = unit_bytes.max(1);
        let mut byte_offset = bit_offset / 8 / byte_size * byte_size;
        // The smallest load, aligned to its size, that holds every bit of the field.
        while bit_offset + bits - byte_offset * 8 > byte_size * 8 {
            if byte_size >= 8 {
                return None;
            }
            byte_size *= 2;
            byte_offset = bit_offset / 8 / byte_size * byte_size;
        }
        Some(BitfieldLayout {
            byte_offset,
            byte_size,
            // Little-endian: the field's top bit goes to bit 63, then down to bit 0.
            left_shift: 64 - (bit_offset + bits - byte_offset * 8),
            right_shift: 64 - bits,
        })
    }
}

#[cfg(test)]
mod bitfield_tests {
    use super::BitfieldLayout;

    #[test]
    fn layouts_match_libbpf() {
        // task_struct.in_execve on 6.18: `unsigned int :1` at bit 9539.
        assert_eq!(
            BitfieldLayout::new(9539, 1, 4),
            Some(BitfieldLayout {
                byte_offset: 1192,
                byte_size: 4,
                left_shift: 60,
                right_shift: 63,
            })
        );
        // Four bits across a 4-byte boundary: one 8-byte load.
        assert_eq!(
            BitfieldLayout::new(30, 4, 4),
            Some(BitfieldLayout {
                byte_offset: 0,
                byte_size: 8,
                left_shift: 30,
                right_shift: 60,
            })
        );
        // Across an 8-byte boundary no single load holds it.
        assert_eq!(BitfieldLayout::new(62, 4, 8), None);
    }
}
