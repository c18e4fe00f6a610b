//! BTF-typed probe arguments: `args.NAME` and `retval` in fentry, fexit and rawtracepoint
//! probes.
//!
//! In: the probe's kernel function (fentry/fexit) or raw tracepoint, and the parameter a
//! script names. Out: a load from the probe's context, which holds the arguments as an
//! array of u64 (fexit adds the return value after them), typed from the kernel's BTF: an
//! integer of the parameter's width and sign, an enum that prints by name, or a pointer
//! whose struct can be walked (`args.file->f_path.dentry`). A fentry/fexit function's
//! parameters come from its FUNC_PROTO; a raw tracepoint's from `__probestub_<event>` (or
//! `__traceiter_<event>`), whose first parameter, the `void *__data` cookie, is not an
//! argument. Struct pointers loaded this way are wrapped in [`ExprKind::TrustedPointer`]:
//! the verifier types them from BTF, so the fields behind them may be loaded directly.

use super::*;
use crate::kernel_types::Signature;

impl Checker {
    /// The parameters of the probe's function or raw tracepoint, reported as an error
    /// when the kernel types do not have them.
    fn argument_signature(&mut self, scope: &Scope, span: Span) -> Option<Signature> {
        let ProbeContext::Arguments { tracepoint, .. } = &scope.context else {
            return None;
        };
        // A module's types are a split BTF of their own, which the typed tree cannot name.
        if scope.module.is_some() {
            self.unsupported(
                span,
                "`args` in fentry and fexit probes on module functions",
            );
            return None;
        }
        let types = self.kernel_types(span)?;
        let (signature, what) = match tracepoint {
            Some(event) => (
                types.raw_tracepoint_signature(event),
                format!("raw tracepoint {event}"),
            ),
            None => {
                let function = scope.function.clone().unwrap_or_default();
                (
                    types.function_signature(&function),
                    format!("function {function}"),
                )
            }
        };
        if signature.is_none() {
            self.error(
                span,
                format!(
                    "the kernel types in {} have no {what}",
                    types.path.display()
                ),
            );
        }
        signature
    }

    /// `args.NAME` in a fentry, fexit or rawtracepoint probe.
    pub(super) fn typed_argument(
        &mut self,
        scope: &Scope,
        field: &ast::Name,
        span: Span,
    ) -> Option<Expr> {
        let signature = self.argument_signature(scope, span)?;
        let types = self.kernel_types(span)?;
        let mut slot = 0u32;
        for parameter in &signature.parameters {
            if parameter.name == field.text {
                return self.btf_context_value(
                    scope,
                    &types,
                    parameter.type_id,
                    slot,
                    &field.text,
                    span,
                );
            }
            slot += argument_slots(&types, parameter.type_id);
        }
        let names: Vec<&str> = signature
            .parameters
            .iter()
            .map(|parameter| parameter.name.as_str())
            .collect();
        let what = match &scope.context {
            ProbeContext::Arguments {
                tracepoint: Some(event),
                ..
            } => format!("raw tracepoint {event}"),
            _ => format!("function {}", scope.function.as_deref().unwrap_or_default()),
        };
        let mut diagnostic = Diagnostic::error(
            field.span,
            format!("the {what} has no parameter `{}`", field.text),
        );
        diagnostic = if names.is_empty() {
            diagnostic.with_help("it takes no arguments")
        } else {
            diagnostic.with_help(format!("its parameters are: {}", names.join(", ")))
        };
        self.diagnostics.push(diagnostic);
        None
    }

    /// `args` as one value: a record of every argument, `{ .path = 0x..., .file = 0x... }`
    /// when printed, as `(path = args.path, file = args.file)` would be.
    pub(super) fn arguments_record(&mut self, scope: &mut Scope, span: Span) -> Option<Expr> {
        let signature = self.argument_signature(scope, span)?;
        if signature.parameters.is_empty() {
            self.error(
                span,
                "`args` is empty: this probe's function takes no arguments",
            );
            return None;
        }
        let base = ast::Expr {
            kind: AstExprKind::Identifier("args".to_string()),
            span,
        };
        let fields: Vec<(Option<String>, ast::Expr)> = signature
            .parameters
            .iter()
            .map(|parameter| {
                let access = ast::Expr {
                    kind: AstExprKind::FieldAccess {
                        base: Box::new(base.clone()),
                        field: ast::Name {
                            text: parameter.name.clone(),
                            span,
                        },
                        arrow: false,
                    },
                    span,
                };
                (Some(parameter.name.clone()), access)
            })
            .collect();
        let elements = fields
            .iter()
            .map(|(name, value)| (name.clone(), value))
            .collect();
        self.tuple_literal(scope, elements, span)
    }

