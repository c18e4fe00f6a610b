//! Builtins: the names that read the probe context or the current task.
//!
//! In: a builtin's name and the probe it is used in. Out: a typed [`Expr`], or an error when
//! the probe has no such value (`retval` outside a return probe, `args` without types).

use super::*;

impl Checker {
    /// `curtask`, and `ppid` and `pcomm`, which read the current task's parent.
    pub(super) fn task_builtin(&mut self, name: &str, span: Span) -> Option<Expr> {
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
                integer: None,
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
                    access: crate::ir::CoreAccess::field_offset(task, found.path),
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
                integer: None,
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
                | Builtin::Cgroup => Type::U64,
                Builtin::Comm => Type::String { size: 16 },
                Builtin::CurrentTask => unreachable!("curtask is typed by task_builtin"),
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
