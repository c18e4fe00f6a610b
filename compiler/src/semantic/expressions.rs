//! Expressions: operators, conditions and casts.
//!
//! In: an `ast::Expr`. Out: a typed [`Expr`] whose integer width and signedness follow
//! bpftrace's promotion rules, or a diagnostic. Builtins, calls and kernel field access
//! have their own modules.

use super::*;

impl Checker {
    pub(super) fn condition(&mut self, scope: &mut Scope, expression: &ast::Expr) -> Option<Expr> {
        let checked = self.expression(scope, expression)?;
        if !checked.ty.is_integer_like() {
            self.error(
                checked.span,
                format!(
                    "a condition must be an integer or a comparison, not {}",
                    checked.ty.describe()
                ),
            );
            return None;
        }
        Some(checked)
    }

    pub(super) fn expression(&mut self, scope: &mut Scope, expression: &ast::Expr) -> Option<Expr> {
        let span = expression.span;
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        match &expression.kind {
            AstExprKind::Integer(value) => {
                let ty = if *value > i64::MAX as u64 {
                    Type::U64
                } else {
                    Type::I64
                };
                typed(ExprKind::Integer(*value as i64), ty)
            }
            AstExprKind::Boolean(value) => typed(ExprKind::Integer(i64::from(*value)), Type::I64),
            AstExprKind::String(text) => {
                let bytes = text.as_bytes().to_vec();
                let size = bytes.len() as u32 + 1;
                typed(ExprKind::StringLiteral(bytes), Type::String { size })
            }
            AstExprKind::Identifier(name)
                if name == "args" && matches!(scope.context, ProbeContext::Arguments { .. }) =>
            {
                self.arguments_record(scope, span)
            }
            AstExprKind::Identifier(name) => match self.context_builtin(scope, name, span) {
                Some(found) => found,
                None => self.builtin(name, span),
            },
            AstExprKind::Variable(name) if scope.map_entries.contains_key(name) => {
                // `$kv` is the tuple `(key, value)`, `((key1, key2), value)` for a map of
                // several keys.
                let key = self.map_entry_part(scope, expression, 0, span)?;
                let value = self.map_entry_part(scope, expression, 1, span)?;
                let fields = vec![
                    (None, tuples::stored_type(key.ty)),
                    (None, tuples::stored_type(value.ty)),
                ];
                typed(
                    ExprKind::Tuple(vec![key, value]),
                    Type::Tuple(tuples::intern(fields)),
                )
            }
            AstExprKind::Variable(name) => match scope.by_name.get(name) {
                // Declared with `let` and not assigned yet: 0, as in bpftrace.
                Some(id) if scope.untyped.contains(id) => typed(ExprKind::Integer(0), Type::I64),
                Some(id) => {
                    let read = typed(ExprKind::Variable(*id), scope.variables[id.0].ty)?;
                    match scope.enum_variables.get(id) {
                        // Held in 64 bits, zero-extended.
                        Some(enumerators) => Some(kernel::enumerated(read, 8, enumerators.clone())),
                        None => Some(read),
                    }
                }
                None if scope.refused.contains(name) => None,
                None => {
                    self.error(
                        span,
                        format!("variable ${name} is used before it is assigned"),
                    );
                    None
                }
            },
            AstExprKind::Map { name, keys } => {
                let keys = self.map_keys(scope, keys).ok()?;
                let keys = self.conform_keys(scope, &name.text, keys);
                let Some(id) = self.map_ids.get(&name.text).copied() else {
                    self.error(span, format!("undefined map: @{}", name.text));
                    return None;
                };
                match self.maps[id.0].value {
                    MapValueType::Aggregate(aggregate) => {
                        let Some(ty) = aggregate.read_type() else {
                            self.error(
                                span,
                                format!(
                                    "a {}() map cannot be read inside a probe; print it instead",
                                    aggregate.name()
                                ),
                            );
                            return None;
                        };
                        self.map(
                            name,
                            map_key_type(&keys),
                            MapValueType::Aggregate(aggregate),
                            span,
                        )?;
                        typed(
                            ExprKind::AggregateRead {
                                map: id,
                                keys,
                                aggregate,
                            },
                            ty,
                        )
                    }
                    MapValueType::Plain(ty) => {
                        self.map(name, map_key_type(&keys), MapValueType::Plain(ty), span)?;
                        typed(ExprKind::MapRead { map: id, keys }, ty)
                    }
                }
            }
            AstExprKind::Positional(index) => {
                let Ok(index) = u32::try_from(*index).map(|index| index.min(MAX_POSITIONAL)) else {
                    return None;
                };
                if index >= MAX_POSITIONAL {
                    self.error(
                        span,
                        format!("positional parameters go up to ${}", MAX_POSITIONAL - 1),
                    );
                    return None;
                }
                self.positional_parameters = self.positional_parameters.max(index);
                self.numeric_positional_parameters.insert(index);
                typed(ExprKind::Positional(index), Type::I64)
            }
            AstExprKind::PositionalCount => typed(ExprKind::PositionalCount, Type::I64),
            AstExprKind::Call {
                name,
                name_span,
                arguments,
            } => {
                if matches!(
                    name.as_str(),
                    "printf" | "join" | "exit" | "count" | "cat" | "system" | "errorf" | "warnf"
                ) {
                    self.error(
                        span,
                        format!("{name}() has no value; call it as a statement"),
                    );
                    return None;
                }
                self.call(scope, name, *name_span, arguments, span)
            }
            AstExprKind::Unary { operator, operand } => {
                let operand = self.expression(scope, operand)?;
                if !operand.ty.is_integer_like() {
                    self.error(
                        span,
                        format!(
                            "this operator needs an integer, not {}",
                            operand.ty.describe()
                        ),
                    );
                    return None;
                }
                match operator {
                    UnaryOperator::Negate => typed(ExprKind::Negate(Box::new(operand)), Type::I64),
                    UnaryOperator::BitwiseNot => {
                        let ty = integer_type(operand.ty);
                        typed(ExprKind::BitwiseNot(Box::new(operand)), ty)
                    }
                    UnaryOperator::LogicalNot => {
                        typed(ExprKind::LogicalNot(Box::new(operand)), Type::I64)
                    }
                }
            }
            AstExprKind::Binary {
                operator,
                left,
                right,
            } => self.binary(scope, *operator, left, right, span),
            AstExprKind::Ternary {
                condition,
                then: Some(then),
                otherwise,
            } => {
                let condition = self.condition(scope, condition)?;
                let then = self.expression(scope, then)?;
                let otherwise = self.expression(scope, otherwise)?;
                self.choice(condition, then, otherwise, span)
            }
            AstExprKind::Ternary {
                condition,
                then: None,
                otherwise,
            } => {
                // `a ?: b` is `a ? a : b`. `a` is read twice, which only matters when it
                // has effects (`$x++ ?: 0`): then it is evaluated once, into a hidden
                // variable.
                let condition = self.condition(scope, condition)?;
                let otherwise = self.expression(scope, otherwise)?;
                let ExprKind::Block { .. } = condition.kind else {
                    let then = condition.clone();
                    return self.choice(condition, then, otherwise, span);
                };
                let ty = match condition.ty {
                    Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                    other => other,
                };
                let held = VariableId(scope.variables.len());
                scope
                    .variables
                    .push(Variable::new("(value of a ?: condition)", ty));
                let read = Expr {
                    kind: ExprKind::Variable(held),
                    ty,
                    span: condition.span,
                };
                let statements = vec![Statement::AssignVariable {
                    variable: held,
                    value: condition,
                    span,
                }];
                let value = self.choice(read.clone(), read, otherwise, span)?;
                typed(
                    ExprKind::Block {
                        statements,
                        value: Box::new(value.clone()),
                    },
                    value.ty,
                )
            }

            AstExprKind::FieldAccess { base, field, .. } => {
                if let Some(record) = self.record_base(scope, base) {
                    return self.tuple_field(record, None, Some(&field.text), span);
                }
                self.field_access(scope, base, field, span)
            }
            AstExprKind::Cast { target, operand } => self.cast(scope, target, operand, span),
            AstExprKind::Sizeof(operand) => self.size_of(scope, operand, span),
            AstExprKind::Offsetof { operand, fields } => self.offset_of(operand, fields, span),
            AstExprKind::Typeinfo(operand) => self.type_info(scope, operand, span),
            AstExprKind::Comptime(operand) => {
                let checked = self.expression(scope, operand)?;
                match compile_time_value(&checked) {
                    Some(value) => Some(Expr { span, ..value }),
                    None => {
                        self.error(span, "Unable to resolve comptime expression");
                        None
                    }
                }
            }
            AstExprKind::TupleIndex { base, index, .. } => {
                if self.is_map_entry(scope, base) {
                    self.map_entry_part(scope, base, *index, span)
                } else {
                    let base = self.expression(scope, base)?;
                    self.tuple_field(base, Some(*index), None, span)
                }
            }
            AstExprKind::Index { base, index } => {
                // `tuple[N]` with a constant N is `tuple.N`; other indexing is on arrays.
                if let AstExprKind::Integer(position) = index.kind
                    && let Some(tuple) = self.record_base(scope, base)
                {
                    return self.tuple_field(tuple, Some(position), None, span);
                }
                self.kernel_index(scope, base, index, span)
            }
            AstExprKind::AddressOf(target) => self.address_of(scope, target, span),
            AstExprKind::Dereference(operand) => self.dereference(scope, operand, span),
            AstExprKind::Tuple(elements) => self.tuple_literal(
                scope,
                elements.iter().map(|element| (None, element)).collect(),
                span,
            ),
            AstExprKind::Record(fields) => self.tuple_literal(
                scope,
                fields
                    .iter()
                    .map(|field| (Some(field.name.text.clone()), &field.value))
                    .collect(),
                span,
            ),
            AstExprKind::Block(block) => self.block_expression(scope, block, span),
            AstExprKind::If(branch) => self.if_expression(scope, branch),
            AstExprKind::PreIncrement(target) => {
                self.increment_value(scope, target, BinaryOperator::Add, true, span)
            }
            AstExprKind::PostIncrement(target) => {
                self.increment_value(scope, target, BinaryOperator::Add, false, span)
            }
            AstExprKind::PreDecrement(target) => {
                self.increment_value(scope, target, BinaryOperator::Subtract, true, span)
            }
            AstExprKind::PostDecrement(target) => {
                self.increment_value(scope, target, BinaryOperator::Subtract, false, span)
            }
        }
    }

