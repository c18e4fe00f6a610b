//! Function calls: the stdlib functions, printf and its relatives.
//!
//! In: a call expression or statement. Out: a typed expression or statement. printf-like
//! calls get an [`btc_payload::Action`] that the runtime uses to format their records;
//! every function bpftrace knows but btc does not yet implement is rejected by name.

use super::*;

impl Checker {
    pub(super) fn call(
        &mut self,
        scope: &mut Scope,
        name: &str,
        name_span: Span,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        if name == "nsecs" && !arguments.is_empty() {
            let expressions = self.call_expressions(arguments, span)?;
            return self.clock_nanoseconds(&expressions, span);
        }
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
            "leader_tid" | "leader_comm" => self.task_function(scope, name, arguments, span),
            "username" if arguments.is_empty() => self.builtin(name, span),
            "uaddr" => self.user_address(scope, arguments, span),
            "pton" => self.pton(arguments, span),
            "memcmp" => self.memory_compare(scope, arguments, span),
            "getopt" => self.getopt(arguments, span),
            "kfunc_exist" | "kfunc_allowed" => self.kfunc_check(scope, name, arguments, span),
            "signal_name" | "syscall_name" | "cgroup_path" => {
                self.named_number(scope, name, arguments, span)
            }
            "ctx" | "probetype" | "usermode" | "cpid" | "has_cpid" => {
                if !arguments.is_empty() {
                    self.error(span, format!("{name}() takes no arguments"));
                    return None;
                }
                self.probe_builtin(scope, name, span).flatten()
            }
            "kstack" | "ustack" => {
                let expressions = self.call_expressions(arguments, span)?;
                self.stack(name, &expressions, span)
            }
            "reg" => {
                let expressions = self.call_expressions(arguments, span)?;
                self.register(scope, &expressions, span)
            }
            "ksym" | "usym" => {
                let expressions = self.call_expressions(arguments, span)?;
                self.symbol(scope, name, &expressions, span)
            }
            "delete" => {
                let (map, keys) = self.delete_arguments(scope, arguments, span)?;
                Some(Expr {
                    kind: ExprKind::MapDelete { map, keys },
                    ty: Type::I64,
                    span,
                })
            }
            "len" => {
                let expressions = self.call_expressions(arguments, span)?;
                let (map, keys) = self.existing_map(arguments.first(), name, span)?;
                if expressions.len() != 1 || !keys.is_empty() {
                    self.error(span, "len() takes one map, without a key");
                    return None;
                }
                if self.maps[map.0].key.is_none() {
                    self.error(
                        span,
                        "call to len() expects a map with explicit keys (non-scalar map)",
                    );
                    return None;
                }
                Some(Expr {
                    kind: ExprKind::MapLength(map),
                    ty: Type::I64,
                    span,
                })
            }
            "kaddr" | "cgroupid" => self.runtime_value(name, arguments, span),
            "percpu_kaddr" => self.per_cpu_address(scope, arguments, span),
            "container_of" => self.container_of(scope, arguments, span),
            "uptr" | "kptr" => self.address_space_cast(scope, name, arguments, span),
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
                    Type::Integer { .. }
                    | Type::Pointer { .. }
                    | Type::String { size: 4 | 16 }
                    | Type::Array {
                        element_bytes: 1,
                        length: 4 | 16,
                        ..
                    } => {}
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
            "path" => self.path_call(scope, arguments, span),
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
                // `str($N + k)`: the N-th argument without its first k characters.
                let (pointer, skip) = match &pointer.kind {
                    AstExprKind::Binary {
                        operator: BinaryOperator::Add,
                        left,
                        right,
                    } if matches!(left.kind, AstExprKind::Positional(_)) => match right.kind {
                        AstExprKind::Integer(skip) => (left.as_ref(), skip),
                        _ => (pointer, 0),
                    },
                    _ => (pointer, 0),
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
                    if skip > 0 {
                        let skip = skip.min(u64::from(size) - 1) as u32;
                        return Some(Expr {
                            kind: ExprKind::PositionalStringFrom { index, skip },
                            ty: Type::String { size: size - skip },
                            span,
                        });
                    }
                    return Some(Expr {
                        kind: ExprKind::PositionalString(index),
                        ty: Type::String { size },
                        span,
                    });
                }
                let pointer = self.expression(scope, pointer)?;
                // bpftrace reads a `__data_loc` field with str(); btc types it as a string.
                if let ExprKind::ContextDataLocation { .. } = pointer.kind {
                    return Some(Expr {
                        ty: Type::String { size },
                        span,
                        ..pointer
                    });
                }
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
            "strlen" | "strncmp" | "strcontains" | "strstr" => {
                self.string_function(scope, name, arguments, span)
            }
            "buf" => self.buffer(scope, arguments, span),
            "macaddr" => {
                let expressions = self.call_expressions(arguments, span)?;
                let [source] = expressions.as_slice() else {
                    self.error(
                        span,
                        "macaddr() takes one argument: a char[6] or an address",
                    );
                    return None;
                };
                let source = self.expression(scope, source)?;
                let space = match source.ty {
                    Type::Pointer { user: true, .. } => AddressSpace::User,
                    Type::Pointer { .. } => AddressSpace::Kernel,
                    Type::Integer { .. } => scope.context.address_space(),
                    Type::String { size } if size >= 6 => AddressSpace::Kernel,
                    other => {
                        self.error(
                            source.span,
                            format!(
                                "macaddr() needs an array of at least 6 bytes or an address, not {}",
                                other.describe()
                            ),
                        );
                        return None;
                    }
                };
                Some(Expr {
                    kind: ExprKind::MacAddress {
                        source: Box::new(source),
                        space,
                    },
                    ty: Type::MacAddress,
                    span,
                })
            }
            "strerror" => {
                let expressions = self.call_expressions(arguments, span)?;
                let [errno] = expressions.as_slice() else {
                    self.error(span, "strerror() takes one errno");
                    return None;
                };
                let errno = self.expression(scope, errno)?;
                if !errno.ty.is_integer_like() {
                    self.error(
                        errno.span,
                        format!(
                            "strerror() needs an integer errno, not {}",
                            errno.ty.describe()
                        ),
                    );
                    return None;
                }
                Some(Expr {
                    kind: ExprKind::ErrorText(Box::new(errno)),
                    ty: Type::ErrorText,
                    span,
                })
            }
            "is_str"
            | "is_integer"
            | "is_unsigned_integer"
            | "is_ptr"
            | "is_array"
            | "is_literal"
            | "strcap"
            | "default_str_length"
            | "is_err" => self.introspection(scope, name, arguments, span),
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

    /// `buf(data, length)`: `length` bytes (a literal, at most `max_strlen`) read from the
    /// address `data`, or taken from the string `data`.
    fn buffer(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let (source, length) = match expressions.as_slice() {
            [source, length] => (*source, *length),
            [source] => {
                let source = self.expression(scope, source)?;
                // bpftrace infers the length of arrays only; a char[N] field is btc's one
                // array type, typed as a string.
                let Type::String { size } = source.ty else {
                    self.error(
                        span,
                        format!(
                            "buf() expects a length argument for non-array type {}",
                            source.ty.describe()
                        ),
                    );
                    return None;
                };
                return Some(Expr {
                    kind: ExprKind::Buffer {
                        source: Box::new(source),
                        space: AddressSpace::Kernel,
                    },
                    ty: Type::Buffer { size },
                    span,
                });
            }
            _ => {
                self.error(span, "buf() takes an address and a length");
                return None;
            }
        };
        let size = match &length.kind {
            AstExprKind::Integer(length) => {
                (*length).min(u64::from(self.options.max_string_length)) as u32
            }
            _ => {
                self.unsupported(length.span, "a buf() length that is not an integer literal");
                return None;
            }
        };
        let source = self.expression(scope, source)?;
        let space = match source.ty {
            Type::Pointer { user: true, .. } => AddressSpace::User,
            Type::Pointer { .. } => AddressSpace::Kernel,
            Type::Integer { .. } => scope.context.address_space(),
            Type::String { .. } => AddressSpace::Kernel,
            other => {
                self.error(
                    source.span,
                    format!(
                        "buf() expects an integer, string, or array argument but saw {}",
                        other.describe()
                    ),
                );
                return None;
            }
        };
        Some(Expr {
            kind: ExprKind::Buffer {
                source: Box::new(source),
                space,
            },
            ty: Type::Buffer { size },
            span,
        })
    }

    /// The arguments of a call, all of which must be expressions.
    pub(super) fn call_expressions<'a>(
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

    pub(super) fn push_action(&mut self, action: btc_payload::Action) -> usize {
        self.actions.push(action);
        self.actions.len() - 1
    }

    pub(super) fn printf(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        self.printf_like(scope, "printf", arguments, span, |format, arguments| {
            btc_payload::Action::Printf { format, arguments }
        })
    }

    /// `cat`, `system`, `errorf` and `warnf`: a format and arguments, as for printf, that
    /// the runtime formats and then uses.
    pub(super) fn output_function(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        if function == "system" && !self.options.allow_unsafe {
            // bpftrace's words, and how to get the same with btc.
            self.diagnostics.push(
                Diagnostic::error(
                    span,
                    "system() is an unsafe function being used in safe mode",
                )
                .with_help(
                    "build with `btc build --unsafe` to allow unsafe/destructive \
                     functionality, as bpftrace's --unsafe does",
                ),
            );
            return None;
        }
        let statement = self.printf_like(
            scope,
            function,
            arguments,
            span,
            |format, arguments| match function {
                "cat" => btc_payload::Action::Cat { format, arguments },
                "system" => btc_payload::Action::System { format, arguments },
                _ => btc_payload::Action::Diagnostic {
                    severity: if function == "errorf" {
                        btc_payload::Severity::Error
                    } else {
                        btc_payload::Severity::Warning
                    },
                    location: btc_payload::SourceLocation::default(),
                    format,
                    arguments,
                },
            },
        )?;
        if let Statement::Printf { action, .. } = statement
            && matches!(function, "errorf" | "warnf")
        {
            self.action_spans.push((action, span));
        }
        Some(statement)
    }

    /// A call whose first argument is a printf format and the rest its arguments; `make`
    /// builds its action from the format and the arguments' places in the record.
    fn printf_like(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
        make: impl FnOnce(Format, Vec<btc_payload::Field>) -> btc_payload::Action,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let Some((format_expression, values)) = expressions.split_first() else {
            self.error(span, format!("{function}() needs a format string"));
            return None;
        };
        let AstExprKind::String(text) = &format_expression.kind else {
            self.error(
                format_expression.span,
                format!("{function}()'s format must be a string literal"),
            );
            return None;
        };
        let format = match Format::parse(text) {
            Ok(format) => format,
            Err(error) => {
                self.error(
                    format_expression.span,
                    format!("invalid {function} format: {}", error.message),
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
                    "{function}: the format has {} conversion{} but {} argument{} {} given",
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
                ConversionKind::String => !matches!(value.ty, Type::Void),
                kind if kind.is_integer() => value.ty.is_integer_like(),
                // As in bpftrace: %r, %rx and %rh print buffers only.
                _ => matches!(value.ty, Type::Buffer { .. }),
            };
            if !accepted {
                self.error(
                    value.span,
                    format!(
                        "{function}: this conversion cannot print a value of type {}",
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
        let action = self.push_action(make(format, fields));
        Some(Statement::Printf {
            action,
            arguments: record_arguments,
            record_size: offset.next_multiple_of(8),
            span,
        })
    }

    pub(super) fn join(
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

    /// `unwatch(address)`: the tool detaches the watchpoints on `address` when it reads
    /// the record.
    pub(super) fn unwatch(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let [address] = expressions.as_slice() else {
            self.error(span, "unwatch() takes one argument, the watched address");
            return None;
        };
        let address = self.expression(scope, address)?;
        if !address.ty.is_integer_like() {
            self.error(
                address.span,
                format!("unwatch() needs an address, not {}", address.ty.describe()),
            );
            return None;
        }
        let action = match self
            .actions
            .iter()
            .position(|action| *action == btc_payload::Action::Unwatch)
        {
            Some(existing) => existing,
            None => {
                self.actions.push(btc_payload::Action::Unwatch);
                self.actions.len() - 1
            }
        };
        Some(Statement::Unwatch {
            action,
            address,
            span,
        })
    }

    pub(super) fn exit(
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
