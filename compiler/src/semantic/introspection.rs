//! Compile-time questions about expressions: `is_str`, `is_integer`,
//! `is_unsigned_integer`, `is_ptr`, `is_array`, `is_literal`, `strcap`,
//! `default_str_length`, and `is_err` (a run-time range check on a pointer).
//!
//! In: the call. Out: an integer constant (1 or 0 for the predicates), folded here; the
//! argument is type-checked but never evaluated, as in bpftrace.

use super::*;

impl Checker {
    pub(super) fn introspection(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let constant = |value: i64, ty: Type| {
            Some(Expr {
                kind: ExprKind::Integer(value),
                ty,
                span,
            })
        };
        if name == "default_str_length" {
            if !expressions.is_empty() {
                self.error(span, "default_str_length() takes no arguments");
                return None;
            }
            return constant(i64::from(self.options.max_string_length), Type::I64);
        }
        let [argument] = expressions.as_slice() else {
            self.error(span, format!("{name}() takes one argument"));
            return None;
        };
        let literal = matches!(
            argument.kind,
            AstExprKind::Integer(_) | AstExprKind::Boolean(_) | AstExprKind::String(_)
        );
        let value = self.expression(scope, argument)?;
        let answer = match name {
            "is_str" => matches!(value.ty, Type::String { .. }),
            "is_integer" => matches!(value.ty, Type::Integer { .. }),
            "is_unsigned_integer" => matches!(value.ty, Type::Integer { signed: false, .. }),
            "is_ptr" => matches!(value.ty, Type::Pointer { .. }),
            "is_array" => false,
            "is_literal" => literal,
            "strcap" => {
                let Type::String { size } = value.ty else {
                    self.error(
                        value.span,
                        format!("strcap() needs a string, not {}", value.ty.describe()),
                    );
                    return None;
                };
                return constant(i64::from(size), Type::I64);
            }
            "is_err" => {
                if !value.ty.is_integer_like() {
                    self.error(
                        value.span,
                        format!("is_err() needs a pointer, not {}", value.ty.describe()),
                    );
                    return None;
                }
                // ERR_PTR values are the last 4095 addresses: -4095 to -1.
                return Some(Expr {
                    kind: ExprKind::Compare {
                        comparison: Comparison::GreaterEqual,
                        left: Box::new(value),
                        right: Box::new(Expr {
                            kind: ExprKind::Integer(-4095),
                            ty: Type::U64,
                            span,
                        }),
                        signed: false,
                    },
                    ty: Type::I64,
                    span,
                });
            }
            _ => unreachable!("dispatched by name"),
        };
        constant(i64::from(answer), Type::I64)
    }
}
