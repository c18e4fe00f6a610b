//! `btc list [PATTERN]`: the probes this machine offers, like `bpftrace -l`.
//!
//! In: an optional pattern with `*` and `?` wildcards (`tracepoint:sched:*`, `kprobe:vfs_*`,
//! `uprobe:/bin/bash:read*`; provider aliases such as `t:` and `k:` are accepted; a pattern
//! without `:` matches the last part of any probe, so `sched_switch` means `*:sched_switch`).
//! Out: one probe per line, sorted and without duplicates; with `-v`, a tracepoint is followed
//! by its fields (`    type name`, as `bpftrace -lv` prints them).
//!
//! Sources, each read once and only when the pattern can match its provider:
//! * `tracepoint:CAT:EVENT`: tracefs `available_events` (what bpftrace lists; the events
//!   directory is walked only when that file cannot be read); `-v` reads the matched
//!   `events/CAT/EVENT/format` files.
//! * `kprobe:F`, `kretprobe:F`: tracefs `available_filter_functions`; with a module part in
//!   the pattern (`kprobe:MODULE:F`), `kprobe:MODULE:F`, the module from the line's ` [mod]`
//!   suffix, `vmlinux` without one (bpftrace's forms).
//! * `fentry:MODULE:F`, `fexit:MODULE:F`: the same functions, restricted to those with a BTF
//!   `FUNC` in `/sys/kernel/btf/vmlinux` or the module's `/sys/kernel/btf/MODULE` (a
//!   trampoline needs the prototype) when those files are readable. As in bpftrace, the module
//!   is always listed, and a pattern without it (`fentry:vfs_*`) matches any module.
//! * `rawtracepoint:MODULE:E`: the `btf_trace_E` typedefs of the kernel's and modules' BTF,
//!   else the tracepoint event names (as `vmlinux:E`).
//! * `iter:NAME`: the iterators of the kernel's and modules' BTF, as bpftrace lists them: a
//!   `struct bpf_iter__NAME` context and its `bpf_iter_NAME` attach function.
//! * `software:EVENT:`, `hardware:EVENT:`: fixed lists (bpftrace's).
//! * `uprobe:PATH:F`, `uretprobe:PATH:F`: the function symbols (`STT_FUNC`, `STT_GNU_IFUNC`,
//!   defined) of the ELF file PATH, from `.symtab` and `.dynsym`. Only listed when the pattern
//!   names the provider and the path.
//! * `usdt:PATH:PROVIDER:NAME`: the `.note.stapsdt` probes of the ELF file PATH, when the
//!   pattern names the provider and the path.
//!
//! A source that cannot be read (no tracefs, `available_filter_functions` not readable as on
//! kernels without ftrace) contributes nothing; a warning is given when the pattern asked for
//! that provider by name.

use crate::tracepoint::wildcard_match;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// bpftrace's software events (`software:EVENT[:count]`), canonical names only.
pub const SOFTWARE_EVENTS: [&str; 11] = [
    "alignment-faults",
    "bpf-output",
    "context-switches",
    "cpu-clock",
    "cpu-migrations",
    "dummy",
    "emulation-faults",
    "major-faults",
    "minor-faults",
    "page-faults",
    "task-clock",
];

/// bpftrace's hardware events (`hardware:EVENT[:count]`), canonical names only.
pub const HARDWARE_EVENTS: [&str; 10] = [
    "backend-stalls",
    "branch-instructions",
    "branch-misses",
    "bus-cycles",
    "cache-misses",
    "cache-references",
    "cpu-cycles",
    "frontend-stalls",
    "instructions",
    "ref-cycles",
];

/// The listable providers with their aliases.
const PROVIDERS: [(&str, &[&str]); 12] = [
    ("fentry", &["f", "kfunc"]),
    ("fexit", &["fr", "kretfunc"]),
    ("hardware", &["h"]),
    ("iter", &["it"]),
    ("kprobe", &["k"]),
    ("kretprobe", &["kr"]),
    ("rawtracepoint", &["rt"]),
    ("software", &["s"]),
    ("tracepoint", &["t"]),
    ("uprobe", &["u"]),
    ("uretprobe", &["ur"]),
    ("usdt", &[]),
];