    /// `retval` in a fexit probe: the value after the arguments in the context, typed by
    /// the function's return type.
    pub(super) fn typed_return_value(&mut self, scope: &Scope, span: Span) -> Option<Expr> {
        let signature = self.argument_signature(scope, span)?;
        let types = self.kernel_types(span)?;
        if signature.return_type == 0 {
            self.error(
                span,
                format!(
                    "the function {} returns void: it has no `retval`",
                    scope.function.as_deref().unwrap_or_default()
                ),
            );
            return None;
        }
        let slot = signature
            .parameters
            .iter()
            .map(|parameter| argument_slots(&types, parameter.type_id))
            .sum();
        self.btf_context_value(scope, &types, signature.return_type, slot, "retval", span)
    }

    /// The context's u64 number `slot`, typed as BTF type `type_id`.
    fn btf_context_value(
        &mut self,
        scope: &Scope,
        types: &KernelTypes,
        type_id: u32,
        slot: u32,
        name: &str,
        span: Span,
    ) -> Option<Expr> {
        // Whole u64 loads: the verifier types the context of tracing programs in 8-byte
        // slots, and the bits above a narrower integer are not defined (they are whatever
        // the register held), so integers are truncated below.
        let load = |signed: bool, ty: Type| Expr {
            kind: ExprKind::ContextField {
                offset: slot * 8,
                size: 8,
                signed,
                access: None,
                return_if_null: false,
            },
            ty,
            span,
        };
        match types.kind(type_id) {
            FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } => {
                let bits = (bytes * 8) as u8;
                let ty = Type::Integer { bits, signed };
                let whole = load(signed, if signed { Type::I64 } else { Type::U64 });
                let value = if bits == 64 {
                    Expr { ty, ..whole }
                } else {
                    Expr {
                        kind: ExprKind::IntegerCast {
                            value: Box::new(whole),
                            bits,
                            signed,
                        },
                        ty,
                        span,
                    }
                };
                if matches!(types.kind(type_id), FieldKind::Enum { .. }) {
                    return Some(kernel::enumerated(value, bytes, types.enumerators(type_id)));
                }
                Some(value)
            }
            FieldKind::Pointer { .. } => {
                let shape = types.pointer_shape(type_id)?;
                let ty = Type::Pointer {
                    user: types.is_user_pointer(type_id),
                    depth: shape.depth,
                    pointee: shape.composite.filter(|_| shape.depth == 1),
                    integer: shape.integer.map(|(bytes, signed)| typed::IntegerPointee {
                        bits: bytes * 8,
                        signed,
                    }),
                };
                let value = load(false, ty);
                match ty {
                    Type::Pointer {
                        user: false,
                        depth: 1,
                        pointee: Some(pointee),
                        ..
                    } if self.context_is_typed(scope, types) => Some(Expr {
                        kind: ExprKind::TrustedPointer {
                            value: Box::new(value),
                            pointee,
                        },
                        ty,
                        span,
                    }),
                    _ => Some(value),
                }
            }
            _ => {
                self.unsupported(
                    span,
                    &format!(
                        "the argument `{name}` of type {} (only integers, enums and pointers \
                         are read from args)",
                        types.declaration(type_id)
                    ),
                );
                None
            }
        }
    }
}

impl Checker {
    /// Whether the verifier types this probe's context from BTF: fentry and fexit always,
    /// a raw tracepoint when it is a tp_btf program (the kernel has `btf_trace_<event>`; see
    /// the probe's expansion). Only then are pointers loaded from it PTR_TO_BTF_ID.
    fn context_is_typed(&self, scope: &Scope, types: &KernelTypes) -> bool {
        match &scope.context {
            ProbeContext::Arguments {
                tracepoint: Some(event),
                ..
            } => types.has_raw_tracepoint(event),
            ProbeContext::Arguments {
                tracepoint: None, ..
            } => true,
            _ => false,
        }
    }
}

