//! The payload that `btc build` embeds in a copy of the runtime stub, and the types the
//! compiler and the runtime share to describe it.
//!
//! In: a compiled BPF object and the [`Metadata`] the compiler gathered while compiling the
//! script. Out: the bytes of one ELF section ([`SECTION_NAME`]) in the finished tool, which
//! the runtime finds in its own file, checks, and decodes back into a [`Payload`].
//!
//! Section layout (all integers little-endian):
//!
//! | bytes | content |
//! |---|---|
//! | 8 | [`MAGIC`] |
//! | 4 | [`FORMAT_VERSION`] |
//! | 32 | sha256 of the body |
//! | 8 | body length |
//! | n | body: `postcard` encoding of [`Payload`] |
//!
//! The event protocol between the BPF programs and the runtime is described by
//! [`Action`]: every ring-buffer record starts with a `u64` index into
//! [`Metadata::actions`], and the action says how the bytes after it are laid out.

pub mod format;
pub mod name_tables;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Name of the ELF section that holds the payload in a built tool.
pub const SECTION_NAME: &str = ".btc_payload";
/// First bytes of the payload section.
pub const MAGIC: [u8; 8] = *b"BTCPAYLD";
/// Bumped whenever the encoding of [`Payload`] changes incompatibly.
pub const FORMAT_VERSION: u32 = 1;
const HEADER_LEN: usize = 8 + 4 + 32 + 8;

/// Name of the BPF ring buffer map that carries every event.
pub const RINGBUF_MAP: &str = "ringbuf";
/// Name of the per-CPU array map (one `u64` slot, key 0) counting events that could not be
/// written to the ring buffer.
pub const LOST_EVENTS_MAP: &str = "lost_events";
/// Byte offset, in the `.rodata` section, of the `u64` boot-clock time (ns) at which the
/// tool started. The runtime writes it before loading; `elapsed` reads it.
pub const RODATA_START_TIME_OFFSET: usize = 0;
/// Byte offset, in `.rodata`, of the `u64` process id every probe but BEGIN and END is
/// limited to (`-p PID`, or the child of `-c CMD`); 0 traces every process. The runtime
/// writes it before loading.
pub const RODATA_TARGET_PID_OFFSET: usize = 8;
/// Byte offset, in `.rodata`, of the `u64` number of positional arguments the tool was
/// given (`$#`).
pub const RODATA_ARGUMENT_COUNT_OFFSET: usize = 16;
/// Byte offset, in `.rodata`, of the `u64` number of possible CPUs, which bounds the loop
/// that reads an aggregation's value on every CPU (`bpf_map_lookup_percpu_elem`).
pub const RODATA_CPU_COUNT_OFFSET: usize = 24;
/// Size of the fixed part of `.rodata` that the runtime fills in before loading; the
/// positional parameters follow it (see [`positional_integer_offset`]).
pub const RODATA_RUNTIME_LEN: usize = 32;
/// Bytes of the buffer that holds a positional parameter read as a string (`str($1)`).
pub const POSITIONAL_STRING_SIZE: usize = 128;

/// Offset in `.rodata` of positional parameter `index` (1-based) as a `u64` integer.
pub fn positional_integer_offset(index: u32) -> usize {
    RODATA_RUNTIME_LEN + 8 * (index as usize - 1)
}

/// Offset in `.rodata` of positional parameter `index` (1-based) as a NUL-terminated
/// string, when the script uses parameters up to `$count`.
pub fn positional_string_offset(count: u32, index: u32) -> usize {
    RODATA_RUNTIME_LEN + 8 * count as usize + POSITIONAL_STRING_SIZE * (index as usize - 1)
}

/// Bytes of `.rodata` for a script that uses positional parameters up to `$count`.
pub fn rodata_size(count: u32) -> usize {
    positional_string_offset(count, count + 1)
}
/// Bytes of a [`ValueType::MacAddress`].
pub const MAC_ADDRESS_SIZE: usize = 6;
/// Bytes of an [`ValueType::InetAddress`].
pub const INET_ADDRESS_SIZE: usize = 24;

