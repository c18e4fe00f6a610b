//! `sizeof` and `offsetof`, folded to constants while checking.
//!
//! In: `sizeof(type or expression)` and `offsetof(struct S, field[.field...])`. Out: an
//! [`ExprKind::Integer`] of type `uint64`. Struct and union sizes and offsets come from the
//! kernel's BTF (the build host's: like every constant, they are not relocated). The
//! expression form of `sizeof` is type-checked but never evaluated, as in bpftrace.

use super::*;
use crate::syntax::ast::{TypeBase, TypeOperand, TypeSpecifier, TypeSuffix};

impl Checker {
    pub(super) fn size_of(
        &mut self,
        scope: &mut Scope,
        operand: &TypeOperand,
        span: Span,
    ) -> Option<Expr> {
        let size = match operand {
            TypeOperand::Type(TypeSpecifier::Name(name)) => self.type_name_size(name)?,
            TypeOperand::Type(TypeSpecifier::Typeof { span, .. }) => {
                self.unsupported(*span, "typeof");
                return None;
            }
            // `sizeof(uint64_t)` reaches here as an identifier.
            TypeOperand::Expression(ast::Expr {
                kind: AstExprKind::Identifier(name),
                ..
            }) if expressions::integer_type_name(name).is_some() => {
                let (bits, _) = expressions::integer_type_name(name)?;
                u64::from(bits / 8)
            }
            TypeOperand::Expression(expression) => {
                // `sizeof(*p)` of a struct pointer is the struct's C size, not the size of
                // the record `*p` copies it into.
                if let AstExprKind::Dereference(inner) = &expression.kind
                    && let Some(Expr {
                        ty:
                            Type::Pointer {
                                depth: 1,
                                pointee: Some(composite),
                                ..
                            },
                        ..
                    }) = self.expression(scope, inner)
                {
                    let types = self.kernel_types(span)?;
                    return Some(constant(u64::from(types.size(composite)), span));
                }
                let checked = self.expression(scope, expression)?;
                match value_size(checked.ty) {
                    Some(size) => size,
                    None => {
                        self.error(
                            checked.span,
                            format!("{} has no size", checked.ty.describe()),
                        );
                        return None;
                    }
                }
            }
        };
        Some(constant(size, span))
    }

    /// The size of a written type: `int32`, `struct task_struct`, `char *`, `int[4]`...
    fn type_name_size(&mut self, name: &ast::TypeName) -> Option<u64> {
        let mut size = match &name.base {
            _ if matches!(name.suffixes.first(), Some(TypeSuffix::Pointer)) => 8,
            TypeBase::Named(base) => match expressions::integer_type_name(base) {
                Some((bits, _)) => u64::from(bits / 8),
                None if base == "string" => u64::from(self.options.max_string_length),
                None if base == "inet" => btc_payload::INET_ADDRESS_SIZE as u64,
                None => {
                    self.error(name.span, format!("unknown type `{base}`"));
                    return None;
                }
            },
            TypeBase::Struct(composite) | TypeBase::Union(composite) => {
                let union = matches!(name.base, TypeBase::Union(_));
                let id = self.composite_type(composite, union, name.span)?;
                let types = self.kernel_types(name.span)?;
                u64::from(types.size(id))
            }
            TypeBase::Enum(_) => 4,
        };
        for suffix in &name.suffixes {
            size = match suffix {
                TypeSuffix::Pointer => 8,
                TypeSuffix::Array(Some(count)) => size.saturating_mul(*count),
                TypeSuffix::Array(None) => {
                    self.error(name.span, "an array without a length has no size");
                    return None;
                }
            };
        }
        Some(size)
    }

    /// The BTF id of `struct name` (or `union name`), or an error naming it.
    /// `container_of(pointer, struct S, member)`: the `struct S *` whose `member` is at
    /// `pointer`, that is `pointer` minus the member's offset (the build host's, as
    /// `offsetof()` gives it), in `pointer`'s address space.
    pub(super) fn container_of(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let [
            ast::CallArgument::Expression(pointer),
            ast::CallArgument::Type(
                target @ TypeSpecifier::Name(ast::TypeName { base, suffixes, .. }),
            ),
            ast::CallArgument::Expression(member),
        ] = arguments
        else {
            self.error(
                span,
                "container_of() takes a pointer, a struct type and a member: \
                 container_of(p, struct S, member)",
            );
            return None;
        };
        let (TypeBase::Struct(name) | TypeBase::Union(name)) = base else {
            self.error(span, "container_of() needs a struct or union type");
            return None;
        };
        let AstExprKind::Identifier(member_name) = &member.kind else {
            self.error(member.span, "container_of() needs a member name");
            return None;
        };
        if !suffixes.is_empty() {
            self.error(
                span,
                "container_of() needs a struct or union, not a pointer",
            );
            return None;
        }
        let value = self.expression(scope, pointer)?;
        if !value.ty.is_integer_like() {
            self.error(
                pointer.span,
                format!(
                    "container_of() needs a pointer, not {}",
                    value.ty.describe()
                ),
            );
            return None;
        }
        let offset = self.offset_of(
            &TypeOperand::Type(target.clone()),
            &[ast::Name {
                text: member_name.clone(),
                span: member.span,
            }],
            span,
        )?;
        let composite = self.composite_type(name, matches!(base, TypeBase::Union(_)), span)?;
        let user = match value.ty {
            Type::Pointer { user, .. } => user,
            _ => scope.context.address_space() == AddressSpace::User,
        };
        Some(Expr {
            kind: ExprKind::Binary {
                operation: Arithmetic::Subtract,
                left: Box::new(value),
                right: Box::new(offset),
            },
            ty: Type::Pointer {
                user,
                depth: 1,
                pointee: Some(composite),
                integer: None,
            },
            span,
        })
    }