    /// `&$name` and `&@name`, the only operands bpftrace 0.26 gives `&` (its parser refuses
    /// any other). A variable's address points at its home in scratch memory, so `*` reads
    /// the variable back and casts reinterpret its bytes; a map's address is the map itself.
    fn address_of(
        &mut self,
        scope: &mut Scope,
        target: &ast::AddressTarget,
        span: Span,
    ) -> Option<Expr> {
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        match target {
            ast::AddressTarget::Variable(name) => {
                if scope.map_entries.contains_key(&name.text) {
                    return self.unsupported_none(span, "the address of a map loop's entry");
                }
                let Some(&id) = scope.by_name.get(&name.text) else {
                    if !scope.refused.contains(&name.text) {
                        self.error(
                            name.span,
                            format!("variable ${} is used before it is assigned", name.text),
                        );
                    }
                    return None;
                };
                if scope.untyped.contains(&id) {
                    self.error(
                        name.span,
                        format!("no type available for variable ${}", name.text),
                    );
                    return None;
                }
                let variable = &mut scope.variables[id.0];
                variable.address_taken = true;
                let ty = match variable.ty {
                    Type::Integer { bits, signed } => Type::Pointer {
                        user: false,
                        depth: 1,
                        pointee: None,
                        integer: Some(super::typed::IntegerPointee { bits, signed }),
                    },
                    Type::Pointer {
                        depth,
                        pointee,
                        integer,
                        ..
                    } => Type::Pointer {
                        user: false,
                        depth: depth.saturating_add(1),
                        pointee,
                        integer,
                    },
                    // Strings, tuples, arrays, ...: an address to cast, `(int8 *)&$s`.
                    _ => Type::Pointer {
                        user: false,
                        depth: 1,
                        pointee: None,
                        integer: None,
                    },
                };
                typed(ExprKind::VariableAddress(id), ty)
            }
            ast::AddressTarget::Map(name) => {
                let Some(id) = self.map_ids.get(&name.text).copied() else {
                    self.error(name.span, format!("undefined map: @{}", name.text));
                    return None;
                };
                // The address is the kernel's `struct bpf_map`, not a value: reading
                // through it needs a cast.
                typed(
                    ExprKind::MapAddress(id),
                    Type::Pointer {
                        user: false,
                        depth: 1,
                        pointee: None,
                        integer: None,
                    },
                )
            }
        }
    }