/// Everything a tool carries: the object to load and how to run it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub metadata: Metadata,
    /// The relocatable BPF ELF object (CO-RE), opened with `bpf_object__open_mem`.
    pub object: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Version of the btc that built the tool.
    pub btc_version: String,
    /// File name of the script, as given to `btc build`.
    pub script_name: String,
    /// Lower-case hex sha256 of the script's source.
    pub script_sha256: String,
    /// The comment block at the top of the script (without comment markers), shown by `--help`.
    pub description: String,
    /// Every attach point, in script order. BEGIN and END appear here too.
    pub probes: Vec<Probe>,
    /// Every user map (`@name`), in the order the runtime must print them at exit.
    pub maps: Vec<UserMap>,
    /// Indexed by the action id that starts each ring-buffer record.
    pub actions: Vec<Action>,
    /// The highest positional parameter the script uses (`$3` → 3); the runtime writes
    /// parameters 1 to this into `.rodata`, as integers and as strings.
    pub positional_parameters: u32,
    /// The parameters used as numbers: the tool refuses a value that is not one.
    pub numeric_positional_parameters: Vec<u32>,
    /// The settings of the script's `config = { ... }` block that the runtime applies.
    pub config: RuntimeConfig,
    /// Values the runtime looks up on the machine it runs on and writes into `.rodata`
    /// before loading (kernel symbol addresses, cgroup ids): never the build host's.
    pub runtime_values: Vec<RuntimeValue>,
    /// The hierarchy filters of the script's `cgroup_path()` calls (`*` when none is
    /// given), indexed by [`Resolved::CgroupPath`]'s `filter`.
    pub cgroup_path_filters: Vec<String>,
}

/// A `u64` in `.rodata` that the runtime finds on the target before loading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeValue {
    /// Byte offset in `.rodata` ([`runtime_value_offset`]).
    pub offset: u32,
    pub source: RuntimeValueSource,
}

/// Where a [`RuntimeValue`] comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RuntimeValueSource {
    /// `kaddr("name")`: the address of a kernel symbol, from /proc/kallsyms.
    KernelSymbol(String),
    /// `cgroupid("/sys/fs/cgroup/...")`: the id of a cgroup v2 directory, its inode number.
    CgroupId(String),
    /// `cpid`: the process id of the `-c CMD` child, 0 without `-c`.
    ChildPid,
    /// `nsecs(sw_tai)`: CLOCK_TAI minus CLOCK_BOOTTIME in nanoseconds, measured when the
    /// tool starts.
    TaiOffset,
    /// `getopt(name, default, description)`: the value of the tool's named option
    /// `--name=VALUE`, else the default. A string option takes [`OPTION_TEXT_SLOTS`]
    /// consecutive slots, `chunk` 0 to 15, each 8 bytes of the NUL-padded text.
    NamedOption {
        name: String,
        default: OptionValue,
        description: String,
        chunk: u8,
    },
    /// `kfunc_exist(name)`: 1 when the running kernel's BTF has the function, else 0.
    KfuncExists(String),
    /// `kfunc_allowed(name)`: 1 when a program of this `bpf_prog_type` may call the kfunc
    /// on the running kernel, else 0.
    KfuncAllowed { name: String, program_type: u32 },
}

/// A named option's type and default (`getopt()`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OptionValue {
    /// `--name` alone is true; `--name=true|1|false|0`.
    Boolean(bool),
    Integer(i64),
    Text(String),
}

/// Runtime-value slots of a string option: its text holds up to 127 bytes and a NUL.
pub const OPTION_TEXT_SLOTS: usize = 16;

/// Offset in `.rodata` of runtime value `index` (0-based), after the positional
/// parameters of a script that uses them up to `$count`.
pub fn runtime_value_offset(count: u32, index: usize) -> usize {
    rodata_size(count) + 8 * index
}

