//! Maps: keys, values, aggregations and the map functions.
//!
//! In: map accesses, aggregation calls and `delete`/`clear`/`zero`/`has_key`/`print` calls.
//! Out: typed map operations. A map's key and value types are fixed by its first use and
//! every later use is checked against them, as bpftrace does.

use super::*;

impl Checker {
    /// The keys of a map access, each typed as it is stored: integers as 64-bit.
    pub(super) fn map_keys(
        &mut self,
        scope: &mut Scope,
        keys: &[ast::Expr],
    ) -> Result<Vec<Expr>, ()> {
        // `@m[(a, b)]` is `@m[a, b]`, as in bpftrace.
        let keys = match keys {
            [
                ast::Expr {
                    kind: AstExprKind::Tuple(elements),
                    ..
                },
            ] if !elements.is_empty() => elements.as_slice(),
            _ => keys,
        };
        let mut checked = Vec::with_capacity(keys.len());
        for key in keys {
            let key = self.expression(scope, key).ok_or(())?;
            let normalized = match key.ty {
                Type::Integer { signed, .. } => Type::Integer { bits: 64, signed },
                Type::Pointer { .. } => Type::U64,
                Type::String { size } => Type::String { size },
                Type::Inet => Type::Inet,
                Type::Tuple(_) => tuples::stored_type(key.ty),
                Type::Void | Type::Timestamp => {
                    self.error(key.span, "this expression has no value to use as a map key");
                    return Err(());
                }
            };
            checked.push(Expr {
                ty: normalized,
                ..key
            });
        }
        // A tuple value as the whole key is its fields as keys (`@m[$t]` is `@m[a, b]`).
        if let [single] = checked.as_slice()
            && let Type::Tuple(id) = single.ty
        {
            let single = single.clone();
            return Ok(tuples::layout(id)
                .fields
                .iter()
                .enumerate()
                .map(|(index, field)| Expr {
                    kind: ExprKind::TupleField {
                        base: Box::new(single.clone()),
                        index,
                    },
                    ty: tuples::stored_type(field.ty),
                    span: single.span,
                })
                .collect());
        }
        Ok(checked)
    }