/// Where the kernel's lists live; [`Sources::system`] for this machine, other paths in tests.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The tracefs mount (holds `available_events`, `events/`, `available_filter_functions`).
    pub tracefs: Option<PathBuf>,
    /// The vmlinux BTF.
    pub btf: PathBuf,
}

impl Sources {
    pub fn system() -> Sources {
        Sources {
            tracefs: crate::tracepoint::tracefs().ok(),
            btf: PathBuf::from("/sys/kernel/btf/vmlinux"),
        }
    }
}

/// The result of a listing: sorted probe names, each with its detail lines (`-v`), and
/// warnings about sources that could not be read.
#[derive(Debug, Default)]
pub struct Listing {
    pub probes: BTreeMap<String, Vec<String>>,
    pub warnings: Vec<String>,
}

impl Listing {
    /// The text `btc list` prints.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (probe, details) in &self.probes {
            out.push_str(probe);
            out.push('\n');
            for line in details {
                let _ = writeln!(out, "    {line}");
            }
        }
        out
    }
}

fn has_wildcard(text: &str) -> bool {
    text.contains(['*', '?'])
}

/// Normalises a user pattern: `None` → `*`; no `:` → `*:PATTERN`; a provider alias → its
/// canonical name.
fn normalise(pattern: Option<&str>) -> String {
    let pattern = pattern.unwrap_or("*").trim();
    let Some((provider, rest)) = pattern.split_once(':') else {
        return if pattern == "*" {
            "*".to_string()
        } else {
            format!("*:{pattern}")
        };
    };
    let lower = provider.to_ascii_lowercase();
    let canonical = PROVIDERS
        .iter()
        .find(|(name, aliases)| *name == lower || aliases.contains(&lower.as_str()))
        .map_or(provider, |(name, _)| name);
    format!("{canonical}:{rest}")
}

/// Matches probe names against one pattern, reusing one buffer.
struct Matcher<'a> {
    pattern: &'a str,
    buffer: String,
}

impl Matcher<'_> {
    fn matches(&mut self, provider: &str, rest: &str) -> bool {
        self.buffer.clear();
        self.buffer.push_str(provider);
        self.buffer.push(':');
        self.buffer.push_str(rest);
        wildcard_match(self.pattern, &self.buffer)
    }

    fn add(&mut self, listing: &mut Listing, provider: &str, rest: &str) {
        if self.matches(provider, rest) {
            listing.probes.entry(self.buffer.clone()).or_default();
        }
    }
}