/// The `config = { ... }` settings that change what the tool does when it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeConfig {
    /// `print_maps_on_exit`: print every map when the tool stops.
    pub print_maps_on_exit: bool,
    /// `str_trunc_trailer`: appended to a string that filled its buffer.
    pub truncation_trailer: String,
    /// `missing_probes`: what a probe that fails to attach does to the run.
    pub missing_probes: MissingProbes,
}

impl Default for RuntimeConfig {
    fn default() -> RuntimeConfig {
        RuntimeConfig {
            print_maps_on_exit: true,
            truncation_trailer: "..".to_string(),
            missing_probes: MissingProbes::Error,
        }
    }
}

/// bpftrace's `missing_probes` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MissingProbes {
    /// The tool stops with an error.
    Error,
    /// The tool reports the probe and goes on without it.
    Warn,
    /// The tool goes on without the probe.
    Ignore,
}

/// One attach point, and the BPF program that runs on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probe {
    /// Name of the program (its ELF symbol) in the object.
    pub program: String,
    /// The attach point as the script spells it after expansion,
    /// e.g. `tracepoint:syscalls:sys_enter_execve`.
    pub name: String,
    pub attach: Attach,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attach {
    /// A raw_tp program run once with `BPF_PROG_TEST_RUN` after every other probe attached.
    Begin,
    /// A raw_tp program run once with `BPF_PROG_TEST_RUN` when the tool stops.
    End,
    /// `bpf_program__attach_tracepoint(category, event)`.
    Tracepoint { category: String, event: String },
    /// A software cpu-clock perf event on CPU 0 that fires every `period_ns`.
    Interval { period_ns: u64 },
    /// `kprobe:function` or, with `return_probe`, `kretprobe:function`
    /// (`bpf_program__attach_kprobe_opts`).
    /// `offset` is added to the function's address (`kprobe:do_sys_openat2+4`).
    Kprobe {
        function: String,
        offset: u64,
        return_probe: bool,
    },
    /// `kprobe:PATTERN` or `kretprobe:PATTERN` with `*`/`?` wildcards, expanded on the
    /// target: one kprobe.multi link with the pattern where the kernel has them (the
    /// program is then loaded as `BPF_TRACE_KPROBE_MULTI`), else one kprobe per matching
    /// function of `available_filter_functions`.
    KprobePattern { pattern: String, return_probe: bool },
    /// `uprobe:binary:function` or `uretprobe:...`; libbpf finds the function's offset in
    /// the binary's ELF symbols when attaching (`bpf_program__attach_uprobe_opts`).
    /// `offset` bytes are added to the function's file offset (`uprobe:/bin/sh:main+8`);
    /// with an empty `function`, `offset` is the file offset itself (`uprobe:/bin/sh:0x1234`).
    /// `semaphore` is the file offset of a USDT probe's semaphore, which the kernel
    /// increments while the probe is attached (libbpf's `ref_ctr_offset`); 0 for none.
    Uprobe {
        binary: String,
        function: String,
        offset: u64,
        return_probe: bool,
        semaphore: u64,
    },
    /// `rawtracepoint:name`, a raw_tp program (`bpf_program__attach_raw_tracepoint`).
    RawTracepoint { name: String },
    /// `fentry:function` or `fexit:function`: the program's section names its target, which
    /// libbpf resolves in the kernel's BTF at load time (`bpf_program__attach`).
    Fentry {
        function: String,
        return_probe: bool,
    },
    /// The fentry twin of the plain `kprobe:function` program `kprobe_program` (with
    /// `return_probe`, the fexit twin of a `kretprobe:function`), compiled when the probe
    /// reads only arguments (or the return value). The tool loads one of the two: the
    /// kprobe where the kernel has kprobes, else this one when fentry works, with a notice.
    /// It is not a probe of its own (not counted in `Attached N probes`).
    FentryFallback {
        function: String,
        return_probe: bool,
        kprobe_program: String,
    },
    /// `watchpoint:ADDRESS:LENGTH:MODE`: a hardware breakpoint perf event on `address`
    /// (`kind` holds the `BREAKPOINT_*` bits), in every thread of the `-p`/`-c` process, or
    /// on every CPU without one.
    Watchpoint {
        address: u64,
        length: u64,
        kind: u32,
    },
    /// `iter:NAME`: a BPF iterator program (section `iter/NAME`). The tool attaches it
    /// (`bpf_program__attach_iter`), opens an iterator on the link (`bpf_iter_create`) and
    /// reads it to the end; the program writes its records into that stream
    /// (`bpf_seq_write`), each with its size in the upper half of the action id.
    Iterator { name: String },
    /// A perf event (`profile`, `software`, `hardware`): `perf_event_open` with this type
    /// and config, on every CPU (`all_cpus`) or on CPU 0.
    PerfEvent {
        event_type: u32,
        config: u64,
        sample: PerfSample,
        all_cpus: bool,
    },
}

