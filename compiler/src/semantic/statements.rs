//! Statements: blocks, variables, assignments, conditionals and loops.
//!
//! In: the statements of a probe body. Out: typed [`Statement`]s. Variables get their
//! type at their first assignment and keep it; an assignment to a map fixes the map's key
//! and value types on first use (see `maps`).

use super::*;

impl Checker {
    /// A block's statements. Variables first assigned (or declared) inside it are scoped
    /// to it, as in bpftrace: they are not visible after it.
    pub(super) fn block(&mut self, scope: &mut Scope, block: &ast::Block) -> Vec<Statement> {
        let outer = self.open_scope(scope);
        let mut statements = Vec::new();
        for statement in &block.statements {
            self.statement(scope, statement, &mut statements);
        }
        if let Some(value) = &block.value {
            self.effect(scope, value, &mut statements);
        }
        close_scope(scope, outer);
        statements
    }

    /// The names visible before a block, to restore when it ends.
    pub(super) fn open_scope(&mut self, scope: &Scope) -> HashMap<String, VariableId> {
        scope.by_name.clone()
    }

    pub(super) fn statement(
        &mut self,
        scope: &mut Scope,
        statement: &ast::Statement,
        out: &mut Vec<Statement>,
    ) {
        let span = statement.span;
        match &statement.kind {
            StatementKind::Expr(expression) | StatementKind::Discard(expression) => {
                self.effect(scope, expression, out)
            }
            StatementKind::Assign {
                target,
                operator,
                value,
            } => self.assign(scope, target, *operator, value, span, out),
            StatementKind::Let {
                variable,
                annotation,
                value,
            } => {
                let declared = match annotation {
                    Some(annotation) => match self.annotated_type(scope, annotation) {
                        Some(ty) => Some(ty),
                        None => return,
                    },
                    None => None,
                };
                if scope.by_name.contains_key(&variable.text) {
                    self.error(
                        span,
                        format!(
                            "Variable ${} was already declared. Variable shadowing is not allowed.",
                            variable.text
                        ),
                    );
                    return;
                }
                if value.is_none() || declared.is_some() {
                    // `let $x;`: the variable exists from here and reads as 0 (or "") until
                    // its first assignment, which gives it its type unless it was declared
                    // with one (`let $x: uint16;`).
                    let id = VariableId(scope.variables.len());
                    scope.variables.push(Variable::new(
                        variable.text.clone(),
                        declared.unwrap_or(Type::I64),
                    ));
                    scope.by_name.insert(variable.text.clone(), id);
                    if declared.is_none() {
                        scope.untyped.insert(id);
                    }
                }
                if let Some(value) = value {
                    let target = ast::Expr {
                        kind: AstExprKind::Variable(variable.text.clone()),
                        span: variable.span,
                    };
                    self.assign(scope, &target, None, value, span, out);
                }
            }
            StatementKind::If(branch) => out.push(self.if_statement(scope, branch)),
            StatementKind::While { condition, body } => {
                let condition = self.condition(scope, condition);
                scope.loop_depth += 1;
                let body = self.block(scope, body);
                scope.loop_depth -= 1;
                if let Some(condition) = condition {
                    out.push(Statement::While {
                        condition,
                        body,
                        span,
                    });
                }
            }
            StatementKind::Unroll { count, body } => {
                let count = match count.kind {
                    AstExprKind::Integer(count) if (1..=100).contains(&count) => count,
                    _ => {
                        self.error(count.span, "unroll needs an integer literal from 1 to 100");
                        return;
                    }
                };
                // The body is checked once and repeated: every copy has the same types.
                let body = self.block(scope, body);
                for _ in 0..count {
                    out.extend(body.iter().cloned());
                }
            }
            StatementKind::For {
                variable,
                iterable: ast::ForIterable::Range { start, end },
                body,
            } => {
                let start = self.expression(scope, start);
                let end = self.expression(scope, end);
                let (Some(start), Some(end)) = (start, end) else {
                    return;
                };
                if !(start.ty.is_integer_like() && end.ty.is_integer_like()) {
                    self.error(span, "a for range needs integer bounds");
                    return;
                }
                if scope.by_name.contains_key(&variable.text) {
                    self.error(
                        variable.span,
                        format!(
                            "Loop declaration shadows existing variable: ${}",
                            variable.text
                        ),
                    );
                    return;
                }
                let id = VariableId(scope.variables.len());
                scope
                    .variables
                    .push(Variable::new(variable.text.clone(), Type::I64));
                scope.by_name.insert(variable.text.clone(), id);
                scope.loop_depth += 1;
                let body = self.block(scope, body);
                scope.loop_depth -= 1;
                // The counter lives in a register, which has no address.
                if scope.variables[id.0].address_taken {
                    self.unsupported(
                        variable.span,
                        "the address of a range loop's variable (`&$i`)",
                    );
                }
                // The loop variable is scoped to the loop.
                scope.by_name.remove(&variable.text);
                out.push(Statement::ForRange {
                    variable: id,
                    start,
                    end,
                    body,
                    span,
                });
            }
            StatementKind::For {
                variable,
                iterable: ast::ForIterable::Map(name),
                body,
            } => {
                let Some(map) = self.map_ids.get(&name.text).copied() else {
                    self.error(name.span, format!("undefined map: @{}", name.text));
                    return;
                };
                // bpftrace's rules and messages: a scalar map has nothing to iterate, and
                // stats, hist and lhist values have no single value to give `$kv.1`.
                let info = &self.maps[map.0];
                if info.key.is_none() {
                    self.error(
                        name.span,
                        format!(
                            "@{} has no explicit keys (scalar map), and cannot be used for iteration",
                            name.text
                        ),
                    );
                    return;
                }
                if let MapValueType::Aggregate(aggregate) = info.value
                    && aggregate.read_type().is_none()
                {
                    self.error(
                        name.span,
                        format!(
                            "Loop expression does not support type: {}_t",
                            aggregate.name()
                        ),
                    );
                    return;
                }
                if scope.by_name.contains_key(&variable.text)
                    || scope.map_entries.contains_key(&variable.text)
                {
                    self.error(
                        variable.span,
                        format!("${} is already defined", variable.text),
                    );
                    return;
                }
                scope.map_loop_depth += 1;
                scope
                    .map_entries
                    .insert(variable.text.clone(), (map, scope.map_loop_depth));
                // break and continue inside the body end the callback, not an outer loop.
                let outer_loop_depth = std::mem::replace(&mut scope.loop_depth, 1);
                let body = self.block(scope, body);
                scope.loop_depth = outer_loop_depth;
                scope.map_entries.remove(&variable.text);
                scope.map_loop_depth -= 1;
                out.push(Statement::ForMap { map, body, span });
            }
            StatementKind::Break | StatementKind::Continue if scope.loop_depth == 0 => {
                self.error(span, "break and continue are only allowed inside a loop");
            }
            StatementKind::Break => out.push(Statement::Break { span }),
            StatementKind::Continue => out.push(Statement::Continue { span }),
            StatementKind::Return(None) => out.push(Statement::Return { span }),
            StatementKind::Return(Some(value)) => {
                self.unsupported(value.span, "return with a value")
            }
            StatementKind::Import(import) => self.unsupported(import.span, "import"),
        }
    }