    fn composite_type(&mut self, name: &str, union: bool, span: Span) -> Option<u32> {
        let types = self.kernel_types(span)?;
        if let Some(id) = types.composite(name, union) {
            return Some(id);
        }
        let keyword = if union { "union" } else { "struct" };
        self.diagnostics.push(
            Diagnostic::error(span, format!("unknown type {keyword} {name}")).with_note(format!(
                "kernel types were read from {}",
                types.path.display()
            )),
        );
        None
    }

    pub(super) fn offset_of(
        &mut self,
        operand: &TypeOperand,
        fields: &[ast::Name],
        span: Span,
    ) -> Option<Expr> {
        let TypeOperand::Type(TypeSpecifier::Name(ast::TypeName {
            base: base @ (TypeBase::Struct(composite) | TypeBase::Union(composite)),
            suffixes,
            span: type_span,
        })) = operand
        else {
            self.unsupported(span, "offsetof() of anything but a struct or union type");
            return None;
        };
        if !suffixes.is_empty() {
            self.error(
                *type_span,
                "offsetof() needs a struct or union, not a pointer or array",
            );
            return None;
        }
        let mut id =
            self.composite_type(composite, matches!(base, TypeBase::Union(_)), *type_span)?;
        let types = self.kernel_types(span)?;
        let mut offset = 0u64;
        for (index, field) in fields.iter().enumerate() {
            let Some(found) = types.field(id, &field.text) else {
                self.error(
                    field.span,
                    format!("{} has no field `{}`", types.name(id), field.text),
                );
                return None;
            };
            offset += u64::from(found.offset);
            if index + 1 < fields.len() {
                let kernel_types::FieldKind::Composite { id: inner } = found.kind else {
                    self.error(
                        field.span,
                        format!("`{}` is not a struct or union", field.text),
                    );
                    return None;
                };
                id = inner;
            }
        }
        Some(constant(offset, span))
    }
}

/// The bytes a value of `ty` occupies, as bpftrace's `sizeof` reports them.
fn value_size(ty: Type) -> Option<u64> {
    match ty {
        Type::Integer { bits, .. } => Some(u64::from(bits / 8)),
        Type::Pointer { .. } | Type::Timestamp => Some(8),
        Type::String { size } => Some(u64::from(size)),
        Type::Inet => Some(btc_payload::INET_ADDRESS_SIZE as u64),
        Type::Tuple(_) => Some(c_layout(ty).0),
        Type::Array { .. } => ty.array_size().map(u64::from),
        // bpftrace's sizes for these follow its own layouts, not btc's records.
        Type::Buffer { .. }
        | Type::ErrorText
        | Type::Resolved(_)
        | Type::Stack { .. }
        | Type::KernelSymbol
        | Type::UserSymbol
        | Type::MacAddress
        | Type::Void => None,
    }
}

/// Size and alignment of a value laid out as a C struct member, which is how bpftrace
/// lays out tuples (btc's own layout aligns every field to 8 bytes).
fn c_layout(ty: Type) -> (u64, u64) {
    match ty {
        Type::String { size } => (u64::from(size), 1),
        Type::Array { element_bytes, .. } => (
            ty.array_size().map_or(8, u64::from),
            u64::from(element_bytes),
        ),
        Type::Tuple(id) => {
            let mut size = 0u64;
            let mut alignment = 1u64;
            for field in &tuples::layout(id).fields {
                let (field_size, field_alignment) = c_layout(field.ty);
                size = size.next_multiple_of(field_alignment) + field_size;
                alignment = alignment.max(field_alignment);
            }
            (size.next_multiple_of(alignment), alignment)
        }
        other => {
            let size = value_size(other).unwrap_or(8);
            (size, size.min(8))
        }
    }
}

fn constant(value: u64, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Integer(value as i64),
        ty: Type::U64,
        span,
    }
}
