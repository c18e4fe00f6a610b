//! Semantic analysis: name resolution, probe expansion and type checking.
//!
//! In: the [`ast::Program`] of a script and the build host's tracefs (for tracepoint
//! wildcards and record layouts). Out: a [`typed::TypedProgram`], one checked body per
//! attach point with every name resolved and every expression typed, or every diagnostic
//! found. Maps get their key and value types from their first use and are checked against
//! them afterwards; printf formats are parsed here and checked against their arguments;
//! every builtin and function bpftrace knows is either supported or rejected with a
//! "not supported yet" error that names it.

mod arguments;
mod builtins;
mod calls;
mod config;
pub mod constants;
mod expressions;
mod functions;
mod introspection;
mod kernel;
mod macros;
mod maps;
pub mod perf_events;
mod probes;
mod sizes;
mod statements;
mod strings;
pub mod tuples;
pub mod typed;
mod uprobes;
pub mod usdt;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use btc_payload::format::{ConversionKind, Format};
use btc_payload::{Attach, PerfSample, StackMode};

use crate::diagnostic::Diagnostic;
use crate::kernel_types::{self, FieldKind, KernelTypes};
use crate::object::MapKind;
use crate::syntax::ast::{
    self, BinaryOperator, ExprKind as AstExprKind, Span, StatementKind, UnaryOperator,
};
use crate::tracepoint;
use maps::DeclaredMap;
use std::rc::Rc;
use typed::{
    AddressSpace, Aggregate, Arithmetic, BitfieldLayout, Builtin, Comparison, Expr, ExprKind,
    KernelTypesHandle, MapId, MapInfo, MapKey, MapValueType, ProgramBody, RecordArgument,
    Statement, Type, TypedProgram, Variable, VariableId,
};

/// Settings that shape checking.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where tracepoints are looked up; `None` finds the mounted tracefs.
    pub tracefs: Option<PathBuf>,
    /// Size of strings read with `str()`, bpftrace's `max_strlen`.
    pub max_string_length: u32,
    /// Entries of maps that are not declared, bpftrace's `max_map_keys`.
    pub max_map_keys: u32,
    /// The kernel BTF to read types from; `None` reads /sys/kernel/btf/vmlinux.
    pub btf: Option<PathBuf>,
    /// `--unsafe`: the functions that change the traced system are allowed.
    pub allow_unsafe: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            tracefs: None,
            max_string_length: 1024,
            max_map_keys: 4096,
            btf: None,
            allow_unsafe: false,
        }
    }
}

/// bpftrace's `join()` reads at most this many array elements...
const JOIN_MAX_ELEMENTS: u32 = 16;
/// ...of at most this many bytes each (bpftrace's `join_argnum_` and `join_argsize_`).
const JOIN_ELEMENT_SIZE: u32 = 1024;

/// Builtins bpftrace has that btc does not compile yet.
const UNSUPPORTED_BUILTINS: &[&str] = &["config"];

/// Functions bpftrace has that btc does not compile yet.
const UNSUPPORTED_FUNCTIONS: &[&str] = &[
    "str_concat",
    "find",
    "typeof",
    "socket_cookie",
    "skboutput",
    "write_user",
    "dw_ustack",
    "tseries",
];

/// Positional parameters `$1` to `$63` are supported (each takes 136 bytes of `.rodata`).
const MAX_POSITIONAL: u32 = 64;

/// The aggregation functions, assigned to maps: `@m[k] = count()`.
const AGGREGATIONS: &[&str] = &[
    "count", "sum", "min", "max", "avg", "stats", "hist", "lhist",
];

const SUPPORTED_BUILTINS: &[(&str, Builtin)] = &[
    ("pid", Builtin::Pid),
    ("tid", Builtin::Tid),
    ("uid", Builtin::Uid),
    ("gid", Builtin::Gid),
    ("nsecs", Builtin::Nsecs),
    ("elapsed", Builtin::Elapsed),
    ("cpu", Builtin::Cpu),
    ("comm", Builtin::Comm),
    ("cgroup", Builtin::Cgroup),
    ("rand", Builtin::Random),
    ("ncpus", Builtin::CpuCount),
    ("numaid", Builtin::NumaNode),
    ("jiffies", Builtin::Jiffies),
];