    /// Finds or creates the map `@name`, checking that this use agrees with earlier ones.
    pub(super) fn map(
        &mut self,
        name: &ast::Name,
        key: Option<MapKey>,
        value: MapValueType,
        span: Span,
    ) -> Option<MapId> {
        let display = format!("@{}", name.text);
        if let Some(id) = self.map_ids.get(&name.text).copied() {
            let map = &mut self.maps[id.0];
            let merged_key = match (&map.key, &key) {
                (None, None) => Some(None),
                (Some(old), Some(new)) if old.parts.len() == new.parts.len() => old
                    .parts
                    .iter()
                    .zip(&new.parts)
                    .map(|(old, new)| merge_types(*old, *new))
                    .collect::<Option<Vec<Type>>>()
                    .map(|parts| Some(MapKey { parts })),
                _ => None,
            };
            let Some(merged_key) = merged_key else {
                let described = |key: &Option<MapKey>| match key {
                    None => "no key".to_string(),
                    Some(key) => key
                        .parts
                        .iter()
                        .map(|part| part.describe())
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                let message = format!(
                    "map {display} is used with a key of {} but was first used with {}",
                    described(&key),
                    described(&map.key)
                );
                self.diagnostics.push(Diagnostic::error(span, message));
                return None;
            };
            map.key = merged_key;
            let merged_value = match (map.value, value) {
                (MapValueType::Aggregate(old), MapValueType::Aggregate(new)) if old == new => {
                    Some(map.value)
                }
                (MapValueType::Plain(old), MapValueType::Plain(new)) => {
                    merge_types(old, new).map(MapValueType::Plain)
                }
                _ => None,
            };
            let Some(merged_value) = merged_value else {
                self.error(
                    span,
                    format!("map {display} is used with a different value type than before"),
                );
                return None;
            };
            map.value = merged_value;
            return Some(id);
        }
        let kind = match value {
            MapValueType::Aggregate(_) => MapKind::PerCpuHash,
            MapValueType::Plain(_) => MapKind::Hash,
        };
        let id = MapId(self.maps.len());
        let max_entries = if key.is_none()
            && !matches!(value, MapValueType::Aggregate(aggregate) if aggregate.has_bucket())
        {
            1
        } else {
            self.options.max_map_keys
        };
        self.maps.push(MapInfo {
            name: display,
            bpf_name: format!("AT_{}", name.text),
            key,
            value,
            kind,
            max_entries,
            first_use: span,
        });
        self.map_ids.insert(name.text.clone(), id);
        Some(id)
    }

    /// The map named by a function's first argument (`clear(@m)`), which must exist.
    pub(super) fn existing_map(
        &mut self,
        argument: Option<&ast::CallArgument>,
        function: &str,
        span: Span,
    ) -> Option<(MapId, Vec<ast::Expr>)> {
        match argument {
            Some(ast::CallArgument::Expression(ast::Expr {
                kind: AstExprKind::Map { name, keys },
                span: map_span,
            })) => match self.map_ids.get(&name.text) {
                Some(id) => Some((*id, keys.clone())),
                None => {
                    self.error(*map_span, format!("undefined map: @{}", name.text));
                    None
                }
            },
            _ => {
                self.error(
                    span,
                    format!("{function}() takes a map as its first argument"),
                );
                None
            }
        }
    }

    /// Checks keys used with a map that already exists (`delete`, `has_key`) against the
    /// key type the map has.
    pub(super) fn existing_map_keys(
        &mut self,
        scope: &mut Scope,
        map: MapId,
        keys: &[ast::Expr],
        span: Span,
    ) -> Option<Vec<Expr>> {
        let keys = self.map_keys(scope, keys).ok()?;
        let name = ast::Name {
            text: self.maps[map.0].name[1..].to_string(),
            span,
        };
        let value = self.maps[map.0].value;
        self.map(&name, map_key_type(&keys), value, span)?;
        Some(keys)
    }

    /// Checks the arguments of an aggregation call.
    pub(super) fn aggregate(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<(Aggregate, Option<Expr>)> {
        let expressions = self.call_expressions(arguments, span)?;
        let expected = match function {
            "count" => 0..=0,
            "hist" => 1..=2,
            "lhist" => 4..=4,
            _ => 1..=1,
        };
        if !expected.contains(&expressions.len()) {
            let wanted = match function {
                "count" => "no arguments",
                "hist" => "a value and an optional number of bits (0 to 5)",
                "lhist" => "a value, a minimum, a maximum and a step",
                _ => "one value",
            };
            self.error(span, format!("{function}() takes {wanted}"));
            return None;
        }
        if function == "count" {
            return Some((Aggregate::Count, None));
        }
        let value = self.expression(scope, expressions[0])?;
        if !value.ty.is_integer_like() {
            self.error(
                value.span,
                format!("{function}() needs an integer, not {}", value.ty.describe()),
            );
            return None;
        }
        let signed = value.ty.is_signed();
        let mut literal = |index: usize| -> Option<i64> {
            let argument = expressions[index];
            match self.expression(scope, argument) {
                Some(Expr {
                    kind: ExprKind::Integer(value),
                    ..
                }) => Some(value),
                Some(Expr {
                    kind: ExprKind::Negate(inner),
                    ..
                }) => match inner.kind {
                    ExprKind::Integer(value) => Some(-value),
                    _ => None,
                },
                _ => None,
            }
            .or_else(|| {
                self.error(
                    argument.span,
                    format!(
                        "{function}()'s argument {} must be an integer literal",
                        index + 1
                    ),
                );
                None
            })
        };
        let aggregate = match function {
            "sum" => Aggregate::Sum { signed },
            "min" => Aggregate::Min { signed },
            "max" => Aggregate::Max { signed },
            "avg" => Aggregate::Average { signed },
            "stats" => Aggregate::Stats { signed },
            "hist" => {
                let bits = if expressions.len() == 2 {
                    literal(1)?
                } else {
                    0
                };
                if !(0..=5).contains(&bits) {
                    self.error(expressions[1].span, "hist()'s bits must be between 0 and 5");
                    return None;
                }
                Aggregate::Histogram { bits: bits as u8 }
            }
            "lhist" => {
                let (min, max, step) = (literal(1)?, literal(2)?, literal(3)?);
                if min < 0 || max <= min || step <= 0 {
                    self.error(span, "lhist() needs 0 <= min < max and a positive step");
                    return None;
                }
                if (max - min) / step > 1000 {
                    self.error(span, "lhist() would have more than 1000 buckets");
                    return None;
                }
                Aggregate::LinearHistogram { min, max, step }
            }
            _ => unreachable!("AGGREGATIONS lists the functions handled here"),
        };
        Some((aggregate, Some(value)))
    }

    /// `print`, `clear`, `zero`, `delete` and `time` as statements.
    pub(super) fn map_function(
        &mut self,
        scope: &mut Scope,
        function: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Statement> {
        let expressions = self.call_expressions(arguments, span)?;
        let whole_map = match expressions.first().map(|argument| &argument.kind) {
            Some(AstExprKind::Map { keys, .. }) => keys.is_empty(),
            _ => false,
        };
        let action = match function {
            "time" => {
                let format = match expressions.as_slice() {
                    [] => "%H:%M:%S\n".to_string(),
                    [
                        ast::Expr {
                            kind: AstExprKind::String(format),
                            ..
                        },
                    ] => format.clone(),
                    _ => {
                        self.error(
                            span,
                            "time() takes an optional strftime format string literal",
                        );
                        return None;
                    }
                };
                btc_payload::Action::Time { format }
            }
            "print" if !whole_map => {
                let [value] = expressions.as_slice() else {
                    self.error(span, "print() of a value takes exactly one argument");
                    return None;
                };
                let value = self.expression(scope, value)?;
                let Some(ty) = value.value_type() else {
                    self.error(value.span, "print() needs a value");
                    return None;
                };
                let action = self.push_action(btc_payload::Action::PrintValue { ty });
                return Some(Statement::PrintValue {
                    action,
                    value,
                    span,
                });
            }
            "print" => {
                let (map, _) = self.existing_map(arguments.first(), function, span)?;
                let mut literal = |index: usize| -> Option<u64> {
                    match expressions.get(index).map(|argument| &argument.kind) {
                        None => Some(0),
                        Some(AstExprKind::Integer(value)) => Some(*value),
                        Some(_) => {
                            self.error(
                                expressions[index].span,
                                "print()'s top and divisor must be integer literals",
                            );
                            None
                        }
                    }
                };
                if expressions.len() > 3 {
                    self.error(
                        span,
                        "print() takes a map, an optional top count and an optional divisor",
                    );
                    return None;
                }
                let (top, divisor) = (literal(1)?, literal(2)?);
                btc_payload::Action::PrintMap {
                    map: map.0,
                    top,
                    divisor: divisor.max(1),
                }
            }
            "clear" | "zero" => {
                if expressions.len() != 1 || !whole_map {
                    self.error(span, format!("{function}() takes one map, without a key"));
                    return None;
                }
                let (map, _) = self.existing_map(arguments.first(), function, span)?;
                if function == "clear" {
                    btc_payload::Action::ClearMap { map: map.0 }
                } else {
                    btc_payload::Action::ZeroMap { map: map.0 }
                }
            }
            "delete" => {
                let (map, written_keys) = self.existing_map(arguments.first(), function, span)?;
                let keys: Vec<ast::Expr> = match (written_keys.is_empty(), &expressions[1..]) {
                    (false, []) => written_keys,
                    (true, rest) if !rest.is_empty() => {
                        rest.iter().map(|key| (*key).clone()).collect()
                    }
                    (true, []) => Vec::new(),
                    _ => {
                        self.error(
                            span,
                            "delete() takes a map and a key: delete(@m, key) or delete(@m[key])",
                        );
                        return None;
                    }
                };
                let keys = self.existing_map_keys(scope, map, &keys, span)?;
                return Some(Statement::MapDelete { map, keys, span });
            }
            _ => unreachable!("called for print, clear, zero, delete and time only"),
        };
        let action = self.push_action(action);
        Some(Statement::Notify { action, span })
    }
}
