//! Tuple and record types, and the checking of tuple and record expressions.
//!
//! In: `(a, b)`, `(name = a, ...)`, `t.0` and `t.name`. Out: typed
//! [`ExprKind::Tuple`] and [`ExprKind::TupleField`] whose type is a
//! [`Type::Tuple`]. A tuple type is interned: [`Type`] stays `Copy` and comparable with `==`
//! (two tuples with the same fields have the same [`TupleId`]), and its layout is looked up
//! by id. The table is process-wide and only grows; every distinct tuple type a compilation
//! meets is a few dozen bytes. Layout: each field starts 8-byte aligned; integers take 8
//! bytes (sign- or zero-extended), strings their buffer, nested tuples their own size.

use std::sync::Mutex;

use super::*;

/// An interned tuple or record type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TupleId(u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TupleField {
    /// The field's name in a record; `None` in a tuple.
    pub name: Option<String>,
    pub ty: Type,
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TupleLayout {
    pub fields: Vec<TupleField>,
    pub size: u32,
}

impl TupleLayout {
    pub fn is_record(&self) -> bool {
        self.fields.iter().any(|field| field.name.is_some())
    }
}

static TUPLE_TYPES: Mutex<Vec<&'static TupleLayout>> = Mutex::new(Vec::new());

/// Bytes a value of `ty` takes inside a tuple.
pub fn field_size(ty: Type) -> u32 {
    match ty {
        Type::String { size } => size,
        Type::Inet => btc_payload::INET_ADDRESS_SIZE as u32,
        Type::Buffer { size } => 8 + size,
        Type::UserSymbol => btc_payload::USER_SYMBOL_SIZE as u32,
        Type::Tuple(id) => layout(id).size,
        Type::Array { .. } => ty.array_size().unwrap_or(8),
        _ => 8,
    }
}

/// The id of the tuple type with these fields, in order.
pub fn intern(fields: Vec<(Option<String>, Type)>) -> TupleId {
    let mut offset = 0;
    let fields: Vec<TupleField> = fields
        .into_iter()
        .map(|(name, ty)| {
            let start = offset;
            offset = (offset + field_size(ty)).next_multiple_of(8);
            TupleField {
                name,
                ty,
                offset: start,
            }
        })
        .collect();
    let layout = TupleLayout {
        fields,
        size: offset.max(8),
    };
    let mut types = TUPLE_TYPES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(index) = types.iter().position(|known| **known == layout) {
        return TupleId(index as u32);
    }
    types.push(Box::leak(Box::new(layout)));
    TupleId(types.len() as u32 - 1)
}

pub fn layout(id: TupleId) -> &'static TupleLayout {
    let types = TUPLE_TYPES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    types[id.0 as usize]
}

/// The type of a value stored in a tuple field, a variable or a map: integers widen to 64
/// bits, pointers lose their pointee (they print as 0x... whatever they point to), and
/// tuples are normalised field by field.
pub fn stored_type(ty: Type) -> Type {
    match ty {
        Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
        // Pointers print as 0x... in tuples and records too (`print(args)`), as in
        // bpftrace; one canonical pointer type keeps tuples of different pointers equal.
        Type::Pointer { .. } => Type::Pointer {
            user: false,
            depth: 1,
            pointee: None,
            integer: None,
        },
        Type::Tuple(id) => {
            let fields = layout(id)
                .fields
                .iter()
                .map(|field| (field.name.clone(), stored_type(field.ty)))
                .collect();
            Type::Tuple(intern(fields))
        }
        other => other,
    }
}

/// Two tuple types merged field by field (strings take the larger size), when they have
/// the same fields.
pub fn merge_tuples(old: TupleId, new: TupleId) -> Option<Type> {
    let (old, new) = (layout(old), layout(new));
    if old.fields.len() != new.fields.len() {
        return None;
    }
    let mut fields = Vec::with_capacity(old.fields.len());
    for (old, new) in old.fields.iter().zip(&new.fields) {
        if old.name != new.name {
            return None;
        }
        fields.push((old.name.clone(), merge_types(old.ty, new.ty)?));
    }
    Some(Type::Tuple(intern(fields)))
}

/// Whether two records have the same field names in a different order (bpftrace accepts
/// assigning one to the other; btc's layouts are by position).
pub fn same_fields_reordered(old: TupleId, new: TupleId) -> bool {
    let names = |id: TupleId| -> Vec<Option<String>> {
        layout(id)
            .fields
            .iter()
            .map(|field| field.name.clone())
            .collect()
    };
    let (old, new) = (names(old), names(new));
    if old == new || old.iter().any(Option::is_none) {
        return false;
    }
    let (mut old_sorted, mut new_sorted) = (old, new);
    old_sorted.sort();
    new_sorted.sort();
    old_sorted == new_sorted
}