/// Checks a parsed script.
pub fn check(program: &ast::Program, options: &Options) -> Result<TypedProgram, Vec<Diagnostic>> {
    let mut checker = Checker {
        options: options.clone(),
        diagnostics: Vec::new(),
        declared_maps: HashMap::new(),
        maps: Vec::new(),
        map_ids: HashMap::new(),
        actions: Vec::new(),
        tracefs: None,
        kprobe_patterns_at_run_time: false,
        program_names: HashMap::new(),
        kernel_types: None,
        defines: HashMap::new(),
        text_defines: HashMap::new(),
        definitions: Vec::new(),
        positional_parameters: 0,
        numeric_positional_parameters: std::collections::BTreeSet::new(),
        action_spans: Vec::new(),
        stack_limits: std::collections::BTreeSet::new(),
        runtime_config: btc_payload::RuntimeConfig::default(),
        runtime_values: Vec::new(),
        kernel_variables: Vec::new(),
        cgroup_path_filters: Vec::new(),
    };
    for definition in &program.preamble {
        match definition.kind {
            // Types come from BTF, macros from the preamble and the built-in table.
            ast::CDefinitionKind::Include => {}
            ast::CDefinitionKind::Define => match constants::parse_define(&definition.text) {
                Ok((name, value)) => {
                    checker.defines.insert(name, value);
                }
                Err(reason) => match constants::define_body(&definition.text) {
                    Some((_, body)) if body.is_empty() => {}
                    Some((name, body)) => {
                        checker.text_defines.insert(name, body);
                    }
                    None => checker.unsupported(definition.span, &reason),
                },
            },
            ast::CDefinitionKind::OtherPreprocessor => checker.unsupported(
                definition.span,
                "preprocessor lines other than #include and #define",
            ),
            ast::CDefinitionKind::Struct
            | ast::CDefinitionKind::Union
            | ast::CDefinitionKind::Enum
            | ast::CDefinitionKind::Typedef => match crate::preamble::parse(&definition.text) {
                Ok(parsed) => checker.definitions.push((parsed, definition.span)),
                Err(reason) => match reason.strip_prefix("not supported yet: ") {
                    Some(feature) => checker.unsupported(definition.span, feature),
                    None => checker.error(definition.span, reason),
                },
            },
        }
    }
    // The script's types extend the kernel's: load both now, so that a definition that
    // cannot be laid out is reported even when no probe uses it.
    if let Some((_, span)) = checker.definitions.first() {
        let span = *span;
        checker.kernel_types(span);
    }
    if let Some(config) = &program.config {
        checker.config(config);
    }
    for item in &program.items {
        if let ast::Item::MapDeclaration(declaration) = item {
            checker.declare_map(declaration);
        }
    }
    for import in &program.imports {
        checker.unsupported(import.span, "import");
    }
    let mut programs = Vec::new();
    let macros = macros::Macros::new(&program.items);
    for item in &program.items {
        match item {
            ast::Item::Probe(probe) => {
                let probe = checker.expand_macros(probe, &macros);
                programs.extend(checker.probe(&probe))
            }
            // Expanded where they are used.
            ast::Item::Macro(_) => {}
            ast::Item::MapDeclaration(_) => {}
            ast::Item::Function(definition) => {
                checker.unsupported(definition.span, "fn definitions")
            }
        }
    }
    // The tool reads an iterator to its end and stops: nothing else can fire meanwhile.
    if let Some(iterator) = programs
        .iter()
        .find(|body| matches!(body.attach, Attach::Iterator { .. }))
        && programs.iter().any(|body| {
            !matches!(body.attach, Attach::Begin | Attach::End) && !std::ptr::eq(body, iterator)
        })
    {
        checker.diagnostics.push(Diagnostic::error(
            iterator.probe_span,
            "an iter probe cannot be mixed with other probes (BEGIN and END excepted)",
        ));
    }
    if programs.is_empty() && checker.diagnostics.is_empty() {
        checker
            .diagnostics
            .push(Diagnostic::error(program.span, "the script has no probes"));
    }
    let mut unused: Vec<(&String, &DeclaredMap)> = checker
        .declared_maps
        .iter()
        // A map whose first use was refused is not unused: say only what is wrong with it.
        .filter(|(name, _)| {
            !checker.map_ids.contains_key(*name)
                && !checker.diagnostics.iter().any(Diagnostic::is_error)
        })
        .collect();
    unused.sort_by_key(|(_, declared)| declared.span.start);
    let warnings: Vec<Diagnostic> = unused
        .into_iter()
        .map(|(name, declared)| Diagnostic::warning(declared.span, format!("Unused map: @{name}")))
        .collect();
    checker.diagnostics.extend(warnings);
    for map in &checker.maps {
        if matches!(map.value, MapValueType::Plain(Type::Void)) {
            checker.diagnostics.push(Diagnostic::error(
                map.first_use,
                format!("map {} is never assigned", map.name),
            ));
        }
    }
    if checker.diagnostics.iter().any(Diagnostic::is_error) {
        let mut diagnostics = checker.diagnostics;
        // The same body is checked once per attach point: report each problem once.
        diagnostics.dedup_by(|a, b| a.span == b.span && a.message == b.message);
        let mut seen = std::collections::HashSet::new();
        diagnostics.retain(|diagnostic| seen.insert((diagnostic.span, diagnostic.message.clone())));
        return Err(diagnostics);
    }
    Ok(TypedProgram {
        positional_parameters: checker.positional_parameters,
        numeric_positional_parameters: checker.numeric_positional_parameters.into_iter().collect(),
        runtime_values: checker.runtime_values,
        kernel_variables: checker.kernel_variables,
        cgroup_path_filters: checker.cgroup_path_filters,
        warnings: checker.diagnostics,
        kernel_types: checker.kernel_types.map(KernelTypesHandle),
        programs,
        maps: checker.maps,
        actions: checker.actions,
        action_spans: checker.action_spans,
        stack_limits: checker.stack_limits.into_iter().collect(),
        config: checker.runtime_config,
    })
}