/// `HW_BREAKPOINT_R`, `HW_BREAKPOINT_W` and `HW_BREAKPOINT_X` (include/uapi/linux/hw_breakpoint.h).
pub const BREAKPOINT_READ: u32 = 1;
pub const BREAKPOINT_WRITE: u32 = 2;
pub const BREAKPOINT_EXECUTE: u32 = 4;

/// How often a perf event fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PerfSample {
    /// Every this many events (nanoseconds for the clock events).
    Period(u64),
    /// This many times a second.
    Frequency(u64),
}

/// `perf_event_attr.type` for software events.
pub const PERF_TYPE_HARDWARE: u32 = 0;
/// `perf_event_attr.type` for hardware events.
pub const PERF_TYPE_SOFTWARE: u32 = 1;

/// The type of one value the runtime decodes: a printf argument, a map key or a map value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ValueType {
    /// A little-endian integer of 1, 2, 4 or 8 bytes.
    Integer { bytes: u8, signed: bool },
    /// A NUL-terminated string in a buffer of `size` bytes. When no NUL is found, the whole
    /// buffer is the string.
    String { size: u32 },
    /// A tuple: its fields at their offsets from the tuple's start, `size` bytes in all.
    /// Printed as `(a, b)`, and as `a, b` when it is a whole map key.
    Tuple { fields: Vec<Field>, size: u32 },
    /// A `u64` boot-clock time in nanoseconds, from `strftime(format, ns)`: printed as the
    /// local wall-clock time with strftime(3) `format`, where `%f` is microseconds.
    Timestamp { format: String },
    /// An IP address from `ntop()`: a `u64` address family (2 = AF_INET, 10 = AF_INET6),
    /// then 16 bytes of address in network byte order (an IPv4 address in the first 4).
    /// Printed as `192.168.1.1` or as RFC 5952 IPv6 text (`::1`).
    InetAddress,
    /// A buffer from `buf(data, length)`: a `u64` count of valid bytes, then `size` bytes.
    /// Printed with printable ASCII kept and other bytes as `\xNN` (`%rx` and `%rh`
    /// print every byte in hex); in JSON an array of the bytes as signed numbers.
    Buffer { size: u32 },
    /// A `u64` address: printed as `0x` and lower-case hex in text (`%d` prints the
    /// number), and as a number in JSON.
    Pointer,
    /// A `u64` whose low 32 bits are an errno (negative values count as positive), from
    /// `strerror(n)`: printed as the kernel's description of that error.
    ErrorNumber,
    /// Six bytes from `macaddr()`: printed as `XX:XX:XX:XX:XX:XX`.
    MacAddress,
    /// An integer of an enum type (`bytes` wide, unsigned): printed as the name of the
    /// enumerator with that value (the number when none has it) by `%s` and `print`, and
    /// as the number by integer conversions and in JSON.
    Enum {
        bytes: u8,
        enumerators: Vec<(u64, String)>,
    },
    /// A record (a tuple with named fields): printed as `{ .a = 1, .b = x }`, and as a JSON
    /// object.
    Record { fields: Vec<NamedField>, size: u32 },
    /// `kstack`/`ustack`: a `u64` whose low 32 bits are an id in the stack-trace map
    /// [`stack_map_name`]`(limit)` (from `bpf_get_stackid`; ids past the map's entries are
    /// failures) and whose high 32 bits are, for a user stack, the process id whose
    /// mappings symbolise the frames. Printed as bpftrace does: a newline, then one line
    /// per frame.
    Stack {
        user: bool,
        limit: u32,
        mode: StackMode,
    },
    /// `ksym(address)`: a `u64` kernel address, printed as the name of the kernel symbol
    /// that holds it (or the address in hex when none does).
    KernelSymbol,
    /// `usym(address)`: a `u64` user address, then the `u64` id of the process whose
    /// mappings name it; printed as the symbol's name (or the address in hex).
    UserSymbol,
    /// A fixed-size C array (`int x[4]`): `length` elements of `element`, packed one after
    /// another. Printed as `[1,2,3,4]` (no spaces), in text and in JSON.
    Array {
        element: Box<ValueType>,
        length: u32,
    },
    /// A `u64` that the runtime prints as the name it stands for on the machine the tool
    /// runs on (`username`, `signal_name(n)`, ...), looked up when it prints.
    Resolved(Resolved),
}