/// Lists the probes matching `pattern` (see the module documentation).
pub fn list(sources: &Sources, pattern: Option<&str>, verbose: bool) -> Listing {
    let mut pattern = normalise(pattern);
    if (pattern.starts_with("uprobe:") || pattern.starts_with("uretprobe:"))
        && pattern.matches(':').count() == 1
    {
        // `uprobe:/bin/bash` lists every function of the binary.
        pattern.push_str(":*");
    }
    if pattern.starts_with("usdt:") && pattern.matches(':').count() == 1 {
        pattern.push_str(":*:*");
    }
    let (provider_pattern, rest_pattern) = pattern.split_once(':').unwrap_or(("*", "*"));
    let explicit = !has_wildcard(provider_pattern);
    // Which providers can match at all; the rest of the pattern is checked per name. A `*` in
    // the provider part may swallow colons, so then every provider can match.
    let wanted = |provider: &str| {
        provider_pattern.contains('*') || wildcard_match(provider_pattern, provider)
    };
    let mut listing = Listing::default();
    let mut matcher = Matcher {
        pattern: &pattern,
        buffer: String::new(),
    };
    let warn = |listing: &mut Listing, provider: &str, message: String| {
        if explicit && provider_pattern == provider {
            listing.warnings.push(message);
        }
    };

    for (provider, events) in [
        ("software", &SOFTWARE_EVENTS[..]),
        ("hardware", &HARDWARE_EVENTS[..]),
    ] {
        if wanted(provider) {
            for event in events {
                matcher.add(&mut listing, provider, &format!("{event}:"));
            }
        }
    }
    let mut tracepoints: Option<Vec<String>> = None;
    if wanted("tracepoint") || wanted("rawtracepoint") {
        match sources.tracefs.as_deref().map(tracepoint_names) {
            Some(Ok(names)) => tracepoints = Some(names),
            Some(Err(message)) => warn(&mut listing, "tracepoint", message),
            None => warn(
                &mut listing,
                "tracepoint",
                crate::tracepoint::TracepointError::NoTracefs.to_string(),
            ),
        }
    }
    if wanted("tracepoint") {
        let tracefs = sources.tracefs.as_deref();
        for name in tracepoints.iter().flatten() {
            if !matcher.matches("tracepoint", name) {
                continue;
            }
            let details = match (verbose, tracefs, name.split_once(':')) {
                (true, Some(tracefs), Some((category, event))) => {
                    tracepoint_fields(tracefs, category, event)
                }
                _ => Vec::new(),
            };
            listing.probes.insert(matcher.buffer.clone(), details);
        }
    }

    // fentry, fexit and rawtracepoint probes are listed as MODULE:NAME, as bpftrace lists
    // them from BTF (`vmlinux` for the kernel itself), and so are kprobes when the pattern
    // has a module part (`kprobe:MODULE:FUNCTION`). A pattern without one matches any module.
    let qualified_pattern = if pattern == "*" || pattern.matches(':').count() >= 2 {
        pattern.clone()
    } else {
        format!("{provider_pattern}:*:{rest_pattern}")
    };
    let mut qualified = Matcher {
        pattern: &qualified_pattern,
        buffer: String::new(),
    };
    let kprobes_qualified = rest_pattern.contains(':');

    let needs_btf =
        wanted("fentry") || wanted("fexit") || wanted("rawtracepoint") || wanted("iter");
    let btf = if needs_btf {
        match fs::read(&sources.btf)
            .map_err(|error| error.to_string())
            .and_then(|bytes| kernel_btf_names(&sources.btf, &bytes))
        {
            Ok(names) => Some(names),
            Err(error) => {
                let message = format!(
                    "cannot read the kernel BTF {}: {error}",
                    sources.btf.display()
                );
                warn(&mut listing, "fentry", message.clone());
                warn(&mut listing, "fexit", message.clone());
                warn(&mut listing, "rawtracepoint", message.clone());
                warn(&mut listing, "iter", message);
                None
            }
        }
    } else {
        None
    };

    if wanted("iter") {
        for names in btf.iter().flat_map(|modules| modules.values()) {
            for iterator in &names.iterators {
                matcher.add(&mut listing, "iter", iterator);
            }
        }
    }

    if wanted("rawtracepoint") {
        match &btf {
            Some(modules) => {
                for (module, names) in modules {
                    for event in &names.raw_tracepoints {
                        qualified.add(&mut listing, "rawtracepoint", &format!("{module}:{event}"));
                    }
                }
            }
            None => {
                for name in tracepoints.iter().flatten() {
                    if let Some((_, event)) = name.split_once(':') {
                        qualified.add(&mut listing, "rawtracepoint", &format!("vmlinux:{event}"));
                    }
                }
            }
        }
    }

    let kernel_functions = ["kprobe", "kretprobe", "fentry", "fexit"];
    if kernel_functions.iter().any(|provider| wanted(provider)) {
        let functions = match &sources.tracefs {
            Some(tracefs) => {
                let path = tracefs.join("available_filter_functions");
                fs::read_to_string(&path)
                    .map(|text| module_functions(&text))
                    .map_err(|error| format!("cannot read {}: {error}", path.display()))
            }
            None => Err(crate::tracepoint::TracepointError::NoTracefs.to_string()),
        };
        match functions {
            Ok(functions) => {
                for provider in kernel_functions {
                    if !wanted(provider) {
                        continue;
                    }
                    let fentry = provider.starts_with('f');
                    for (module, function) in &functions {
                        // A trampoline needs the function's prototype in its module's BTF.
                        if fentry
                            && btf.as_ref().is_some_and(|modules| {
                                modules.get(module).is_none_or(|names| {
                                    names.functions.binary_search(function).is_err()
                                })
                            })
                        {
                            continue;
                        }
                        if fentry || kprobes_qualified {
                            qualified.add(&mut listing, provider, &format!("{module}:{function}"));
                        } else {
                            matcher.add(&mut listing, provider, function);
                        }
                    }
                }
            }
            Err(message) => {
                for provider in kernel_functions {
                    warn(&mut listing, provider, message.clone());
                }
            }
        }
    }

    if verbose {
        add_btf_parameters(&mut listing, sources);
    }

    // uprobes need a binary: only when the pattern names the provider and a path.
    if explicit && (provider_pattern == "uprobe" || provider_pattern == "uretprobe") {
        let (path, _) = rest_pattern.rsplit_once(':').unwrap_or((rest_pattern, "*"));
        add_uprobes(&mut listing, &mut matcher, provider_pattern, path);
    }
    if explicit && provider_pattern == "usdt" {
        let (path, _) = rest_pattern.split_once(':').unwrap_or((rest_pattern, "*"));
        match fs::read(path) {
            Ok(bytes) => {
                for note in crate::semantic::usdt::notes(&bytes) {
                    matcher.add(
                        &mut listing,
                        "usdt",
                        &format!("{path}:{}:{}", note.provider, note.name),
                    );
                }
            }
            Err(error) => listing
                .warnings
                .push(format!("cannot read the usdt probes of {path}: {error}")),
        }
    }
    listing
}