struct Checker {
    options: Options,
    diagnostics: Vec<Diagnostic>,
    /// `let @name = kind(max_entries);` declarations, by map name without the `@`.
    declared_maps: HashMap<String, DeclaredMap>,
    maps: Vec<MapInfo>,
    map_ids: HashMap<String, MapId>,
    actions: Vec<btc_payload::Action>,
    tracefs: Option<PathBuf>,
    /// Set while the current probe's body does not name its function (`func`, `probe`):
    /// its kprobe wildcards are then expanded by the tool on the target.
    kprobe_patterns_at_run_time: bool,
    program_names: HashMap<String, usize>,
    /// Loaded on first use: most scripts need no kernel types.
    kernel_types: Option<Rc<KernelTypes>>,
    /// The preamble's `#define NAME VALUE`s.
    defines: HashMap<String, i64>,
    /// The preamble's other object-like `#define`s: name and body, expanded as
    /// expressions where the name is used (see `macros`).
    text_defines: HashMap<String, String>,
    /// The preamble's struct, union and enum definitions, added to the kernel types when
    /// they are loaded.
    definitions: Vec<(crate::preamble::Definition, Span)>,
    /// The highest `$N` used, and those used as numbers.
    positional_parameters: u32,
    numeric_positional_parameters: std::collections::BTreeSet<u32>,
    /// The actions that carry their location in the script (`errorf`, `warnf`, map full).
    action_spans: Vec<(usize, Span)>,
    /// The frame limits of the `kstack`/`ustack` values used: one stack-trace map each.
    stack_limits: std::collections::BTreeSet<u32>,
    /// The `config` block's settings for the runtime.
    runtime_config: btc_payload::RuntimeConfig,
    /// `kaddr()` and `cgroupid()` arguments, resolved by the runtime on the target.
    runtime_values: Vec<btc_payload::RuntimeValueSource>,
    /// The kernel variables named by `percpu_kaddr()`.
    kernel_variables: Vec<crate::object::KernelVariable>,
    /// The hierarchy filters of `cgroup_path()` calls (`*` when a call has none).
    cgroup_path_filters: Vec<String>,
}

