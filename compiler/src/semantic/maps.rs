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
                Type::Buffer { size } => Type::Buffer { size },
                Type::ErrorText => Type::ErrorText,
                Type::Tuple(_) => tuples::stored_type(key.ty),
                Type::Stack { .. } | Type::KernelSymbol | Type::UserSymbol => key.ty,
                Type::MacAddress | Type::Array { .. } => key.ty,
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
        // A tuple value as the whole key is its fields as keys (`@m[$t]` is `@m[a, b]`). A
        // record stays one key, which prints as a record (`@[{ .a = 1, .b = 2 }]`), as in
        // bpftrace.
        if let [single] = checked.as_slice()
            && let Type::Tuple(id) = single.ty
            && !tuples::layout(id).is_record()
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
        let (kind, max_entries) = self.map_kind(name, &key, value, span)?;
        let id = MapId(self.maps.len());
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

    /// How `print($kv)` decodes a map loop's element: a tuple of the key and the value.
    fn map_entry_type(&self, map: MapId) -> btc_payload::ValueType {
        let info = &self.maps[map.0];
        let key =
            info.key
                .as_ref()
                .map(MapKey::value_type)
                .unwrap_or(btc_payload::ValueType::Integer {
                    bytes: 8,
                    signed: false,
                });
        let value = match info.value {
            MapValueType::Aggregate(aggregate) => aggregate.read_type(),
            MapValueType::Plain(ty) => Some(ty),
        }
        .and_then(Type::value_type)
        .unwrap_or(btc_payload::ValueType::Integer {
            bytes: 8,
            signed: true,
        });
        let key_size = info.user_key_size();
        let value_size = (value.size() as u32).next_multiple_of(8);
        btc_payload::ValueType::Tuple {
            fields: vec![
                btc_payload::Field { offset: 0, ty: key },
                btc_payload::Field {
                    offset: key_size,
                    ty: value,
                },
            ],
            size: key_size + value_size,
        }
    }

    /// The map and key of `delete(@m, key)` (or the older `delete(@m[key])`).
    pub(super) fn delete_arguments(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<(MapId, Vec<Expr>)> {
        let expressions = self.call_expressions(arguments, span)?;
        let (map, written_keys) = self.existing_map(arguments.first(), "delete", span)?;
        let keys: Vec<ast::Expr> = match (written_keys.is_empty(), &expressions[1..]) {
            (false, []) => written_keys,
            (true, rest) if !rest.is_empty() => rest.iter().map(|key| (*key).clone()).collect(),
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
        Some((map, keys))
    }

    /// Checks keys used with a map that already exists (`delete`, `has_key`) against the
    /// key type the map has. A map of tuple keys takes one tuple, `(1, "a")`, or the key
    /// of a `for ($kv : @m)` loop, `$kv.0`.
    pub(super) fn existing_map_keys(
        &mut self,
        scope: &mut Scope,
        map: MapId,
        keys: &[ast::Expr],
        span: Span,
    ) -> Option<Vec<Expr>> {
        let part_count = self.maps[map.0]
            .key
            .as_ref()
            .map_or(0, |key| key.parts.len());
        let expanded: Vec<ast::Expr> = match keys {
            [
                ast::Expr {
                    kind: AstExprKind::Tuple(items),
                    ..
                },
            ] => items.clone(),
            [
                whole @ ast::Expr {
                    kind: AstExprKind::TupleIndex { base, index: 0, .. },
                    span: key_span,
                },
            ] if part_count > 1
                && matches!(&base.kind, AstExprKind::Variable(name)
                    if scope.map_entries.contains_key(name)) =>
            {
                (0..part_count)
                    .map(|part| ast::Expr {
                        kind: AstExprKind::TupleIndex {
                            base: Box::new(whole.clone()),
                            index: part as u64,
                            index_span: *key_span,
                        },
                        span: *key_span,
                    })
                    .collect()
            }
            _ => keys.to_vec(),
        };
        let keys = self.map_keys(scope, &expanded).ok()?;
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
                if let AstExprKind::Variable(name) = &value.kind
                    && let Some(&(map, depth)) = scope.map_entries.get(name)
                    && depth == scope.map_loop_depth
                {
                    let ty = self.map_entry_type(map);
                    let action = self.push_action(btc_payload::Action::PrintValue { ty });
                    return Some(Statement::PrintMapEntry { action, map, span });
                }
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
                let (map, keys) = self.delete_arguments(scope, arguments, span)?;
                return Some(Statement::MapDelete { map, keys, span });
            }
            _ => unreachable!("called for print, clear, zero, delete and time only"),
        };
        let action = self.push_action(action);
        Some(Statement::Notify { action, span })
    }
}