/// `-v` for fentry, fexit and rawtracepoint probes: each parameter as bpftrace's `-lv`
/// shows it (`struct file * file`), then the return value of a kernel function
/// (`ssize_t retval`, left out when it returns void). A raw tracepoint's first parameter,
/// the `void *__data` cookie, is not an argument and is not listed.
fn add_btf_parameters(listing: &mut Listing, sources: &Sources) {
    let wanted = listing.probes.keys().any(|probe| {
        probe.starts_with("fentry:")
            || probe.starts_with("fexit:")
            || probe.starts_with("rawtracepoint:")
    });
    if !wanted {
        return;
    }
    let Ok(types) = crate::kernel_types::KernelTypes::load(&sources.btf) else {
        return;
    };
    let spell = |type_id: u32, name: &str| {
        let declaration = types.declaration(type_id);
        format!("{declaration} {name}")
    };
    for (probe, details) in listing.probes.iter_mut() {
        let (provider, qualified) = probe.split_once(':').unwrap_or_default();
        // A module's functions have their types in the module's own BTF: not listed.
        let name = match qualified.split_once(':') {
            Some(("vmlinux", name)) => name,
            Some(_) => continue,
            None => qualified,
        };
        let signature = match provider {
            "fentry" | "fexit" => types.function_signature(name),
            "rawtracepoint" => types.raw_tracepoint_signature(name),
            _ => None,
        };
        let Some(signature) = signature else {
            continue;
        };
        for parameter in &signature.parameters {
            details.push(spell(parameter.type_id, &parameter.name));
        }
        if signature.return_type != 0 {
            details.push(spell(signature.return_type, "retval"));
        }
    }
}

fn add_uprobes(listing: &mut Listing, matcher: &mut Matcher, provider: &str, path: &str) {
    match fs::read(path)
        .map_err(|error| error.to_string())
        .and_then(|bytes| elf_function_symbols(&bytes))
    {
        Ok(symbols) => {
            for symbol in symbols {
                matcher.add(listing, provider, &format!("{path}:{symbol}"));
            }
        }
        Err(error) => listing
            .warnings
            .push(format!("cannot read the symbols of {path}: {error}")),
    }
}