pub fn describe(id: TupleId) -> String {
    let fields: Vec<String> = layout(id)
        .fields
        .iter()
        .map(|field| match &field.name {
            Some(name) => format!("{name}={}", field.ty.describe()),
            None => field.ty.describe(),
        })
        .collect();
    format!("({})", fields.join(", "))
}

/// How the runtime decodes a tuple: a `Tuple`, or a `Record` when its fields have names.
pub fn value_type(id: TupleId) -> btc_payload::ValueType {
    let layout = layout(id);
    let value_type = |ty: Type| {
        stored_type(ty)
            .value_type()
            .unwrap_or(btc_payload::ValueType::Integer {
                bytes: 8,
                signed: true,
            })
    };
    if layout.is_record() {
        return btc_payload::ValueType::Record {
            fields: layout
                .fields
                .iter()
                .map(|field| btc_payload::NamedField {
                    name: field.name.clone().unwrap_or_default(),
                    offset: field.offset,
                    ty: value_type(field.ty),
                })
                .collect(),
            size: layout.size,
        };
    }
    btc_payload::ValueType::Tuple {
        fields: layout
            .fields
            .iter()
            .map(|field| btc_payload::Field {
                offset: field.offset,
                ty: value_type(field.ty),
            })
            .collect(),
        size: layout.size,
    }
}

impl Checker {
    /// `(a, b, ...)` or `(name = a, ...)`.
    pub(super) fn tuple_literal(
        &mut self,
        scope: &mut Scope,
        elements: Vec<(Option<String>, &ast::Expr)>,
        span: Span,
    ) -> Option<Expr> {
        if elements.is_empty() {
            self.unsupported(span, "empty tuples");
            return None;
        }
        let mut checked = Vec::with_capacity(elements.len());
        let mut fields = Vec::with_capacity(elements.len());
        let mut failed = false;
        for (name, element) in elements {
            let Some(value) = self.expression(scope, element) else {
                failed = true;
                continue;
            };
            if matches!(value.ty, Type::Void | Type::Timestamp) {
                self.error(
                    value.span,
                    format!("a tuple cannot hold a {}", value.ty.describe()),
                );
                failed = true;
                continue;
            }
            fields.push((name, stored_type(value.ty)));
            checked.push(value);
        }
        if failed {
            return None;
        }
        Some(Expr {
            kind: ExprKind::Tuple(checked),
            ty: Type::Tuple(intern(fields)),
            span,
        })
    }

    /// `tuple.N` (`index`) or `record.name` (`name`) on a checked tuple.
    pub(super) fn tuple_field(
        &mut self,
        base: Expr,
        index: Option<u64>,
        name: Option<&str>,
        span: Span,
    ) -> Option<Expr> {
        let Type::Tuple(id) = base.ty else {
            self.error(
                base.span,
                format!("`.N` needs a tuple, not {}", base.ty.describe()),
            );
            return None;
        };
        let layout = layout(id);
        let position = match (index, name) {
            (Some(index), _) => usize::try_from(index)
                .ok()
                .filter(|index| *index < layout.fields.len()),
            (None, Some(name)) => layout
                .fields
                .iter()
                .position(|field| field.name.as_deref() == Some(name)),
            (None, None) => None,
        };
        let Some(position) = position else {
            let message = match (index, name) {
                (Some(index), _) => format!(
                    "index {index} is out of range for a tuple of {} elements",
                    layout.fields.len()
                ),
                (None, Some(name)) => {
                    let kind = if layout.is_record() {
                        "record"
                    } else {
                        "tuple"
                    };
                    format!("{kind} {} has no field `{name}`", describe(id))
                }
                (None, None) => "a tuple field needs an index or a name".to_string(),
            };
            self.error(span, message);
            return None;
        };
        Some(Expr {
            ty: layout.fields[position].ty,
            kind: ExprKind::TupleField {
                base: Box::new(base),
                index: position,
            },
            span,
        })
    }
}

impl Checker {
    /// The base of `base.name` when it is a record: `base` is checked with its diagnostics
    /// held back, and `None` (with nothing reported) when it is anything else, so that
    /// kernel struct field access checks it again in its own way.
    pub(super) fn record_base(&mut self, scope: &mut Scope, base: &ast::Expr) -> Option<Expr> {
        if matches!(&base.kind, AstExprKind::Identifier(name) if name == "args") {
            return None;
        }
        // Each level of `a.b.c` may check its base twice (here, then as a kernel struct):
        // chains through `->` are never records, and long chains are taken for kernel
        // struct walks, which keeps that cost bounded.
        let mut link = base;
        let mut depth = 0;
        loop {
            match &link.kind {
                AstExprKind::FieldAccess { arrow: true, .. } => return None,
                AstExprKind::FieldAccess { base, .. }
                | AstExprKind::TupleIndex { base, .. }
                | AstExprKind::Index { base, .. } => {
                    depth += 1;
                    if depth > 6 {
                        return None;
                    }
                    link = base;
                }
                _ => break,
            }
        }
        let reported = self.diagnostics.len();
        let checked = self.expression(scope, base);
        match checked {
            Some(checked) if matches!(checked.ty, Type::Tuple(_)) => Some(checked),
            _ => {
                self.diagnostics.truncate(reported);
                None
            }
        }
    }
}