/// A map declared with `let @name = kind(max_entries);`.
#[derive(Debug, Clone, Copy)]
pub(super) struct DeclaredMap {
    pub(super) kind: MapKind,
    pub(super) max_entries: u32,
    pub(super) span: Span,
}

/// The map kinds a declaration may name, as bpftrace spells them.
const DECLARABLE_KINDS: [(&str, MapKind); 4] = [
    ("hash", MapKind::Hash),
    ("lruhash", MapKind::LruHash),
    ("percpuhash", MapKind::PerCpuHash),
    ("percpulruhash", MapKind::LruPerCpuHash),
];

fn kind_name(kind: MapKind) -> &'static str {
    DECLARABLE_KINDS
        .iter()
        .find(|(_, known)| *known == kind)
        .map_or("unknown", |(name, _)| name)
}

fn is_per_cpu(kind: MapKind) -> bool {
    matches!(kind, MapKind::PerCpuHash | MapKind::LruPerCpuHash)
}

impl Checker {
    /// The action that reports, at run time, that the update at `span` found its map
    /// full (one per update site, shared by the copies of an unrolled body).
    pub(super) fn map_full_action(&mut self, span: Span) -> usize {
        let existing = self.action_spans.iter().find(|(index, at)| {
            *at == span && matches!(self.actions[*index], btc_payload::Action::MapFull { .. })
        });
        if let Some((index, _)) = existing {
            return *index;
        }
        let index = self.push_action(btc_payload::Action::MapFull {
            location: String::new(),
            context: String::new(),
        });
        self.action_spans.push((index, span));
        index
    }

    /// `let @name = kind(max_entries);`: the kind and size of the map used as `@name`.
    pub(super) fn declare_map(&mut self, declaration: &ast::MapDeclaration) {
        let Some(&(_, kind)) = DECLARABLE_KINDS
            .iter()
            .find(|(name, _)| *name == declaration.map_kind.text)
        else {
            let valid: Vec<&str> = DECLARABLE_KINDS.iter().map(|(name, _)| *name).collect();
            self.diagnostics.push(
                Diagnostic::error(
                    declaration.map_kind.span,
                    format!("Invalid bpf map type: {}", declaration.map_kind.text),
                )
                .with_note(format!("Valid map types: {}", valid.join(", "))),
            );
            return;
        };
        let Ok(max_entries) = u32::try_from(declaration.max_entries) else {
            self.error(declaration.span, "a map holds at most 4294967295 entries");
            return;
        };
        if max_entries == 0 {
            self.error(declaration.span, "a map needs room for at least one entry");
            return;
        }
        let name = declaration.map.text.clone();
        if self.declared_maps.contains_key(&name) {
            self.error(
                declaration.map.span,
                format!("map @{name} is declared twice"),
            );
            return;
        }
        self.declared_maps.insert(
            name,
            DeclaredMap {
                kind,
                max_entries,
                span: declaration.span,
            },
        );
    }

    /// The kind and size of a new map: from its declaration, if it has one that agrees
    /// with the values it holds (per-CPU kinds for aggregations, the others for plain
    /// values), else bpftrace's defaults.
    pub(super) fn map_kind(
        &mut self,
        name: &ast::Name,
        key: &Option<MapKey>,
        value: MapValueType,
        span: Span,
    ) -> Option<(MapKind, u32)> {
        let derived = match value {
            MapValueType::Aggregate(_) => MapKind::PerCpuHash,
            MapValueType::Plain(_) => MapKind::Hash,
        };
        if let Some(declared) = self.declared_maps.get(&name.text).copied() {
            if is_per_cpu(declared.kind) != is_per_cpu(derived) {
                self.error(
                    span,
                    format!(
                        "Incompatible map types. Type from declaration: {}. Type from value/key type: {}",
                        kind_name(declared.kind),
                        kind_name(derived)
                    ),
                );
                return None;
            }
            return Some((declared.kind, declared.max_entries));
        }
        let max_entries = if key.is_none()
            && !matches!(value, MapValueType::Aggregate(aggregate) if aggregate.has_bucket())
        {
            1
        } else {
            self.options.max_map_keys
        };
        Some((derived, max_entries))
    }
}