/// What a [`ValueType::Resolved`] number names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Resolved {
    /// A user id, printed as its name in /etc/passwd (empty when it has none).
    UserName,
    /// A signal number, printed as bpftrace's `signal_name()` names it ("Interrupt").
    SignalName,
    /// An x86-64 system call number, printed as its name ("read").
    SyscallName,
    /// A cgroup id, printed as its path in each cgroup hierarchy whose name matches
    /// [`Metadata::cgroup_path_filters`]`[filter]` (`unified:/system.slice,cpu:/`).
    CgroupPath { filter: u32 },
}

/// Bytes of a [`ValueType::UserSymbol`].
pub const USER_SYMBOL_SIZE: usize = 16;

/// How stack frames print: bpftrace's `stack_mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StackMode {
    /// `        symbol+offset`
    Bpftrace,
    /// `\taddress symbol+offset (module)`
    Perf,
    /// The address in hex.
    Raw,
}

/// Entries of each stack-trace map: distinct stacks kept at a time.
pub const STACK_MAP_ENTRIES: u32 = 4096;
/// The deepest stack bpftrace records (`kernel.perf_event_max_stack`'s default).
pub const MAX_STACK_FRAMES: u32 = 127;

/// The name of the `BPF_MAP_TYPE_STACK_TRACE` map that holds stacks of up to `limit`
/// frames (its values are `limit` `u64` addresses, so that `bpf_get_stackid` records and
/// hashes only that many frames, as bpftrace's `kstack(N)` does).
pub fn stack_map_name(limit: u32) -> String {
    format!("stack_{limit}")
}

impl ValueType {
    /// Bytes the value occupies in a record or a map key.
    pub fn size(&self) -> usize {
        match self {
            ValueType::Integer { bytes, .. } => usize::from(*bytes),
            ValueType::String { size }
            | ValueType::Tuple { size, .. }
            | ValueType::Record { size, .. } => *size as usize,
            ValueType::Timestamp { .. }
            | ValueType::Pointer
            | ValueType::ErrorNumber
            | ValueType::Resolved(_)
            | ValueType::Stack { .. }
            | ValueType::KernelSymbol => 8,
            ValueType::InetAddress => INET_ADDRESS_SIZE,
            ValueType::Buffer { size } => 8 + *size as usize,
            ValueType::Enum { bytes, .. } => usize::from(*bytes),
            ValueType::UserSymbol => USER_SYMBOL_SIZE,
            ValueType::MacAddress => MAC_ADDRESS_SIZE,
            ValueType::Array { element, length } => element.size() * *length as usize,
        }
    }
}

/// A value at a fixed offset in a record, counted from the start of the record (the action
/// id occupies bytes 0..8, so arguments start at 8 or later).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub offset: u32,
    pub ty: ValueType,
}

/// A record field: its name, and its value at `offset` from the record's start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedField {
    pub name: String,
    pub offset: u32,
    pub ty: ValueType,
}

