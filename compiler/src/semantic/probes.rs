//! Attach points: wildcard expansion and the context each probe gives its body.
//!
//! In: one `ast::Probe` with its attach points. Out: one [`Expansion`] per concrete attach
//! point (tracepoint names from tracefs, kernel functions from BTF or kallsyms) and one
//! checked [`ProgramBody`] for each, with the probe context that decides what `args`,
//! `argN` and `retval` mean there.

use super::*;

impl Checker {
    pub(super) fn tracefs(&mut self, span: Span) -> Option<PathBuf> {
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

    pub(super) fn expand(&mut self, point: &ast::AttachPoint) -> Vec<Expansion> {
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
                self.kprobe_expansions(point, None, function, return_probe)
            }
            ("kprobe" | "k" | "kretprobe" | "kr", [module, function]) => {
                let return_probe = matches!(provider.as_str(), "kretprobe" | "kr");
                self.kprobe_expansions(point, Some(module), function, return_probe)
            }
            ("uprobe" | "u" | "uretprobe" | "ur", [binary, function]) => {
                let return_probe = matches!(provider.as_str(), "uretprobe" | "ur");
                self.uprobe_expansions(point, binary, function, return_probe)
            }
            ("rawtracepoint" | "rt", [name]) | ("rawtracepoint" | "rt", [_, name]) => {
                if name.contains('*') || name.contains('?') {
                    self.unsupported(point.span, "rawtracepoint wildcards");
                    return Vec::new();
                }
                // As in bpftrace, a tp_btf program where the kernel's BTF has the
                // tracepoint: its arguments are typed, so struct pointers among them can be
                // walked with direct loads. Without BTF, a raw_tp program reads them as
                // plain u64s.
                let typed = match self.kernel_types_if_any() {
                    Some(types) if types.has_raw_tracepoint(name) => {
                        self.kernel_types = Some(types);
                        true
                    }
                    _ => false,
                };
                let section = if typed {
                    format!("tp_btf/{name}")
                } else {
                    format!("raw_tp/{name}")
                };
                vec![Expansion {
                    attach_name: format!("rawtracepoint:{name}"),
                    section,
                    name_stem: format!("rawtp_{}", sanitize(name)),
                    attach: Attach::RawTracepoint { name: name.clone() },
                    context: ProbeContext::Arguments {
                        return_probe: false,
                        tracepoint: Some(name.clone()),
                    },
                    function: None,
                }]
            }
            ("fentry" | "f" | "kfunc" | "fexit" | "fr" | "kretfunc", [function]) => {
                let return_probe = matches!(provider.as_str(), "fexit" | "fr" | "kretfunc");
                self.fentry_expansions(point, None, function, return_probe)
            }
            ("fentry" | "f" | "kfunc" | "fexit" | "fr" | "kretfunc", [module, function]) => {
                let return_probe = matches!(provider.as_str(), "fexit" | "fr" | "kretfunc");
                self.fentry_expansions(point, Some(module), function, return_probe)
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
                let period = match rest.first().map(|count| attach_point_count(count)) {
                    None => event.default_period,
                    Some(Some(count)) if count > 0 => count,
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
            ("usdt", [binary, name]) => self.usdt_expansions(point, binary, "*", name),
            ("usdt", [binary, provider, name]) => {
                self.usdt_expansions(point, binary, provider, name)
            }
            ("watchpoint" | "w", [address, length, mode]) => {
                self.watchpoint_expansion(point, address, length, mode)
            }
            ("iter" | "it", [name]) => self.iterator_expansion(point, name),
            ("iter" | "it", [_, _]) => {
                self.unsupported(point.span, "pinned iter probes (iter:NAME:PIN)");
                Vec::new()
            }
            ("iter" | "it", _) => {
                self.error(
                    point.span,
                    format!(
                        "invalid iter probe `{}`: write iter:NAME, e.g. iter:task",
                        point.raw
                    ),
                );
                Vec::new()
            }
            ("self" | "test" | "bench", _) => {
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

    /// The module part of `PROVIDER:MODULE:FUNCTION`: as written (`"MODULE:"`, or empty
    /// without one) and the module the kernel must have loaded (`None` for the kernel
    /// itself, which `vmlinux` also names). Wildcards in it are refused.
    fn module_part<'m>(
        &mut self,
        point: &ast::AttachPoint,
        module: Option<&'m str>,
        provider: &str,
    ) -> Option<(String, Option<&'m str>)> {
        if module.is_some_and(|module| module.contains(['*', '?'])) {
            self.unsupported(point.span, &format!("wildcards in {provider} module names"));
            return None;
        }
        let written = module
            .map(|module| format!("{module}:"))
            .unwrap_or_default();
        Some((written, module.filter(|module| *module != "vmlinux")))
    }

    /// `kprobe:[MODULE:]FUNCTION[+OFFSET]` and `kretprobe:[MODULE:]FUNCTION`. A module's
    /// function is attached as `MODULE:FUNCTION`, the form the kernel's kprobes take (as
    /// bpftrace does); `vmlinux` names the kernel itself, so `kprobe:vmlinux:F` attaches
    /// as `kprobe:F` but keeps its name.
    fn kprobe_expansions(
        &mut self,
        point: &ast::AttachPoint,
        module: Option<&str>,
        function: &str,
        return_probe: bool,
    ) -> Vec<Expansion> {
        let kind = if return_probe { "kretprobe" } else { "kprobe" };
        let Some((written_module, target_module)) = self.module_part(point, module, "kprobe")
        else {
            return Vec::new();
        };
        let kernel_name = |function: &str| match target_module {
            Some(module) => format!("{module}:{function}"),
            None => function.to_string(),
        };
        if let Some((symbol, offset)) = function.split_once('+') {
            let offset = match offset.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => offset.parse::<u64>().ok(),
            };
            let Some(offset) = offset else {
                self.error(
                    point.span,
                    "a kprobe offset is a number: write FUNCTION+16 or FUNCTION+0x10",
                );
                return Vec::new();
            };
            if return_probe || symbol.contains('*') || symbol.contains('?') {
                self.error(
                    point.span,
                    "an offset needs one kprobe function (no kretprobe, no wildcard)",
                );
                return Vec::new();
            }
            return vec![Expansion {
                attach_name: format!("{kind}:{written_module}{function}"),
                section: format!("{kind}/{}", kernel_name(symbol)),
                name_stem: format!("{kind}_{}", sanitize(&kernel_name(function))),
                attach: Attach::Kprobe {
                    function: kernel_name(symbol),
                    offset,
                    return_probe,
                },
                context: ProbeContext::Registers {
                    user: false,
                    return_probe,
                },
                function: Some(symbol.to_string()),
            }];
        }
        let functions = match target_module {
            Some(module) => self.module_functions(point, module, function),
            None if function.contains(['*', '?']) && self.kprobe_patterns_at_run_time => {
                return self.kprobe_pattern(point, function, return_probe);
            }
            None => self.kernel_functions(point, function),
        };
        functions
            .into_iter()
            .map(|function| Expansion {
                attach_name: format!("{kind}:{written_module}{function}"),
                section: format!("{kind}/{}", kernel_name(&function)),
                name_stem: format!("{kind}_{}", sanitize(&kernel_name(&function))),
                attach: Attach::Kprobe {
                    function: kernel_name(&function),
                    offset: 0,
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

    /// `fentry:[MODULE:]FUNCTION` and `fexit:[MODULE:]FUNCTION`. The section names the
    /// target as `MODULE:FUNCTION`, which libbpf looks up in that module's BTF when it
    /// loads the program.
    fn fentry_expansions(
        &mut self,
        point: &ast::AttachPoint,
        module: Option<&str>,
        function: &str,
        return_probe: bool,
    ) -> Vec<Expansion> {
        let kind = if return_probe { "fexit" } else { "fentry" };
        let Some((written_module, target_module)) = self.module_part(point, module, "fentry")
        else {
            return Vec::new();
        };
        let functions = match target_module {
            Some(module) => self.module_functions(point, module, function),
            None => self.kernel_functions(point, function),
        };
        functions
            .into_iter()
            .map(|function| {
                let target = match target_module {
                    Some(module) => format!("{module}:{function}"),
                    None => function.clone(),
                };
                Expansion {
                    attach_name: format!("{kind}:{written_module}{function}"),
                    section: format!("{kind}/{target}"),
                    name_stem: format!("{kind}_{}", sanitize(&target)),
                    attach: Attach::Fentry {
                        function: target,
                        return_probe,
                    },
                    context: ProbeContext::Arguments {
                        return_probe,
                        tracepoint: None,
                    },
                    function: Some(function),
                }
            })
            .collect()
    }

    /// The functions of kernel module `module` that `pattern` names: the name itself
    /// without wildcards (the target kernel decides whether the module has it), else the
    /// matches among this machine's `available_filter_functions` lines `NAME [module]`.
    fn module_functions(
        &mut self,
        point: &ast::AttachPoint,
        module: &str,
        pattern: &str,
    ) -> Vec<String> {
        if !pattern.contains(['*', '?']) {
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
                    "cannot expand `{module}:{pattern}`: {} is not readable",
                    path.display()
                ),
            );
            return Vec::new();
        };
        let tag = format!("[{module}]");
        let mut functions: Vec<String> = text
            .lines()
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                let name = words.next()?;
                (words.next() == Some(tag.as_str())).then_some(name)
            })
            .filter(|name| !name.contains('.') && tracepoint::wildcard_match(pattern, name))
            .map(str::to_string)
            .collect();
        functions.sort();
        functions.dedup();
        if functions.is_empty() {
            self.error(
                point.span,
                format!(
                    "no function of module `{module}` matches `{pattern}` (looked in {}; is the module loaded?)",
                    path.display()
                ),
            );
        }
        functions
    }

    /// `iter:NAME`: a BPF iterator over the kernel objects `NAME` names (`task`,
    /// `task_file`, `task_vma`, ...). The kernel's BTF must have the iterator's context,
    /// `struct bpf_iter__NAME`, whose fields `ctx.FIELD` reads.
    fn iterator_expansion(&mut self, point: &ast::AttachPoint, name: &str) -> Vec<Expansion> {
        if name.contains('*') || name.contains('?') {
            self.error(point.span, "iter probes do not take wildcards");
            return Vec::new();
        }
        let Some(types) = self.kernel_types(point.span) else {
            return Vec::new();
        };
        let Some(context) = types.composite(&format!("bpf_iter__{name}"), false) else {
            self.diagnostics.push(
                Diagnostic::error(point.span, format!("unknown iterator `{name}`"))
                    .with_help("the kernel's BTF has no `struct bpf_iter__NAME` for it; iterators are e.g. task, task_file, task_vma")
                    .with_note(format!("kernel types were read from {}", types.path.display())),
            );
            return Vec::new();
        };
        vec![Expansion {
            function: None,
            attach_name: format!("iter:{name}"),
            attach: Attach::Iterator {
                name: name.to_string(),
            },
            section: format!("iter/{name}"),
            name_stem: format!("iter_{}", sanitize(name)),
            context: ProbeContext::Iterator { context },
        }]
    }

    /// `kprobe:PATTERN` with a wildcard, for a body that does not name its function: one
    /// program that the tool attaches to every matching function of the target's kernel
    /// (kprobe.multi where it has it, else one kprobe per function of its
    /// `available_filter_functions`). When the build host can list its own functions, a
    /// pattern that matches none of them is still an error.
    fn kprobe_pattern(
        &mut self,
        point: &ast::AttachPoint,
        pattern: &str,
        return_probe: bool,
    ) -> Vec<Expansion> {
        let listed = self
            .tracefs
            .clone()
            .or_else(|| self.options.tracefs.clone())
            .or_else(|| tracepoint::tracefs().ok())
            .map(|tracefs| tracefs.join("available_filter_functions"))
            .filter(|path| std::fs::File::open(path).is_ok());
        if listed.is_some() && self.kernel_functions(point, pattern).is_empty() {
            return Vec::new();
        }
        let kind = if return_probe { "kretprobe" } else { "kprobe" };
        vec![Expansion {
            attach_name: format!("{kind}:{pattern}"),
            section: format!("{kind}/{pattern}"),
            name_stem: format!("{kind}_{}", sanitize(pattern)),
            attach: Attach::KprobePattern {
                pattern: pattern.to_string(),
                return_probe,
            },
            context: ProbeContext::Registers {
                user: false,
                return_probe,
            },
            function: None,
        }]
    }

    /// The kernel functions a kprobe or fentry pattern names. A name without wildcards is
    /// taken as it is (the target kernel decides whether it exists); a wildcard is expanded
    /// against this machine's `available_filter_functions`.
    pub(super) fn kernel_functions(
        &mut self,
        point: &ast::AttachPoint,
        pattern: &str,
    ) -> Vec<String> {
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

    pub(super) fn probe(&mut self, probe: &ast::Probe) -> Vec<ProgramBody> {
        let mut bodies = Vec::new();
        self.kprobe_patterns_at_run_time = !names_its_function(probe);
        for point in &probe.attach_points {
            for expansion in self.expand(point) {
                let mut scope = Scope {
                    loop_depth: 0,
                    context: expansion.context,
                    probe_name: expansion.attach_name.clone(),
                    function: expansion.function.clone(),
                    module: traced_module(&expansion.attach),
                    variables: Vec::new(),
                    by_name: HashMap::new(),
                    enum_variables: HashMap::new(),
                    map_loop_depth: 0,
                    map_entries: HashMap::new(),
                    untyped: std::collections::HashSet::new(),
                    refused: HashSet::new(),
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
                let fallback = match &expansion.attach {
                    // A module's function gets no twin: the tool would need the module's
                    // BTF to try fentry on it.
                    Attach::Kprobe {
                        function,
                        offset: 0,
                        return_probe,
                    } if !function.contains(':') => Some((function.clone(), *return_probe)),
                    _ => None,
                };
                bodies.push(ProgramBody {
                    name: name.clone(),
                    section: expansion.section,
                    attach_name: expansion.attach_name.clone(),
                    attach: expansion.attach,
                    probe_span: probe.span,
                    predicate,
                    body,
                    variables: scope.variables,
                });
                if let Some((function, return_probe)) = fallback {
                    bodies.extend(self.fentry_fallback(
                        probe,
                        &expansion.attach_name,
                        &function,
                        return_probe,
                        &name,
                    ));
                }
            }
        }
        bodies
    }

    /// The fentry twin of a plain `kprobe:function` program (the fexit twin of a
    /// `kretprobe:function`), for kernels without kprobes: the same body checked again
    /// with fentry's (fexit's) context, where `argN` is the N-th argument as well and
    /// `retval` the return value, found after the arguments, whose count the build host's
    /// BTF gives. A body that needs what only a kprobe has (registers, `override()`) fails
    /// that check and gets no twin; the second check's diagnostics repeat the first's, so
    /// they are dropped.
    fn fentry_fallback(
        &mut self,
        probe: &ast::Probe,
        attach_name: &str,
        function: &str,
        return_probe: bool,
        kprobe_program: &str,
    ) -> Option<ProgramBody> {
        let reported = self.diagnostics.len();
        let mut scope = Scope {
            loop_depth: 0,
            context: ProbeContext::Arguments {
                return_probe,
                tracepoint: None,
            },
            probe_name: attach_name.to_string(),
            function: Some(function.to_string()),
            module: None,
            variables: Vec::new(),
            by_name: HashMap::new(),
            enum_variables: HashMap::new(),
            map_loop_depth: 0,
            map_entries: HashMap::new(),
            untyped: std::collections::HashSet::new(),
            refused: HashSet::new(),
        };
        let predicate = probe
            .predicate
            .as_ref()
            .and_then(|predicate| self.condition(&mut scope, predicate));
        let body = self.block(&mut scope, &probe.body);
        let failed = self.diagnostics[reported..]
            .iter()
            .any(Diagnostic::is_error);
        self.diagnostics.truncate(reported);
        if failed || (probe.predicate.is_some() && predicate.is_none()) {
            return None;
        }
        let kind = if return_probe { "fexit" } else { "fentry" };
        Some(ProgramBody {
            name: format!("{kind}_for_{kprobe_program}"),
            section: format!("{kind}/{function}"),
            attach_name: attach_name.to_string(),
            attach: Attach::FentryFallback {
                function: function.to_string(),
                return_probe,
                kprobe_program: kprobe_program.to_string(),
            },
            probe_span: probe.span,
            predicate,
            body,
            variables: scope.variables,
        })
    }

    /// `uprobe:BINARY:FUNCTION`, where BINARY is a path or a library or program name, and
    /// FUNCTION a symbol, a wildcard pattern over the file's function symbols,
    /// `symbol+offset`, or a virtual address `0x...`.
    fn uprobe_expansions(
        &mut self,
        point: &ast::AttachPoint,
        binary: &str,
        function: &str,
        return_probe: bool,
    ) -> Vec<Expansion> {
        let kind = if return_probe { "uretprobe" } else { "uprobe" };
        let binary = match uprobes::resolve_binary(binary) {
            Ok(path) => path,
            Err(reason) => {
                self.diagnostics.push(
                    Diagnostic::error(
                        point.span,
                        format!("cannot find the uprobe binary: {reason}"),
                    )
                    .with_help("write the full path, e.g. uprobe:/bin/bash:readline"),
                );
                return Vec::new();
            }
        };
        let expansion = |function: &str, offset: u64, spelled: &str| Expansion {
            attach_name: format!("{kind}:{binary}:{spelled}"),
            section: kind.to_string(),
            name_stem: format!("{kind}_{}", sanitize(spelled)),
            attach: Attach::Uprobe {
                binary: binary.clone(),
                function: function.to_string(),
                offset,
                return_probe,
                semaphore: 0,
            },
            context: ProbeContext::Registers {
                user: true,
                return_probe,
            },
            function: Some(spelled.to_string()),
        };
        let parse_number = |text: &str| match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).ok(),
            None => text.parse::<u64>().ok(),
        };
        if function.starts_with("0x") {
            let Some(address) = parse_number(function) else {
                self.error(point.span, format!("`{function}` is not an address"));
                return Vec::new();
            };
            let offset = std::fs::read(&binary)
                .ok()
                .and_then(|bytes| uprobes::file_offset(&bytes, address));
            let Some(offset) = offset else {
                self.error(
                    point.span,
                    format!("the address {function} is not in a loaded segment of {binary}"),
                );
                return Vec::new();
            };
            return vec![expansion("", offset, function)];
        }
        if let Some((symbol, offset)) = function.split_once('+') {
            let Some(offset) = parse_number(offset) else {
                self.error(
                    point.span,
                    format!("`{offset}` is not an offset: write FUNCTION+8 or FUNCTION+0x8"),
                );
                return Vec::new();
            };
            if return_probe {
                self.error(point.span, "a uretprobe cannot have an offset");
                return Vec::new();
            }
            let mut probe = expansion(symbol, offset, function);
            probe.function = Some(symbol.to_string());
            return vec![probe];
        }
        if !function.contains('*') && !function.contains('?') {
            return vec![expansion(function, 0, function)];
        }
        let symbols = std::fs::read(&binary)
            .map_err(|error| error.to_string())
            .and_then(|bytes| crate::list::elf_function_symbols(&bytes));
        let symbols = match symbols {
            Ok(symbols) => symbols,
            Err(reason) => {
                self.error(
                    point.span,
                    format!("cannot read the symbols of {binary}: {reason}"),
                );
                return Vec::new();
            }
        };
        let matched: Vec<Expansion> = symbols
            .iter()
            .filter(|symbol| tracepoint::wildcard_match(function, symbol))
            .map(|symbol| expansion(symbol, 0, symbol))
            .collect();
        if matched.is_empty() {
            self.error(
                point.span,
                format!("no function of {binary} matches `{function}`"),
            );
        }
        matched
    }

    /// `usdt:BINARY:[PROVIDER:]NAME` (wildcards allowed): one uprobe per probe site of the
    /// binary's `.note.stapsdt` notes, each with its own argument specs.
    fn usdt_expansions(
        &mut self,
        point: &ast::AttachPoint,
        binary: &str,
        provider: &str,
        name: &str,
    ) -> Vec<Expansion> {
        if binary.contains(['*', '?']) {
            // bpftrace attaches to every binary of the host or of the `-p` process; btc
            // reads the notes at build time, from one named binary.
            self.unsupported(point.span, "usdt probes on every binary (`usdt:*:...`)");
            return Vec::new();
        }
        let binary = match uprobes::resolve_binary(binary) {
            Ok(path) => path,
            Err(reason) => {
                self.error(point.span, format!("cannot find the usdt binary: {reason}"));
                return Vec::new();
            }
        };
        let bytes = match std::fs::read(&binary) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.error(point.span, format!("cannot read {binary}: {error}"));
                return Vec::new();
            }
        };
        let mut expansions = Vec::new();
        for note in usdt::notes(&bytes) {
            if !tracepoint::wildcard_match(provider, &note.provider)
                || !tracepoint::wildcard_match(name, &note.name)
            {
                continue;
            }
            let Some(offset) = uprobes::file_offset(&bytes, note.address) else {
                self.error(
                    point.span,
                    format!(
                        "the usdt probe {}:{} of {binary} is at {:#x}, outside every loaded segment",
                        note.provider, note.name, note.address
                    ),
                );
                return Vec::new();
            };
            let semaphore = if note.semaphore == 0 {
                0
            } else {
                uprobes::file_offset(&bytes, note.semaphore).unwrap_or(0)
            };
            let spelled = format!("{}:{}", note.provider, note.name);
            expansions.push(Expansion {
                attach_name: format!("usdt:{binary}:{spelled}"),
                section: "uprobe".to_string(),
                name_stem: format!("usdt_{}", sanitize(&spelled)),
                attach: Attach::Uprobe {
                    binary: binary.clone(),
                    function: String::new(),
                    offset,
                    return_probe: false,
                    semaphore,
                },
                context: ProbeContext::Usdt {
                    arguments: note.arguments,
                },
                function: None,
            });
        }
        if expansions.is_empty() {
            self.error(
                point.span,
                format!("{binary} has no usdt probe matching `{provider}:{name}`"),
            );
        }
        expansions
    }