    pub(super) fn if_statement(&mut self, scope: &mut Scope, branch: &ast::If) -> Statement {
        let condition = self.condition(scope, &branch.condition);
        let then = self.block(scope, &branch.then_block);
        let otherwise = match &branch.else_branch {
            None => Vec::new(),
            Some(ast::ElseBranch::Block(block)) => self.block(scope, block),
            Some(ast::ElseBranch::If(nested)) => vec![self.if_statement(scope, nested)],
        };
        let condition = condition.unwrap_or(Expr {
            kind: ExprKind::Integer(0),
            ty: Type::I64,
            span: branch.span,
        });
        Statement::If {
            condition,
            then,
            otherwise,
            span: branch.span,
        }
    }

    /// An expression evaluated for its effect.
    pub(super) fn effect(
        &mut self,
        scope: &mut Scope,
        expression: &ast::Expr,
        out: &mut Vec<Statement>,
    ) {
        let span = expression.span;
        match &expression.kind {
            AstExprKind::Call {
                name,
                name_span,
                arguments,
            } => match name.as_str() {
                "printf" => {
                    if let Some(statement) = self.printf(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "cat" | "system" | "errorf" | "warnf" => {
                    if let Some(statement) = self.output_function(scope, name, arguments, span) {
                        out.push(statement);
                    }
                }
                "join" => {
                    if let Some(statement) = self.join(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "exit" => {
                    if let Some(statement) = self.exit(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "signal" | "signal_thread" => {
                    let thread = *name == "signal_thread";
                    if let Some(statement) = self.signal(scope, arguments, thread, span) {
                        out.push(statement);
                    }
                }
                "unwatch" => {
                    if let Some(statement) = self.unwatch(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "override" => {
                    if let Some(statement) = self.override_return(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "static_assert" => self.static_assert(scope, arguments, span),
                "fail" => self.fail(arguments, span),
                "assert" => {
                    if let Some(statement) = self.assert(scope, arguments, span) {
                        out.push(statement);
                    }
                }
                "assert_str" => self.assert_str(scope, arguments, span),
                "print" | "clear" | "zero" | "delete" | "time" => {
                    if let Some(statement) = self.map_function(scope, name, arguments, span) {
                        out.push(statement);
                    }
                }
                _ => {
                    if self
                        .call(scope, name, *name_span, arguments, span)
                        .is_some()
                    {
                        self.diagnostics.push(Diagnostic::warning(
                            span,
                            "the value of this call is not used",
                        ));
                    }
                }
            },
            AstExprKind::PreIncrement(target) | AstExprKind::PostIncrement(target) => {
                let one = ast::Expr {
                    kind: AstExprKind::Integer(1),
                    span,
                };
                self.assign(scope, target, Some(BinaryOperator::Add), &one, span, out);
            }
            AstExprKind::PreDecrement(target) | AstExprKind::PostDecrement(target) => {
                let one = ast::Expr {
                    kind: AstExprKind::Integer(1),
                    span,
                };
                self.assign(
                    scope,
                    target,
                    Some(BinaryOperator::Subtract),
                    &one,
                    span,
                    out,
                );
            }
            AstExprKind::If(branch) => out.push(self.if_statement(scope, branch)),
            AstExprKind::Block(block) => {
                let statements = self.block(scope, block);
                out.extend(statements);
            }
            _ => {
                if self.expression(scope, expression).is_some() {
                    self.diagnostics
                        .push(Diagnostic::warning(span, "this expression has no effect"));
                }
            }
        }
    }

    pub(super) fn assign(
        &mut self,
        scope: &mut Scope,
        target: &ast::Expr,
        operator: Option<BinaryOperator>,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<Statement>,
    ) {
        // bpftrace's messages for a stats, hist or lhist map read as a whole value.
        if operator.is_none()
            && let Some(aggregate) = self.unreadable_aggregate(value)
        {
            let message = match &target.kind {
                AstExprKind::Map { name, .. } => format!(
                    "Map value '{kind}_t' cannot be assigned from one map to another. The function that returns this type must be called directly e.g. `@{target} = {hint};`.",
                    kind = aggregate.name(),
                    target = name.text,
                    hint = match aggregate {
                        Aggregate::Histogram { .. } => "hist(retval)",
                        Aggregate::LinearHistogram { .. } => "lhist(rand %10, 0, 10, 1)",
                        _ => "stats(arg2)",
                    }
                ),
                _ => format!(
                    "Value '{}_t' cannot be assigned to a scratch variable.",
                    aggregate.name()
                ),
            };
            self.error(span, message);
            if let AstExprKind::Variable(name) = &target.kind {
                scope.refused.insert(name.clone());
            }
            return;
        }
        match &target.kind {
            AstExprKind::Variable(name) => {
                let value = match operator {
                    None => self.expression(scope, value),
                    Some(operator) => {
                        let combined = ast::Expr {
                            kind: AstExprKind::Binary {
                                operator,
                                left: Box::new(target.clone()),
                                right: Box::new(value.clone()),
                            },
                            span,
                        };
                        self.expression(scope, &combined)
                    }
                };
                let Some(mut value) = value else {
                    scope.refused.insert(name.clone());
                    return;
                };
                if let Some(existing) = scope.by_name.get(name) {
                    let previous = scope.variables[existing.0].ty;
                    value = self.conform_record(scope, value, previous);
                }
                // A variable declared with a narrower integer type keeps it: the value is
                // converted, and a literal must fit.
                if let Some(existing) = scope.by_name.get(name)
                    && let Type::Integer { bits, signed } = scope.variables[existing.0].ty
                    && bits < 64
                    && value.ty.is_integer_like()
                {
                    let literal = match &value.kind {
                        ExprKind::Integer(literal) => Some(*literal),
                        ExprKind::Negate(inner) => match inner.kind {
                            ExprKind::Integer(literal) => Some(literal.wrapping_neg()),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(literal) = literal {
                        let fits = if signed {
                            literal >= -(1i64 << (bits - 1)) && literal < (1i64 << (bits - 1))
                        } else {
                            literal >= 0 && literal < (1i64 << bits)
                        };
                        if !fits {
                            self.error(
                                value.span,
                                format!(
                                    "{literal} does not fit in ${name}'s type {}: cast it explicitly",
                                    scope.variables[existing.0].ty.describe()
                                ),
                            );
                            return;
                        }
                    }
                    value = Expr {
                        span: value.span,
                        ty: Type::Integer { bits, signed },
                        kind: ExprKind::IntegerCast {
                            value: Box::new(value),
                            bits,
                            signed,
                        },
                    };
                }
                if value.ty == Type::Timestamp {
                    self.unsupported(value.span, "strftime() values in variables");
                    scope.refused.insert(name.clone());
                    return;
                }
                if value.ty == Type::Void {
                    self.error(value.span, "this expression has no value to assign");
                    scope.refused.insert(name.clone());
                    return;
                }
                let variable = match scope.by_name.get(name) {
                    Some(existing) if scope.untyped.remove(existing) => {
                        scope.variables[existing.0].ty = match value.ty {
                            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                            Type::Tuple(_) => tuples::stored_type(value.ty),
                            other => other,
                        };
                        *existing
                    }
                    Some(existing) => {
                        let previous = scope.variables[existing.0].ty;
                        if !compatible(previous, value.ty) {
                            self.error(
                                value.span,
                                format!(
                                    "type mismatch: ${name} holds {} but is assigned {}",
                                    previous.describe(),
                                    value.ty.describe()
                                ),
                            );
                            return;
                        }
                        // A longer string widens the variable, as in bpftrace: its buffer
                        // takes the size of its longest value.
                        if let (Type::String { .. } | Type::Tuple(_), Some(widened)) =
                            (previous, merge_types(previous, value.ty))
                        {
                            scope.variables[existing.0].ty = widened;
                        }
                        *existing
                    }
                    None => {
                        let ty = match value.ty {
                            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                            Type::Tuple(_) => tuples::stored_type(value.ty),
                            other => other,
                        };
                        let id = VariableId(scope.variables.len());
                        scope.variables.push(Variable::new(name.clone(), ty));
                        scope.by_name.insert(name.clone(), id);
                        if let ExprKind::Enumerated {
                            printed: btc_payload::ValueType::Enum { enumerators, .. },
                            ..
                        } = &value.kind
                        {
                            scope.enum_variables.insert(id, enumerators.clone());
                        }
                        id
                    }
                };
                out.push(Statement::AssignVariable {
                    variable,
                    value,
                    span,
                });
            }
            AstExprKind::Map { name, keys } => {
                let Ok(keys) = self.map_keys(scope, keys) else {
                    return;
                };
                let keys = self.conform_keys(scope, &name.text, keys);
                let key_type = map_key_type(&keys);
                if let AstExprKind::Call {
                    name: function,
                    arguments,
                    ..
                } = &value.kind
                    && AGGREGATIONS.contains(&function.as_str())
                {
                    if operator.is_some() {
                        self.error(
                            span,
                            format!("{function}() cannot be combined with a compound assignment"),
                        );
                        return;
                    }
                    let Some((aggregate, argument)) =
                        self.aggregate(scope, function, arguments, value.span)
                    else {
                        return;
                    };
                    let Some(map) = self.map(
                        name,
                        key_type,
                        MapValueType::Aggregate(aggregate),
                        target.span,
                    ) else {
                        return;
                    };
                    let full = self.map_full_action(span);
                    out.push(Statement::MapAggregate {
                        map,
                        keys,
                        aggregate,
                        value: argument,
                        full,
                        span,
                    });
                    return;
                }
                let Some(value_expression) = self.expression(scope, value) else {
                    return;
                };
                if matches!(
                    value_expression.ty,
                    Type::Timestamp | Type::Inet | Type::UserSymbol
                ) {
                    self.unsupported(
                        value_expression.span,
                        "strftime(), ntop() and usym() values in maps",
                    );
                    return;
                }
                if value_expression.ty == Type::Void {
                    self.error(
                        value_expression.span,
                        "this expression has no value to assign",
                    );
                    return;
                }
                match operator {
                    None => {
                        let value_expression =
                            self.conform_map_value(scope, &name.text, value_expression);
                        let stored = match value_expression.ty {
                            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                            // Kept a pointer: bpftrace prints pointer values as 0x...
                            Type::Tuple(_) => tuples::stored_type(value_expression.ty),
                            other => other,
                        };
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(stored), target.span)
                        else {
                            return;
                        };
                        let full = self.map_full_action(span);
                        out.push(Statement::MapAssign {
                            map,
                            keys,
                            value: value_expression,
                            full,
                            span,
                        });
                    }
                    Some(BinaryOperator::Add | BinaryOperator::Subtract) => {
                        if !value_expression.ty.is_integer_like() {
                            self.error(
                                value_expression.span,
                                "only integers can be added to a map value",
                            );
                            return;
                        }
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(Type::I64), target.span)
                        else {
                            return;
                        };
                        let delta = if operator == Some(BinaryOperator::Subtract) {
                            Expr {
                                span: value_expression.span,
                                ty: Type::I64,
                                kind: ExprKind::Negate(Box::new(value_expression)),
                            }
                        } else {
                            value_expression
                        };
                        let full = self.map_full_action(span);
                        out.push(Statement::MapAdd {
                            map,
                            keys,
                            delta,
                            full,
                            span,
                        });
                    }
                    Some(other) => {
                        // `@m[k] op= v` is `@m[k] = @m[k] op v`: a read, then an update, not
                        // atomic (as in bpftrace). The map is created first so that an
                        // absent entry reads as 0.
                        if !value_expression.ty.is_integer_like() {
                            self.error(
                                value_expression.span,
                                "compound assignments on maps need integers",
                            );
                            return;
                        }
                        let Some(map) =
                            self.map(name, key_type, MapValueType::Plain(Type::I64), target.span)
                        else {
                            return;
                        };
                        let combined = ast::Expr {
                            kind: AstExprKind::Binary {
                                operator: other,
                                left: Box::new(target.clone()),
                                right: Box::new(value.clone()),
                            },
                            span,
                        };
                        let Some(value) = self.expression(scope, &combined) else {
                            return;
                        };
                        let full = self.map_full_action(span);
                        out.push(Statement::MapAssign {
                            map,
                            keys,
                            value,
                            full,
                            span,
                        });
                    }
                }
            }
            _ => self.error(
                target.span,
                "only variables ($x) and maps (@x) can be assigned",
            ),
        }
    }
}

impl Checker {
    /// `++x`, `x++`, `--x` or `x--` used as a value, on a variable or a map: the same
    /// update as the statement form, then the value after it (prefix) or the value before
    /// it (postfix), which is kept in a hidden variable taken before the update. As in
    /// bpftrace, a map update here is a read then a write, so concurrent updates of a
    /// shared map can be lost.
    pub(super) fn increment_value(
        &mut self,
        scope: &mut Scope,
        target: &ast::Expr,
        operator: BinaryOperator,
        prefix: bool,
        span: Span,
    ) -> Option<Expr> {
        if !matches!(
            target.kind,
            AstExprKind::Variable(_) | AstExprKind::Map { .. }
        ) {
            self.error(
                target.span,
                "++ and -- apply only to variables ($x) and maps (@x)",
            );
            return None;
        }
        let one = ast::Expr {
            kind: AstExprKind::Integer(1),
            span,
        };
        // The update is checked first: it creates a map used for the first time, which
        // then reads as 0.
        let mut update = Vec::new();
        self.assign(scope, target, Some(operator), &one, span, &mut update);
        if update.is_empty() {
            return None;
        }
        let current = self.expression(scope, target)?;
        let ty = current.ty;
        if prefix {
            return Some(Expr {
                ty,
                kind: ExprKind::Block {
                    statements: update,
                    value: Box::new(current),
                },
                span,
            });
        }
        let before = VariableId(scope.variables.len());
        let widened = match ty {
            Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
            other => other,
        };
        scope
            .variables
            .push(Variable::new("(value before ++ or --)", widened));
        let mut statements = vec![Statement::AssignVariable {
            variable: before,
            value: current,
            span,
        }];
        statements.extend(update);
        Some(Expr {
            ty,
            kind: ExprKind::Block {
                statements,
                value: Box::new(Expr {
                    kind: ExprKind::Variable(before),
                    ty,
                    span,
                }),
            },
            span,
        })
    }
}

/// Ends a block's scope: the names it introduced are no longer visible.
pub(super) fn close_scope(scope: &mut Scope, outer: HashMap<String, VariableId>) {
    scope.by_name = outer;
}

impl Checker {
    /// The type of `let $x: TYPE`: an integer type, `string` or `string[N]`.
    fn annotated_type(
        &mut self,
        scope: &mut Scope,
        annotation: &ast::TypeSpecifier,
    ) -> Option<Type> {
        use crate::syntax::ast::{TypeBase, TypeSuffix};
        if let ast::TypeSpecifier::Typeof { operand, span } = annotation {
            return match self.type_of(scope, operand, *span)? {
                ty @ (Type::Integer { .. } | Type::String { .. }) => Some(ty),
                other => {
                    self.unsupported(
                        *span,
                        &format!("variables declared with typeof() a {}", other.describe()),
                    );
                    None
                }
            };
        }
        if let ast::TypeSpecifier::Name(name) = annotation
            && let TypeBase::Named(base) = &name.base
        {
            match (base.as_str(), name.suffixes.as_slice()) {
                ("string", []) => {
                    return Some(Type::String {
                        size: self.options.max_string_length,
                    });
                }
                ("string", [TypeSuffix::Array(Some(size))]) if (1..=65536).contains(size) => {
                    return Some(Type::String { size: *size as u32 });
                }
                (base, []) => {
                    if let Some((bits, signed)) = expressions::integer_type_name(base) {
                        return Some(Type::Integer { bits, signed });
                    }
                }
                _ => {}
            }
        }
        self.unsupported(
            annotation.span(),
            "type annotations other than integers and strings",
        );
        None
    }
}

impl Checker {
    /// The type `typeof(operand)` names: an integer type name (`uint32`, `size_t`), or the
    /// type of an expression (a variable, a map's value, ...), which is checked but not
    /// evaluated.
    pub(super) fn type_of(
        &mut self,
        scope: &mut Scope,
        operand: &ast::TypeOperand,
        span: Span,
    ) -> Option<Type> {
        use crate::syntax::ast::TypeBase;
        let integer_name = match operand {
            ast::TypeOperand::Type(ast::TypeSpecifier::Name(name)) => match &name.base {
                TypeBase::Named(base) if name.suffixes.is_empty() => Some(base.as_str()),
                _ => None,
            },
            ast::TypeOperand::Expression(ast::Expr {
                kind: AstExprKind::Identifier(name),
                ..
            }) => Some(name.as_str()),
            _ => None,
        };
        if let Some((bits, signed)) = integer_name.and_then(expressions::integer_type_name) {
            return Some(Type::Integer { bits, signed });
        }
        match operand {
            ast::TypeOperand::Expression(expression) => {
                // A typeof() operand is never evaluated: whatever checking it adds to
                // the scope (hidden variables, first types) is undone.
                let saved = (
                    scope.variables.clone(),
                    scope.by_name.clone(),
                    scope.untyped.clone(),
                );
                let checked = self.expression(scope, expression);
                (scope.variables, scope.by_name, scope.untyped) = saved;
                Some(checked?.ty)
            }
            ast::TypeOperand::Type(ast::TypeSpecifier::Name(name)) => {
                self.unsupported(span, &format!("typeof({})", name.text()));
                None
            }
            ast::TypeOperand::Type(ast::TypeSpecifier::Typeof { operand, span }) => {
                self.type_of(scope, operand, *span)
            }
        }
    }

    /// `typeinfo(operand)`: bpftrace's record `(btf_id = 0, base_type = "int",
    /// full_type = "uint32")` describing the type.
    pub(super) fn type_info(
        &mut self,
        scope: &mut Scope,
        operand: &ast::TypeOperand,
        span: Span,
    ) -> Option<Expr> {
        let ty = self.type_of(scope, operand, span)?;
        let base = match ty {
            Type::Integer { .. } => "int",
            Type::String { .. } => "string",
            other => {
                self.unsupported(span, &format!("typeinfo() of a {}", other.describe()));
                return None;
            }
        };
        let string = |text: &str| Expr {
            kind: ExprKind::StringLiteral(text.as_bytes().to_vec()),
            ty: Type::String {
                size: text.len() as u32 + 1,
            },
            span,
        };
        let elements = vec![
            Expr {
                kind: ExprKind::Integer(0),
                ty: Type::I64,
                span,
            },
            string(base),
            string(&ty.describe()),
        ];
        let fields = ["btf_id", "base_type", "full_type"]
            .iter()
            .zip(&elements)
            .map(|(name, element)| (Some(name.to_string()), tuples::stored_type(element.ty)))
            .collect();
        Some(Expr {
            kind: ExprKind::Tuple(elements),
            ty: Type::Tuple(tuples::intern(fields)),
            span,
        })
    }
}

impl Checker {
    /// `static_assert(condition, "message")`: the build fails with the message when the
    /// condition, which must be a constant, is false.
    /// `fail(fmt, args...)`: bpftrace's compile-time error, its message formatted from
    /// literal arguments. btc has no compile-time `if`, so any `fail()` it checks fails.
    fn fail(&mut self, arguments: &[ast::CallArgument], span: Span) {
        let Some(expressions) = self.call_expressions(arguments, span) else {
            return;
        };
        let Some((format, values)) = expressions.split_first() else {
            self.error(span, "fail() needs a format string");
            return;
        };
        let mut literals = Vec::new();
        for value in values {
            let literal = match &value.kind {
                AstExprKind::String(text) => FailArgument::Text(text.clone()),
                AstExprKind::Integer(number) => FailArgument::Number(*number as i64),
                AstExprKind::Boolean(flag) => FailArgument::Number(i64::from(*flag)),
                AstExprKind::Unary {
                    operator: UnaryOperator::Negate,
                    operand,
                } if matches!(operand.kind, AstExprKind::Integer(_)) => {
                    let AstExprKind::Integer(number) = operand.kind else {
                        unreachable!("checked by the guard")
                    };
                    FailArgument::Number((number as i64).wrapping_neg())
                }
                _ => {
                    self.error(value.span, "fail() arguments need to be literals");
                    return;
                }
            };
            literals.push(literal);
        }
        let AstExprKind::String(text) = &format.kind else {
            self.error(
                format.span,
                "first argument to fail() must be a string literal",
            );
            return;
        };
        match Format::parse(text) {
            Ok(format) => {
                let message = format_literals(&format, &literals);
                self.error(span, message);
            }
            Err(error) => self.error(
                format.span,
                format!("invalid fail format: {}", error.message),
            ),
        }
    }

    /// `assert(condition, message)`: bpftrace's stdlib macro, `if (!condition) {
    /// errorf("assert failed: %s", message); exit(1); }`.
    fn assert(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let [condition, message] = expressions.as_slice() else {
            self.error(span, "assert() takes a condition and a message");
            return None;
        };
        let call = |name: &str, arguments: Vec<ast::Expr>| ast::Statement {
            kind: ast::StatementKind::Expr(ast::Expr {
                kind: AstExprKind::Call {
                    name: name.to_string(),
                    name_span: span,
                    arguments: arguments
                        .into_iter()
                        .map(ast::CallArgument::Expression)
                        .collect(),
                },
                span,
            }),
            span,
        };
        let expanded = ast::If {
            condition: Box::new(ast::Expr {
                kind: AstExprKind::Unary {
                    operator: UnaryOperator::LogicalNot,
                    operand: Box::new((*condition).clone()),
                },
                span: condition.span,
            }),
            then_block: ast::Block {
                statements: vec![
                    call(
                        "errorf",
                        vec![
                            ast::Expr {
                                kind: AstExprKind::String("assert failed: %s".to_string()),
                                span,
                            },
                            (*message).clone(),
                        ],
                    ),
                    call(
                        "exit",
                        vec![ast::Expr {
                            kind: AstExprKind::Integer(1),
                            span,
                        }],
                    ),
                ],
                value: None,
                span,
            },
            else_branch: None,
            span,
        };
        Some(self.if_statement(scope, &expanded))
    }

    /// `assert_str(value)`: a compile-time check that `value` is string-like: a string, an
    /// array of `int8` or a pointer to `int8`.
    fn assert_str(&mut self, scope: &mut Scope, arguments: &[ast::CallArgument], span: Span) {
        let Some(expressions) = self.call_expressions(arguments, span) else {
            return;
        };
        let [value] = expressions.as_slice() else {
            self.error(span, "assert_str() takes one value");
            return;
        };
        let Some(value) = self.expression(scope, value) else {
            return;
        };
        match value.ty {
            Type::String { .. } => {}
            Type::Array { element_bytes, .. } if element_bytes != 1 => self.error(
                span,
                "static_assert failed: string-like arrays must contain a char-like type",
            ),
            Type::Array { .. } => {}
            Type::Pointer {
                integer: Some(pointee),
                depth: 1,
                ..
            } if pointee.bits == 8 => {}
            Type::Pointer { .. } => self.error(
                span,
                "static_assert failed: string-like pointers must point to a char-like type",
            ),
            _ => self.error(
                span,
                "string-like values must be either strings, arrays or pointers",
            ),
        }
    }

    fn static_assert(&mut self, scope: &mut Scope, arguments: &[ast::CallArgument], span: Span) {
        let Some(expressions) = self.call_expressions(arguments, span) else {
            return;
        };
        let [condition, message] = expressions.as_slice() else {
            self.error(span, "static_assert() takes a condition and a message");
            return;
        };
        let AstExprKind::String(message) = &message.kind else {
            self.error(
                message.span,
                "static_assert()'s message must be a string literal",
            );
            return;
        };
        let Some(checked) = self.expression(scope, condition) else {
            return;
        };
        match constant_value(&checked) {
            Some(0) => self.error(span, format!("static_assert failed: {message}")),
            Some(_) => {}
            None => self.error(
                checked.span,
                "static_assert() needs a condition known when the script is built",
            ),
        }
    }
}

/// A literal argument of `fail()`.
enum FailArgument {
    Text(String),
    Number(i64),
}

/// `format` with its conversions replaced by the literal `arguments`, as bpftrace formats
/// `fail()` messages when it compiles (width, `-` and `0` flags; integers in the base the
/// conversion names, strings as they are).
fn format_literals(format: &Format, arguments: &[FailArgument]) -> String {
    let mut text = String::new();
    let mut arguments = arguments.iter();
    for piece in &format.pieces {
        let conversion = match piece {
            btc_payload::format::Piece::Literal(literal) => {
                text.push_str(literal);
                continue;
            }
            btc_payload::format::Piece::Conversion(conversion) => conversion,
        };
        let value = match (arguments.next(), conversion.kind) {
            (None, _) => String::new(),
            (Some(FailArgument::Text(value)), _) => value.clone(),
            (Some(FailArgument::Number(number)), kind) => match kind {
                ConversionKind::Unsigned => (*number as u64).to_string(),
                ConversionKind::HexLower => format!("{:x}", *number as u64),
                ConversionKind::HexUpper => format!("{:X}", *number as u64),
                ConversionKind::Octal => format!("{:o}", *number as u64),
                _ => number.to_string(),
            },
        };
        let width = conversion.width.unwrap_or(0) as usize;
        if conversion.flags.left {
            text.push_str(&format!("{value:<width$}"));
        } else if conversion.flags.zero && conversion.kind.is_integer() {
            text.push_str(&format!("{value:0>width$}"));
        } else {
            text.push_str(&format!("{value:>width$}"));
        }
    }
    text
}

/// The value of an expression made only of constants (`sizeof(x) == 8`), if it is one.
pub(super) fn constant_value(expression: &Expr) -> Option<i64> {
    Some(match &expression.kind {
        ExprKind::Integer(value) => *value,
        ExprKind::LogicalNot(operand) => i64::from(constant_value(operand)? == 0),
        ExprKind::Negate(operand) => constant_value(operand)?.wrapping_neg(),
        ExprKind::LogicalAnd(left, right) => {
            i64::from(constant_value(left)? != 0 && constant_value(right)? != 0)
        }
        ExprKind::LogicalOr(left, right) => {
            i64::from(constant_value(left)? != 0 || constant_value(right)? != 0)
        }
        ExprKind::Compare {
            comparison,
            left,
            right,
            signed,
        } => {
            let (left, right) = (constant_value(left)?, constant_value(right)?);
            let ordering = if *signed {
                left.cmp(&right)
            } else {
                (left as u64).cmp(&(right as u64))
            };
            i64::from(match comparison {
                Comparison::Equal => ordering.is_eq(),
                Comparison::NotEqual => ordering.is_ne(),
                Comparison::Less => ordering.is_lt(),
                Comparison::LessEqual => ordering.is_le(),
                Comparison::Greater => ordering.is_gt(),
                Comparison::GreaterEqual => ordering.is_ge(),
            })
        }
        ExprKind::Binary {
            operation,
            left,
            right,
        } => {
            let (left, right) = (constant_value(left)?, constant_value(right)?);
            match operation {
                Arithmetic::Add => left.wrapping_add(right),
                Arithmetic::Subtract => left.wrapping_sub(right),
                Arithmetic::Multiply => left.wrapping_mul(right),
                Arithmetic::Divide => (left as u64).checked_div(right as u64)? as i64,
                Arithmetic::Modulo => (left as u64).checked_rem(right as u64)? as i64,
                Arithmetic::And => left & right,
                Arithmetic::Or => left | right,
                Arithmetic::Xor => left ^ right,
                Arithmetic::ShiftLeft => left.checked_shl(u32::try_from(right).ok()?)?,
                Arithmetic::ShiftRight => {
                    ((left as u64).checked_shr(u32::try_from(right).ok()?)?) as i64
                }
            }
        }
        _ => return None,
    })
}