    pub(super) fn unsupported_none(&mut self, span: Span, feature: &str) -> Option<Expr> {
        self.unsupported(span, feature);
        None
    }

    pub(super) fn binary(
        &mut self,
        scope: &mut Scope,
        operator: BinaryOperator,
        left: &ast::Expr,
        right: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let left = self.expression(scope, left);
        let right = self.expression(scope, right);
        let (left, right) = (left?, right?);
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        let comparison = match operator {
            BinaryOperator::Equal => Some(Comparison::Equal),
            BinaryOperator::NotEqual => Some(Comparison::NotEqual),
            BinaryOperator::Less => Some(Comparison::Less),
            BinaryOperator::LessEqual => Some(Comparison::LessEqual),
            BinaryOperator::Greater => Some(Comparison::Greater),
            BinaryOperator::GreaterEqual => Some(Comparison::GreaterEqual),
            _ => None,
        };
        if let (Type::Tuple(_), Type::Tuple(_), Some(Comparison::Equal | Comparison::NotEqual)) =
            (left.ty, right.ty, comparison)
        {
            return self.tuples_compared(
                left,
                right,
                comparison == Some(Comparison::NotEqual),
                span,
            );
        }
        if let (Type::Array { .. }, _) | (_, Type::Array { .. }) = (left.ty, right.ty) {
            return self.arrays_compared(left, right, comparison, span);
        }
        let is_string = |expression: &Expr| matches!(expression.ty, Type::String { .. });
        if is_string(&left) || is_string(&right) {
            let negated = match comparison {
                Some(Comparison::Equal) => false,
                Some(Comparison::NotEqual) => true,
                _ => {
                    self.error(
                        span,
                        format!(
                            "the operator `{}` does not apply to strings",
                            operator.symbol()
                        ),
                    );
                    return None;
                }
            };
            let (string, literal) = match (&left.kind, &right.kind) {
                (_, ExprKind::StringLiteral(literal)) if is_string(&left) => {
                    (left.clone(), literal.clone())
                }
                (ExprKind::StringLiteral(literal), _) if is_string(&right) => {
                    (right.clone(), literal.clone())
                }
                _ if is_string(&left) && is_string(&right) => {
                    return self.strings_compared(left, right, negated, span);
                }
                _ => {
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
            };
            return typed(
                ExprKind::StringEquals {
                    string: Box::new(string),
                    literal,
                    negated,
                },
                Type::I64,
            );
        }
        if !(left.ty.is_integer_like() && right.ty.is_integer_like()) {
            self.error(
                span,
                format!(
                    "the operator `{}` needs integers, not {} and {}",
                    operator.symbol(),
                    left.ty.describe(),
                    right.ty.describe()
                ),
            );
            return None;
        }
        let is_pointer = |ty: Type| matches!(ty, Type::Pointer { .. });
        if comparison.is_none()
            && !matches!(
                operator,
                BinaryOperator::LogicalAnd | BinaryOperator::LogicalOr
            )
            && (is_pointer(left.ty) || is_pointer(right.ty))
        {
            return self.pointer_arithmetic(operator, left, right, span);
        }
        if let Some(comparison) = comparison {
            let signed = combined_integer(&left, &right).is_signed();
            return typed(
                ExprKind::Compare {
                    comparison,
                    left: Box::new(left),
                    right: Box::new(right),
                    signed,
                },
                Type::I64,
            );
        }
        let arithmetic = match operator {
            BinaryOperator::LogicalAnd => {
                return typed(
                    ExprKind::LogicalAnd(Box::new(left), Box::new(right)),
                    Type::I64,
                );
            }
            BinaryOperator::LogicalOr => {
                return typed(
                    ExprKind::LogicalOr(Box::new(left), Box::new(right)),
                    Type::I64,
                );
            }
            BinaryOperator::Add => Arithmetic::Add,
            BinaryOperator::Subtract => Arithmetic::Subtract,
            BinaryOperator::Multiply => Arithmetic::Multiply,
            BinaryOperator::Divide => Arithmetic::Divide,
            BinaryOperator::Modulo => Arithmetic::Modulo,
            BinaryOperator::BitwiseAnd => Arithmetic::And,
            BinaryOperator::BitwiseOr => Arithmetic::Or,
            BinaryOperator::BitwiseXor => Arithmetic::Xor,
            BinaryOperator::ShiftLeft => Arithmetic::ShiftLeft,
            BinaryOperator::ShiftRight => Arithmetic::ShiftRight,
            _ => unreachable!("comparisons are handled above"),
        };
        if matches!(arithmetic, Arithmetic::Divide | Arithmetic::Modulo)
            && matches!(right.kind, ExprKind::Integer(0))
        {
            self.error(right.span, "division by zero");
            return None;
        }
        // bpftrace 0.26: a difference is signed; otherwise a literal takes the other side's
        // signedness, and two typed operands are signed only when both are.
        let ty = if arithmetic == Arithmetic::Subtract {
            Type::I64
        } else {
            combined_integer(&left, &right)
        };
        typed(
            ExprKind::Binary {
                operation: arithmetic,
                left: Box::new(left),
                right: Box::new(right),
            },
            ty,
        )
    }

    /// `p + n`, `n + p` and `p - n` on a pointer, as C (and bpftrace) computes them: `n`
    /// counts elements of what `p` points to, and the result is a pointer of `p`'s type. A
    /// pointer whose target is unknown (`void *`, a tracepoint's pointer field) steps in
    /// bytes. Other operators on pointers, and `n - p` or `p - q`, are refused as bpftrace
    /// refuses them.
    fn pointer_arithmetic(
        &mut self,
        operator: BinaryOperator,
        left: Expr,
        right: Expr,
        span: Span,
    ) -> Option<Expr> {
        let left_is_pointer = matches!(left.ty, Type::Pointer { .. });
        let both = left_is_pointer && matches!(right.ty, Type::Pointer { .. });
        let arithmetic = match operator {
            BinaryOperator::Add if !both => Arithmetic::Add,
            BinaryOperator::Subtract if left_is_pointer && !both => Arithmetic::Subtract,
            _ => {
                self.diagnostics.push(
                    Diagnostic::error(
                        span,
                        format!(
                            "the operator `{}` cannot be used on {} and {}",
                            operator.symbol(),
                            left.ty.describe(),
                            right.ty.describe()
                        ),
                    )
                    .with_help(
                        "a pointer takes `p + n`, `n + p` and `p - n`; cast it to uint64 for \
                         other arithmetic",
                    ),
                );
                return None;
            }
        };
        let (pointer, count) = if left_is_pointer {
            (left, right)
        } else {
            (right, left)
        };
        let step = self.pointer_step(pointer.ty, span)?;
        let count_span = count.span;
        let offset = match count.kind {
            _ if step == 1 => count,
            ExprKind::Integer(value) => Expr {
                kind: ExprKind::Integer(value.wrapping_mul(i64::from(step))),
                ty: Type::I64,
                span: count_span,
            },
            _ => Expr {
                ty: count.ty,
                kind: ExprKind::Binary {
                    operation: Arithmetic::Multiply,
                    left: Box::new(count),
                    right: Box::new(Expr {
                        kind: ExprKind::Integer(i64::from(step)),
                        ty: Type::I64,
                        span: count_span,
                    }),
                },
                span: count_span,
            },
        };
        Some(Expr {
            ty: pointer.ty,
            kind: ExprKind::Binary {
                operation: arithmetic,
                left: Box::new(pointer),
                right: Box::new(offset),
            },
            span,
        })
    }

    /// Bytes between consecutive elements a pointer of type `ty` points to: the struct's
    /// size, the integer's, 8 for a pointer to a pointer, 1 when the target is unknown.
    fn pointer_step(&mut self, ty: Type, span: Span) -> Option<u32> {
        let Type::Pointer {
            depth,
            pointee,
            integer,
            ..
        } = ty
        else {
            return Some(1);
        };
        Some(match (depth, pointee, integer) {
            (2.., _, _) => 8,
            (_, Some(composite), _) => self.kernel_types(span)?.size(composite).max(1),
            (_, None, Some(target)) => u32::from(target.bits / 8),
            (_, None, None) => 1,
        })
    }

    /// `(type) value`: a struct or union pointer type retypes an address; an integer
    /// type truncates and extends.
    pub(super) fn cast(
        &mut self,
        scope: &mut Scope,
        target: &ast::TypeSpecifier,
        operand: &ast::Expr,
        span: Span,
    ) -> Option<Expr> {
        let name = match target {
            ast::TypeSpecifier::Name(name) => name,
            ast::TypeSpecifier::Typeof {
                operand: typeof_operand,
                span: typeof_span,
            } => {
                let ty = self.type_of(scope, typeof_operand, *typeof_span)?;
                let Type::Integer { bits, signed } = ty else {
                    self.unsupported(span, &format!("casts to typeof() a {}", ty.describe()));
                    return None;
                };
                let value = self.expression(scope, operand)?;
                if !value.ty.is_integer_like() {
                    self.error(value.span, format!("cannot cast a {}", value.ty.describe()));
                    return None;
                }
                return Some(Expr {
                    kind: ExprKind::IntegerCast {
                        value: Box::new(value),
                        bits,
                        signed,
                    },
                    ty,
                    span,
                });
            }
        };
        let value = self.expression(scope, operand)?;
        if let Some(array) = self.array_cast(&value, name, span) {
            return array;
        }
        if !value.ty.is_integer_like() {
            self.error(value.span, format!("cannot cast a {}", value.ty.describe()));
            return None;
        }
        match (&name.base, name.suffixes.as_slice()) {
            (
                ast::TypeBase::Struct(struct_name) | ast::TypeBase::Union(struct_name),
                [ast::TypeSuffix::Pointer],
            ) => {
                let union = matches!(name.base, ast::TypeBase::Union(_));
                let types = self.kernel_types(span)?;
                let Some(composite) = types.composite(struct_name, union) else {
                    let keyword = if union { "union" } else { "struct" };
                    self.diagnostics.push(
                        Diagnostic::error(
                            name.span,
                            format!("unknown type {keyword} {struct_name}"),
                        )
                        .with_note(format!(
                            "kernel types were read from {}",
                            types.path.display()
                        )),
                    );
                    return None;
                };
                // An address from a uprobe's registers points into the traced program.
                let user = match value.ty {
                    Type::Pointer { user, .. } => user,
                    _ => scope.context.address_space() == AddressSpace::User,
                };
                Some(Expr {
                    ty: Type::Pointer {
                        user,
                        depth: 1,
                        pointee: Some(composite),
                        integer: None,
                    },
                    ..value
                })
            }
            (ast::TypeBase::Named(integer), []) => {
                let Some((bits, signed)) = integer_type_name(integer) else {
                    self.unsupported(name.span, &format!("casts to `{integer}`"));
                    return None;
                };
                Some(Expr {
                    kind: ExprKind::IntegerCast {
                        value: Box::new(value),
                        bits,
                        signed,
                    },
                    ty: Type::Integer { bits, signed },
                    span,
                })
            }
            // `(name_t *)x` where `name_t` is a typedef of a struct.
            (ast::TypeBase::Named(typedef), [ast::TypeSuffix::Pointer])
                if integer_type_name(typedef).is_none() =>
            {
                let types = self.kernel_types(span)?;
                let Some(composite) = types.typedef_composite(typedef) else {
                    self.unsupported(name.span, &format!("casts to `{}`", name.text()));
                    return None;
                };
                let user = match value.ty {
                    Type::Pointer { user, .. } => user,
                    _ => scope.context.address_space() == AddressSpace::User,
                };
                Some(Expr {
                    ty: Type::Pointer {
                        user,
                        depth: 1,
                        pointee: Some(composite),
                        integer: None,
                    },
                    ..value
                })
            }
            // `(int32 *)x`, `(uint8 **)x`: an address whose `*` reads that integer.
            (ast::TypeBase::Named(integer), suffixes)
                if !suffixes.is_empty()
                    && suffixes
                        .iter()
                        .all(|suffix| matches!(suffix, ast::TypeSuffix::Pointer))
                    && integer_type_name(integer).is_some() =>
            {
                let (bits, signed) = integer_type_name(integer)?;
                let user = match value.ty {
                    Type::Pointer { user, .. } => user,
                    _ => scope.context.address_space() == AddressSpace::User,
                };
                Some(Expr {
                    ty: Type::Pointer {
                        user,
                        depth: suffixes.len().min(u8::MAX as usize) as u8,
                        pointee: None,
                        integer: Some(super::typed::IntegerPointee { bits, signed }),
                    },
                    ..value
                })
            }
            _ => {
                self.unsupported(name.span, &format!("casts to `{}`", name.text()));
                None
            }
        }
    }

    /// Casts between integers and integer arrays, with bpftrace's rules: an integer
    /// becomes an array of at most 8 bytes (`[]` takes the integer's size), and an array
    /// becomes an integer of its exact size.
    /// `None` when neither side is an array; otherwise the cast, or `Some(None)` once an
    /// error is reported.
    fn array_cast(
        &mut self,
        value: &Expr,
        name: &ast::TypeName,
        span: Span,
    ) -> Option<Option<Expr>> {
        let integer_target = match (&name.base, name.suffixes.as_slice()) {
            (ast::TypeBase::Named(base), []) => integer_type_name(base),
            _ => None,
        };
        let array_target = match (&name.base, name.suffixes.as_slice()) {
            (ast::TypeBase::Named(base), [ast::TypeSuffix::Array(length)]) => {
                integer_type_name(base).map(|element| (element, *length))
            }
            _ => None,
        };
        let cannot = |checker: &mut Checker| {
            checker.error(
                span,
                format!(
                    "Cannot cast from \"{}\" to \"{}\"",
                    value.ty.describe(),
                    name.text()
                ),
            );
            Some(None)
        };
        if let Some(array_bytes) = value.ty.array_size() {
            let Some((bits, signed)) = integer_target else {
                return cannot(self);
            };
            if u32::from(bits / 8) != array_bytes {
                return cannot(self);
            }
            return Some(Some(Expr {
                kind: ExprKind::ArrayAsInteger(Box::new(value.clone())),
                ty: Type::Integer { bits, signed },
                span,
            }));
        }
        let ((element_bits, signed), length) = array_target?;
        let Type::Integer { bits, .. } = integer_type(value.ty) else {
            return cannot(self);
        };
        let element_bytes = element_bits / 8;
        let length = match length {
            Some(length) => length,
            None if (bits / 8) % element_bytes == 0 => u64::from(bits / 8 / element_bytes),
            None => {
                self.error(
                    span,
                    "Cannot determine array size: the element size is incompatible with the cast integer size",
                );
                return Some(None);
            }
        };
        // bpftrace also refuses an array narrower than a non-literal integer; btc keeps
        // variables in 64 bits and cannot tell their declared width, so it takes the low
        // bytes instead.
        let size = length * u64::from(element_bytes);
        if length == 0 || size > 8 {
            return cannot(self);
        }
        Some(Some(Expr {
            kind: ExprKind::IntegerAsArray(Box::new(value.clone())),
            ty: Type::Array {
                element_bytes,
                signed,
                length: length as u32,
            },
            span,
        }))
    }

    /// `$kv.0`, `$kv.1` and `$kv.0.N` of a `for ($kv : @map)` loop: the key, the value,
    /// and a part of a tuple key. Other tuple indexing is not supported yet.
    /// Whether `base` is the variable of an enclosing `for ($kv : @map)` loop, or its key
    /// `$kv.0`: `.N` on it reads the entry the loop is at, not a tuple value.
    fn is_map_entry(&self, scope: &Scope, base: &ast::Expr) -> bool {
        let variable = match &base.kind {
            AstExprKind::TupleIndex {
                base: inner,
                index: 0,
                ..
            } => inner,
            _ => base,
        };
        matches!(&variable.kind, AstExprKind::Variable(name) if scope.map_entries.contains_key(name))
    }

    fn map_entry_part(
        &mut self,
        scope: &mut Scope,
        base: &ast::Expr,
        index: u64,
        span: Span,
    ) -> Option<Expr> {
        let (name, key_part) = match &base.kind {
            AstExprKind::Variable(name) => (name, None),
            AstExprKind::TupleIndex {
                base: inner,
                index: 0,
                ..
            } => match &inner.kind {
                AstExprKind::Variable(name) => (name, Some(index)),
                _ => return self.unsupported_none(span, "tuple indexing"),
            },
            _ => return self.unsupported_none(span, "tuple indexing"),
        };
        let Some(&(map, depth)) = scope.map_entries.get(name) else {
            return self.unsupported_none(span, "tuple indexing");
        };
        if depth != scope.map_loop_depth {
            return self.unsupported_none(span, "the entry of an outer map loop in an inner one");
        }
        let info = &self.maps[map.0];
        let parts = info
            .key
            .as_ref()
            .map(|key| key.parts.clone())
            .unwrap_or_default();
        let typed = |kind: ExprKind, ty: Type| Some(Expr { kind, ty, span });
        match (key_part, index) {
            (None, 0) if parts.len() == 1 => {
                typed(ExprKind::MapEntryKey { map, part: 0 }, parts[0])
            }
            (None, 0) => {
                // A key of several parts as one value: the tuple of its parts.
                let elements: Vec<Expr> = parts
                    .iter()
                    .enumerate()
                    .map(|(part, ty)| Expr {
                        kind: ExprKind::MapEntryKey { map, part },
                        ty: *ty,
                        span,
                    })
                    .collect();
                let fields = parts
                    .iter()
                    .map(|ty| (None, tuples::stored_type(*ty)))
                    .collect();
                typed(
                    ExprKind::Tuple(elements),
                    Type::Tuple(tuples::intern(fields)),
                )
            }
            (None, 1) => {
                let ty = match info.value {
                    MapValueType::Plain(ty) => ty,
                    MapValueType::Aggregate(aggregate) => aggregate.read_type()?,
                };
                typed(ExprKind::MapEntryValue { map }, ty)
            }
            (Some(part), _) if parts.len() > 1 && (part as usize) < parts.len() => typed(
                ExprKind::MapEntryKey {
                    map,
                    part: part as usize,
                },
                parts[part as usize],
            ),
            _ => {
                self.error(span, format!("${name} has no element {index}"));
                None
            }
        }
    }
}

/// The value of a `comptime` operand when it is known when the script is built: an
/// integer expression of constants, a string literal, or a field of a tuple of them (such
/// as `typeinfo(x).full_type`).
fn compile_time_value(expression: &Expr) -> Option<Expr> {
    match &expression.kind {
        ExprKind::StringLiteral(_) => Some(expression.clone()),
        ExprKind::TupleField { base, index } => match &base.kind {
            ExprKind::Tuple(elements) => compile_time_value(elements.get(*index)?),
            _ => None,
        },
        _ if expression.ty.is_integer_like() => {
            let value = statements::constant_value(expression)?;
            Some(Expr {
                kind: ExprKind::Integer(value),
                ..expression.clone()
            })
        }
        _ => None,
    }
}

/// The width and signedness of an integer type name (bpftrace's and C's spellings).
pub(super) fn integer_type_name(name: &str) -> Option<(u8, bool)> {
    Some(match name {
        "int8" | "int8_t" | "char" | "s8" | "__s8" => (8, true),
        "uint8" | "uint8_t" | "u8" | "__u8" | "bool" | "unsigned char" => (8, false),
        "int16" | "int16_t" | "short" | "s16" | "__s16" => (16, true),
        "uint16" | "uint16_t" | "u16" | "__u16" | "unsigned short" => (16, false),
        "int32" | "int32_t" | "int" | "s32" | "__s32" => (32, true),
        "uint32" | "uint32_t" | "u32" | "__u32" | "unsigned int" => (32, false),
        "int64" | "int64_t" | "long" | "s64" | "__s64" | "long long" => (64, true),
        "uint64" | "uint64_t" | "u64" | "__u64" | "unsigned long" | "size_t"
        | "unsigned long long" => (64, false),
        _ => return None,
    })
}

impl Checker {
    /// `condition ? then : otherwise` (and `if` expressions): both branches are integers,
    /// strings (the larger buffer wins) or tuples of the same shape.
    pub(super) fn choice(
        &mut self,
        condition: Expr,
        then: Expr,
        otherwise: Expr,
        span: Span,
    ) -> Option<Expr> {
        let ty = match (then.ty, otherwise.ty) {
            (Type::String { size: left }, Type::String { size: right }) => Type::String {
                size: left.max(right),
            },
            (Type::Tuple(_), Type::Tuple(_)) => {
                let Some(ty) = merge_types(then.ty, otherwise.ty) else {
                    self.error(
                        span,
                        format!(
                            "the branches have different types: {} and {}",
                            then.ty.describe(),
                            otherwise.ty.describe()
                        ),
                    );
                    return None;
                };
                ty
            }
            _ if then.ty.is_integer_like() && otherwise.ty.is_integer_like() => {
                combined_integer(&then, &otherwise)
            }
            _ => {
                self.unsupported(
                    span,
                    "ternaries whose branches are not both integers, strings or tuples",
                );
                return None;
            }
        };
        Some(Expr {
            kind: ExprKind::Ternary {
                condition: Box::new(condition),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
            ty,
            span,
        })
    }

    /// `{ statements; value }` used as a value; its variables are scoped to it.
    pub(super) fn block_expression(
        &mut self,
        scope: &mut Scope,
        block: &ast::Block,
        span: Span,
    ) -> Option<Expr> {
        let outer = self.open_scope(scope);
        let mut statements = Vec::new();
        for statement in &block.statements {
            self.statement(scope, statement, &mut statements);
        }
        let value = match &block.value {
            Some(value) => self.expression(scope, value),
            None => {
                self.error(
                    span,
                    "this block has no value: end it with an expression without `;`",
                );
                None
            }
        };
        statements::close_scope(scope, outer);
        let value = value?;
        if statements.is_empty() {
            return Some(Expr { span, ..value });
        }
        Some(Expr {
            ty: value.ty,
            kind: ExprKind::Block {
                statements,
                value: Box::new(value),
            },
            span,
        })
    }

    /// `if condition { a } else { b }` used as a value.
    pub(super) fn if_expression(&mut self, scope: &mut Scope, branch: &ast::If) -> Option<Expr> {
        let condition = self.condition(scope, &branch.condition);
        let then = self.block_expression(scope, &branch.then_block, branch.then_block.span);
        let otherwise = match &branch.else_branch {
            Some(ast::ElseBranch::Block(block)) => self.block_expression(scope, block, block.span),
            Some(ast::ElseBranch::If(nested)) => self.if_expression(scope, nested),
            None => {
                self.error(branch.span, "an if expression needs an else branch");
                None
            }
        };
        self.choice(condition?, then?, otherwise?, branch.span)
    }
}