/// What the runtime does with one ring-buffer record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Format `arguments` with `format` and print the result.
    Printf {
        format: format::Format,
        arguments: Vec<Field>,
    },
    /// Print up to `max_elements` strings joined by `separator`, then a newline.
    /// Record: u64 action id, u64 number of elements read, then `max_elements` string
    /// buffers of `element_size` bytes each.
    Join {
        separator: String,
        max_elements: u32,
        element_size: u32,
    },
    /// Stop the tool. Record: u64 action id, i64 exit code.
    Exit,
    /// `unwatch(address)`: detach the watchpoints on `address` (bpftrace's `unwatch` is
    /// asynchronous too: the probe goes on, the tool detaches when it reads the record).
    /// Record: u64 action id, u64 address.
    Unwatch,
    /// `print(@map[, top[, divisor]])`: print the map as it is when the record is handled.
    /// `top` 0 means every entry. Record: u64 action id.
    PrintMap { map: usize, top: u64, divisor: u64 },
    /// `clear(@map)`: delete every entry. Record: u64 action id.
    ClearMap { map: usize },
    /// `zero(@map)`: set every value to zero, keeping the keys. Record: u64 action id.
    ZeroMap { map: usize },
    /// `print(value)`: print one value and a newline. Record: u64 action id, the value at
    /// offset 8.
    PrintValue { ty: ValueType },
    /// `time([format])`: print the local wall-clock time with strftime(3) `format`
    /// (default `%H:%M:%S\n`). Record: u64 action id.
    Time { format: String },
    /// `cat(path_format, args...)`: format the path as printf does, then print up to
    /// [`MAX_CAT_BYTES`] of the file's contents. Record: as for [`Action::Printf`].
    Cat {
        format: format::Format,
        arguments: Vec<Field>,
    },
    /// `system(format, args...)` (built with `--unsafe`): format the command as printf
    /// does, run it with `sh -c` and print what it wrote on stdout and stderr. Record: as
    /// for [`Action::Printf`].
    System {
        format: format::Format,
        arguments: Vec<Field>,
    },
    /// `errorf(format, args...)` and `warnf(...)`: the formatted message, printed on
    /// stderr after the call's location in the script as `ERROR:` or `WARNING:`. Record:
    /// as for [`Action::Printf`].
    Diagnostic {
        severity: Severity,
        location: SourceLocation,
        format: format::Format,
        arguments: Vec<Field>,
    },
    /// A map update failed because the map is full: print bpftrace's warning on stderr,
    /// once per update site. `location` is `line:column-end` and `context` the script
    /// line with the update underlined (the compiler fills both from the update's span
    /// once the checker is done). Record: u64 action id.
    MapFull { location: String, context: String },
}

/// bpftrace's default `max_cat_bytes`: `cat()` prints at most this much of a file.
pub const MAX_CAT_BYTES: usize = 10240;

/// Whether a [`Action::Diagnostic`] is an `errorf` or a `warnf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    Error,
    Warning,
}

/// Where a call is in the script: 1-based lines and columns, the end column one past the
/// call's last character (bpftrace's `SourceLocation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SourceLocation {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// Indexes into [`Metadata::maps`] are map ids in [`Action`]s.
pub type MapIndex = usize;

/// A user map (`@name`), and how to print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserMap {
    /// The script's spelling, `@name` or `@`.
    pub name: String,
    /// The BPF map's name in the object: `AT_name`, or `AT_` for `@`.
    pub bpf_name: String,
    /// `None` for a scalar map, whose single key is a `u64` 0.
    pub key: Option<ValueType>,
    pub value: MapValue,
}