    /// `watchpoint:ADDRESS:LENGTH:MODE`: MODE is made of `r`, `w` and `x` (`x` alone), and
    /// LENGTH is 1, 2, 4 or 8 bytes (an execute breakpoint covers one `long`).
    fn watchpoint_expansion(
        &mut self,
        point: &ast::AttachPoint,
        address: &str,
        length: &str,
        mode: &str,
    ) -> Vec<Expansion> {
        let address_value = match address.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).ok(),
            None => address.parse::<u64>().ok(),
        };
        let Some(address_value) = address_value.filter(|value| *value != 0) else {
            self.error(
                point.span,
                format!("`{address}` is not a watchpoint address"),
            );
            return Vec::new();
        };
        let Some(length_value) = length
            .parse::<u64>()
            .ok()
            .filter(|value| matches!(value, 1 | 2 | 4 | 8))
        else {
            self.error(point.span, "a watchpoint length is 1, 2, 4 or 8 bytes");
            return Vec::new();
        };
        let mut kind = 0;
        for letter in mode.chars() {
            let bit = match letter {
                'r' => btc_payload::BREAKPOINT_READ,
                'w' => btc_payload::BREAKPOINT_WRITE,
                'x' => btc_payload::BREAKPOINT_EXECUTE,
                _ => 0,
            };
            if bit == 0 || kind & bit != 0 {
                kind = 0;
                break;
            }
            kind |= bit;
        }
        let execute = btc_payload::BREAKPOINT_EXECUTE;
        if kind == 0 || (kind & execute != 0 && kind != execute) {
            self.error(
                point.span,
                format!("invalid watchpoint mode `{mode}`: use r, w, rw or x"),
            );
            return Vec::new();
        }
        let length_value = if kind == execute { 8 } else { length_value };
        vec![Expansion {
            attach_name: format!("watchpoint:{address}:{length}:{mode}"),
            section: "perf_event".into(),
            name_stem: "watchpoint".into(),
            attach: Attach::Watchpoint {
                address: address_value,
                length: length_value,
                kind,
            },
            context: ProbeContext::None,
            function: None,
        }]
    }
}

