//! Semantic analysis: name resolution, probe expansion and type checking.
//!
//! In: the [`ast::Program`] of a script and the build host's tracefs (for tracepoint
//! wildcards and record layouts). Out: a [`typed::TypedProgram`], one checked body per
//! attach point with every name resolved and every expression typed, or every diagnostic
//! found. Maps get their key and value types from their first use and are checked against
//! them afterwards; printf formats are parsed here and checked against their arguments;
//! every builtin and function bpftrace knows is either supported or rejected with a
//! "not supported yet" error that names it.

pub mod constants;
pub mod perf_events;
pub mod typed;

use std::collections::HashMap;
use std::path::PathBuf;

use btc_payload::format::{ConversionKind, Format};
use btc_payload::{Attach, PerfSample};

use crate::diagnostic::Diagnostic;
use crate::kernel_types::{self, FieldKind, KernelTypes};
use crate::object::MapKind;
use crate::syntax::ast::{
    self, BinaryOperator, ExprKind as AstExprKind, Span, StatementKind, UnaryOperator,
};
use crate::tracepoint;
use std::rc::Rc;
use typed::{
    AddressSpace, Aggregate, Arithmetic, Builtin, Comparison, Expr, ExprKind, KernelTypesHandle,
    MapId, MapInfo, MapKey, MapValueType, ProgramBody, RecordArgument, Statement, Type,
    TypedProgram, Variable, VariableId,
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
}

impl Default for Options {
    fn default() -> Options {
        Options {
            tracefs: None,
            max_string_length: 1024,
            max_map_keys: 4096,
            btf: None,
        }
    }
}

/// bpftrace's `join()` reads at most this many array elements...
const JOIN_MAX_ELEMENTS: u32 = 16;
/// ...of at most this many bytes each (bpftrace's `join_argnum_` and `join_argsize_`).
const JOIN_ELEMENT_SIZE: u32 = 1024;

/// Builtins bpftrace has that btc does not compile yet.
const UNSUPPORTED_BUILTINS: &[&str] = &[
    "kstack",
    "ustack",
    "rand",
    "cgroup",
    "cpid",
    "has_cpid",
    "ctx",
    "username",
    "ncpus",
    "numaid",
    "jiffies",
    "usermode",
    "leader_tid",
    "leader_comm",
    "probetype",
    "config",
];

/// Functions bpftrace has that btc does not compile yet.
const UNSUPPORTED_FUNCTIONS: &[&str] = &[
    "cat",
    "system",
    "errorf",
    "warnf",
    "fail",
    "buf",
    "strlen",
    "strcap",
    "strncmp",
    "strcontains",
    "strstr",
    "str_concat",
    "memcmp",
    "strerror",
    "signal_name",
    "syscall_name",
    "path",
    "macaddr",
    "pton",
    "default_str_length",
    "ksym",
    "usym",
    "kaddr",
    "uaddr",
    "percpu_kaddr",
    "cgroupid",
    "cgroup_path",
    "reg",
    "find",
    "len",
    "typeof",
    "is_array",
    "is_integer",
    "is_unsigned_integer",
    "is_ptr",
    "is_str",
    "is_literal",
    "is_err",
    "assert",
    "assert_str",
    "static_assert",
    "container_of",
    "kptr",
    "uptr",
    "kfunc_exist",
    "kfunc_allowed",
    "getopt",
    "socket_cookie",
    "skboutput",
    "override",
    "signal",
    "signal_thread",
    "write_user",
    "unwatch",
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
];

/// Checks a parsed script.
pub fn check(program: &ast::Program, options: &Options) -> Result<TypedProgram, Vec<Diagnostic>> {
    let mut checker = Checker {
        options: options.clone(),
        diagnostics: Vec::new(),
        maps: Vec::new(),
        map_ids: HashMap::new(),
        actions: Vec::new(),
        tracefs: None,
        program_names: HashMap::new(),
        kernel_types: None,
        defines: HashMap::new(),
        positional_parameters: 0,
        numeric_positional_parameters: std::collections::BTreeSet::new(),
    };
    for definition in &program.preamble {
        match definition.kind {
            // Types come from BTF, macros from the preamble and the built-in table.
            ast::CDefinitionKind::Include => {}
            ast::CDefinitionKind::Define => match constants::parse_define(&definition.text) {
                Ok((name, value)) => {
                    checker.defines.insert(name, value);
                }
                Err(reason) => checker.unsupported(definition.span, &reason),
            },
            ast::CDefinitionKind::OtherPreprocessor => checker.unsupported(
                definition.span,
                "preprocessor lines other than #include and #define",
            ),
            _ => checker.unsupported(
                definition.span,
                "struct, union and enum definitions in the preamble",
            ),
        }
    }
    if let Some(config) = &program.config {
        checker.unsupported(config.span, "config blocks");
    }
    for import in &program.imports {
        checker.unsupported(import.span, "import");
    }
    let mut programs = Vec::new();
    for item in &program.items {
        match item {
            ast::Item::Probe(probe) => programs.extend(checker.probe(probe)),
            ast::Item::Macro(definition) => {
                checker.unsupported(definition.span, "macro definitions")
            }
            ast::Item::MapDeclaration(declaration) => {
                checker.unsupported(declaration.span, "map declarations")
            }
            ast::Item::Function(definition) => {
                checker.unsupported(definition.span, "fn definitions")
            }
        }
    }
    if programs.is_empty() && checker.diagnostics.is_empty() {
        checker
            .diagnostics
            .push(Diagnostic::error(program.span, "the script has no probes"));
    }
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
        warnings: checker.diagnostics,
        kernel_types: checker.kernel_types.map(KernelTypesHandle),
        programs,
        maps: checker.maps,
        actions: checker.actions,
    })
}

struct Checker {
    options: Options,
    diagnostics: Vec<Diagnostic>,
    maps: Vec<MapInfo>,
    map_ids: HashMap<String, MapId>,
    actions: Vec<btc_payload::Action>,
    tracefs: Option<PathBuf>,
    program_names: HashMap<String, usize>,
    /// Loaded on first use: most scripts need no kernel types.
    kernel_types: Option<Rc<KernelTypes>>,
    /// The preamble's `#define NAME VALUE`s.
    defines: HashMap<String, i64>,
    /// The highest `$N` used, and those used as numbers.
    positional_parameters: u32,
    numeric_positional_parameters: std::collections::BTreeSet<u32>,
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
    Arguments {
        return_probe: bool,
    },
}