/// What a map's values hold, and how the per-CPU copies of aggregations combine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapValue {
    /// `count()`: a per-CPU `u64`, summed over CPUs.
    Count,
    /// `sum()`: a per-CPU 64-bit integer, summed over CPUs.
    Sum { signed: bool },
    /// `min()`: per CPU, `[i64 value, u64 set]`; the minimum over the CPUs that set it.
    Min { signed: bool },
    /// `max()`: per CPU, `[i64 value, u64 set]`; the maximum over the CPUs that set it.
    Max { signed: bool },
    /// `avg()`: per CPU, `[i64 total, u64 count]`; printed as total / count.
    Average { signed: bool },
    /// `stats()`: per CPU, `[i64 total, u64 count]`; printed as count, average and total.
    Stats { signed: bool },
    /// `hist(value, bits)`: the key is the user key followed by a `u64` bucket index (see
    /// [`log2_bucket`]); the value is a per-CPU `u64` count, summed.
    Histogram { bits: u8 },
    /// `lhist(value, min, max, step)`: the key is the user key followed by a `u64` bucket
    /// index (see [`linear_bucket`]); the value is a per-CPU `u64` count, summed.
    LinearHistogram { min: i64, max: i64, step: i64 },
    /// A plain value assigned with `=`, `++` or a compound assignment.
    Plain(ValueType),
}

impl MapValue {
    /// Whether the BPF map is per-CPU (its values are read as one copy per possible CPU).
    pub fn is_per_cpu(&self) -> bool {
        !matches!(self, MapValue::Plain(_))
    }

    /// Bytes of one (per-CPU) value in the BPF map.
    pub fn value_size(&self) -> usize {
        match self {
            MapValue::Count
            | MapValue::Sum { .. }
            | MapValue::Histogram { .. }
            | MapValue::LinearHistogram { .. } => 8,
            MapValue::Min { .. }
            | MapValue::Max { .. }
            | MapValue::Average { .. }
            | MapValue::Stats { .. } => 16,
            MapValue::Plain(ty) => ty.size().next_multiple_of(8),
        }
    }

    /// Whether the BPF key ends with a `u64` bucket index after the user key.
    pub fn has_bucket(&self) -> bool {
        matches!(
            self,
            MapValue::Histogram { .. } | MapValue::LinearHistogram { .. }
        )
    }
}

/// The bucket of `value` in a `hist(value, bits)` (bits 0 to 5), as the BPF code computes
/// it: 0 for negative values; `1 + value` below `2^bits`; above, each power of two is split
/// into `2^bits` buckets: with `l` the position of the leftmost 1 bit minus `bits`, and `x`
/// the `bits` bits after that leftmost 1, the bucket is `((l + 1) << bits) + x + 1`.
pub fn log2_bucket(value: i64, bits: u8) -> u64 {
    if value < 0 {
        return 0;
    }
    let value = value as u64;
    let mask = (1u64 << bits) - 1;
    if value <= mask {
        return value + 1;
    }
    let leftmost = 63 - u64::from(value.leading_zeros());
    let l = leftmost - u64::from(bits);
    let x = (value >> l) & mask;
    ((l + 1) << bits) + x + 1
}

/// The bucket of `value` in an `lhist(value, min, max, step)`: 0 below `min`, the last
/// bucket `(max - min) / step + 1` at or above `max`, else `(value - min) / step + 1`.
pub fn linear_bucket(value: i64, min: i64, max: i64, step: i64) -> u64 {
    if value < min {
        0
    } else if value >= max {
        ((max - min) / step + 1) as u64
    } else {
        ((value - min) / step + 1) as u64
    }
}

