//! Kernel types: casts to kernel structs and field walks through BTF.
//!
//! In: casts, `->` and `.` on kernel pointers and records. Out: typed field reads that carry
//! the BTF access path each CO-RE relocation is emitted from.

use super::*;

/// Bytes read from a `__data_loc char[]` tracepoint field: bpftrace's default `max_strlen`,
/// as for `str()`.
const DATA_LOCATION_STRING_SIZE: u32 = 1024;

impl Checker {
    /// The kernel types, loaded on first use.
    pub(super) fn kernel_types(&mut self, span: Span) -> Option<Rc<KernelTypes>> {
        if let Some(types) = &self.kernel_types {
            return Some(types.clone());
        }
        let path = self
            .options
            .btf
            .clone()
            .unwrap_or_else(|| PathBuf::from(kernel_types::VMLINUX_BTF));
        match KernelTypes::load(&path) {
            Ok(mut types) => {
                let definitions: Vec<_> = self
                    .definitions
                    .iter()
                    .map(|(definition, _)| definition.clone())
                    .collect();
                if let Err((index, error)) = types.define(&definitions) {
                    let span = self.definitions[index].1;
                    self.error(span, error);
                }
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

    /// The kernel types if they can be read, without an error if they cannot. The caller
    /// stores them in `self.kernel_types` once it uses them: only a script that uses kernel
    /// types carries them (and local BTF) further.
    pub(super) fn kernel_types_if_any(&self) -> Option<Rc<KernelTypes>> {
        if let Some(types) = &self.kernel_types {
            return Some(types.clone());
        }
        let path = self
            .options
            .btf
            .clone()
            .unwrap_or_else(|| PathBuf::from(kernel_types::VMLINUX_BTF));
        let mut types = KernelTypes::load(&path).ok()?;
        let definitions: Vec<_> = self
            .definitions
            .iter()
            .map(|(definition, _)| definition.clone())
            .collect();
        types.define(&definitions).ok()?;
        Some(Rc::new(types))
    }

    /// The CO-RE access of a tracepoint field through the kernel's
    /// `trace_event_raw_<event>` struct, when the kernel types have that struct with the
    /// field at the format file's offset. Syscall tracepoints are left out: their records
    /// are `nr` and six `unsigned long` arguments on every kernel, and skipping them keeps
    /// their tools from paying for reading BTF at build time.
    fn tracepoint_access(
        &mut self,
        format: &tracepoint::Format,
        field: &tracepoint::Field,
    ) -> Option<crate::ir::CoreAccess> {
        if format.category == "syscalls" {
            return None;
        }
        let types = self.kernel_types_if_any()?;
        let root = types.composite(&format!("trace_event_raw_{}", format.event), false)?;
        let member = if field.data_location {
            format!("__data_loc_{}", field.name)
        } else {
            field.name.clone()
        };
        let found = types.field(root, &member)?;
        if found.offset != field.offset || found.bitfield.is_some() {
            return None;
        }
        self.kernel_types = Some(types);
        Some(crate::ir::CoreAccess::field_offset(root, found.path))
    }

    /// `uptr(p)` and `kptr(p)`: the same address, marked as pointing into user or kernel
    /// memory, which picks the helpers that read through it (`str()`, struct fields).
    pub(super) fn address_space_cast(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, format!("{name}() takes one address"));
            return None;
        };
        let value = self.expression(scope, argument)?;
        let user = name == "uptr";
        let ty = match value.ty {
            Type::Pointer {
                depth,
                pointee,
                integer,
                ..
            } => Type::Pointer {
                user,
                depth,
                pointee,
                integer,
            },
            Type::Integer { .. } => Type::Pointer {
                user,
                depth: 1,
                pointee: None,
                integer: None,
            },
            other => {
                self.error(
                    argument.span,
                    format!("{name}() needs an address, not {}", other.describe()),
                );
                return None;
            }
        };
        Some(Expr { ty, span, ..value })
    }

    /// `kaddr("symbol")` and `cgroupid("path")`: values that differ from machine to
    /// machine, so the runtime looks them up on the target and writes them into `.rodata`.
    pub(super) fn runtime_value(
        &mut self,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, format!("{name}() takes one string literal"));
            return None;
        };
        let AstExprKind::String(text) = &argument.kind else {
            self.error(
                argument.span,
                format!("{name}() needs a string literal, known when the tool starts"),
            );
            return None;
        };
        let source = if name == "kaddr" {
            btc_payload::RuntimeValueSource::KernelSymbol(text.clone())
        } else {
            btc_payload::RuntimeValueSource::CgroupId(text.clone())
        };
        Some(self.runtime_slot(source, span))
    }

    /// `percpu_kaddr("name"[, cpu])`: the address of a per-CPU kernel variable on `cpu` (0
    /// when the CPU does not exist) or on this CPU, as bpftrace computes it with
    /// `bpf_per_cpu_ptr`/`bpf_this_cpu_ptr` on the variable as a typed `__ksym`. The
    /// variable must be in the kernel's BTF, which has the per-CPU ones.
    pub(super) fn per_cpu_address(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let (name, cpu) = match expressions.as_slice() {
            [name] => (name, None),
            [name, cpu] => (name, Some(cpu)),
            _ => {
                self.error(
                    span,
                    "percpu_kaddr() takes a variable's name and an optional CPU",
                );
                return None;
            }
        };
        let AstExprKind::String(text) = &name.kind else {
            self.error(
                name.span,
                "percpu_kaddr() needs a string literal: the name of a per-CPU variable",
            );
            return None;
        };
        let cpu = match cpu {
            Some(cpu) => {
                let value = self.expression(scope, cpu)?;
                if !matches!(value.ty, Type::Integer { .. }) {
                    self.error(
                        cpu.span,
                        format!(
                            "a CPU number must be an integer, not {}",
                            value.ty.describe()
                        ),
                    );
                    return None;
                }
                Some(Box::new(value))
            }
            None => None,
        };
        let types = self.kernel_types(span)?;
        let Some(type_id) = types.variable(text) else {
            self.diagnostics.push(
                Diagnostic::error(
                    name.span,
                    format!("could not resolve variable \"{text}\" from BTF"),
                )
                .with_note(format!(
                    "kernel types were read from {} (it lists the per-CPU variables)",
                    types.path.display()
                )),
            );
            return None;
        };
        let ty = match types.kind(type_id) {
            FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } => {
                crate::object::KernelVariableType::Integer { bytes, signed }
            }
            FieldKind::Composite { id } => crate::object::KernelVariableType::Struct {
                name: types.name(id),
                union: types.is_union(id),
            },
            _ => {
                self.unsupported(
                    name.span,
                    &format!("percpu_kaddr() of `{text}`, which is not an integer or a struct"),
                );
                return None;
            }
        };
        self.kernel_types = Some(types);
        let variable = match self
            .kernel_variables
            .iter()
            .position(|known| known.name == *text)
        {
            Some(index) => index,
            None => {
                self.kernel_variables.push(crate::object::KernelVariable {
                    name: text.clone(),
                    ty,
                });
                self.kernel_variables.len() - 1
            }
        };
        Some(Expr {
            kind: ExprKind::PerCpuAddress { variable, cpu },
            ty: Type::U64,
            span,
        })
    }

    /// An enumerator of a kernel enum (`BPF_MAP_TYPE_HASH`), when the kernel types can be
    /// read; a host without BTF just does not know the name.
    pub(super) fn kernel_enumerator(&mut self, name: &str, span: Span) -> Option<Expr> {
        let types = self.kernel_types_if_any()?;
        // Kept even when the name is not an enumerator: the next unknown name must not
        // read BTF again.
        self.kernel_types = Some(types.clone());
        let found = types.enumerator(name)?;
        let kind = if found.relocatable {
            ExprKind::KernelEnumerator {
                value: found.value,
                access: crate::ir::CoreAccess::enum_value(found.enum_id, found.index),
            }
        } else {
            ExprKind::Integer(found.value)
        };
        Some(Expr {
            kind,
            ty: Type::I64,
            span,
        })
    }

    /// `pointer->field` (or `.field`) on a pointer to a kernel struct, or `.field` on an
    /// embedded struct reached that way.
    pub(super) fn kernel_field(
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
        // A struct in user memory (a uprobe argument cast to a struct pointer) has the
        // layout the program was compiled with, not the kernel's: its offsets are plain.
        let user = matches!(pointer.ty, Type::Pointer { user: true, .. });
        // A struct from the script's preamble is not in the kernel: nothing to relocate.
        let plain = user || types.is_script_type(root);
        if let Some(bitfield) = found.bitfield
            && let FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } =
                found.kind
        {
            let Some(layout) =
                BitfieldLayout::new(offset * 8 + bitfield.bit_offset, bitfield.bits, bytes)
            else {
                self.unsupported(
                    span,
                    &format!("the bitfield `{}`, which spans 8 bytes", field.text),
                );
                return None;
            };
            let kind = if plain {
                ExprKind::PlainBitfield {
                    pointer: Box::new(pointer),
                    layout,
                    user,
                }
            } else {
                ExprKind::KernelBitfield {
                    pointer: Box::new(pointer),
                    layout,
                    access: crate::ir::CoreAccess::field_offset(root, path),
                }
            };
            return Some(Expr {
                kind,
                ty: Type::Integer {
                    bits: (bytes * 8) as u8,
                    signed,
                },
                span,
            });
        }
        let offset = offset + found.offset;
        let ty = match found.kind {
            FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } => {
                Type::Integer {
                    bits: (bytes * 8) as u8,
                    signed,
                }
            }
            FieldKind::Pointer { to_composite } => Type::Pointer {
                user,
                depth: 1,
                pointee: to_composite,
                integer: None,
            },
            FieldKind::CharArray { length } => Type::String { size: length },
            FieldKind::Composite { .. } => {
                self.error(
                    span,
                    format!("`{}` is a struct: read one of its fields", field.text),
                );
                return None;
            }
            FieldKind::Unsupported => match types
                .array(found.type_id)
                .map(|(element, length)| (types.kind(element), length))
            {
                // An array of integers is read whole, as its bytes (`[1,2,3,4]` when
                // printed); arrays of pointers, structs or arrays are not values yet.
                Some((
                    FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed },
                    length,
                )) if length > 0 => Type::Array {
                    element_bytes: bytes as u8,
                    signed,
                    length,
                },
                _ => {
                    self.unsupported(
                        span,
                        &format!(
                            "reading the field `{}` (arrays of anything but integers, and \
                             other kinds)",
                            field.text
                        ),
                    );
                    return None;
                }
            },
        };
        // `ctx->field`: a load from the context, which the verifier rewrites for the
        // program type (a perf-event context is not laid out in memory as its UAPI struct).
        if let ExprKind::Builtin(Builtin::Context) = pointer.kind
            && let Type::Integer { bits, signed } = integer_type(ty)
        {
            return Some(Expr {
                kind: ExprKind::ContextField {
                    offset,
                    size: u32::from(bits / 8),
                    signed,
                    access: None,
                    return_if_null: false,
                },
                ty,
                span,
            });
        }
        if types.name(root) == "bpf_perf_event_data" {
            self.error(
                span,
                "the fields of a perf-event probe's ctx are read as ctx->field (not through a variable)",
            );
            return None;
        }
        let pointer_trusted = pointer.is_trusted_pointer();
        let kind = field_read(pointer, offset, plain, user, root, path);
        // A struct pointer loaded through a trusted one is typed from BTF by the verifier
        // too, so a walk stays direct for as long as it goes through struct pointers.
        let trusted = !plain && pointer_trusted;
        let read = Expr { kind, ty, span };
        if trusted
            && let FieldKind::Pointer {
                to_composite: Some(pointee),
            } = found.kind
        {
            return Some(Expr {
                kind: ExprKind::TrustedPointer {
                    value: Box::new(read),
                    pointee,
                },
                ty,
                span,
            });
        }
        if let FieldKind::Enum { bytes, .. } = found.kind {
            return Some(enumerated(read, bytes, types.enumerators(found.type_id)));
        }
        Some(read)
    }

    /// `pointer->field[N]`: element N of an array field of a kernel struct, with the index
    /// in the CO-RE access string.
    pub(super) fn kernel_index(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let AstExprKind::FieldAccess {
            base: inner, field, ..
        } = &base.kind
        else {
            return self.array_value_index(scope, base, index, span);
        };
        if matches!(&inner.kind, AstExprKind::Identifier(name) if name == "args") {
            return self.tracepoint_index(scope, base, field, index, span);
        }
        let (pointer, composite, offset, mut path, root) = self.kernel_place(scope, inner)?;
        let types = self.kernel_types(span)?;
        let Some(found) = types.field(composite, &field.text) else {
            // Reports the missing field with its suggestions.
            return self.kernel_field(scope, inner, field, base.span);
        };
        let user = matches!(pointer.ty, Type::Pointer { user: true, .. });
        let plain = user || types.is_script_type(root);
        if let FieldKind::Pointer { .. } = found.kind {
            // `p->next[i]`: a pointer field indexed as C does, `*(p->next + i)`.
            return self.pointer_index(scope, base, index, span);
        }
        let Some((element, length)) = types.array(found.type_id) else {
            self.error(
                base.span,
                format!("`{}` is not an array: it cannot be indexed", field.text),
            );
            return None;
        };
        let (ty, bytes) = match types.kind(element) {
            FieldKind::Integer { bytes, signed } | FieldKind::Enum { bytes, signed } => (
                Type::Integer {
                    bits: (bytes * 8) as u8,
                    signed,
                },
                bytes,
            ),
            FieldKind::Pointer { to_composite } => (
                Type::Pointer {
                    user,
                    depth: 1,
                    pointee: to_composite,
                    integer: None,
                },
                8,
            ),
            _ => {
                self.unsupported(span, "arrays of anything but integers and pointers");
                return None;
            }
        };
        path.extend(&found.path);
        let AstExprKind::Integer(position) = index.kind else {
            // A computed index: read element 0's place, then add the index at run time
            // after a bounds check (the verifier needs none for a probe_read, but an index
            // past the end would read a neighbouring field).
            let index = self.expression(scope, index)?;
            if !index.ty.is_integer_like() {
                self.error(
                    index.span,
                    format!(
                        "an array index must be an integer, not {}",
                        index.ty.describe()
                    ),
                );
                return None;
            }
            path.push(0);
            let offset = offset + found.offset;
            let kind = field_read(pointer, offset, user, user, root, path);
            let first = Expr {
                kind,
                ty,
                span: base.span,
            };
            return Some(Expr {
                kind: ExprKind::ArrayElement {
                    first: Box::new(first),
                    index: Box::new(index),
                    length,
                },
                ty,
                span,
            });
        };
        if position >= u64::from(length) {
            self.error(
                index.span,
                format!(
                    "index {position} is out of bounds: `{}` has {length} elements",
                    field.text
                ),
            );
            return None;
        }
        path.push(position as u32);
        let offset = offset + found.offset + position as u32 * bytes;
        let kind = field_read(pointer, offset, plain, user, root, path);
        Some(Expr { kind, ty, span })
    }

    /// `args.field[N]`: element N of an array field of a tracepoint record, loaded straight
    /// from the record. The index must be a literal: the verifier refuses loads from the
    /// context at a computed offset.
    fn tracepoint_index(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        field: &ast::Name,
        index: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let array = self.expression(scope, base)?;
        let (
            ExprKind::ContextString { offset, .. },
            Type::Array {
                element_bytes,
                signed,
                length,
            },
        ) = (&array.kind, array.ty)
        else {
            self.error(
                base.span,
                format!("`{}` is not an array: it cannot be indexed", field.text),
            );
            return None;
        };
        let AstExprKind::Integer(position) = index.kind else {
            // The verifier refuses context loads at computed offsets: copy the array out.
            return self.array_element(array, index, scope, span);
        };
        if position >= u64::from(length) {
            self.error(
                index.span,
                format!(
                    "index {position} is out of bounds: `{}` has {length} elements",
                    field.text
                ),
            );
            return None;
        }
        Some(Expr {
            kind: ExprKind::ContextField {
                offset: offset + position as u32 * u32::from(element_bytes),
                size: u32::from(element_bytes),
                signed,
                access: None,
                return_if_null: false,
            },
            ty: Type::Integer {
                bits: element_bytes * 8,
                signed,
            },
            span,
        })
    }

    /// `$a[i]`, `@m[k][i]`: an element of an array value (a variable, map value or other
    /// expression of array type).
    fn array_value_index(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let array = self.expression(scope, base)?;
        if let Type::Pointer { .. } = array.ty {
            return self.pointer_index(scope, base, index, span);
        }
        if !matches!(array.ty, Type::Array { .. }) {
            self.unsupported(
                span,
                &format!(
                    "indexing a value of type {} (only arrays and array fields of kernel \
                     structs index)",
                    array.ty.describe()
                ),
            );
            return None;
        }
        self.array_element(array, index, scope, span)
    }

    /// `p[i]` on a pointer: `*(p + i)`, the element `i` steps past `p` (a struct is read
    /// whole, as a record). A pointer to an unknown type has no element size.
    fn pointer_index(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        index: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let element = pointer_element(base, index, span);
        let AstExprKind::Dereference(sum) = &element.kind else {
            unreachable!("pointer_element builds a dereference")
        };
        let pointer = self.expression(scope, sum)?;
        if let Type::Pointer {
            depth: 1,
            pointee: None,
            integer: None,
            ..
        } = pointer.ty
        {
            self.diagnostics.push(
                Diagnostic::error(
                    span,
                    "`[]` cannot be used on a pointer to an unknown type (void *)",
                )
                .with_help("cast it to a pointer type first, e.g. ((int32 *)p)[1]"),
            );
            return None;
        }
        self.dereference(scope, sum, span)
    }

    /// Element `index` of `array`, a whole array value, with a bounds check at compile time
    /// for a literal index and at run time for others.
    fn array_element(
        &mut self,
        array: Expr,
        index: &ast::Expr,
        scope: &mut Scope,
        span: Span,
    ) -> Option<Expr> {
        let Type::Array {
            element_bytes,
            signed,
            length,
        } = array.ty
        else {
            unreachable!("called with arrays only")
        };
        if let AstExprKind::Integer(position) = index.kind
            && position >= u64::from(length)
        {
            self.error(
                index.span,
                format!("index {position} is out of bounds: the array has {length} elements"),
            );
            return None;
        }
        let index = self.expression(scope, index)?;
        if !index.ty.is_integer_like() {
            self.error(
                index.span,
                format!(
                    "an array index must be an integer, not {}",
                    index.ty.describe()
                ),
            );
            return None;
        }
        Some(Expr {
            kind: ExprKind::ArrayElement {
                first: Box::new(array),
                index: Box::new(index),
                length,
            },
            ty: Type::Integer {
                bits: element_bytes * 8,
                signed,
            },
            span,
        })
    }

    /// Where a field access starts: the pointer read through, the struct the field is in,
    /// the byte offset and member path of that struct from the pointer's root struct, and
    /// the root struct itself.
    pub(super) fn kernel_place(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
    ) -> Option<(Expr, u32, u32, Vec<u32>, u32)> {
        // `a->b.c` where `b` is an embedded struct: keep walking from `a`'s struct.
        if let AstExprKind::FieldAccess {
            base: inner, field, ..
        } = &base.kind
            && !matches!(&inner.kind, AstExprKind::Identifier(name) if name == "args" || name == "ctx")
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
        // `(*p).field` is `p->field`, and `p[i].field` is `(p + i)->field`.
        let element;
        let base = match &base.kind {
            AstExprKind::Dereference(inner) => inner.as_ref(),
            AstExprKind::Index { base: array, index } if self.is_pointer(scope, array) => {
                element = pointer_element(array, index, base.span);
                let AstExprKind::Dereference(sum) = &element.kind else {
                    unreachable!("pointer_element builds a dereference")
                };
                sum.as_ref()
            }
            _ => base,
        };
        let pointer = self.expression(scope, base)?;
        match pointer.ty {
            Type::Pointer {
                depth: 1,
                pointee: Some(composite),
                ..
            } => Some((pointer, composite, 0, Vec::new(), composite)),
            other => {
                self.diagnostics.push(
                    Diagnostic::error(base.span, format!("cannot read a field of a {}", other.describe()))
                        .with_help("cast an address to a struct pointer first, e.g. ((struct sock *)arg0)->sk_family"),
                );
                None
            }
        }
    }

    /// Whether `expression` is a pointer, checked with its diagnostics held back.
    pub(super) fn is_pointer(&mut self, scope: &mut Scope, expression: &ast::Expr) -> bool {
        if !matches!(
            &expression.kind,
            AstExprKind::Variable(_)
                | AstExprKind::Cast { .. }
                | AstExprKind::FieldAccess { .. }
                | AstExprKind::Identifier(_)
                | AstExprKind::Binary { .. }
        ) {
            return false;
        }
        let reported = self.diagnostics.len();
        let checked = self.expression(scope, expression);
        self.diagnostics.truncate(reported);
        matches!(
            checked,
            Some(Expr {
                ty: Type::Pointer { .. },
                ..
            })
        )
    }

    /// `*pointer`: the integer an integer pointer points to, or the next pointer of a
    /// pointer to a pointer, read from the pointer's address space at its plain address.
    pub(super) fn dereference(
        &mut self,
        scope: &mut Scope,
        operand: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let mut pointer = self.expression(scope, operand)?;
        if let Type::Integer { .. } = pointer.ty {
            // bpftrace reads through an integer as through a `uint64 *` (`*kaddr("x")`),
            // in the probe's address space.
            pointer.ty = Type::Pointer {
                user: scope.context.address_space() == AddressSpace::User,
                depth: 1,
                pointee: None,
                integer: Some(super::typed::IntegerPointee {
                    bits: 64,
                    signed: false,
                }),
            };
        }
        let Type::Pointer {
            user,
            depth,
            pointee,
            integer,
        } = pointer.ty
        else {
            self.diagnostics.push(
                Diagnostic::error(
                    operand.span,
                    format!("cannot dereference a {}", pointer.ty.describe()),
                )
                .with_help("cast an address to a pointer type first, e.g. *(int32 *)arg0"),
            );
            return None;
        };
        let ty = if depth > 1 {
            Type::Pointer {
                user,
                depth: depth - 1,
                pointee,
                integer,
            }
        } else if let Some(target) = integer {
            Type::Integer {
                bits: target.bits,
                signed: target.signed,
            }
        } else if let Some(composite) = pointee {
            return self.struct_value(scope, operand, composite, span);
        } else {
            self.diagnostics.push(
                Diagnostic::error(span, "cannot dereference a pointer of unknown type")
                    .with_help("cast it to a pointer type first, e.g. *(int32 *)p"),
            );
            return None;
        };
        Some(Expr {
            kind: ExprKind::PlainRead {
                pointer: Box::new(pointer),
                offset: 0,
                user,
            },
            ty,
            span,
        })
    }

    /// `*p` on a struct or union pointer: the struct as a record value, `{ .a = 1, .b =
    /// { .c = 2 } }` when printed, as bpftrace copies and prints it. It is checked as the
    /// record literal `(a = p->a, b = (c = p->b.c))`, one field read per member (embedded
    /// structs nest, anonymous members are flattened as C names them), so every use of a
    /// record (print, maps, tuples, `.field`) applies; the pointer is evaluated once per
    /// field.
    fn struct_value(
        &mut self,
        scope: &mut Scope,
        operand: &ast::Expr,
        composite: u32,
        span: Span,
    ) -> Option<Expr> {
        let types = self.kernel_types(span)?;
        let mut fields = 0;
        let record = struct_record(&types, operand.clone(), composite, span, &mut fields);
        if fields == 0 {
            self.error(
                span,
                format!("struct {} has no fields to read", types.name(composite)),
            );
            return None;
        }
        if fields > MAX_STRUCT_VALUE_FIELDS {
            self.unsupported(
                span,
                &format!(
                    "reading struct {} whole: it has {fields} fields, and btc copies up to \
                     {MAX_STRUCT_VALUE_FIELDS} (read the fields you need: p->field)",
                    types.name(composite)
                ),
            );
            return None;
        }
        let value = self.expression(scope, &record)?;
        Some(Expr { span, ..value })
    }

    pub(super) fn field_access(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        field: &ast::Name,
        span: Span,
    ) -> Option<Expr> {
        if let (AstExprKind::Identifier(name), ProbeContext::Iterator { context }) =
            (&base.kind, &scope.context)
            && name == "ctx"
        {
            let context = *context;
            return self.iterator_field(context, field, span);
        }
        if !matches!(&base.kind, AstExprKind::Identifier(name) if name == "args") {
            return self.kernel_field(scope, base, field, span);
        }
        let format = match &scope.context {
            ProbeContext::Tracepoint(format) => format,
            // bpftrace types fentry/fexit and rawtracepoint arguments from BTF as `args`.
            ProbeContext::Arguments { .. } => {
                return self.typed_argument(scope, field, span);
            }
            _ => {
                self.error(
                    base.span,
                    "`args` is only available in tracepoint, rawtracepoint, fentry and fexit probes",
                );
                return None;
            }
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
            if !found.c_type.contains("char") {
                self.unsupported(
                    span,
                    "__data_loc tracepoint fields of other types than char[]",
                );
                return None;
            }
            return Some(Expr {
                kind: ExprKind::ContextDataLocation {
                    offset: found.offset,
                    access: self.tracepoint_access(format, &found),
                },
                ty: Type::String {
                    size: DATA_LOCATION_STRING_SIZE,
                },
                span,
            });
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
            let Some((element_bytes, length)) = tracepoint_array(&found) else {
                self.unsupported(span, "array tracepoint fields of pointers or of odd sizes");
                return None;
            };
            // The elements are copied straight out of the record, as char arrays are.
            return Some(Expr {
                kind: ExprKind::ContextString {
                    offset: found.offset,
                    size: found.size,
                },
                ty: Type::Array {
                    element_bytes,
                    signed: found.signed,
                    length,
                },
                span,
            });
        }
        let ty = if found.is_pointer() {
            Type::Pointer {
                user,
                depth: found.pointer_depth() as u8,
                pointee: None,
                integer: None,
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
        let read = Expr {
            kind: ExprKind::ContextField {
                offset: found.offset,
                size: found.size,
                signed: found.signed,
                access: self.tracepoint_access(format, &found),
                return_if_null: false,
            },
            ty,
            span,
        };
        // An `enum NAME` field prints its enumerators' names, which BTF has (when the
        // build host has no BTF, the field is a plain integer).
        if let Some(name) = found.c_type.strip_prefix("enum ")
            && !found.is_pointer()
        {
            let path = self
                .options
                .btf
                .clone()
                .unwrap_or_else(|| PathBuf::from(kernel_types::VMLINUX_BTF));
            if path.exists()
                && let Some(types) = self.kernel_types(span)
                && let Some(id) = types.enum_named(name.trim())
            {
                return Some(enumerated(read, found.size, types.enumerators(id)));
            }
        }
        Some(read)
    }
}

impl Checker {
    /// `ctx.FIELD` in an iter probe: a field of `struct bpf_iter__NAME`, loaded straight
    /// from the context (the verifier types it from the iterator's BTF). As in bpftrace,
    /// a field that reads 0 ends the program: the kernel's final call passes no object.
    fn iterator_field(&mut self, context: u32, field: &ast::Name, span: Span) -> Option<Expr> {
        let types = self.kernel_types(span)?;
        let Some(found) = types.field(context, &field.text) else {
            let names = types.field_names(context);
            let mut diagnostic = Diagnostic::error(
                field.span,
                format!(
                    "struct {} has no field `{}`",
                    types.name(context),
                    field.text
                ),
            );
            diagnostic = diagnostic.with_help(format!("its fields are: {}", names.join(", ")));
            self.diagnostics.push(diagnostic);
            return None;
        };
        let (ty, size, signed) = match found.kind {
            FieldKind::Pointer { to_composite } => (
                Type::Pointer {
                    user: false,
                    depth: 1,
                    pointee: to_composite,
                    integer: None,
                },
                8,
                false,
            ),
            FieldKind::Integer { bytes, signed } if found.bitfield.is_none() => (
                Type::Integer {
                    bits: (bytes * 8) as u8,
                    signed,
                },
                bytes,
                signed,
            ),
            _ => {
                self.unsupported(span, &format!("the iterator field `{}`", field.text));
                return None;
            }
        };
        let value = Expr {
            kind: ExprKind::ContextField {
                offset: found.offset,
                size,
                signed,
                access: None,
                return_if_null: true,
            },
            ty,
            span,
        };
        // iter programs are tracing programs: the verifier types the context's struct
        // pointers from BTF (checked for NULL as they are loaded), so walks from them load
        // directly, as walks from fentry arguments do.
        match ty {
            Type::Pointer {
                pointee: Some(pointee),
                ..
            } => Some(Expr {
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
}

/// A read of the field at `offset` behind `pointer`. A `plain` read uses that offset as it
/// is (the script's own types, user memory); otherwise the offset carries a CO-RE
/// relocation of member `path` of kernel struct `root`.
fn field_read(
    pointer: Expr,
    offset: u32,
    plain: bool,
    user: bool,
    root: u32,
    path: Vec<u32>,
) -> ExprKind {
    if plain {
        ExprKind::PlainRead {
            pointer: Box::new(pointer),
            offset,
            user,
        }
    } else {
        ExprKind::KernelRead {
            pointer: Box::new(pointer),
            offset,
            access: crate::ir::CoreAccess::field_offset(root, path),
        }
    }
}

/// `*(base + index)`, the AST of `base[index]` on a pointer.
fn pointer_element(base: &ast::Expr, index: &ast::Expr, span: Span) -> ast::Expr {
    let sum = ast::Expr {
        kind: AstExprKind::Binary {
            operator: BinaryOperator::Add,
            left: Box::new(base.clone()),
            right: Box::new(index.clone()),
        },
        span,
    };
    ast::Expr {
        kind: AstExprKind::Dereference(Box::new(sum)),
        span,
    }
}

/// The most fields (counted through nested structs) a struct read whole with `*p` may
/// have: each is one read, and a record's fields are each 8-byte aligned in scratch.
const MAX_STRUCT_VALUE_FIELDS: usize = 64;

/// The record literal that reads struct `composite` at `base` (a pointer expression, or a
/// field access reaching an embedded struct) member by member, counting the fields read.
fn struct_record(
    types: &KernelTypes,
    base: ast::Expr,
    composite: u32,
    span: Span,
    fields: &mut usize,
) -> ast::Expr {
    let mut members = Vec::new();
    struct_members(types, &base, composite, span, fields, &mut members);
    ast::Expr {
        kind: AstExprKind::Record(members),
        span,
    }
}

/// The record fields for the members of `composite`, where an anonymous struct or union
/// adds its own members (C reaches them by their names, and so does `p->name`).
fn struct_members(
    types: &KernelTypes,
    base: &ast::Expr,
    composite: u32,
    span: Span,
    fields: &mut usize,
    members: &mut Vec<ast::RecordField>,
) {
    for (name, type_id, _, bitfield) in types.members(composite) {
        if name.is_empty() {
            if let FieldKind::Composite { id } = types.kind(type_id) {
                struct_members(types, base, id, span, fields, members);
            }
            continue;
        }
        let access = ast::Expr {
            kind: AstExprKind::FieldAccess {
                base: Box::new(base.clone()),
                field: ast::Name {
                    text: name.clone(),
                    span,
                },
                arrow: true,
            },
            span,
        };
        let value = match types.kind(type_id) {
            FieldKind::Composite { id } if bitfield.is_none() => {
                struct_record(types, access, id, span, fields)
            }
            _ => {
                *fields += 1;
                access
            }
        };
        members.push(ast::RecordField {
            name: ast::Name { text: name, span },
            value,
            span,
        });
    }
}

/// `value`, an integer of an enum type of `bytes` bytes, marked to print as the name of
/// its enumerator.
pub(super) fn enumerated(value: Expr, bytes: u32, enumerators: Vec<(u64, String)>) -> Expr {
    let ty = value.ty;
    let span = value.span;
    Expr {
        kind: ExprKind::Enumerated {
            value: Box::new(value),
            printed: btc_payload::ValueType::Enum {
                bytes: bytes as u8,
                enumerators,
            },
        },
        ty,
        span,
    }
}

/// The element size and count of a tracepoint array field of integers (`unsigned long
/// args[6]`), from its declaration and total size; `None` for arrays of pointers and for
/// sizes that do not divide into 1, 2, 4 or 8-byte elements.
fn tracepoint_array(field: &tracepoint::Field) -> Option<(u8, u32)> {
    if field.c_type.contains('*') {
        return None;
    }
    let (_, rest) = field.c_type.split_once('[')?;
    let (length, _) = rest.split_once(']')?;
    let length: u32 = length.trim().parse().ok()?;
    if length == 0 || !field.size.is_multiple_of(length) {
        return None;
    }
    let element = field.size / length;
    matches!(element, 1 | 2 | 4 | 8).then_some((element as u8, length))
}
