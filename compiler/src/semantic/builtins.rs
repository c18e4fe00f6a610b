//! Builtins: the names that read the probe context or the current task.
//!
//! In: a builtin's name and the probe it is used in. Out: a typed [`Expr`], or an error when
//! the probe has no such value (`retval` outside a return probe, `args` without types).

use super::*;

impl Checker {
    /// `curtask`; `ppid` and `pcomm`, which read the current task's parent; and
    /// `leader_tid` and `leader_comm`, which read its thread group leader (bpftrace's
    /// `task.group_leader.pid` and `.comm`). `task` is the task they read instead of the
    /// current one (`leader_tid(task)`).
    pub(super) fn task_builtin(
        &mut self,
        name: &str,
        task_argument: Option<Expr>,
        span: Span,
    ) -> Option<Expr> {
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
        let task_pointer = Type::Pointer {
            user: false,
            depth: 1,
            pointee: Some(task),
            integer: None,
        };
        let current = match task_argument {
            Some(argument) => argument,
            None => Expr {
                kind: ExprKind::Builtin(Builtin::CurrentTask),
                ty: task_pointer,
                span,
            },
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
                    access: crate::ir::CoreAccess::field_offset(task, found.path),
                },
                ty,
                span,
            })
        };
        let (relative, field, ty) = match name {
            "ppid" => ("real_parent", "tgid", INT32),
            "pcomm" => ("real_parent", "comm", Type::String { size: 16 }),
            "leader_tid" => ("group_leader", "pid", INT32),
            _ => ("group_leader", "comm", Type::String { size: 16 }),
        };
        let value =
            read(current, relative, task_pointer).and_then(|relative| read(relative, field, ty));
        if value.is_none() {
            self.error(
                span,
                format!("the kernel's struct task_struct lacks the fields `{name}` needs"),
            );
        }
        value
    }

    /// `leader_tid(task)` and `leader_comm(task)`: the same as the builtins, for the
    /// task that `task` (a `struct task_struct *`) points at.
    pub(super) fn task_function(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let task = match expressions.as_slice() {
            [] => None,
            [task] => {
                let task = self.expression(scope, task)?;
                let types = self.kernel_types(span)?;
                let expected = types.composite("task_struct", false);
                if !matches!(task.ty, Type::Pointer { depth: 1, pointee, .. } if pointee.is_some() && pointee == expected)
                {
                    self.error(
                        task.span,
                        format!(
                            "{name}() needs a struct task_struct *, not {}",
                            task.ty.describe()
                        ),
                    );
                    return None;
                }
                Some(task)
            }
            _ => {
                self.error(span, format!("{name}() takes an optional task"));
                return None;
            }
        };
        self.task_builtin(name, task, span)
    }

    /// The builtins whose meaning depends on the probe: `argN`, `retval`, `func` and
    /// `probe`. `None` when `name` is none of them; `Some(None)` after an error.
    pub(super) fn context_builtin(
        &mut self,
        scope: &Scope,
        name: &str,
        span: Span,
    ) -> Option<Option<Expr>> {
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
                access: None,
                return_if_null: false,
            },
            ty: if signed { Type::I64 } else { Type::U64 },
            span,
        };
        if matches!(
            name,
            "curtask" | "ppid" | "pcomm" | "leader_tid" | "leader_comm"
        ) {
            return Some(self.task_builtin(name, None, span));
        }
        if let Some(found) = self.probe_builtin(scope, name, span) {
            return Some(found);
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
                    ..
                },
            ) if index < 12 => Some(Some(field(index * 8, false))),
            (
                "retval",
                _,
                ProbeContext::Registers {
                    return_probe: true, ..
                },
            ) => Some(Some(field(PT_REGS_RETURN_VALUE, true))),
            (
                "retval",
                _,
                ProbeContext::Arguments {
                    return_probe: true, ..
                },
            ) if scope.module.is_none() => Some(self.typed_return_value(scope, span)),
            (
                "retval",
                _,
                ProbeContext::Arguments {
                    return_probe: true, ..
                },
            ) => {
                // A module function's types are in the module's own BTF: its return value
                // is read as a u64 after the arguments in fexit's context.
                let function = scope.function.clone().unwrap_or_default();
                let Some(types) = self.kernel_types(span) else {
                    return Some(None);
                };
                let count = match &scope.module {
                    Some(module) => types.module_parameter_count(module, &function),
                    None => types.parameter_count(&function).ok_or_else(|| {
                        format!(
                            "the kernel types in {} have no function {function}",
                            types.path.display()
                        )
                    }),
                };
                match count {
                    Ok(count) => Some(Some(field(count as u32 * 8, true))),
                    Err(message) => {
                        self.error(span, message);
                        Some(None)
                    }
                }
            }
            (_, Some(index), ProbeContext::Usdt { arguments }) => {
                match arguments.get(index as usize) {
                    Some(argument) => Some(self.usdt_argument(argument, span)),
                    None => {
                        self.error(
                            span,
                            format!(
                                "this usdt probe has {} argument{}",
                                arguments.len(),
                                if arguments.len() == 1 { "" } else { "s" }
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

    /// The builtins that depend on the probe or the tool's command line: `ctx`,
    /// `probetype`, `usermode`, `cpid` and `has_cpid`. `None` when `name` is none of them;
    /// `Some(None)` after an error.
    pub(super) fn probe_builtin(
        &mut self,
        scope: &Scope,
        name: &str,
        span: Span,
    ) -> Option<Option<Expr>> {
        let probe_type = probe_type(&scope.probe_name);
        let found = match name {
            "probetype" => Some(Expr {
                kind: ExprKind::StringLiteral(probe_type.as_bytes().to_vec()),
                ty: Type::String {
                    size: probe_type.len() as u32 + 1,
                },
                span,
            }),
            "ctx" => self.context_pointer(scope, probe_type, span),
            "usermode" => {
                // bpftrace reads the saved `cs` of the context's registers: the lowest two
                // bits are the privilege level, 3 in user mode.
                if !matches!(
                    scope.context,
                    ProbeContext::Registers { .. } | ProbeContext::Usdt { .. }
                ) && !is_perf_event(probe_type)
                {
                    self.error(
                        span,
                        format!(
                            "`usermode` needs the probe's registers, which '{probe_type}' probes do not have"
                        ),
                    );
                    return Some(None);
                }
                let field = |offset: u32| Expr {
                    kind: ExprKind::ContextField {
                        offset,
                        size: 8,
                        signed: false,
                        access: None,
                        return_if_null: false,
                    },
                    ty: Type::U64,
                    span,
                };
                let integer = |value: i64| Expr {
                    kind: ExprKind::Integer(value),
                    ty: Type::U64,
                    span,
                };
                let privilege = Expr {
                    kind: ExprKind::Binary {
                        operation: Arithmetic::And,
                        left: Box::new(field(PT_REGS_CS)),
                        right: Box::new(integer(3)),
                    },
                    ty: Type::U64,
                    span,
                };
                Some(Expr {
                    kind: ExprKind::Compare {
                        comparison: Comparison::Equal,
                        left: Box::new(privilege),
                        right: Box::new(integer(3)),
                        signed: false,
                    },
                    ty: Type::Integer {
                        bits: 8,
                        signed: false,
                    },
                    span,
                })
            }
            "cpid" | "has_cpid" => {
                let child = self.runtime_slot(btc_payload::RuntimeValueSource::ChildPid, span);
                if name == "has_cpid" {
                    Some(Expr {
                        kind: ExprKind::Compare {
                            comparison: Comparison::NotEqual,
                            left: Box::new(child),
                            right: Box::new(Expr {
                                kind: ExprKind::Integer(0),
                                ty: Type::U64,
                                span,
                            }),
                            signed: false,
                        },
                        ty: Type::I64,
                        span,
                    })
                } else {
                    Some(self.child_pid_with_warning(child, span))
                }
            }
            _ => return None,
        };
        Some(found)
    }

    /// `cpid` as bpftrace's stdlib defines it: the child's pid, with a run-time warning
    /// when the tool was started without `-c` (the value is then 0).
    fn child_pid_with_warning(&mut self, child: Expr, span: Span) -> Expr {
        let format = Format::parse("No child command (`-c`); cpid is zero")
            .expect("a format without conversions");
        let action = self.push_action(btc_payload::Action::Diagnostic {
            severity: btc_payload::Severity::Warning,
            location: btc_payload::SourceLocation::default(),
            format,
            arguments: Vec::new(),
        });
        self.action_spans.push((action, span));
        let warning = Statement::Printf {
            action,
            arguments: Vec::new(),
            record_size: 8,
            span,
        };
        let missing = Expr {
            kind: ExprKind::Compare {
                comparison: Comparison::Equal,
                left: Box::new(child.clone()),
                right: Box::new(Expr {
                    kind: ExprKind::Integer(0),
                    ty: Type::U64,
                    span,
                }),
                signed: false,
            },
            ty: Type::I64,
            span,
        };
        Expr {
            kind: ExprKind::Block {
                statements: vec![Statement::If {
                    condition: missing,
                    then: vec![warning],
                    otherwise: Vec::new(),
                    span,
                }],
                value: Box::new(child),
            },
            ty: Type::U64,
            span,
        }
    }

    /// `ctx`: the program's context, typed as bpftrace types it: `struct pt_regs *` in
    /// kprobes, uprobes and usdt, `struct bpf_perf_event_data *` in perf-event probes
    /// (profile, interval, software, hardware, watchpoint), `struct bpf_iter__NAME *` in
    /// iter probes.
    fn context_pointer(&mut self, scope: &Scope, probe_type: &str, span: Span) -> Option<Expr> {
        let struct_name = match &scope.context {
            ProbeContext::Registers { .. } | ProbeContext::Usdt { .. } => Some("pt_regs"),
            ProbeContext::Iterator { .. } => None,
            ProbeContext::Tracepoint(_) => {
                self.error(span, "Use args instead of ctx in tracepoint");
                return None;
            }
            _ if is_perf_event(probe_type) => Some("bpf_perf_event_data"),
            _ => {
                self.error(
                    span,
                    format!("The ctx builtin can not be used with '{probe_type}' probes"),
                );
                return None;
            }
        };
        let pointee = match (struct_name, &scope.context) {
            (_, ProbeContext::Iterator { context }) => *context,
            (Some(struct_name), _) => {
                let types = self.kernel_types(span)?;
                let Some(id) = types.composite(struct_name, false) else {
                    self.error(
                        span,
                        format!(
                            "the kernel types in {} have no struct {struct_name}",
                            types.path.display()
                        ),
                    );
                    return None;
                };
                id
            }
            (None, _) => return None,
        };
        Some(Expr {
            kind: ExprKind::Builtin(Builtin::Context),
            ty: Type::Pointer {
                user: false,
                depth: 1,
                pointee: Some(pointee),
                integer: None,
            },
            span,
        })
    }

    /// A `u64` the runtime finds when the tool starts (a `.rodata` slot; one per source).
    pub(super) fn runtime_slot(
        &mut self,
        source: btc_payload::RuntimeValueSource,
        span: Span,
    ) -> Expr {
        let index = match self
            .runtime_values
            .iter()
            .position(|known| *known == source)
        {
            Some(index) => index,
            None => {
                self.runtime_values.push(source);
                self.runtime_values.len() - 1
            }
        };
        Expr {
            kind: ExprKind::RuntimeValue(index),
            ty: Type::U64,
            span,
        }
    }

    pub(super) fn builtin(&mut self, name: &str, span: Span) -> Option<Expr> {
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
                Builtin::Uid
                | Builtin::Gid
                | Builtin::Nsecs
                | Builtin::Elapsed
                | Builtin::Cgroup
                | Builtin::Random
                | Builtin::CpuCount
                | Builtin::NumaNode
                | Builtin::Jiffies
                | Builtin::MonotonicNsecs
                | Builtin::TaiNsecs => Type::U64,
                Builtin::Comm => Type::String { size: 16 },
                Builtin::CurrentTask => unreachable!("curtask is typed by task_builtin"),
                Builtin::Context => unreachable!("ctx is typed by probe_builtin"),
            };
            return Some(Expr {
                kind: ExprKind::Builtin(*builtin),
                ty,
                span,
            });
        }
        if matches!(name, "kstack" | "ustack") {
            return self.stack(name, &[], span);
        }
        if name == "username" {
            // bpftrace records the uid and names it when it prints.
            return Some(Expr {
                kind: ExprKind::Builtin(Builtin::Uid),
                ty: Type::Resolved(btc_payload::Resolved::UserName),
                span,
            });
        }
        if let Some(found) = self.kernel_enumerator(name, span) {
            return Some(found);
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

    /// `reg("name")`: a register of the probe's `struct pt_regs`, as a `uint64`.
    pub(super) fn register(
        &mut self,
        scope: &Scope,
        arguments: &[&ast::Expr],
        span: Span,
    ) -> Option<Expr> {
        let [argument] = arguments else {
            self.error(span, "reg() takes one register name, e.g. reg(\"ip\")");
            return None;
        };
        let AstExprKind::String(name) = &argument.kind else {
            self.error(
                argument.span,
                "reg() takes a string literal, e.g. reg(\"ip\")",
            );
            return None;
        };
        let Some((_, offset)) = PT_REGS_REGISTERS.iter().find(|(known, _)| known == name) else {
            self.error(
                argument.span,
                format!("'{name}' is not a valid register on this architecture (x86_64)"),
            );
            return None;
        };
        if !matches!(
            scope.context,
            ProbeContext::Registers { .. } | ProbeContext::Usdt { .. }
        ) {
            self.error(
                span,
                "reg() is only available where the context holds registers (kprobe, uprobe, usdt)",
            );
            return None;
        }
        Some(Expr {
            kind: ExprKind::ContextField {
                offset: *offset,
                size: 8,
                signed: false,
                access: None,
                return_if_null: false,
            },
            ty: Type::U64,
            span,
        })
    }

    /// `override(rc)`: the probed kernel function returns `rc` instead of running
    /// (`bpf_override_return`). Only kprobes can, and since it changes the traced system it
    /// needs `--unsafe`; the checks and their words are bpftrace's, in its order.
    pub(super) fn override_return(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        if !matches!(
            scope.context,
            ProbeContext::Registers {
                user: false,
                return_probe: false
            }
        ) {
            self.error(span, "override() can only be used inside kprobes");
            return None;
        }
        if !self.options.allow_unsafe {
            self.diagnostics.push(
                Diagnostic::error(
                    span,
                    "override() is unsafe. To use you need the --unsafe flag",
                )
                .with_help("build with `btc build --unsafe` to allow it"),
            );
            return None;
        }
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, "override() takes one argument, the return value");
            return None;
        };
        let value = self.expression(scope, argument)?;
        if !value.ty.is_integer_like() {
            self.error(
                value.span,
                format!(
                    "override() only supports int arguments ({} provided)",
                    value.ty.describe()
                ),
            );
            return None;
        }
        Some(Statement::Override { value, span })
    }

    /// `signal(SIGKILL)`, `signal("KILL")`, `signal("SIGKILL")` or `signal(9)`: sends a
    /// signal to the current process; `signal_thread(...)` (`thread`) to the current
    /// thread only. It changes the traced system, so it needs `--unsafe`.
    pub(super) fn signal(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        thread: bool,
        span: Span,
    ) -> Option<Statement> {
        let function = if thread { "signal_thread" } else { "signal" };
        if !self.options.allow_unsafe {
            self.diagnostics.push(
                Diagnostic::error(
                    span,
                    format!("{function}() is an unsafe function being used in safe mode"),
                )
                .with_help("build with `btc build --unsafe` to allow it"),
            );
            return None;
        }
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(
                span,
                format!(
                    "{function}() takes one signal, e.g. {function}(SIGKILL) or {function}(\"KILL\")"
                ),
            );
            return None;
        };
        let signal = if let AstExprKind::String(name) = &argument.kind {
            let full = if name.starts_with("SIG") {
                name.clone()
            } else {
                format!("SIG{name}")
            };
            match constants::uapi(&full).filter(|_| full.starts_with("SIG")) {
                Some(number) => Expr {
                    kind: ExprKind::Integer(number),
                    ty: Type::I64,
                    span: argument.span,
                },
                None => {
                    self.error(argument.span, format!("`{name}` is not a signal name"));
                    return None;
                }
            }
        } else {
            let value = self.expression(scope, argument)?;
            if !value.ty.is_integer_like() {
                self.error(
                    value.span,
                    format!(
                        "{function}() needs a signal number, not {}",
                        value.ty.describe()
                    ),
                );
                return None;
            }
            if let ExprKind::Integer(number) = value.kind
                && !(1..=64).contains(&number)
            {
                self.error(
                    value.span,
                    format!("{number} is not a signal number (1 to 64)"),
                );
                return None;
            }
            value
        };
        Some(Statement::Signal {
            signal,
            thread,
            span,
        })
    }

    /// A usdt argument, read from where its spec says: a register of the context, a
    /// constant, or user memory at a register plus a displacement.
    fn usdt_argument(&mut self, argument: &usdt::UsdtArgument, span: Span) -> Option<Expr> {
        let ty = Type::Integer {
            bits: argument.size * 8,
            signed: argument.signed,
        };
        let kind = match argument.operand {
            usdt::UsdtOperand::Register { offset } => ExprKind::ContextField {
                offset,
                size: u32::from(argument.size),
                signed: argument.signed,
                access: None,
                return_if_null: false,
            },
            usdt::UsdtOperand::Constant(value) => ExprKind::Integer(value),
            usdt::UsdtOperand::Memory {
                register_offset,
                displacement,
            } => ExprKind::UserMemory {
                base: Box::new(Expr {
                    kind: ExprKind::ContextField {
                        offset: register_offset,
                        size: 8,
                        signed: false,
                        access: None,
                        return_if_null: false,
                    },
                    ty: Type::U64,
                    span,
                }),
                displacement,
            },
            usdt::UsdtOperand::Unsupported => {
                self.unsupported(
                    span,
                    &format!("the usdt argument operand `{}`", argument.spec),
                );
                return None;
            }
        };
        Some(Expr { kind, ty, span })
    }

    /// `kstack`, `ustack`, and their call forms `kstack(N)`, `kstack(mode)` and
    /// `kstack(mode, N)`, where mode is `bpftrace`, `perf` or `raw` and N (1 to 127) the
    /// most frames recorded, as in bpftrace.
    pub(super) fn stack(
        &mut self,
        name: &str,
        arguments: &[&ast::Expr],
        span: Span,
    ) -> Option<Expr> {
        let user = name == "ustack";
        let mut mode = StackMode::Bpftrace;
        let mut limit = btc_payload::MAX_STACK_FRAMES;
        let usage = format!(
            "{name}() takes an optional mode (bpftrace, perf, raw) and an optional frame limit"
        );
        if arguments.len() > 2 {
            self.error(span, usage);
            return None;
        }
        for (index, argument) in arguments.iter().enumerate() {
            match &argument.kind {
                AstExprKind::Identifier(word) if index == 0 => {
                    mode = match word.as_str() {
                        "bpftrace" => StackMode::Bpftrace,
                        "perf" => StackMode::Perf,
                        "raw" => StackMode::Raw,
                        "build_id" => {
                            self.unsupported(argument.span, "the build_id stack mode");
                            return None;
                        }
                        _ => {
                            self.error(
                                argument.span,
                                format!("unknown stack mode `{word}`: use bpftrace, perf or raw"),
                            );
                            return None;
                        }
                    };
                }
                AstExprKind::Integer(value) if index + 1 == arguments.len() => {
                    let maximum = btc_payload::MAX_STACK_FRAMES;
                    match u32::try_from(*value) {
                        Ok(value) if (1..=maximum).contains(&value) => limit = value,
                        _ => {
                            self.error(
                                argument.span,
                                format!("the {name} frame limit must be from 1 to {maximum}"),
                            );
                            return None;
                        }
                    }
                }
                _ => {
                    self.error(argument.span, usage);
                    return None;
                }
            }
        }
        self.stack_limits.insert(limit);
        Some(Expr {
            kind: ExprKind::Stack { user, limit },
            ty: Type::Stack { user, limit, mode },
            span,
        })
    }

    /// `ksym(address)` and `usym(address)`: an address, printed as the symbol that holds
    /// it (in the kernel, or in the current process).
    pub(super) fn symbol(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[&ast::Expr],
        span: Span,
    ) -> Option<Expr> {
        let [address] = arguments else {
            self.error(span, format!("{name}() takes one address"));
            return None;
        };
        let address = self.expression(scope, address)?;
        if !address.ty.is_integer_like() {
            self.error(
                address.span,
                format!("{name}() needs an address, not {}", address.ty.describe()),
            );
            return None;
        }
        if name == "usym" {
            return Some(Expr {
                kind: ExprKind::UserSymbol(Box::new(address)),
                ty: Type::UserSymbol,
                span,
            });
        }
        Some(Expr {
            kind: ExprKind::KernelSymbol(Box::new(address)),
            ty: Type::KernelSymbol,
            span,
        })
    }
}

/// A 32-bit signed integer (`pid_t`).
pub(super) const INT32: Type = Type::Integer {
    bits: 32,
    signed: true,
};

/// Offset of the saved code segment (`cs`) in x86-64's `struct pt_regs`.
const PT_REGS_CS: u32 = 136;
/// Offset of the instruction pointer (`ip`) in x86-64's `struct pt_regs`.
pub(super) const PT_REGS_IP: u32 = 128;

/// bpftrace's name for the type of the probe an attach point belongs to (`probetype`):
/// `special` for BEGIN and END, else the provider's full name, whatever alias the script
/// used.
pub(super) fn probe_type(attach_name: &str) -> &'static str {
    let provider = attach_name.split(':').next().unwrap_or_default();
    // `U` is usdt's alias; `u` is uprobe's.
    if provider == "U" {
        return "usdt";
    }
    match provider.to_ascii_lowercase().as_str() {
        "begin" | "end" => "special",
        "kprobe" | "k" => "kprobe",
        "kretprobe" | "kr" => "kretprobe",
        "uprobe" | "u" => "uprobe",
        "uretprobe" | "ur" => "uretprobe",
        "usdt" => "usdt",
        "tracepoint" | "t" => "tracepoint",
        "profile" | "p" => "profile",
        "interval" | "i" => "interval",
        "software" | "s" => "software",
        "hardware" | "h" => "hardware",
        "watchpoint" | "w" => "watchpoint",
        "fentry" | "f" | "kfunc" => "fentry",
        "fexit" | "fr" | "kretfunc" => "fexit",
        "iter" | "it" => "iter",
        "rawtracepoint" | "rt" => "rawtracepoint",
        _ => "invalid",
    }
}

/// Whether programs of this probe type are perf-event programs, whose context is
/// `struct bpf_perf_event_data` (its first member the registers).
fn is_perf_event(probe_type: &str) -> bool {
    matches!(
        probe_type,
        "profile" | "interval" | "software" | "hardware" | "watchpoint"
    )
}

/// bpftrace's x86-64 register names for `reg()` and their offsets in `struct pt_regs`.
const PT_REGS_REGISTERS: &[(&str, u32)] = &[
    ("r15", 0),
    ("r14", 8),
    ("r13", 16),
    ("r12", 24),
    ("bp", 32),
    ("bx", 40),
    ("r11", 48),
    ("r10", 56),
    ("r9", 64),
    ("r8", 72),
    ("ax", 80),
    ("cx", 88),
    ("dx", 96),
    ("si", 104),
    ("di", 112),
    ("orig_rax", 120),
    ("ip", 128),
    ("pc", 128),
    ("cs", 136),
    ("flags", 144),
    ("sp", 152),
    ("ss", 160),
];