/// Whether a probe reads `func` or `probe` (also spelt `func()`), whose values a program
/// attached to many functions at once would have to find at run time.
fn names_its_function(probe: &ast::Probe) -> bool {
    super::macros::any_expression(probe, |expression| match &expression.kind {
        AstExprKind::Identifier(name) | AstExprKind::Call { name, .. } => {
            name == "func" || name == "probe"
        }
        _ => false,
    })
}

/// The kernel module whose function a kprobe or fentry program traces, from the
/// `MODULE:FUNCTION` target it attaches to; `None` for the kernel's own functions.
fn traced_module(attach: &Attach) -> Option<String> {
    match attach {
        Attach::Kprobe { function, .. } | Attach::Fentry { function, .. } => function
            .split_once(':')
            .map(|(module, _)| module.to_string()),
        _ => None,
    }
}

/// An event count in an attach point, spelt as bpftrace's integer literals are:
/// `1000000`, `1_000_000` or `1e6`.
fn attach_point_count(text: &str) -> Option<u64> {
    let digits = text.replace('_', "");
    match digits.split_once('e') {
        Some((mantissa, exponent)) => {
            let mantissa: u64 = mantissa.parse().ok()?;
            let exponent: u32 = exponent.parse().ok()?;
            mantissa.checked_mul(10u64.checked_pow(exponent)?)
        }
        None => digits.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::{attach_point_count, names_its_function};

    #[test]
    fn probes_that_name_their_function() {
        let probe = |source: &str| {
            let (program, diagnostics) = crate::syntax::parser::parse(source);
            assert!(diagnostics.is_empty(), "{diagnostics:?}");
            match program.items.into_iter().next() {
                Some(crate::syntax::ast::Item::Probe(probe)) => probe,
                _ => panic!("no probe in {source}"),
            }
        };
        assert!(names_its_function(&probe(
            "kprobe:vfs_* { @[func] = count(); }"
        )));
        assert!(names_its_function(&probe(
            "kprobe:vfs_* /probe == \"x\"/ { }"
        )));
        assert!(names_its_function(&probe(
            "kprobe:vfs_* { if (1) { print(func()); } }"
        )));
        assert!(!names_its_function(&probe(
            "kprobe:vfs_* { printf(\"func probe\\n\"); }"
        )));
        assert!(!names_its_function(&probe(
            "kprobe:vfs_* { $func = 1; @probe = 2; }"
        )));
    }

    #[test]
    fn attach_point_counts_take_the_integer_literal_forms() {
        assert_eq!(attach_point_count("100"), Some(100));
        assert_eq!(attach_point_count("1e6"), Some(1_000_000));
        assert_eq!(attach_point_count("2_500"), Some(2500));
        assert_eq!(attach_point_count("1e30"), None);
        assert_eq!(attach_point_count("x1"), None);
    }
}