/// Why a payload could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    TooShort,
    BadMagic,
    UnsupportedVersion(u32),
    ChecksumMismatch,
    Malformed(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooShort => write!(f, "the payload is truncated"),
            DecodeError::BadMagic => write!(f, "the payload does not start with the btc magic"),
            DecodeError::UnsupportedVersion(v) => write!(
                f,
                "the payload has format version {v}, this runtime reads version {FORMAT_VERSION}"
            ),
            DecodeError::ChecksumMismatch => {
                write!(
                    f,
                    "the payload's sha256 does not match: the file is corrupt"
                )
            }
            DecodeError::Malformed(why) => write!(f, "the payload cannot be decoded: {why}"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl Payload {
    /// The bytes of the payload section.
    pub fn encode(&self) -> Vec<u8> {
        let body = postcard::to_stdvec(self).expect("payload types always serialise");
        let mut out = Vec::with_capacity(HEADER_LEN + body.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&Sha256::digest(&body));
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    /// Checks and decodes the bytes of a payload section.
    pub fn decode(section: &[u8]) -> Result<Payload, DecodeError> {
        if section.len() < HEADER_LEN {
            return Err(DecodeError::TooShort);
        }
        let (magic, rest) = section.split_at(8);
        if magic != MAGIC {
            return Err(DecodeError::BadMagic);
        }
        let (version, rest) = rest.split_at(4);
        let version = u32::from_le_bytes(version.try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(DecodeError::UnsupportedVersion(version));
        }
        let (checksum, rest) = rest.split_at(32);
        let (length, rest) = rest.split_at(8);
        let length = u64::from_le_bytes(length.try_into().expect("8 bytes"));
        let body = usize::try_from(length)
            .ok()
            .and_then(|length| rest.get(..length))
            .ok_or(DecodeError::TooShort)?;
        if Sha256::digest(body).as_slice() != checksum {
            return Err(DecodeError::ChecksumMismatch);
        }
        postcard::from_bytes(body).map_err(|error| DecodeError::Malformed(error.to_string()))
    }
}

/// Shell-style matching with `*` and `?`, as bpftrace matches attach points. Works on
/// bytes without allocating, since `btc list` matches it against every kernel symbol; probe
/// names are ASCII.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    let (pattern, text) = (pattern.as_bytes(), text.as_bytes());
    // Iterative matching with one backtrack point: linear in practice, never exponential.
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if let Some((star_p, star_t)) = star {
            p = star_p + 1;
            t = star_t + 1;
            star = Some((star_p, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|c| *c == b'*')
}

/// Lower-case hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Payload {
        Payload {
            metadata: Metadata {
                btc_version: "0.1.0".into(),
                script_name: "x.bt".into(),
                script_sha256: sha256_hex(b"BEGIN {}"),
                description: String::new(),
                probes: vec![Probe {
                    program: "begin".into(),
                    name: "BEGIN".into(),
                    attach: Attach::Begin,
                }],
                maps: vec![],
                actions: vec![Action::Exit],
                positional_parameters: 0,
                numeric_positional_parameters: vec![],
                config: RuntimeConfig::default(),
                runtime_values: vec![],
                cgroup_path_filters: vec![],
            },
            object: vec![0x7f, b'E', b'L', b'F'],
        }
    }

    #[test]
    fn round_trip() {
        let payload = sample();
        assert_eq!(Payload::decode(&payload.encode()), Ok(payload));
    }

    #[test]
    fn log2_buckets() {
        // bits = 0: negative, 0, 1, [2, 4), [4, 8), ...
        let buckets: Vec<u64> = [-1, 0, 1, 2, 3, 4, 7, 8, 1023, 1024]
            .iter()
            .map(|v| log2_bucket(*v, 0))
            .collect();
        assert_eq!(buckets, [0, 1, 2, 3, 3, 4, 4, 5, 11, 12]);
        // The example of the reference semantics: 225 with bits = 2 is bucket 28.
        assert_eq!(log2_bucket(225, 2), 28);
        assert_eq!(log2_bucket(3, 2), 4);
        assert_eq!(log2_bucket(4, 2), 5);
        assert_eq!(log2_bucket(i64::MAX, 0), 64);
    }

    #[test]
    fn linear_buckets() {
        let buckets: Vec<u64> = [-1, 0, 1, 2, 9, 10, 11]
            .iter()
            .map(|v| linear_bucket(*v, 0, 10, 2))
            .collect();
        assert_eq!(buckets, [0, 1, 1, 2, 5, 6, 6]);
    }

    #[test]
    fn corruption_is_detected() {
        let mut bytes = sample().encode();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert_eq!(Payload::decode(&bytes), Err(DecodeError::ChecksumMismatch));
        assert_eq!(Payload::decode(&bytes[..10]), Err(DecodeError::TooShort));
        bytes[0] = b'X';
        assert_eq!(Payload::decode(&bytes), Err(DecodeError::BadMagic));
    }
}