/// `CAT:EVENT` for every tracepoint, from `available_events` (or the events directory).
fn tracepoint_names(tracefs: &Path) -> Result<Vec<String>, String> {
    if let Ok(text) = fs::read_to_string(tracefs.join("available_events")) {
        return Ok(text
            .lines()
            .map(str::trim)
            .filter(|line| line.contains(':'))
            .map(str::to_string)
            .collect());
    }
    let events = tracefs.join("events");
    let read = |directory: &Path| -> Result<Vec<String>, String> {
        Ok(fs::read_dir(directory)
            .map_err(|error| format!("cannot read {}: {error}", directory.display()))?
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect())
    };
    let mut names = Vec::new();
    for category in read(&events)? {
        for event in read(&events.join(&category)).unwrap_or_default() {
            names.push(format!("{category}:{event}"));
        }
    }
    Ok(names)
}

/// The fields of a tracepoint as `bpftrace -lv` prints them: the declarations of the format
/// file without `common_*` fields, e.g. `const char * filename`, `__data_loc char[] name`.
fn tracepoint_fields(tracefs: &Path, category: &str, event: &str) -> Vec<String> {
    let path = tracefs
        .join("events")
        .join(category)
        .join(event)
        .join("format");
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    format_declarations(&text)
}

/// The `field:DECLARATION;` parts of a format file, `common_*` fields left out.
pub fn format_declarations(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("field:"))
        .filter_map(|rest| rest.split(';').next())
        .map(str::trim)
        .filter(|declaration| {
            let name_part = declaration.split('[').next().unwrap_or(declaration);
            let name = name_part
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            !name.starts_with("common_")
        })
        .map(str::to_string)
        .collect()
}

/// The functions of `available_filter_functions` with their modules (`vmlinux` for lines
/// without a ` [module]` suffix), sorted and distinct, without the
/// `__ftrace_invalid_address___N` placeholders.
pub fn module_functions(text: &str) -> Vec<(String, String)> {
    let mut functions: Vec<(String, String)> = text
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?;
            let module = words
                .next()
                .and_then(|tag| tag.strip_prefix('[')?.strip_suffix(']'))
                .unwrap_or("vmlinux");
            Some((module.to_string(), name.to_string()))
        })
        .filter(|(_, name)| !name.starts_with("__ftrace_invalid_address__"))
        .collect();
    functions.sort_unstable();
    functions.dedup();
    functions
}

/// The names in the kernel's BTF (`vmlinux`, read from `path`) and in the BTF of every
/// loaded module beside it (`/sys/kernel/btf/MODULE`, split BTF on top of the kernel's).
fn kernel_btf_names(path: &Path, vmlinux: &[u8]) -> Result<BTreeMap<String, BtfNames>, String> {
    let mut modules = BTreeMap::new();
    modules.insert("vmlinux".to_string(), btf_names(vmlinux)?);
    if path.file_name().is_some_and(|name| name == "vmlinux") {
        let directory = path.parent().unwrap_or(Path::new("."));
        for entry in fs::read_dir(directory).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == "vmlinux" {
                continue;
            }
            // A module whose BTF cannot be read is left out of the listing.
            if let Ok(names) = fs::read(entry.path())
                .map_err(|error| error.to_string())
                .and_then(|bytes| btf_names_on(&bytes, Some(vmlinux)))
            {
                modules.insert(name, names);
            }
        }
    }
    Ok(modules)
}

/// What the listing needs from a BTF blob.
#[derive(Debug, Default)]
pub struct BtfNames {
    /// `FUNC` names, sorted and distinct.
    pub functions: Vec<String>,
    /// `E` of every `btf_trace_E` typedef.
    pub raw_tracepoints: Vec<String>,
    /// The iterators: `NAME` of every `struct bpf_iter__NAME` (the iterator's context) that
    /// has its `bpf_iter_NAME` function (what an iter program attaches to), sorted.
    pub iterators: Vec<String>,
}