/// What `args` means inside the probe being checked.
enum ProbeContext {
    None,
    Tracepoint(tracepoint::Format),
    /// kprobes and uprobes: the context is `struct pt_regs`.
    Registers {
        user: bool,
        return_probe: bool,
    },
    /// raw tracepoints and fentry/fexit: the context is an array of u64 arguments.
    /// `tracepoint` names a raw tracepoint; otherwise the probe's function is the kernel
    /// function whose parameters `args` holds.
    Arguments {
        return_probe: bool,
        tracepoint: Option<String>,
    },
    /// iter: the context is `struct bpf_iter__NAME` (this BTF type id), whose pointer
    /// fields `ctx.FIELD` reads.
    Iterator {
        context: u32,
    },
    /// usdt: the context is `struct pt_regs`; `argN` is where the site's note says.
    Usdt {
        arguments: Vec<usdt::UsdtArgument>,
    },
}

impl ProbeContext {
    /// Where the plain integer addresses of this probe (`argN`, `retval`) point.
    fn address_space(&self) -> AddressSpace {
        match self {
            ProbeContext::Registers { user: true, .. } | ProbeContext::Usdt { .. } => {
                AddressSpace::User
            }
            ProbeContext::Registers { user: false, .. } | ProbeContext::Arguments { .. } => {
                AddressSpace::Either
            }
            ProbeContext::Tracepoint(format) if format.category == "syscalls" => AddressSpace::User,
            _ => AddressSpace::Kernel,
        }
    }
}

/// Offsets in x86-64's `struct pt_regs` of the registers that carry the first six
/// arguments (di, si, dx, cx, r8, r9) and the return value (ax).
const PT_REGS_ARGUMENTS: [u32; 6] = [112, 104, 96, 88, 72, 64];
const PT_REGS_RETURN_VALUE: u32 = 80;

/// The variables of one program.
struct Scope {
    context: ProbeContext,
    /// How many loops enclose the statement being checked.
    loop_depth: u32,
    /// The attach point after expansion, the value of `probe`.
    probe_name: String,
    /// The traced function, the value of `func`, where the attach point names one.
    function: Option<String>,
    /// The kernel module of the traced function (`fexit:MODULE:FUNCTION`), whose BTF
    /// describes it; `None` for the kernel's own functions.
    module: Option<String>,
    variables: Vec<Variable>,
    by_name: HashMap<String, VariableId>,
    /// The variables first assigned an enum value, with that enum's enumerators: their
    /// reads print as names too.
    enum_variables: HashMap<VariableId, Vec<(u64, String)>>,
    /// How many `for ($kv : @map)` loops enclose the statement being checked.
    map_loop_depth: u32,
    /// The loop variables of the enclosing `for ($kv : @map)` loops: the map each one
    /// iterates and the depth of its loop.
    map_entries: HashMap<String, (MapId, u32)>,
    /// Variables declared with a bare `let $x;` and not assigned yet: their first
    /// assignment gives them their type.
    untyped: std::collections::HashSet<VariableId>,
    /// Variables whose first assignment was refused: their uses are not reported again as
    /// "used before it is assigned", which would only repeat the first error.
    refused: HashSet<String>,
}

/// One expanded attach point.
struct Expansion {
    attach_name: String,
    function: Option<String>,
    attach: Attach,
    section: String,
    name_stem: String,
    context: ProbeContext,
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

fn suggestion<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2 && *distance < candidate.len())
        .min()
        .map(|(_, candidate)| candidate)
}

fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// `interval:s:1`, `interval:ms:100`, `interval:1s` → nanoseconds.
fn interval_period(parts: &[String]) -> Option<u64> {
    let (unit, count) = match parts {
        [unit, count] => (unit.as_str(), count.as_str()),
        [single] => {
            let digits = single.find(|c: char| !c.is_ascii_digit())?;
            (&single[digits..], &single[..digits])
        }
        _ => return None,
    };
    let count: u64 = count.parse().ok().filter(|count| *count > 0)?;
    let period = match unit {
        "s" => count.checked_mul(1_000_000_000)?,
        "ms" => count.checked_mul(1_000_000)?,
        "us" => count.checked_mul(1_000)?,
        "ns" => count,
        "hz" => 1_000_000_000 / count,
        _ => return None,
    };
    (period > 0).then_some(period)
}

