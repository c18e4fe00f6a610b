//! String functions: `strlen`, `strncmp`, `strcontains` and `strstr`, and comparisons
//! between two strings that are not literals.
//!
//! In: a call (or a `==`/`!=` between strings). Out: a typed [`ExprKind::StringLength`],
//! [`ExprKind::StringsDiffer`] or [`ExprKind::StringFind`]. Lowering unrolls these over the
//! strings' buffers (no loop the verifier has to simulate, no variable offset into a map
//! value), so their cost grows with the buffer sizes; searches whose unrolled size would be
//! too large for a BPF program are refused here with a hint to bound the strings.

use super::*;

/// The largest `haystack bytes × needle bytes` a search may unroll to: about 4 BPF
/// instructions each, which keeps a program far below the verifier's limits.
const MAX_SEARCH_PAIRS: u32 = 64 * 1024;

impl Checker {
    /// Checks the string functions; `None` when `name` is not one of them.
    pub(super) fn string_function(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        match (name, expressions.as_slice()) {
            ("strlen", [string]) => {
                let string = self.string_operand(scope, string, name)?;
                typed(ExprKind::StringLength(Box::new(string)), Type::U64)
            }
            ("strncmp", [left, right, limit]) => {
                let left = self.string_operand(scope, left, name);
                let right = self.string_operand(scope, right, name);
                let limit = match &limit.kind {
                    AstExprKind::Integer(limit) => u32::try_from(*limit).unwrap_or(u32::MAX),
                    _ => {
                        self.error(limit.span, "strncmp()'s length must be an integer literal");
                        return None;
                    }
                };
                typed(
                    ExprKind::StringsDiffer {
                        left: Box::new(left?),
                        right: Box::new(right?),
                        limit: Some(limit),
                    },
                    Type::I64,
                )
            }
            ("strcontains" | "strstr", [haystack, needle]) => {
                let haystack = self.string_operand(scope, haystack, name);
                let needle = self.string_operand(scope, needle, name);
                let (haystack, needle) = (haystack?, needle?);
                let pairs = string_size(&haystack).saturating_mul(string_size(&needle));
                if pairs > MAX_SEARCH_PAIRS {
                    self.diagnostics.push(
                        Diagnostic::error(
                            span,
                            format!(
                                "{name}() on strings of {} and {} bytes is too large for a BPF program",
                                string_size(&haystack),
                                string_size(&needle)
                            ),
                        )
                        .with_help("bound one of them, e.g. str(pointer, 64)"),
                    );
                    return None;
                }
                let find = Expr {
                    kind: ExprKind::StringFind {
                        haystack: Box::new(haystack),
                        needle: Box::new(needle),
                    },
                    ty: Type::I64,
                    span,
                };
                if name == "strstr" {
                    return Some(find);
                }
                typed(
                    ExprKind::Compare {
                        comparison: Comparison::GreaterEqual,
                        left: Box::new(find),
                        right: Box::new(Expr {
                            kind: ExprKind::Integer(0),
                            ty: Type::I64,
                            span,
                        }),
                        signed: true,
                    },
                    Type::I64,
                )
            }
            _ => {
                let usage = match name {
                    "strlen" => "strlen() takes one string",
                    "strncmp" => "strncmp() takes two strings and a length",
                    _ => "this function takes a haystack string and a needle string",
                };
                self.error(span, usage);
                None
            }
        }
    }

    /// A string argument of a string function.
    fn string_operand(
        &mut self,
        scope: &mut Scope,
        expression: &ast::Expr,
        function: &str,
    ) -> Option<Expr> {
        let checked = self.expression(scope, expression)?;
        if !matches!(checked.ty, Type::String { .. }) {
            self.error(
                checked.span,
                format!("{function}() needs a string, not {}", checked.ty.describe()),
            );
            return None;
        }
        Some(checked)
    }

    /// `left == right` (or `!=` when `negated`) between two strings that are not both
    /// literals and where neither is a literal handled by [`ExprKind::StringEquals`].
    pub(super) fn strings_compared(
        &mut self,
        left: Expr,
        right: Expr,
        negated: bool,
        span: Span,
    ) -> Option<Expr> {
        let differ = Expr {
            kind: ExprKind::StringsDiffer {
                left: Box::new(left),
                right: Box::new(right),
                limit: None,
            },
            ty: Type::I64,
            span,
        };
        if negated {
            return Some(differ);
        }
        Some(Expr {
            kind: ExprKind::LogicalNot(Box::new(differ)),
            ty: Type::I64,
            span,
        })
    }
}

fn string_size(expression: &Expr) -> u32 {
    match expression.ty {
        Type::String { size } => size,
        _ => 8,
    }
}