/// The string table and the type section (its start and length) of a little-endian BTF
/// blob.
fn btf_sections(bytes: &[u8]) -> Result<(&[u8], usize, usize), String> {
    let u32_at = |offset: usize| -> Result<u32, String> {
        bytes
            .get(offset..offset + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| "truncated BTF".to_string())
    };
    if bytes.len() < 24 || bytes[0..2] != [0x9f, 0xeb] {
        return Err("not little-endian BTF (bad magic)".to_string());
    }
    let header_len = u32_at(4)? as usize;
    let (type_off, type_len) = (u32_at(8)? as usize, u32_at(12)? as usize);
    let (str_off, str_len) = (u32_at(16)? as usize, u32_at(20)? as usize);
    let types = header_len + type_off;
    let strings = header_len + str_off;
    if types + type_len > bytes.len() || strings + str_len > bytes.len() {
        return Err("truncated BTF".to_string());
    }
    Ok((&bytes[strings..strings + str_len], types, type_len))
}

/// Walks the type section of a (little-endian, non-split) BTF blob.
pub fn btf_names(bytes: &[u8]) -> Result<BtfNames, String> {
    btf_names_on(bytes, None)
}

/// Walks the type section of a BTF blob; `base` is the kernel's BTF when `bytes` is a
/// module's split BTF, whose string offsets continue the base's string table.
pub fn btf_names_on(bytes: &[u8], base: Option<&[u8]>) -> Result<BtfNames, String> {
    let u32_at = |offset: usize| -> Result<u32, String> {
        bytes
            .get(offset..offset + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| "truncated BTF".to_string())
    };
    let (own_strings, types, type_len) = btf_sections(bytes)?;
    let base_strings = match base {
        Some(base) => btf_sections(base)?.0,
        None => &[],
    };
    let name = |offset: u32| -> &str {
        let offset = offset as usize;
        let (table, start) = if offset < base_strings.len() {
            (base_strings, offset)
        } else {
            (own_strings, offset - base_strings.len())
        };
        let Some(rest) = table.get(start..) else {
            return "";
        };
        let end = rest.iter().position(|b| *b == 0).unwrap_or(rest.len());
        std::str::from_utf8(&rest[..end]).unwrap_or("")
    };
    let mut names = BtfNames::default();
    let mut at = types;
    while at < types + type_len {
        let name_off = u32_at(at)?;
        let info = u32_at(at + 4)?;
        let vlen = (info & 0xffff) as usize;
        let kind = (info >> 24) & 0x1f;
        let extra = match kind {
            1 | 14 | 17 => 4,             // INT, VAR, DECL_TAG
            3 => 12,                      // ARRAY
            4 | 5 | 15 | 19 => vlen * 12, // STRUCT, UNION, DATASEC, ENUM64
            6 | 13 => vlen * 8,           // ENUM, FUNC_PROTO
            2 | 7..=12 | 16 | 18 => 0,
            other => return Err(format!("unknown BTF kind {other}")),
        };
        match kind {
            4 => {
                // `bpf_iter__task__safe_trusted` is a verifier annotation, not an iterator.
                if let Some(iterator) = name(name_off).strip_prefix("bpf_iter__")
                    && !iterator.ends_with("__safe_trusted")
                {
                    names.iterators.push(iterator.to_string());
                }
            }
            12 => names.functions.push(name(name_off).to_string()),
            8 => {
                if let Some(event) = name(name_off).strip_prefix("btf_trace_") {
                    names.raw_tracepoints.push(event.to_string());
                }
            }
            _ => {}
        }
        at += 12 + extra;
    }
    names.functions.sort_unstable();
    names.functions.dedup();
    let functions = &names.functions;
    names.iterators.retain(|iterator| {
        functions
            .binary_search(&format!("bpf_iter_{iterator}"))
            .is_ok()
    });
    names.iterators.sort_unstable();
    names.iterators.dedup();
    Ok(names)
}