impl Checker {
    /// `left == right` between tuples (`!=` when `negated`): equal when every field is,
    /// compared as integers, strings or tuples.
    pub(super) fn tuples_compared(
        &mut self,
        left: Expr,
        right: Expr,
        negated: bool,
        span: Span,
    ) -> Option<Expr> {
        let (Type::Tuple(left_id), Type::Tuple(right_id)) = (left.ty, right.ty) else {
            return None;
        };
        if merge_tuples(left_id, right_id).is_none() {
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
        let mut equal: Option<Expr> = None;
        for index in 0..layout(left_id).fields.len() {
            let left_field = self.tuple_field(left.clone(), Some(index as u64), None, span)?;
            let right_field = self.tuple_field(right.clone(), Some(index as u64), None, span)?;
            let field_equal = match (left_field.ty, right_field.ty) {
                (Type::Tuple(_), Type::Tuple(_)) => {
                    self.tuples_compared(left_field, right_field, false, span)?
                }
                (Type::String { .. }, Type::String { .. }) => {
                    self.strings_compared(left_field, right_field, false, span)?
                }
                (Type::Inet, _) | (_, Type::Inet) => {
                    self.unsupported(span, "comparing tuples that hold addresses");
                    return None;
                }
                _ => Expr {
                    kind: ExprKind::Compare {
                        comparison: Comparison::Equal,
                        left: Box::new(left_field),
                        right: Box::new(right_field),
                        signed: false,
                    },
                    ty: Type::I64,
                    span,
                },
            };
            equal = Some(match equal {
                None => field_equal,
                Some(previous) => Expr {
                    kind: ExprKind::LogicalAnd(Box::new(previous), Box::new(field_equal)),
                    ty: Type::I64,
                    span,
                },
            });
        }
        let equal = equal?;
        if !negated {
            return Some(equal);
        }
        Some(Expr {
            kind: ExprKind::LogicalNot(Box::new(equal)),
            ty: Type::I64,
            span,
        })
    }
}

/// Arrays longer than this do not compare: each element's comparison copies both arrays.
const MAX_COMPARED_ARRAY_LENGTH: u32 = 16;

impl Checker {
    /// `left == right` (or `!=`) between arrays of the same type: equal when every element
    /// is.
    pub(super) fn arrays_compared(
        &mut self,
        left: Expr,
        right: Expr,
        comparison: Option<Comparison>,
        span: Span,
    ) -> Option<Expr> {
        let negated = match comparison {
            Some(Comparison::Equal) => false,
            Some(Comparison::NotEqual) => true,
            _ => {
                self.error(span, "arrays compare with == and != only");
                return None;
            }
        };
        let Type::Array {
            element_bytes,
            signed,
            length,
        } = left.ty
        else {
            return self.cannot_compare(&left, &right, span);
        };
        if left.ty != right.ty {
            return self.cannot_compare(&left, &right, span);
        }
        if length > MAX_COMPARED_ARRAY_LENGTH {
            self.unsupported(
                span,
                &format!("comparing arrays of more than {MAX_COMPARED_ARRAY_LENGTH} elements"),
            );
            return None;
        }
        let element = |array: &Expr, position: u32| Expr {
            kind: ExprKind::ArrayElement {
                first: Box::new(array.clone()),
                index: Box::new(Expr {
                    kind: ExprKind::Integer(i64::from(position)),
                    ty: Type::U64,
                    span,
                }),
                length,
            },
            ty: Type::Integer {
                bits: element_bytes * 8,
                signed,
            },
            span,
        };
        let mut equal: Option<Expr> = None;
        for position in 0..length {
            let element_equal = Expr {
                kind: ExprKind::Compare {
                    comparison: Comparison::Equal,
                    left: Box::new(element(&left, position)),
                    right: Box::new(element(&right, position)),
                    signed: false,
                },
                ty: Type::I64,
                span,
            };
            equal = Some(match equal {
                None => element_equal,
                Some(previous) => Expr {
                    kind: ExprKind::LogicalAnd(Box::new(previous), Box::new(element_equal)),
                    ty: Type::I64,
                    span,
                },
            });
        }
        let equal = equal?;
        if !negated {
            return Some(equal);
        }
        Some(Expr {
            kind: ExprKind::LogicalNot(Box::new(equal)),
            ty: Type::I64,
            span,
        })
    }

    fn cannot_compare(&mut self, left: &Expr, right: &Expr, span: Span) -> Option<Expr> {
        self.error(
            span,
            format!(
                "cannot compare {} with {}",
                left.ty.describe(),
                right.ty.describe()
            ),
        );
        None
    }
}