impl ProbeContext {
    /// Where the plain integer addresses of this probe (`argN`, `retval`) point.
    fn address_space(&self) -> AddressSpace {
        match self {
            ProbeContext::Registers { user: true, .. } => AddressSpace::User,
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
    variables: Vec<Variable>,
    by_name: HashMap<String, VariableId>,
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

    fn tracefs(&mut self, span: Span) -> Option<PathBuf> {
        if let Some(path) = self
            .options
            .tracefs
            .clone()
            .or_else(|| self.tracefs.clone())
        {
            return Some(path);
        }
        match tracepoint::tracefs() {
            Ok(path) => {
                self.tracefs = Some(path.clone());
                Some(path)
            }
            Err(error) => {
                self.error(span, error.to_string());
                None
            }
        }
    }

    fn expand(&mut self, point: &ast::AttachPoint) -> Vec<Expansion> {
        let provider = point.provider.to_ascii_lowercase();
        match (provider.as_str(), point.parts.as_slice()) {
            ("begin", []) => vec![Expansion {
                function: None,
                attach_name: "BEGIN".into(),
                attach: Attach::Begin,
                section: "raw_tp".into(),
                name_stem: "begin".into(),
                context: ProbeContext::None,
            }],
            ("end", []) => vec![Expansion {
                function: None,
                attach_name: "END".into(),
                attach: Attach::End,
                section: "raw_tp".into(),
                name_stem: "end".into(),
                context: ProbeContext::None,
            }],
            ("tracepoint" | "t", [category, event]) => {
                let Some(tracefs) = self.tracefs(point.span) else {
                    return Vec::new();
                };
                let found = match tracepoint::expand(&tracefs, category, event) {
                    Ok(found) => found,
                    Err(error) => {
                        self.diagnostics
                            .push(Diagnostic::error(point.span, error.to_string()).with_help(
                            "list the tracepoints with `ls /sys/kernel/tracing/events/CATEGORY`",
                        ));
                        return Vec::new();
                    }
                };
                let mut expansions = Vec::new();
                for (category, event) in found {
                    match tracepoint::read_format(&tracefs, &category, &event) {
                        Ok(format) => expansions.push(Expansion {
                            function: None,
                            attach_name: format!("tracepoint:{category}:{event}"),
                            section: format!("tracepoint/{category}/{event}"),
                            name_stem: format!("tp_{}_{}", sanitize(&category), sanitize(&event)),
                            attach: Attach::Tracepoint { category, event },
                            context: ProbeContext::Tracepoint(format),
                        }),
                        Err(error) => self.error(point.span, error.to_string()),
                    }
                }
                expansions
            }
            ("tracepoint" | "t", _) => {
                self.diagnostics.push(
                    Diagnostic::error(point.span, format!("invalid tracepoint `{}`", point.raw))
                        .with_help("write tracepoint:CATEGORY:EVENT, e.g. tracepoint:syscalls:sys_enter_openat"),
                );
                Vec::new()
            }
            ("interval" | "i", parts) => match interval_period(parts) {
                Some(period_ns) => vec![Expansion {
                    function: None,
                    attach_name: point.raw.clone(),
                    attach: Attach::Interval { period_ns },
                    section: "perf_event".into(),
                    name_stem: "interval".into(),
                    context: ProbeContext::None,
                }],
                None => {
                    self.diagnostics.push(
                        Diagnostic::error(point.span, format!("invalid interval `{}`", point.raw))
                            .with_help(
                                "write interval:s:N, interval:ms:N, interval:us:N or interval:hz:N",
                            ),
                    );
                    Vec::new()
                }
            },
            ("kprobe" | "k" | "kretprobe" | "kr", [function]) => {
                let return_probe = matches!(provider.as_str(), "kretprobe" | "kr");
                let kind = if return_probe { "kretprobe" } else { "kprobe" };
                if function.contains('+') {
                    self.unsupported(point.span, "kprobe offsets (function+offset)");
                    return Vec::new();
                }
                self.kernel_functions(point, function)
                    .into_iter()
                    .map(|function| Expansion {
                        attach_name: format!("{kind}:{function}"),
                        section: format!("{kind}/{function}"),
                        name_stem: format!("{kind}_{}", sanitize(&function)),
                        attach: Attach::Kprobe {
                            function: function.clone(),
                            return_probe,
                        },
                        context: ProbeContext::Registers {
                            user: false,
                            return_probe,
                        },
                        function: Some(function),
                    })
                    .collect()
            }
            ("uprobe" | "u" | "uretprobe" | "ur", [binary, function]) => {
                let return_probe = matches!(provider.as_str(), "uretprobe" | "ur");
                let kind = if return_probe { "uretprobe" } else { "uprobe" };
                if function.contains('*') || function.contains('?') || function.contains('+') {
                    self.unsupported(point.span, "uprobe wildcards and offsets");
                    return Vec::new();
                }
                if !binary.starts_with('/') {
                    self.diagnostics.push(
                        Diagnostic::error(
                            point.span,
                            format!("the uprobe binary `{binary}` is not an absolute path"),
                        )
                        .with_help("write the full path, e.g. uprobe:/bin/bash:readline"),
                    );
                    return Vec::new();
                }
                vec![Expansion {
                    attach_name: format!("{kind}:{binary}:{function}"),
                    section: kind.to_string(),
                    name_stem: format!("{kind}_{}", sanitize(function)),
                    attach: Attach::Uprobe {
                        binary: binary.clone(),
                        function: function.clone(),
                        return_probe,
                    },
                    context: ProbeContext::Registers {
                        user: true,
                        return_probe,
                    },
                    function: Some(function.clone()),
                }]
            }
            ("rawtracepoint" | "rt", [name]) | ("rawtracepoint" | "rt", [_, name]) => {
                if name.contains('*') || name.contains('?') {
                    self.unsupported(point.span, "rawtracepoint wildcards");
                    return Vec::new();
                }
                vec![Expansion {
                    attach_name: format!("rawtracepoint:{name}"),
                    section: format!("raw_tp/{name}"),
                    name_stem: format!("rawtp_{}", sanitize(name)),
                    attach: Attach::RawTracepoint { name: name.clone() },
                    context: ProbeContext::Arguments {
                        return_probe: false,
                    },
                    function: None,
                }]
            }
            ("fentry" | "f" | "kfunc" | "fexit" | "fr" | "kretfunc", [function]) => {
                let return_probe = matches!(provider.as_str(), "fexit" | "fr" | "kretfunc");
                let kind = if return_probe { "fexit" } else { "fentry" };
                self.kernel_functions(point, function)
                    .into_iter()
                    .map(|function| Expansion {
                        attach_name: format!("{kind}:{function}"),
                        section: format!("{kind}/{function}"),
                        name_stem: format!("{kind}_{}", sanitize(&function)),
                        attach: Attach::Fentry {
                            function: function.clone(),
                            return_probe,
                        },
                        context: ProbeContext::Arguments { return_probe },
                        function: Some(function),
                    })
                    .collect()
            }
            ("profile" | "p", parts) => {
                let sample = match parts {
                    [unit, count] if unit == "hz" => count
                        .parse()
                        .ok()
                        .filter(|hz| *hz > 0)
                        .map(PerfSample::Frequency),
                    _ => interval_period(parts).map(PerfSample::Period),
                };
                let Some(sample) = sample else {
                    self.diagnostics.push(
                        Diagnostic::error(
                            point.span,
                            format!("invalid profile probe `{}`", point.raw),
                        )
                        .with_help("write profile:hz:N, profile:s:N, profile:ms:N or profile:us:N"),
                    );
                    return Vec::new();
                };
                vec![Expansion {
                    attach_name: point.raw.clone(),
                    attach: Attach::PerfEvent {
                        event_type: btc_payload::PERF_TYPE_SOFTWARE,
                        config: 0,
                        sample,
                        all_cpus: true,
                    },
                    section: "perf_event".into(),
                    name_stem: "profile".into(),
                    context: ProbeContext::None,
                    function: None,
                }]
            }
            ("software" | "s" | "hardware" | "h", [name, rest @ ..]) if rest.len() <= 1 => {
                let hardware = matches!(provider.as_str(), "hardware" | "h");
                let table = if hardware {
                    perf_events::HARDWARE
                } else {
                    perf_events::SOFTWARE
                };
                let Some(event) = perf_events::find(table, name) else {
                    let known: Vec<&str> = table.iter().map(|event| event.name).collect();
                    self.diagnostics.push(
                        Diagnostic::error(
                            point.span,
                            format!("unknown {} event `{name}`", point.provider),
                        )
                        .with_help(format!("the events are: {}", known.join(", "))),
                    );
                    return Vec::new();
                };
                let period = match rest.first().map(|count| count.parse::<u64>()) {
                    None => event.default_period,
                    Some(Ok(count)) if count > 0 => count,
                    Some(_) => {
                        self.error(point.span, "the event count must be a positive integer");
                        return Vec::new();
                    }
                };
                let kind = if hardware { "hardware" } else { "software" };
                vec![Expansion {
                    attach_name: format!("{kind}:{}:{period}", event.name),
                    attach: Attach::PerfEvent {
                        event_type: if hardware {
                            btc_payload::PERF_TYPE_HARDWARE
                        } else {
                            btc_payload::PERF_TYPE_SOFTWARE
                        },
                        config: event.config,
                        sample: PerfSample::Period(period),
                        all_cpus: true,
                    },
                    section: "perf_event".into(),
                    name_stem: kind.into(),
                    context: ProbeContext::None,
                    function: None,
                }]
            }
            (
                "kprobe" | "k" | "kretprobe" | "kr" | "uprobe" | "u" | "uretprobe" | "ur"
                | "rawtracepoint" | "rt" | "fentry" | "f" | "kfunc" | "fexit" | "fr" | "kretfunc"
                | "software" | "s" | "hardware" | "h",
                _,
            ) => {
                self.error(point.span, format!("invalid attach point `{}`", point.raw));
                Vec::new()
            }
            ("usdt" | "U" | "watchpoint" | "w" | "iter" | "it" | "self" | "test" | "bench", _) => {
                self.unsupported(point.span, &format!("{} probes", point.provider));
                Vec::new()
            }
            _ => {
                self.error(
                    point.span,
                    format!("unknown probe type `{}`", point.provider),
                );
                Vec::new()
            }
        }
    }

    /// The kernel functions a kprobe or fentry pattern names. A name without wildcards is
    /// taken as it is (the target kernel decides whether it exists); a wildcard is expanded
    /// against this machine's `available_filter_functions`.
    fn kernel_functions(&mut self, point: &ast::AttachPoint, pattern: &str) -> Vec<String> {
        if !pattern.contains('*') && !pattern.contains('?') {
            return vec![pattern.to_string()];
        }
        let Some(tracefs) = self.tracefs(point.span) else {
            return Vec::new();
        };
        let path = tracefs.join("available_filter_functions");
        let Ok(text) = std::fs::read_to_string(&path) else {
            self.error(
                point.span,
                format!(
                    "cannot expand `{pattern}`: {} is not readable",
                    path.display()
                ),
            );
            return Vec::new();
        };
        let mut functions: Vec<String> = text
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .filter(|name| !name.contains('.') && tracepoint::wildcard_match(pattern, name))
            .map(str::to_string)
            .collect();
        functions.sort();
        functions.dedup();
        if functions.is_empty() {
            self.error(
                point.span,
                format!(
                    "no kernel function matches `{pattern}` (looked in {})",
                    path.display()
                ),
            );
        }
        functions
    }

    fn probe(&mut self, probe: &ast::Probe) -> Vec<ProgramBody> {
        let mut bodies = Vec::new();
        for point in &probe.attach_points {
            for expansion in self.expand(point) {
                let mut scope = Scope {
                    loop_depth: 0,
                    context: expansion.context,
                    probe_name: expansion.attach_name.clone(),
                    function: expansion.function.clone(),
                    variables: Vec::new(),
                    by_name: HashMap::new(),
                };
                let predicate = probe
                    .predicate
                    .as_ref()
                    .and_then(|predicate| self.condition(&mut scope, predicate));
                let body = self.block(&mut scope, &probe.body);
                let counter = self
                    .program_names
                    .entry(expansion.name_stem.clone())
                    .or_insert(0);
                let name = format!("{}_{}", expansion.name_stem, counter);
                *counter += 1;
                bodies.push(ProgramBody {
                    name,
                    section: expansion.section,
                    attach_name: expansion.attach_name,
                    attach: expansion.attach,
                    probe_span: probe.span,
                    predicate,
                    body,
                    variables: scope.variables,
                });
            }
        }
        bodies
    }

    fn block(&mut self, scope: &mut Scope, block: &ast::Block) -> Vec<Statement> {
        let mut statements = Vec::new();
        for statement in &block.statements {
            self.statement(scope, statement, &mut statements);
        }
        if let Some(value) = &block.value {
            self.effect(scope, value, &mut statements);
        }
        statements
    }

    fn statement(
        &mut self,
        scope: &mut Scope,
        statement: &ast::Statement,
        out: &mut Vec<Statement>,
    ) {
        let span = statement.span;
        match &statement.kind {
            StatementKind::Expr(expression) | StatementKind::Discard(expression) => {
                self.effect(scope, expression, out)
            }
            StatementKind::Assign {
                target,
                operator,
                value,
            } => self.assign(scope, target, *operator, value, span, out),
            StatementKind::Let {
                variable,
                annotation,
                value,
            } => {
                if let Some(annotation) = annotation {
                    self.unsupported(annotation.span(), "type annotations on variables");
                }
                if let Some(value) = value {
                    let target = ast::Expr {
                        kind: AstExprKind::Variable(variable.text.clone()),
                        span: variable.span,
                    };
                    self.assign(scope, &target, None, value, span, out);
                }
            }
            StatementKind::If(branch) => out.push(self.if_statement(scope, branch)),
            StatementKind::While { condition, body } => {
                let condition = self.condition(scope, condition);
                scope.loop_depth += 1;
                let body = self.block(scope, body);
                scope.loop_depth -= 1;
                if let Some(condition) = condition {
                    out.push(Statement::While {
                        condition,
                        body,
                        span,
                    });
                }
            }
            StatementKind::Unroll { count, body } => {
                let count = match count.kind {
                    AstExprKind::Integer(count) if (1..=100).contains(&count) => count,
                    _ => {
                        self.error(count.span, "unroll needs an integer literal from 1 to 100");
                        return;
                    }
                };
                // The body is checked once and repeated: every copy has the same types.
                let body = self.block(scope, body);
                for _ in 0..count {
                    out.extend(body.iter().cloned());
                }
            }
            StatementKind::For {
                variable,
                iterable: ast::ForIterable::Range { start, end },
                body,
            } => {
                let start = self.expression(scope, start);
                let end = self.expression(scope, end);
                let (Some(start), Some(end)) = (start, end) else {
                    return;
                };
                if !(start.ty.is_integer_like() && end.ty.is_integer_like()) {
                    self.error(span, "a for range needs integer bounds");
                    return;
                }
                if scope.by_name.contains_key(&variable.text) {
                    self.error(
                        variable.span,
                        format!("${} is already defined", variable.text),
                    );
                    return;
                }
                let id = VariableId(scope.variables.len());
                scope.variables.push(Variable {
                    name: variable.text.clone(),
                    ty: Type::I64,
                });
                scope.by_name.insert(variable.text.clone(), id);
                scope.loop_depth += 1;
                let body = self.block(scope, body);
                scope.loop_depth -= 1;
                // The loop variable is scoped to the loop.
                scope.by_name.remove(&variable.text);
                out.push(Statement::ForRange {
                    variable: id,
                    start,
                    end,
                    body,
                    span,
                });
            }
            StatementKind::For {
                iterable: ast::ForIterable::Map(_),
                ..
            } => {
                self.unsupported(span, "for loops over maps");
            }
            StatementKind::Break | StatementKind::Continue if scope.loop_depth == 0 => {
                self.error(span, "break and continue are only allowed inside a loop");
            }
            StatementKind::Break => out.push(Statement::Break { span }),
            StatementKind::Continue => out.push(Statement::Continue { span }),
            StatementKind::Return(None) => out.push(Statement::Return { span }),
            StatementKind::Return(Some(value)) => {
                self.unsupported(value.span, "return with a value")
            }
            StatementKind::Import(import) => self.unsupported(import.span, "import"),
        }
    }

    fn if_statement(&mut self, scope: &mut Scope, branch: &ast::If) -> Statement {
        let condition = self.condition(scope, &branch.condition);
        let then = self.block(scope, &branch.then_block);
        let otherwise = match &branch.else_branch {
            None => Vec::new(),
            Some(ast::ElseBranch::Block(block)) => self.block(scope, block),
            Some(ast::ElseBranch::If(nested)) => vec![self.if_statement(scope, nested)],
        };
        let condition = condition.unwrap_or(Expr {
            kind: ExprKind::Integer(0),
            ty: Type::I64,
            span: branch.span,
        });
        Statement::If {
            condition,
            then,
            otherwise,
            span: branch.span,
        }
    }

    /// An expression evaluated for its effect.
    fn effect(&mut self, scope: &mut Scope, expression: &ast::Expr, out: &mut Vec<Statement>) {
        let span = expression.span;
        match &expression.kind {
            AstExprKind::Call {
                name,
                name_span,
                arguments,
            } => match name.as_str() {
                "printf" => {
                    if let Some(statement) = self.printf(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "join" => {
                    if let Some(statement) = self.join(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "exit" => {
                    if let Some(statement) = self.exit(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "print" | "clear" | "zero" | "delete" | "time" => {
                    if let Some(statement) = self.map_function(scope, name, arguments, span) {
                        out.push(statement);
                    }
                }
                _ => {
                    if self
                        .call(scope, name, *name_span, arguments, span)
                        .is_some()
                    {
                        self.diagnostics.push(Diagnostic::warning(
                            span,
                            "the value of this call is not used",
                        ));
                    }
                }
            },
            AstExprKind::PreIncrement(target) | AstExprKind::PostIncrement(target) => {
                let one = ast::Expr {
                    kind: AstExprKind::Integer(1),
                    span,
                };
                self.assign(scope, target, Some(BinaryOperator::Add), &one, span, out);
            }
            AstExprKind::PreDecrement(target) | AstExprKind::PostDecrement(target) => {
                let one = ast::Expr {
                    kind: AstExprKind::Integer(1),
                    span,
                };
                self.assign(
                    scope,
                    target,
                    Some(BinaryOperator::Subtract),
                    &one,
                    span,
                    out,
                );
            }
            AstExprKind::If(branch) => out.push(self.if_statement(scope, branch)),
            AstExprKind::Block(block) => {
                let statements = self.block(scope, block);
                out.extend(statements);
            }
            _ => {
                if self.expression(scope, expression).is_some() {
                    self.diagnostics
                        .push(Diagnostic::warning(span, "this expression has no effect"));
                }
            }
        }
    }

    fn assign(
        &mut self,
        scope: &mut Scope,
        target: &ast::Expr,
        operator: Option<BinaryOperator>,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<Statement>,
    ) {
        match &target.kind {
            AstExprKind::Variable(name) => {
                let value = match operator {
                    None => self.expression(scope, value),
                    Some(operator) => {
                        let combined = ast::Expr {
                            kind: AstExprKind::Binary {
                                operator,
                                left: Box::new(target.clone()),
                                right: Box::new(value.clone()),
                            },
                            span,
                        };
                        self.expression(scope, &combined)
                    }
                };
                let Some(value) = value else { return };
                if value.ty == Type::Timestamp {
                    self.unsupported(value.span, "strftime() values in variables");
                    return;
                }
                if value.ty == Type::Void {
                    self.error(value.span, "this expression has no value to assign");
                    return;
                }
                let variable = match scope.by_name.get(name) {
                    Some(existing) => {
                        let previous = scope.variables[existing.0].ty;
                        if !compatible(previous, value.ty) {
                            self.error(
                                value.span,
                                format!(
                                    "type mismatch: ${name} holds {} but is assigned {}",
                                    previous.describe(),
                                    value.ty.describe()
                                ),
                            );
                            return;
                        }
                        *existing
                    }
                    None => {
                        let ty = match value.ty {
                            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                            other => other,
                        };
                        let id = VariableId(scope.variables.len());
                        scope.variables.push(Variable {
                            name: name.clone(),
                            ty,
                        });
                        scope.by_name.insert(name.clone(), id);
                        id
                    }
                };
                out.push(Statement::AssignVariable {
                    variable,
                    value,
                    span,
                });
            }
            AstExprKind::Map { name, keys } => {
                let Ok(keys) = self.map_keys(scope, keys) else {
                    return;
                };
                let key_type = map_key_type(&keys);
                if let AstExprKind::Call {
                    name: function,
                    arguments,
                    ..
                } = &value.kind
                    && AGGREGATIONS.contains(&function.as_str())
                {
                    if operator.is_some() {
                        self.error(
                            span,
                            format!("{function}() cannot be combined with a compound assignment"),
                        );
                        return;
                    }
                    let Some((aggregate, argument)) =
                        self.aggregate(scope, function, arguments, value.span)
                    else {
                        return;
                    };
                    let Some(map) = self.map(
                        name,
                        key_type,
                        MapValueType::Aggregate(aggregate),
                        target.span,
                    ) else {
                        return;
                    };
                    out.push(Statement::MapAggregate {
                        map,
                        keys,
                        aggregate,
                        value: argument,
                        span,
                    });
                    return;
                }
                let Some(value_expression) = self.expression(scope, value) else {
                    return;
                };
                if matches!(value_expression.ty, Type::Timestamp | Type::Inet) {
                    self.unsupported(
                        value_expression.span,
                        "strftime() and ntop() values in maps",
                    );
                    return;
                }
                if value_expression.ty == Type::Void {
                    self.error(
                        value_expression.span,
                        "this expression has no value to assign",
                    );
                    return;
                }
                match operator {
                    None => {
                        let stored = match value_expression.ty {
                            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                            Type::Pointer { .. } => Type::U64,
                            other => other,
                        };
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(stored), target.span)
                        else {
                            return;
                        };
                        out.push(Statement::MapAssign {
                            map,
                            keys,
                            value: value_expression,
                            span,
                        });
                    }
                    Some(BinaryOperator::Add | BinaryOperator::Subtract) => {
                        if !value_expression.ty.is_integer_like() {
                            self.error(
                                value_expression.span,
                                "only integers can be added to a map value",
                            );
                            return;
                        }
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(Type::I64), target.span)
                        else {
                            return;
                        };
                        let delta = if operator == Some(BinaryOperator::Subtract) {
                            Expr {
                                span: value_expression.span,
                                ty: Type::I64,
                                kind: ExprKind::Negate(Box::new(value_expression)),
                            }
                        } else {
                            value_expression
                        };
                        out.push(Statement::MapAdd {
                            map,
                            keys,
                            delta,
                            span,
                        });
                    }
                    Some(other) => {
                        // `@m[k] op= v` is `@m[k] = @m[k] op v`: a read, then an update, not
                        // atomic (as in bpftrace). The map is created first so that an
                        // absent entry reads as 0.
                        if !value_expression.ty.is_integer_like() {
                            self.error(
                                value_expression.span,
                                "compound assignments on maps need integers",
                            );
                            return;
                        }
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(Type::I64), target.span)
                        else {
                            return;
                        };
                        let combined = ast::Expr {
                            kind: AstExprKind::Binary {
                                operator: other,
                                left: Box::new(target.clone()),
                                right: Box::new(value.clone()),
                            },
                            span,
                        };
                        let Some(value) = self.expression(scope, &combined) else {
                            return;
                        };
                        out.push(Statement::MapAssign {
                            map,
                            keys,
                            value,
                            span,
                        });
                    }
                }
            }
            _ => self.error(
                target.span,
                "only variables ($x) and maps (@x) can be assigned",
            ),
        }
    }

    /// The keys of a map access, each typed as it is stored: integers as 64-bit.
    fn map_keys(&mut self, scope: &mut Scope, keys: &[ast::Expr]) -> Result<Vec<Expr>, ()> {
        let mut checked = Vec::with_capacity(keys.len());
        for key in keys {
            let key = self.expression(scope, key).ok_or(())?;
            let normalized = match key.ty {
                Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                Type::Pointer { .. } => Type::U64,
                Type::String { size } => Type::String { size },
                Type::Inet => Type::Inet,
                Type::Void | Type::Timestamp => {
                    self.error(key.span, "this expression has no value to use as a map key");
                    return Err(());
                }
            };
            checked.push(Expr {
                ty: normalized,
                ..key
            });
        }
        Ok(checked)
    }

    /// Finds or creates the map `@name`, checking that this use agrees with earlier ones.
    fn map(
        &mut self,
        name: &ast::Name,
        key: Option<MapKey>,
        value: MapValueType,
        span: Span,
    ) -> Option<MapId> {
        let display = format!("@{}", name.text);
        if let Some(id) = self.map_ids.get(&name.text).copied() {
            let map = &mut self.maps[id.0];
            let merged_key = match (&map.key, &key) {
                (None, None) => Some(None),
                (Some(old), Some(new)) if old.parts.len() == new.parts.len() => old
                    .parts
                    .iter()
                    .zip(&new.parts)
                    .map(|(old, new)| merge_types(*old, *new))
                    .collect::<Option<Vec<Type>>>()
                    .map(|parts| Some(MapKey { parts })),
                _ => None,
            };
            let Some(merged_key) = merged_key else {
                let described = |key: &Option<MapKey>| match key {
                    None => "no key".to_string(),
                    Some(key) => key
                        .parts
                        .iter()
                        .map(|part| part.describe())
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                let message = format!(
                    "map {display} is used with a key of {} but was first used with {}",
                    described(&key),
                    described(&map.key)
                );
                self.diagnostics.push(Diagnostic::error(span, message));
                return None;
            };
            map.key = merged_key;
            let merged_value = match (map.value, value) {
                (MapValueType::Aggregate(old), MapValueType::Aggregate(new)) if old == new => {
                    Some(map.value)
                }
                (MapValueType::Plain(old), MapValueType::Plain(new)) => {
                    merge_types(old, new).map(MapValueType::Plain)
                }
                _ => None,
            };
            let Some(merged_value) = merged_value else {
                self.error(
                    span,
                    format!("map {display} is used with a different value type than before"),
                );
                return None;
            };
            map.value = merged_value;
            return Some(id);
        }
        let kind = match value {
            MapValueType::Aggregate(_) => MapKind::PerCpuHash,
            MapValueType::Plain(_) => MapKind::Hash,
        };
        let id = MapId(self.maps.len());
        let max_entries = if key.is_none()
            && !matches!(value, MapValueType::Aggregate(aggregate) if aggregate.has_bucket())
        {
            1
        } else {
            self.options.max_map_keys
        };
        self.maps.push(MapInfo {
            name: display,
            bpf_name: format!("AT_{}", name.text),
            key,
            value,
            kind,
            max_entries,
            first_use: span,
        });
        self.map_ids.insert(name.text.clone(), id);
        Some(id)
    }

    /// The map named by a function's first argument (`clear(@m)`), which must exist.
    fn existing_map(
        &mut self,
        argument: Option<&ast::CallArgument>,
        function: &str,
        span: Span,
    ) -> Option<(MapId, Vec<ast::Expr>)> {
        match argument {
            Some(ast::CallArgument::Expression(ast::Expr {
                kind: AstExprKind::Map { name, keys },
                span: map_span,
            })) => match self.map_ids.get(&name.text) {
                Some(id) => Some((*id, keys.clone())),
                None => {
                    self.error(*map_span, format!("undefined map: @{}", name.text));
                    None
                }
            },
            _ => {
                self.error(
                    span,
                    format!("{function}() takes a map as its first argument"),
                );
                None
            }
        }
    }

    /// Checks keys used with a map that already exists (`delete`, `has_key`) against the
    /// key type the map has.
    fn existing_map_keys(
        &mut self,
        scope: &mut Scope,
        map: MapId,
        keys: &[ast::Expr],
        span: Span,
    ) -> Option<Vec<Expr>> {
        let keys = self.map_keys(scope, keys).ok()?;
        let name = ast::Name {
            text: self.maps[map.0].name[1..].to_string(),
            span,
        };
        let value = self.maps[map.0].value;
        self.map(&name, map_key_type(&keys), value, span)?;
        Some(keys)
    }

    /// Checks the arguments of an aggregation call.
    fn aggregate(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<(Aggregate, Option<Expr>)> {
        let expressions = self.call_expressions(arguments, span)?;
        let expected = match function {
            "count" => 0..=0,
            "hist" => 1..=2,
            "lhist" => 4..=4,
            _ => 1..=1,
        };
        if !expected.contains(&expressions.len()) {
            let wanted = match function {
                "count" => "no arguments",
                "hist" => "a value and an optional number of bits (0 to 5)",
                "lhist" => "a value, a minimum, a maximum and a step",
                _ => "one value",
            };
            self.error(span, format!("{function}() takes {wanted}"));
            return None;
        }
        if function == "count" {
            return Some((Aggregate::Count, None));
        }
        let value = self.expression(scope, expressions[0])?;
        if !value.ty.is_integer_like() {
            self.error(
                value.span,
                format!("{function}() needs an integer, not {}", value.ty.describe()),
            );
            return None;
        }
        let signed = value.ty.is_signed();
        let mut literal = |index: usize| -> Option<i64> {
            let argument = expressions[index];
            match self.expression(scope, argument) {
                Some(Expr {
                    kind: ExprKind::Integer(value),
                    ..
                }) => Some(value),
                Some(Expr {
                    kind: ExprKind::Negate(inner),
                    ..
                }) => match inner.kind {
                    ExprKind::Integer(value) => Some(-value),
                    _ => None,
                },
                _ => None,
            }
            .or_else(|| {
                self.error(
                    argument.span,
                    format!(
                        "{function}()'s argument {} must be an integer literal",
                        index + 1
                    ),
                );
                None
            })
        };
        let aggregate = match function {
            "sum" => Aggregate::Sum { signed },
            "min" => Aggregate::Min { signed },
            "max" => Aggregate::Max { signed },
            "avg" => Aggregate::Average { signed },
            "stats" => Aggregate::Stats { signed },
            "hist" => {
                let bits = if expressions.len() == 2 {
                    literal(1)?
                } else {
                    0
                };
                if !(0..=5).contains(&bits) {
                    self.error(expressions[1].span, "hist()'s bits must be between 0 and 5");
                    return None;
                }
                Aggregate::Histogram { bits: bits as u8 }
            }
            "lhist" => {
                let (min, max, step) = (literal(1)?, literal(2)?, literal(3)?);
                if min < 0 || max <= min || step <= 0 {
                    self.error(span, "lhist() needs 0 <= min < max and a positive step");
                    return None;
                }
                if (max - min) / step > 1000 {
                    self.error(span, "lhist() would have more than 1000 buckets");
                    return None;
                }
                Aggregate::LinearHistogram { min, max, step }
            }
            _ => unreachable!("AGGREGATIONS lists the functions handled here"),
        };
        Some((aggregate, Some(value)))
    }

    fn condition(&mut self, scope: &mut Scope, expression: &ast::Expr) -> Option<Expr> {
        let checked = self.expression(scope, expression)?;
        if !checked.ty.is_integer_like() {
            self.error(
                checked.span,
                format!(
                    "a condition must be an integer or a comparison, not {}",
                    checked.ty.describe()
                ),
            );
            return None;
        }
        Some(checked)
    }

    fn expression(&mut self, scope: &mut Scope, expression: &ast::Expr) -> Option<Expr> {
        let span = expression.span;
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        match &expression.kind {
            AstExprKind::Integer(value) => {
                let ty = if *value > i64::MAX as u64 {
                    Type::U64
                } else {
                    Type::I64
                };
                typed(ExprKind::Integer(*value as i64), ty)
            }
            AstExprKind::Boolean(value) => typed(ExprKind::Integer(i64::from(*value)), Type::I64),
            AstExprKind::String(text) => {
                let bytes = text.as_bytes().to_vec();
                let size = bytes.len() as u32 + 1;
                typed(ExprKind::StringLiteral(bytes), Type::String { size })
            }
            AstExprKind::Identifier(name) => match self.context_builtin(scope, name, span) {
                Some(found) => found,
                None => self.builtin(name, span),
            },
            AstExprKind::Variable(name) => match scope.by_name.get(name) {
                Some(id) => typed(ExprKind::Variable(*id), scope.variables[id.0].ty),
                None => {
                    self.error(
                        span,
                        format!("variable ${name} is used before it is assigned"),
                    );
                    None
                }
            },
            AstExprKind::Map { name, keys } => {
                let keys = self.map_keys(scope, keys).ok()?;
                let Some(id) = self.map_ids.get(&name.text).copied() else {
                    self.error(span, format!("undefined map: @{}", name.text));
                    return None;
                };
                match self.maps[id.0].value {
                    MapValueType::Aggregate(aggregate) => {
                        self.unsupported(
                            span,
                            &format!("reading a {}() map inside a probe", aggregate.name()),
                        );
                        None
                    }
                    MapValueType::Plain(ty) => {
                        self.map(name, map_key_type(&keys), MapValueType::Plain(ty), span)?;
                        typed(ExprKind::MapRead { map: id, keys }, ty)
                    }
                }
            }
            AstExprKind::Positional(index) => {
                let Ok(index) = u32::try_from(*index).map(|index| index.min(MAX_POSITIONAL)) else {
                    return None;
                };
                if index >= MAX_POSITIONAL {
                    self.error(
                        span,
                        format!("positional parameters go up to ${}", MAX_POSITIONAL - 1),
                    );
                    return None;
                }
                self.positional_parameters = self.positional_parameters.max(index);
                self.numeric_positional_parameters.insert(index);
                typed(ExprKind::Positional(index), Type::I64)
            }
            AstExprKind::PositionalCount => typed(ExprKind::PositionalCount, Type::I64),
            AstExprKind::Call {
                name,
                name_span,
                arguments,
            } => {
                if matches!(name.as_str(), "printf" | "join" | "exit" | "count") {
                    self.error(
                        span,
                        format!("{name}() has no value; call it as a statement"),
                    );
                    return None;
                }
                self.call(scope, name, *name_span, arguments, span)
            }
            AstExprKind::Unary { operator, operand } => {
                let operand = self.expression(scope, operand)?;
                if !operand.ty.is_integer_like() {
                    self.error(
                        span,
                        format!(
                            "this operator needs an integer, not {}",
                            operand.ty.describe()
                        ),
                    );
                    return None;
                }
                match operator {
                    UnaryOperator::Negate => typed(ExprKind::Negate(Box::new(operand)), Type::I64),
                    UnaryOperator::BitwiseNot => {
                        let ty = integer_type(operand.ty);
                        typed(ExprKind::BitwiseNot(Box::new(operand)), ty)
                    }
                    UnaryOperator::LogicalNot => {
                        typed(ExprKind::LogicalNot(Box::new(operand)), Type::I64)
                    }
                }
            }
            AstExprKind::Binary {
                operator,
                left,
                right,
            } => self.binary(scope, *operator, left, right, span),
            AstExprKind::Ternary {
                condition,
                then: Some(then),
                otherwise,
            } => {
                let condition = self.condition(scope, condition)?;
                let then = self.expression(scope, then)?;
                let otherwise = self.expression(scope, otherwise)?;
                if !(then.ty.is_integer_like() && otherwise.ty.is_integer_like()) {
                    self.unsupported(span, "ternaries whose branches are not integers");
                    return None;
                }
                let ty = combined_integer(&then, &otherwise);
                typed(
                    ExprKind::Ternary {
                        condition: Box::new(condition),
                        then: Box::new(then),
                        otherwise: Box::new(otherwise),
                    },
                    ty,
                )
            }
            AstExprKind::Ternary { then: None, .. } => {
                self.unsupported(span, "the `?:` operator");
                None
            }
            AstExprKind::FieldAccess { base, field, .. } => {
                self.field_access(scope, base, field, span)
            }
            AstExprKind::Cast { target, operand } => self.cast(scope, target, operand, span),
            AstExprKind::Sizeof(_) => self.unsupported_none(span, "sizeof"),
            AstExprKind::Offsetof { .. } => self.unsupported_none(span, "offsetof"),
            AstExprKind::Typeinfo(_) => self.unsupported_none(span, "typeinfo"),
            AstExprKind::Comptime(_) => self.unsupported_none(span, "comptime"),
            AstExprKind::TupleIndex { .. } => self.unsupported_none(span, "tuple indexing"),
            AstExprKind::Index { .. } => self.unsupported_none(span, "array indexing"),
            AstExprKind::AddressOf(_) => self.unsupported_none(span, "the address-of operator"),
            AstExprKind::Dereference(_) => self.unsupported_none(span, "pointer dereference"),
            AstExprKind::Tuple(_) => self.unsupported_none(span, "tuples"),
            AstExprKind::Record(_) => self.unsupported_none(span, "records"),
            AstExprKind::Block(_) => self.unsupported_none(span, "block expressions"),
            AstExprKind::If(_) => self.unsupported_none(span, "if expressions"),
            AstExprKind::PreIncrement(_)
            | AstExprKind::PostIncrement(_)
            | AstExprKind::PreDecrement(_)
            | AstExprKind::PostDecrement(_) => {
                self.unsupported_none(span, "`++` and `--` inside expressions")
            }
        }
    }

    fn unsupported_none(&mut self, span: Span, feature: &str) -> Option<Expr> {
        self.unsupported(span, feature);
        None
    }

    /// `curtask`, and `ppid` and `pcomm`, which read the current task's parent.
    fn task_builtin(&mut self, name: &str, span: Span) -> Option<Expr> {
        let types = self.kernel_types(span)?;
        let Some(task) = types.composite("task_struct", false) else {
            self.error(
                span,
                format!(
                    "the kernel types in {} have no struct task_struct",
                    types.path.display()
                ),
            );
            return None;
        };
        let current = Expr {
            kind: ExprKind::Builtin(Builtin::CurrentTask),
            ty: Type::Pointer {
                user: false,
                depth: 1,
                pointee: Some(task),
            },
            span,
        };
        if name == "curtask" {
            return Some(current);
        }
        let read = |pointer: Expr, field: &str, ty: Type| -> Option<Expr> {
            let found = types.field(task, field)?;
            Some(Expr {
                kind: ExprKind::KernelRead {
                    pointer: Box::new(pointer),
                    offset: found.offset,
                    access: crate::ir::CoreAccess {
                        root: task,
                        path: found.path,
                    },
                },
                ty,
                span,
            })
        };
        let parent = read(
            current,
            "real_parent",
            Type::Pointer {
                user: false,
                depth: 1,
                pointee: Some(task),
            },
        );
        let value = match name {
            "ppid" => parent.and_then(|parent| {
                read(
                    parent,
                    "tgid",
                    Type::Integer {
                        bits: 32,
                        signed: true,
                    },
                )
            }),
            _ => parent.and_then(|parent| read(parent, "comm", Type::String { size: 16 })),
        };
        if value.is_none() {
            self.error(
                span,
                format!("the kernel's struct task_struct lacks the fields `{name}` needs"),
            );
        }
        value
    }

    /// The builtins whose meaning depends on the probe: `argN`, `retval`, `func` and
    /// `probe`. `None` when `name` is none of them; `Some(None)` after an error.
    fn context_builtin(&mut self, scope: &Scope, name: &str, span: Span) -> Option<Option<Expr>> {
        let string = |text: &str| Expr {
            kind: ExprKind::StringLiteral(text.as_bytes().to_vec()),
            ty: Type::String {
                size: text.len() as u32 + 1,
            },
            span,
        };
        let argument = name
            .strip_prefix("arg")
            .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|rest| rest.parse::<u32>().ok());
        let field = |offset: u32, signed: bool| Expr {
            kind: ExprKind::ContextField {
                offset,
                size: 8,
                signed,
            },
            ty: if signed { Type::I64 } else { Type::U64 },
            span,
        };
        if matches!(name, "curtask" | "ppid" | "pcomm") {
            return Some(self.task_builtin(name, span));
        }
        match (name, argument, &scope.context) {
            ("probe", _, _) => Some(Some(string(&scope.probe_name))),
            ("func", _, _) => match &scope.function {
                Some(function) => Some(Some(string(function))),
                None => {
                    self.error(span, "`func` is only available in probes on a function (kprobe, uprobe, fentry, ...)");
                    Some(None)
                }
            },
            (
                _,
                Some(index),
                ProbeContext::Registers {
                    return_probe: false,
                    ..
                },
            ) => match PT_REGS_ARGUMENTS.get(index as usize) {
                Some(offset) => Some(Some(field(*offset, false))),
                None => {
                    self.unsupported(span, "arguments past arg5 (they are on the stack)");
                    Some(None)
                }
            },
            (
                _,
                Some(index),
                ProbeContext::Arguments {
                    return_probe: false,
                },
            ) if index < 12 => Some(Some(field(index * 8, false))),
            (
                "retval",
                _,
                ProbeContext::Registers {
                    return_probe: true, ..
                },
            ) => Some(Some(field(PT_REGS_RETURN_VALUE, true))),
            ("retval", _, ProbeContext::Arguments { return_probe: true }) => {
                // fexit's context holds the arguments, then the return value.
                let function = scope.function.clone().unwrap_or_default();
                let Some(types) = self.kernel_types(span) else {
                    return Some(None);
                };
                match types.parameter_count(&function) {
                    Some(count) => Some(Some(field(count as u32 * 8, true))),
                    None => {
                        self.error(
                            span,
                            format!(
                                "the kernel types in {} have no function {function}",
                                types.path.display()
                            ),
                        );
                        Some(None)
                    }
                }
            }
            ("retval", _, _) => {
                self.error(
                    span,
                    "`retval` is only available in return probes (kretprobe, uretprobe, fexit)",
                );
                Some(None)
            }
            (_, Some(_), _) => {
                self.error(span, format!("`{name}` is only available in kprobe, uprobe, rawtracepoint and fentry probes"));
                Some(None)
            }
            _ => None,
        }
    }

    fn builtin(&mut self, name: &str, span: Span) -> Option<Expr> {
        let constant = self
            .defines
            .get(name)
            .copied()
            .or_else(|| constants::uapi(name));
        if let Some(value) = constant
            && !SUPPORTED_BUILTINS.iter().any(|(known, _)| *known == name)
        {
            return Some(Expr {
                kind: ExprKind::Integer(value),
                ty: Type::I64,
                span,
            });
        }
        if let Some((_, builtin)) = SUPPORTED_BUILTINS.iter().find(|(known, _)| *known == name) {
            let ty = match builtin {
                Builtin::Pid | Builtin::Tid | Builtin::Cpu => Type::U32,
                Builtin::Uid | Builtin::Gid | Builtin::Nsecs | Builtin::Elapsed => Type::U64,
                Builtin::Comm => Type::String { size: 16 },
                Builtin::CurrentTask => unreachable!("curtask is typed by task_builtin"),
            };
            return Some(Expr {
                kind: ExprKind::Builtin(*builtin),
                ty,
                span,
            });
        }
        let is_argument = name
            .strip_prefix("arg")
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()));
        if UNSUPPORTED_BUILTINS.contains(&name) || is_argument {
            self.unsupported(span, &format!("the builtin `{name}`"));
            return None;
        }
        if name == "args" {
            self.error(
                span,
                "`args` must be followed by a field, e.g. args.filename",
            );
            return None;
        }
        let mut diagnostic = Diagnostic::error(span, format!("unknown builtin `{name}`"));
        let candidates = SUPPORTED_BUILTINS
            .iter()
            .map(|(known, _)| *known)
            .chain(UNSUPPORTED_BUILTINS.iter().copied());
        if let Some(close) = suggestion(name, candidates) {
            diagnostic = diagnostic.with_help(format!("did you mean `{close}`?"));
        }
        self.diagnostics.push(diagnostic);
        None
    }

    fn call(
        &mut self,
        scope: &mut Scope,
        name: &str,
        name_span: Span,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        if SUPPORTED_BUILTINS.iter().any(|(known, _)| *known == name) {
            if !arguments.is_empty() {
                self.unsupported(span, &format!("`{name}` with arguments"));
                return None;
            }
            let mut value = self.builtin(name, name_span)?;
            value.span = span;
            return Some(value);
        }
        match name {
            "has_key" => {
                let expressions = self.call_expressions(arguments, span)?;
                let (map, _) = self.existing_map(arguments.first(), name, span)?;
                if expressions.len() < 2 {
                    self.error(span, "has_key() takes a map and a key");
                    return None;
                }
                let keys: Vec<ast::Expr> =
                    expressions[1..].iter().map(|key| (*key).clone()).collect();
                let keys = self.existing_map_keys(scope, map, &keys, span)?;
                Some(Expr {
                    kind: ExprKind::HasKey { map, keys },
                    ty: Type::I64,
                    span,
                })
            }
            "bswap" => {
                let expressions = self.call_expressions(arguments, span)?;
                let [value] = expressions.as_slice() else {
                    self.error(span, "bswap() takes one integer");
                    return None;
                };
                let value = self.expression(scope, value)?;
                let ty = match value.ty {
                    Type::Integer { .. } => value.ty,
                    Type::Pointer { .. } => Type::U64,
                    other => {
                        self.error(
                            value.span,
                            format!("bswap() needs an integer, not {}", other.describe()),
                        );
                        return None;
                    }
                };
                Some(Expr {
                    kind: ExprKind::ByteSwap(Box::new(value)),
                    ty,
                    span,
                })
            }
            "ntop" => {
                let expressions = self.call_expressions(arguments, span)?;
                let (family, address) = match expressions.as_slice() {
                    [address] => (None, *address),
                    [family, address] => (Some(*family), *address),
                    _ => {
                        self.error(
                            span,
                            "ntop() takes an optional address family and an address",
                        );
                        return None;
                    }
                };
                let family = match family {
                    Some(family) => {
                        let family = self.expression(scope, family)?;
                        if !family.ty.is_integer_like() {
                            self.error(
                                family.span,
                                "ntop()'s address family must be an integer (AF_INET, AF_INET6)",
                            );
                            return None;
                        }
                        Some(Box::new(family))
                    }
                    None => None,
                };
                let address = self.expression(scope, address)?;
                match address.ty {
                    Type::Integer { .. } | Type::Pointer { .. } | Type::String { size: 4 | 16 } => {
                    }
                    other => {
                        self.error(
                            address.span,
                            format!(
                                "ntop() needs a 4-byte or 16-byte address, not {}",
                                other.describe()
                            ),
                        );
                        return None;
                    }
                }
                Some(Expr {
                    kind: ExprKind::Ntop {
                        family,
                        address: Box::new(address),
                    },
                    ty: Type::Inet,
                    span,
                })
            }
            "strftime" => {
                let expressions = self.call_expressions(arguments, span)?;
                let [format, nanoseconds] = expressions.as_slice() else {
                    self.error(
                        span,
                        "strftime() takes a format string literal and a time in nanoseconds",
                    );
                    return None;
                };
                let AstExprKind::String(format) = &format.kind else {
                    self.error(format.span, "strftime()'s format must be a string literal");
                    return None;
                };
                let nanoseconds = self.expression(scope, nanoseconds)?;
                if !nanoseconds.ty.is_integer_like() {
                    self.error(
                        nanoseconds.span,
                        "strftime() needs a time in nanoseconds (nsecs)",
                    );
                    return None;
                }
                Some(Expr {
                    kind: ExprKind::Strftime {
                        format: format.clone(),
                        nanoseconds: Box::new(nanoseconds),
                    },
                    ty: Type::Timestamp,
                    span,
                })
            }
            "str" => {
                let expressions = self.call_expressions(arguments, span)?;
                let (pointer, size) = match expressions.as_slice() {
                    [pointer] => (*pointer, self.options.max_string_length),
                    [pointer, length] => match &length.kind {
                        AstExprKind::Integer(length) if *length > 0 => (
                            *pointer,
                            (*length as u32).min(self.options.max_string_length),
                        ),
                        _ => {
                            self.unsupported(
                                length.span,
                                "a str() length that is not a positive literal",
                            );
                            return None;
                        }
                    },
                    _ => {
                        self.error(span, "str() takes a pointer and an optional length");
                        return None;
                    }
                };
                if let AstExprKind::Positional(index) = pointer.kind {
                    let index = u32::try_from(index).unwrap_or(u32::MAX);
                    if index >= MAX_POSITIONAL {
                        self.error(
                            pointer.span,
                            format!("positional parameters go up to ${}", MAX_POSITIONAL - 1),
                        );
                        return None;
                    }
                    self.positional_parameters = self.positional_parameters.max(index);
                    let size = (btc_payload::POSITIONAL_STRING_SIZE as u32).min(size);
                    return Some(Expr {
                        kind: ExprKind::PositionalString(index),
                        ty: Type::String { size },
                        span,
                    });
                }
                let pointer = self.expression(scope, pointer)?;
                let space = match pointer.ty {
                    Type::Pointer { user: true, .. } => AddressSpace::User,
                    Type::Pointer { .. } => AddressSpace::Kernel,
                    Type::Integer { .. } => scope.context.address_space(),
                    other => {
                        self.error(
                            pointer.span,
                            format!("str() needs an address, not {}", other.describe()),
                        );
                        return None;
                    }
                };
                Some(Expr {
                    kind: ExprKind::Str {
                        pointer: Box::new(pointer),
                        space,
                    },
                    ty: Type::String { size },
                    span,
                })
            }
            _ if UNSUPPORTED_FUNCTIONS.contains(&name) => {
                self.unsupported(name_span, &format!("the function `{name}()`"));
                None
            }
            _ => {
                let mut diagnostic =
                    Diagnostic::error(name_span, format!("unknown function `{name}()`"));
                let candidates = ["printf", "join", "exit", "str", "count"]
                    .into_iter()
                    .chain(UNSUPPORTED_FUNCTIONS.iter().copied());
                if let Some(close) = suggestion(name, candidates) {
                    diagnostic = diagnostic.with_help(format!("did you mean `{close}()`?"));
                }
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    /// The arguments of a call, all of which must be expressions.
    fn call_expressions<'a>(
        &mut self,
        arguments: &'a [ast::CallArgument],
        span: Span,
    ) -> Option<Vec<&'a ast::Expr>> {
        let mut expressions = Vec::with_capacity(arguments.len());
        for argument in arguments {
            match argument {
                ast::CallArgument::Expression(expression) => expressions.push(expression),
                ast::CallArgument::Type(_) => {
                    self.error(span, "a type is not a valid argument here");
                    return None;
                }
            }
        }
        Some(expressions)
    }

    fn binary(
        &mut self,
        scope: &mut Scope,
        operator: BinaryOperator,
        left: &ast::Expr,
        right: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let left = self.expression(scope, left);
        let right = self.expression(scope, right);
        let (left, right) = (left?, right?);
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        let comparison = match operator {
            BinaryOperator::Equal => Some(Comparison::Equal),
            BinaryOperator::NotEqual => Some(Comparison::NotEqual),
            BinaryOperator::Less => Some(Comparison::Less),
            BinaryOperator::LessEqual => Some(Comparison::LessEqual),
            BinaryOperator::Greater => Some(Comparison::Greater),
            BinaryOperator::GreaterEqual => Some(Comparison::GreaterEqual),
            _ => None,
        };
        let is_string = |expression: &Expr| matches!(expression.ty, Type::String { .. });
        if is_string(&left) || is_string(&right) {
            let negated = match comparison {
                Some(Comparison::Equal) => false,
                Some(Comparison::NotEqual) => true,
                _ => {
                    self.error(
                        span,
                        format!(
                            "the operator `{}` does not apply to strings",
                            operator.symbol()
                        ),
                    );
                    return None;
                }
            };
            let (string, literal) = match (&left.kind, &right.kind) {
                (_, ExprKind::StringLiteral(literal)) if is_string(&left) => {
                    (left.clone(), literal.clone())
                }
                (ExprKind::StringLiteral(literal), _) if is_string(&right) => {
                    (right.clone(), literal.clone())
                }
                _ if is_string(&left) && is_string(&right) => {
                    self.unsupported(span, "comparing two strings that are not literals");
                    return None;
                }
                _ => {
                    self.error(
                        span,
                        format!(
                            "cannot compare {} with {}",
                            left.ty.describe(),
                            right.ty.describe()
                        ),
                    );
                    return None;
                }
            };
            return typed(
                ExprKind::StringEquals {
                    string: Box::new(string),
                    literal,
                    negated,
                },
                Type::I64,
            );
        }
        if !(left.ty.is_integer_like() && right.ty.is_integer_like()) {
            self.error(
                span,
                format!(
                    "the operator `{}` needs integers, not {} and {}",
                    operator.symbol(),
                    left.ty.describe(),
                    right.ty.describe()
                ),
            );
            return None;
        }
        if let Some(comparison) = comparison {
            let signed = combined_integer(&left, &right).is_signed();
            return typed(
                ExprKind::Compare {
                    comparison,
                    left: Box::new(left),
                    right: Box::new(right),
                    signed,
                },
                Type::I64,
            );
        }
        let arithmetic = match operator {
            BinaryOperator::LogicalAnd => {
                return typed(
                    ExprKind::LogicalAnd(Box::new(left), Box::new(right)),
                    Type::I64,
                );
            }
            BinaryOperator::LogicalOr => {
                return typed(
                    ExprKind::LogicalOr(Box::new(left), Box::new(right)),
                    Type::I64,
                );
            }
            BinaryOperator::Add => Arithmetic::Add,
            BinaryOperator::Subtract => Arithmetic::Subtract,
            BinaryOperator::Multiply => Arithmetic::Multiply,
            BinaryOperator::Divide => Arithmetic::Divide,
            BinaryOperator::Modulo => Arithmetic::Modulo,
            BinaryOperator::BitwiseAnd => Arithmetic::And,
            BinaryOperator::BitwiseOr => Arithmetic::Or,
            BinaryOperator::BitwiseXor => Arithmetic::Xor,
            BinaryOperator::ShiftLeft => Arithmetic::ShiftLeft,
            BinaryOperator::ShiftRight => Arithmetic::ShiftRight,
            _ => unreachable!("comparisons are handled above"),
        };
        if matches!(arithmetic, Arithmetic::Divide | Arithmetic::Modulo)
            && matches!(right.kind, ExprKind::Integer(0))
        {
            self.error(right.span, "division by zero");
            return None;
        }
        // bpftrace 0.26: a difference is signed; otherwise a literal takes the other side's
        // signedness, and two typed operands are signed only when both are.
        let ty = if arithmetic == Arithmetic::Subtract {
            Type::I64
        } else {
            combined_integer(&left, &right)
        };
        typed(
            ExprKind::Binary {
                operation: arithmetic,
                left: Box::new(left),
                right: Box::new(right),
            },
            ty,
        )
    }

    /// The kernel types, loaded on first use.
    fn kernel_types(&mut self, span: Span) -> Option<Rc<KernelTypes>> {
        if let Some(types) = &self.kernel_types {
            return Some(types.clone());
        }
        let path = self
            .options
            .btf
            .clone()
            .unwrap_or_else(|| PathBuf::from(kernel_types::VMLINUX_BTF));
        match KernelTypes::load(&path) {
            Ok(types) => {
                let types = Rc::new(types);
                self.kernel_types = Some(types.clone());
                Some(types)
            }
            Err(error) => {
                self.diagnostics
                    .push(Diagnostic::error(span, error).with_help(
                    "kernel types come from BTF: build on a kernel with /sys/kernel/btf/vmlinux, \
                     or pass the target kernel's BTF with `btc build --btf FILE`",
                ));
                None
            }
        }
    }

    /// `pointer->field` (or `.field`) on a pointer to a kernel struct, or `.field` on an
    /// embedded struct reached that way.
    fn kernel_field(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        field: &ast::Name,
        span: Span,
    ) -> Option<Expr> {
        let (pointer, composite, offset, mut path, root) = self.kernel_place(scope, base)?;
        let types = self.kernel_types(span)?;
        let Some(found) = types.field(composite, &field.text) else {
            let mut diagnostic = Diagnostic::error(
                field.span,
                format!(
                    "struct {} has no field `{}`",
                    types.name(composite),
                    field.text
                ),
            );
            let names = types.field_names(composite);
            if let Some(close) = suggestion(&field.text, names.iter().map(String::as_str)) {
                diagnostic = diagnostic.with_help(format!("did you mean `{close}`?"));
            }
            self.diagnostics.push(diagnostic.with_note(format!(
                "kernel types were read from {}",
                types.path.display()
            )));
            return None;
        };
        path.extend(&found.path);
        let offset = offset + found.offset;
        let ty = match found.kind {
            FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } => {
                Type::Integer {
                    bits: (bytes * 8) as u8,
                    signed,
                }
            }
            FieldKind::Pointer { to_composite } => Type::Pointer {
                user: false,
                depth: 1,
                pointee: to_composite,
            },
            FieldKind::CharArray { length } => Type::String { size: length },
            FieldKind::Composite { .. } => {
                self.error(
                    span,
                    format!("`{}` is a struct: read one of its fields", field.text),
                );
                return None;
            }
            FieldKind::Unsupported => {
                self.unsupported(
                    span,
                    &format!(
                        "reading the field `{}` (bitfields, arrays and other kinds)",
                        field.text
                    ),
                );
                return None;
            }
        };
        let access = crate::ir::CoreAccess { root, path };
        Some(Expr {
            kind: ExprKind::KernelRead {
                pointer: Box::new(pointer),
                offset,
                access,
            },
            ty,
            span,
        })
    }

    /// Where a field access starts: the pointer read through, the struct the field is in,
    /// the byte offset and member path of that struct from the pointer's root struct, and
    /// the root struct itself.
    fn kernel_place(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
    ) -> Option<(Expr, u32, u32, Vec<u32>, u32)> {
        // `a->b.c` where `b` is an embedded struct: keep walking from `a`'s struct.
        if let AstExprKind::FieldAccess {
            base: inner, field, ..
        } = &base.kind
            && !matches!(&inner.kind, AstExprKind::Identifier(name) if name == "args")
        {
            let (pointer, composite, offset, mut path, root) = self.kernel_place(scope, inner)?;
            let types = self.kernel_types(base.span)?;
            if let Some(found) = types.field(composite, &field.text)
                && let FieldKind::Composite { id } = found.kind
            {
                path.extend(&found.path);
                return Some((pointer, id, offset + found.offset, path, root));
            }
        }
        let pointer = self.expression(scope, base)?;
        match pointer.ty {
            Type::Pointer {
                pointee: Some(composite),
                user: false,
                ..
            } => Some((pointer, composite, 0, Vec::new(), composite)),
            Type::Pointer {
                user: true,
                pointee: Some(_),
                ..
            } => {
                self.unsupported(base.span, "fields of structs in user memory");
                None
            }
            other => {
                self.diagnostics.push(
                    Diagnostic::error(base.span, format!("cannot read a field of a {}", other.describe()))
                        .with_help("cast an address to a struct pointer first, e.g. ((struct sock *)arg0)->sk_family"),
                );
                None
            }
        }
    }

    /// `(type) value`: a struct or union pointer type retypes an address; an integer
    /// type truncates and extends.
    fn cast(
        &mut self,
        scope: &mut Scope,
        target: &ast::TypeSpecifier,
        operand: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let ast::TypeSpecifier::Name(name) = target else {
            self.unsupported(span, "casts to typeof(...)");
            return None;
        };
        let value = self.expression(scope, operand)?;
        if !value.ty.is_integer_like() {
            self.error(value.span, format!("cannot cast a {}", value.ty.describe()));
            return None;
        }
        match (&name.base, name.suffixes.as_slice()) {
            (
                ast::TypeBase::Struct(struct_name) | ast::TypeBase::Union(struct_name),
                [ast::TypeSuffix::Pointer],
            ) => {
                let union = matches!(name.base, ast::TypeBase::Union(_));
                let types = self.kernel_types(span)?;
                let Some(composite) = types.composite(struct_name, union) else {
                    let keyword = if union { "union" } else { "struct" };
                    self.diagnostics.push(
                        Diagnostic::error(
                            name.span,
                            format!("unknown type {keyword} {struct_name}"),
                        )
                        .with_note(format!(
                            "kernel types were read from {}",
                            types.path.display()
                        )),
                    );
                    return None;
                };
                let user = matches!(value.ty, Type::Pointer { user: true, .. });
                Some(Expr {
                    ty: Type::Pointer {
                        user,
                        depth: 1,
                        pointee: Some(composite),
                    },
                    ..value
                })
            }
            (ast::TypeBase::Named(integer), []) => {
                let (bits, signed) = match integer.as_str() {
                    "int8" | "int8_t" | "char" => (8, true),
                    "uint8" | "uint8_t" | "u8" | "bool" => (8, false),
                    "int16" | "int16_t" | "short" | "s16" => (16, true),
                    "uint16" | "uint16_t" | "u16" => (16, false),
                    "int32" | "int32_t" | "int" | "s32" => (32, true),
                    "uint32" | "uint32_t" | "u32" | "unsigned int" => (32, false),
                    "int64" | "int64_t" | "long" | "s64" => (64, true),
                    "uint64" | "uint64_t" | "u64" | "unsigned long" | "size_t" => (64, false),
                    _ => {
                        self.unsupported(name.span, &format!("casts to `{integer}`"));
                        return None;
                    }
                };
                Some(Expr {
                    kind: ExprKind::IntegerCast {
                        value: Box::new(value),
                        bits,
                        signed,
                    },
                    ty: Type::Integer { bits, signed },
                    span,
                })
            }
            _ => {
                self.unsupported(span, "casts to this type");
                None
            }
        }
    }

    fn field_access(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        field: &ast::Name,
        span: Span,
    ) -> Option<Expr> {
        if !matches!(&base.kind, AstExprKind::Identifier(name) if name == "args") {
            return self.kernel_field(scope, base, field, span);
        }
        let ProbeContext::Tracepoint(format) = &scope.context else {
            self.error(
                base.span,
                "`args` is only available in tracepoint probes here",
            );
            return None;
        };
        let Some(found) = format.field(&field.text).cloned() else {
            let known: Vec<&str> = format
                .fields
                .iter()
                .map(|field| field.name.as_str())
                .collect();
            let message = format!(
                "tracepoint {}:{} has no field `{}`",
                format.category, format.event, field.text
            );
            self.diagnostics.push(
                Diagnostic::error(field.span, message)
                    .with_help(format!("its fields are: {}", known.join(", "))),
            );
            return None;
        };
        let user = format.category == "syscalls";
        if found.data_location {
            self.unsupported(span, "__data_loc tracepoint fields");
            return None;
        }
        if found.is_char_array() {
            return Some(Expr {
                kind: ExprKind::ContextString {
                    offset: found.offset,
                    size: found.size,
                },
                ty: Type::String { size: found.size },
                span,
            });
        }
        if found.c_type.contains('[') {
            self.unsupported(span, "array tracepoint fields");
            return None;
        }
        let ty = if found.is_pointer() {
            Type::Pointer {
                user,
                depth: found.pointer_depth() as u8,
                pointee: None,
            }
        } else if matches!(found.size, 1 | 2 | 4 | 8) {
            Type::Integer {
                bits: (found.size * 8) as u8,
                signed: found.signed,
            }
        } else {
            self.unsupported(span, &format!("tracepoint fields of {} bytes", found.size));
            return None;
        };
        Some(Expr {
            kind: ExprKind::ContextField {
                offset: found.offset,
                size: found.size,
                signed: found.signed,
            },
            ty,
            span,
        })
    }

    /// `print`, `clear`, `zero`, `delete` and `time` as statements.
    fn map_function(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let whole_map = match expressions.first().map(|argument| &argument.kind) {
            Some(AstExprKind::Map { keys, .. }) => keys.is_empty(),
            _ => false,
        };
        let action = match function {
            "time" => {
                let format = match expressions.as_slice() {
                    [] => "%H:%M:%S\n".to_string(),
                    [
                        ast::Expr {
                            kind: AstExprKind::String(format),
                            ..
                        },
                    ] => format.clone(),
                    _ => {
                        self.error(
                            span,
                            "time() takes an optional strftime format string literal",
                        );
                        return None;
                    }
                };
                btc_payload::Action::Time { format }
            }
            "print" if !whole_map => {
                let [value] = expressions.as_slice() else {
                    self.error(span, "print() of a value takes exactly one argument");
                    return None;
                };
                let value = self.expression(scope, value)?;
                let Some(ty) = value.value_type() else {
                    self.error(value.span, "print() needs a value");
                    return None;
                };
                let action = self.push_action(btc_payload::Action::PrintValue { ty });
                return Some(Statement::PrintValue {
                    action,
                    value,
                    span,
                });
            }
            "print" => {
                let (map, _) = self.existing_map(arguments.first(), function, span)?;
                let mut literal = |index: usize| -> Option<u64> {
                    match expressions.get(index).map(|argument| &argument.kind) {
                        None => Some(0),
                        Some(AstExprKind::Integer(value)) => Some(*value),
                        Some(_) => {
                            self.error(
                                expressions[index].span,
                                "print()'s top and divisor must be integer literals",
                            );
                            None
                        }
                    }
                };
                if expressions.len() > 3 {
                    self.error(
                        span,
                        "print() takes a map, an optional top count and an optional divisor",
                    );
                    return None;
                }
                let (top, divisor) = (literal(1)?, literal(2)?);
                btc_payload::Action::PrintMap {
                    map: map.0,
                    top,
                    divisor: divisor.max(1),
                }
            }
            "clear" | "zero" => {
                if expressions.len() != 1 || !whole_map {
                    self.error(span, format!("{function}() takes one map, without a key"));
                    return None;
                }
                let (map, _) = self.existing_map(arguments.first(), function, span)?;
                if function == "clear" {
                    btc_payload::Action::ClearMap { map: map.0 }
                } else {
                    btc_payload::Action::ZeroMap { map: map.0 }
                }
            }
            "delete" => {
                let (map, written_keys) = self.existing_map(arguments.first(), function, span)?;
                let keys: Vec<ast::Expr> = match (written_keys.is_empty(), &expressions[1..]) {
                    (false, []) => written_keys,
                    (true, rest) if !rest.is_empty() => {
                        rest.iter().map(|key| (*key).clone()).collect()
                    }
                    (true, []) => Vec::new(),
                    _ => {
                        self.error(
                            span,
                            "delete() takes a map and a key: delete(@m, key) or delete(@m[key])",
                        );
                        return None;
                    }
                };
                let keys = self.existing_map_keys(scope, map, &keys, span)?;
                return Some(Statement::MapDelete { map, keys, span });
            }
            _ => unreachable!("called for print, clear, zero, delete and time only"),
        };
        let action = self.push_action(action);
        Some(Statement::Notify { action, span })
    }

    fn push_action(&mut self, action: btc_payload::Action) -> usize {
        self.actions.push(action);
        self.actions.len() - 1
    }

    fn printf(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let Some((format_expression, values)) = expressions.split_first() else {
            self.error(span, "printf() needs a format string");
            return None;
        };
        let AstExprKind::String(text) = &format_expression.kind else {
            self.error(
                format_expression.span,
                "printf()'s format must be a string literal",
            );
            return None;
        };
        let format = match Format::parse(text) {
            Ok(format) => format,
            Err(error) => {
                self.error(
                    format_expression.span,
                    format!("invalid printf format: {}", error.message),
                );
                return None;
            }
        };
        let conversions: Vec<ConversionKind> = format
            .conversions()
            .map(|conversion| conversion.kind)
            .collect();
        if conversions.len() != values.len() {
            self.error(
                span,
                format!(
                    "printf: the format has {} conversion{} but {} argument{} {} given",
                    conversions.len(),
                    if conversions.len() == 1 { "" } else { "s" },
                    values.len(),
                    if values.len() == 1 { "" } else { "s" },
                    if values.len() == 1 { "is" } else { "are" },
                ),
            );
            return None;
        }
        let mut record_arguments = Vec::new();
        let mut fields = Vec::new();
        let mut offset = 8u32;
        let mut failed = false;
        for (value, conversion) in values.iter().zip(&conversions) {
            let Some(value) = self.expression(scope, value) else {
                failed = true;
                continue;
            };
            let accepted = match conversion {
                ConversionKind::String => value.ty != Type::Void,
                kind if kind.is_integer() => value.ty.is_integer_like(),
                _ => false,
            };
            if !accepted {
                self.error(
                    value.span,
                    format!(
                        "printf: this conversion cannot print a value of type {}",
                        value.ty.describe()
                    ),
                );
                failed = true;
                continue;
            }
            let Some(value_type) = value.value_type() else {
                continue;
            };
            let size = value_type.size() as u32;
            offset = offset.next_multiple_of(8);
            fields.push(btc_payload::Field {
                offset,
                ty: value_type,
            });
            record_arguments.push(RecordArgument { value, offset });
            offset += size;
        }
        if failed {
            return None;
        }
        let action = self.actions.len();
        self.actions.push(btc_payload::Action::Printf {
            format,
            arguments: fields,
        });
        Some(Statement::Printf {
            action,
            arguments: record_arguments,
            record_size: offset.next_multiple_of(8),
            span,
        })
    }

    fn join(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let (array, separator) = match expressions.as_slice() {
            [array] => (*array, " ".to_string()),
            [array, separator] => match &separator.kind {
                AstExprKind::String(text) => (*array, text.clone()),
                _ => {
                    self.error(
                        separator.span,
                        "join()'s separator must be a string literal",
                    );
                    return None;
                }
            },
            _ => {
                self.error(
                    span,
                    "join() takes an array of strings and an optional separator",
                );
                return None;
            }
        };
        let pointer = self.expression(scope, array)?;
        let space = match pointer.ty {
            Type::Pointer { user: true, .. } => AddressSpace::User,
            Type::Pointer { .. } => AddressSpace::Kernel,
            Type::Integer { .. } => scope.context.address_space(),
            other => {
                self.error(
                    pointer.span,
                    format!(
                        "join() needs an array of string pointers, not {}",
                        other.describe()
                    ),
                );
                return None;
            }
        };
        let action = self.actions.len();
        self.actions.push(btc_payload::Action::Join {
            separator,
            max_elements: JOIN_MAX_ELEMENTS,
            element_size: JOIN_ELEMENT_SIZE,
        });
        Some(Statement::Join {
            action,
            pointer,
            space,
            max_elements: JOIN_MAX_ELEMENTS,
            element_size: JOIN_ELEMENT_SIZE,
            span,
        })
    }

    fn exit(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        if scope.loop_depth > 0 {
            self.error(span, "exit() is not allowed inside a loop (as in bpftrace); set a flag and exit after it");
            return None;
        }
        let code = match expressions.as_slice() {
            [] => Expr {
                kind: ExprKind::Integer(0),
                ty: Type::I64,
                span,
            },
            [code] => {
                let code = self.expression(scope, code)?;
                if !code.ty.is_integer_like() {
                    self.error(code.span, "exit() takes an integer exit code");
                    return None;
                }
                code
            }
            _ => {
                self.error(span, "exit() takes at most one argument");
                return None;
            }
        };
        let action = match self
            .actions
            .iter()
            .position(|action| *action == btc_payload::Action::Exit)
        {
            Some(existing) => existing,
            None => {
                self.actions.push(btc_payload::Action::Exit);
                self.actions.len() - 1
            }
        };
        Some(Statement::Exit { action, code, span })
    }
}

/// Whether a variable holding `previous` can be assigned `next`.
fn compatible(previous: Type, next: Type) -> bool {
    match (previous, next) {
        (Type::String { .. }, Type::String { .. }) | (Type::Inet, Type::Inet) => true,
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
        (Type::Pointer { .. }, new) if new.is_integer_like() => Some(Type::U64),
        _ => None,
    }
}