/// The defined function symbols (`STT_FUNC`, `STT_GNU_IFUNC`) of a 64-bit little-endian ELF
/// file, from `.symtab` and `.dynsym`, sorted and distinct.
pub fn elf_function_symbols(bytes: &[u8]) -> Result<Vec<String>, String> {
    let truncated = || "truncated ELF file".to_string();
    let get = |offset: usize, len: usize| bytes.get(offset..offset + len).ok_or_else(truncated);
    let u16_at = |offset: usize| get(offset, 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let u32_at = |offset: usize| get(offset, 4).map(|b| u32::from_le_bytes(b.try_into().unwrap()));
    let u64_at = |offset: usize| get(offset, 8).map(|b| u64::from_le_bytes(b.try_into().unwrap()));
    if bytes.len() < 64 || &bytes[0..4] != b"\x7fELF" {
        return Err("not an ELF file".to_string());
    }
    if bytes[4] != 2 || bytes[5] != 1 {
        return Err("only 64-bit little-endian ELF files are supported".to_string());
    }
    let section_headers = u64_at(0x28)? as usize;
    let entry_size = u16_at(0x3a)? as usize;
    let count = u16_at(0x3c)? as usize;
    let section = |index: usize| -> Result<(u32, usize, usize, usize, usize), String> {
        let at = section_headers + index * entry_size;
        Ok((
            u32_at(at + 4)?,             // sh_type
            u64_at(at + 0x18)? as usize, // sh_offset
            u64_at(at + 0x20)? as usize, // sh_size
            u32_at(at + 0x28)? as usize, // sh_link
            u64_at(at + 0x38)? as usize, // sh_entsize
        ))
    };
    let mut symbols = Vec::new();
    for index in 0..count {
        let (kind, offset, size, link, entsize) = section(index)?;
        // SHT_SYMTAB, SHT_DYNSYM
        if kind != 2 && kind != 11 {
            continue;
        }
        let (_, str_offset, str_size, _, _) = section(link)?;
        let strtab = get(str_offset, str_size)?;
        let entsize = if entsize == 0 { 24 } else { entsize };
        for sym in (offset..offset + size).step_by(entsize) {
            let name = u32_at(sym)? as usize;
            let info = *bytes.get(sym + 4).ok_or_else(truncated)?;
            let shndx = u16_at(sym + 6)?;
            let sym_type = info & 0xf;
            if !(sym_type == 2 || sym_type == 10) || shndx == 0 || name >= strtab.len() {
                continue;
            }
            let end = strtab[name..]
                .iter()
                .position(|b| *b == 0)
                .map_or(strtab.len(), |n| name + n);
            if let Ok(text) = std::str::from_utf8(&strtab[name..end])
                && !text.is_empty()
            {
                symbols.push(text.to_string());
            }
        }
    }
    symbols.sort_unstable();
    symbols.dedup();
    Ok(symbols)
}

/// `btc list`: prints the listing to stdout and warnings to stderr. Returns false when
/// nothing matched.
pub fn run(pattern: Option<&str>, verbose: bool) -> bool {
    use std::io::Write;
    let listing = list(&Sources::system(), pattern, verbose);
    for warning in &listing.warnings {
        eprintln!("btc: warning: {warning}");
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // A closed pipe (`btc list | head`) is not an error.
    let _ = out.write_all(listing.render().as_bytes());
    let _ = out.flush();
    !listing.probes.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_like_bpftrace() {
        assert!(wildcard_match(
            "tracepoint:*",
            "tracepoint:sched:sched_switch"
        ));
        assert!(wildcard_match(
            "*:sched_switch",
            "tracepoint:sched:sched_switch"
        ));
        assert!(wildcard_match("k*:vfs_rea?", "kprobe:vfs_read"));
        assert!(!wildcard_match("kprobe:vfs_rea?", "kprobe:vfs_readv"));
        assert!(wildcard_match("*", ""));
    }

    #[test]
    fn patterns_are_normalised() {
        assert_eq!(normalise(None), "*");
        assert_eq!(normalise(Some("t:sched:*")), "tracepoint:sched:*");
        assert_eq!(normalise(Some("kfunc:vfs_read")), "fentry:vfs_read");
        assert_eq!(normalise(Some("sched_switch")), "*:sched_switch");
        assert_eq!(normalise(Some("t*:x")), "t*:x");
    }

    #[test]
    fn format_fields_skip_common() {
        let text = "name: sys_enter_openat\nID: 1\nformat:\n\
            \tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n\
            \tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;\n\
            \tfield:const char * filename;\toffset:24;\tsize:8;\tsigned:0;\n\
            \tfield:char comm[16];\toffset:32;\tsize:16;\tsigned:0;\n\
            \tfield:__data_loc char[] name;\toffset:48;\tsize:4;\tsigned:0;\n";
        assert_eq!(
            format_declarations(text),
            [
                "int __syscall_nr",
                "const char * filename",
                "char comm[16]",
                "__data_loc char[] name"
            ]
        );
    }

    #[test]
    fn filter_functions_keep_modules() {
        let text = "vfs_read\nfoo [mod]\n__ftrace_invalid_address___64\nvfs_read\n";
        let pair = |module: &str, name: &str| (module.to_string(), name.to_string());
        assert_eq!(
            module_functions(text),
            [pair("mod", "foo"), pair("vmlinux", "vfs_read")]
        );
    }

    #[test]
    fn fixed_providers() {
        let sources = Sources {
            tracefs: None,
            btf: PathBuf::from("/nonexistent"),
        };
        let listing = list(&sources, Some("s:*faults*"), false);
        let names: Vec<&str> = listing.probes.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "software:alignment-faults:",
                "software:emulation-faults:",
                "software:major-faults:",
                "software:minor-faults:",
                "software:page-faults:"
            ]
        );
        assert!(listing.warnings.is_empty());
        let listing = list(&sources, Some("kprobe:*"), false);
        assert!(listing.probes.is_empty());
        assert_eq!(listing.warnings.len(), 1);
    }

    #[test]
    fn module_functions_are_listed_as_bpftrace_lists_them() {
        let tracefs = std::env::temp_dir().join(format!("btc-list-modules-{}", std::process::id()));
        fs::create_dir_all(&tracefs).unwrap();
        fs::write(
            tracefs.join("available_filter_functions"),
            "vfs_read\ndummy_get_stats64 [dummy]\ndummy_setup [dummy]\n",
        )
        .unwrap();
        let sources = Sources {
            tracefs: Some(tracefs.clone()),
            btf: PathBuf::from("/nonexistent"),
        };
        let names = |pattern: &str| -> Vec<String> {
            list(&sources, Some(pattern), false)
                .probes
                .into_keys()
                .collect()
        };
        // Without a module part, kprobes are bare function names.
        assert_eq!(
            names("kprobe:*"),
            [
                "kprobe:dummy_get_stats64",
                "kprobe:dummy_setup",
                "kprobe:vfs_read"
            ]
        );
        // With one, every function is MODULE:FUNCTION (`vmlinux` for the kernel's own).
        assert_eq!(
            names("kprobe:dummy:*"),
            ["kprobe:dummy:dummy_get_stats64", "kprobe:dummy:dummy_setup"]
        );
        assert_eq!(names("kretprobe:*:*_read"), ["kretprobe:vmlinux:vfs_read"]);
        // fentry always names the module; a pattern without one matches any module.
        assert_eq!(names("fentry:vfs_*"), ["fentry:vmlinux:vfs_read"]);
        assert_eq!(names("fexit:dummy_get*"), ["fexit:dummy:dummy_get_stats64"]);
        assert_eq!(
            names("*:dummy_setup"),
            [
                "fentry:dummy:dummy_setup",
                "fexit:dummy:dummy_setup",
                "kprobe:dummy_setup",
                "kretprobe:dummy_setup"
            ]
        );
        fs::remove_dir_all(&tracefs).unwrap();
    }

    #[test]
    fn own_elf_symbols() {
        let exe = std::env::current_exe().unwrap();
        let symbols = elf_function_symbols(&fs::read(exe).unwrap()).unwrap();
        assert!(symbols.iter().any(|s| s == "main"), "{symbols:?}");
    }
}