impl Checker {
    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(span, message));
    }

    fn unsupported(&mut self, span: Span, feature: &str) {
        self.diagnostics.push(
            Diagnostic::error(span, format!("not supported yet: {feature}"))
                .with_note("btc compiles a growing subset of bpftrace; see docs/compatibility.md"),
        );
    }
}

/// Whether a variable holding `previous` can be assigned `next`.
fn compatible(previous: Type, next: Type) -> bool {
    match (previous, next) {
        (Type::String { .. }, Type::String { .. })
        | (Type::Inet, Type::Inet)
        | (Type::ErrorText, Type::ErrorText)
        | (Type::MacAddress, Type::MacAddress) => true,
        (Type::Resolved(_), _) | (_, Type::Resolved(_)) => previous == next,
        (Type::Buffer { size: previous }, Type::Buffer { size: next }) => previous == next,
        (Type::Array { .. }, _) | (_, Type::Array { .. }) => previous == next,
        (Type::Tuple(_), _) | (_, Type::Tuple(_)) => merge_types(previous, next).is_some(),
        (Type::Stack { .. } | Type::KernelSymbol | Type::UserSymbol, _) => previous == next,
        (previous, next) => previous.is_integer_like() && next.is_integer_like(),
    }
}

fn integer_type(ty: Type) -> Type {
    match ty {
        Type::Pointer { .. } => Type::U64,
        other => other,
    }
}

/// The type of an arithmetic result: a literal adopts the other operand's signedness,
/// otherwise the result is signed only if both operands are.
fn combined_integer(left: &Expr, right: &Expr) -> Type {
    let literal = |expression: &Expr| matches!(expression.kind, ExprKind::Integer(_));
    let signed = match (literal(left), literal(right)) {
        (true, false) => right.ty.is_signed(),
        (false, true) => left.ty.is_signed(),
        _ => left.ty.is_signed() && right.ty.is_signed(),
    };
    Type::Integer { bits: 64, signed }
}

/// The key type of a map access with these keys: `None` for a scalar map.
fn map_key_type(keys: &[Expr]) -> Option<MapKey> {
    (!keys.is_empty()).then(|| MapKey {
        parts: keys.iter().map(|key| key.ty).collect(),
    })
}

/// The type a map key part or value takes when used with `old` and then `new`: strings
/// grow to the larger buffer, integers stay 64-bit. `None` when they do not agree.
fn merge_types(old: Type, new: Type) -> Option<Type> {
    match (old, new) {
        (Type::String { size: old }, Type::String { size: new }) => {
            Some(Type::String { size: old.max(new) })
        }
        (Type::Integer { signed, .. }, new) if new.is_integer_like() => {
            Some(Type::Integer { bits: 64, signed })
        }
        // A map of pointers prints them as pointers (0x...), as bpftrace does.
        (Type::Pointer { .. }, Type::Pointer { .. }) => Some(old),
        (Type::Pointer { .. }, new) if new.is_integer_like() => Some(Type::U64),
        (Type::Tuple(old), Type::Tuple(new)) => tuples::merge_tuples(old, new),
        (Type::Stack { .. } | Type::KernelSymbol | Type::UserSymbol, new) if new == old => {
            Some(old)
        }
        (Type::Buffer { size: old }, Type::Buffer { size: new }) if old == new => {
            Some(Type::Buffer { size: old })
        }
        (Type::ErrorText, Type::ErrorText) => Some(Type::ErrorText),
        (Type::Resolved(old), Type::Resolved(new)) if old == new => Some(Type::Resolved(old)),
        (Type::MacAddress, Type::MacAddress) => Some(Type::MacAddress),
        (Type::Array { .. }, new) if new == old => Some(old),
        _ => None,
    }
}