/// How many u64 slots of the context a parameter of type `type_id` takes: one, or more
/// for a struct passed by value.
fn argument_slots(types: &KernelTypes, type_id: u32) -> u32 {
    match types.kind(type_id) {
        FieldKind::Composite { id } => types.size(id).div_ceil(8).max(1),
        _ => 1,
    }
}

/// The kernel functions whose fentry and fexit programs may call `bpf_d_path`: the
/// kernel's `btf_allowlist_d_path` (kernel/trace/bpf_trace.c, unchanged from 5.10 to 6.18;
/// the first four need CONFIG_SECURITY, security_path_truncate CONFIG_SECURITY_PATH). iter
/// programs may call it too.
const D_PATH_FUNCTIONS: [&str; 9] = [
    "security_file_permission",
    "security_inode_getattr",
    "security_file_open",
    "security_path_truncate",
    "vfs_truncate",
    "vfs_fallocate",
    "dentry_open",
    "vfs_getattr",
    "filp_close",
];

impl Checker {
    /// `path(p[, size])`: the full path of a `struct path`, either a pointer to one
    /// (`args.path`) or one embedded in a struct (`args.file->f_path`), as a string of
    /// `size` bytes (bpftrace's `max_strlen` by default).
    pub(super) fn path_call(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let (argument, size) = match expressions.as_slice() {
            [argument] => (*argument, self.options.max_string_length),
            [argument, size] => match size.kind {
                AstExprKind::Integer(size) => (
                    *argument,
                    u32::try_from(size)
                        .unwrap_or(u32::MAX)
                        .clamp(1, self.options.max_string_length),
                ),
                _ => {
                    self.error(
                        size.span,
                        "path: invalid size value, need non-negative literal",
                    );
                    return None;
                }
            },
            _ => {
                self.error(
                    span,
                    "path() takes a struct path (or a pointer to one) and an optional size",
                );
                return None;
            }
        };
        match (&scope.context, scope.function.as_deref()) {
            (ProbeContext::Iterator { .. }, _) => {}
            (
                ProbeContext::Arguments {
                    tracepoint: None, ..
                },
                Some(function),
            ) if !scope.probe_name.starts_with("kprobe") => {
                if !D_PATH_FUNCTIONS.contains(&function) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            span,
                            format!("the kernel does not allow path() (bpf_d_path) in {function}"),
                        )
                        .with_help(format!(
                            "it allows it in fentry and fexit probes of {}, and in iter probes",
                            D_PATH_FUNCTIONS.join(", ")
                        )),
                    );
                    return None;
                }
            }
            _ => {
                self.error(
                    span,
                    "The path function can only be used with 'fentry', 'fexit', 'iter' probes",
                );
                return None;
            }
        }
        let (pointer, composite, offset, access_path, root) = self.kernel_place(scope, argument)?;
        let types = self.kernel_types(span)?;
        if types.name(composite) != "path" || types.is_union(composite) {
            self.error(
                argument.span,
                format!(
                    "path() needs a struct path, not struct {}",
                    types.name(composite)
                ),
            );
            return None;
        }
        // bpf_d_path takes only a pointer the verifier knows to be a struct path (or to a
        // struct that holds one at that offset).
        if !pointer.is_trusted_pointer() {
            self.diagnostics.push(
                Diagnostic::error(
                    argument.span,
                    "path() needs a struct path that the verifier knows from BTF",
                )
                .with_help(
                    "pass a probe argument or a field walked from one (path(args.path), \
                     path(args.file->f_path)), not a variable, a map value or a cast",
                ),
            );
            return None;
        }
        let access = (!access_path.is_empty())
            .then(|| crate::ir::CoreAccess::field_offset(root, access_path));
        Some(Expr {
            kind: ExprKind::Path {
                pointer: Box::new(pointer),
                offset,
                access,
            },
            ty: Type::String { size },
            span,
        })
    }
}
