//! Macro expansion: `macro name(params) { body }` definitions expanded at their uses.
//!
//! In: the macro definitions of a script and a probe's AST. Out: the probe's AST with every
//! call of a macro (`name(args)`, or a bare `name` for a macro without parameters)
//! replaced by a block expression: a copy of the macro's body in which
//! - a `$param` is the caller's variable passed for it (the macro may assign it),
//! - an `@param` is the caller's map passed for it,
//! - a bare `param` is the argument expression, inserted (and evaluated) at every use,
//! - every other variable is renamed to one of its own, so a macro never sees or changes
//!   the caller's variables (bpftrace's hygiene), and a map not passed in is an error.
//!
//! Macros are looked up by name and number of parameters, may use each other in any order,
//! and are expanded again inside their own expansions, up to a depth that catches
//! recursion.

use super::*;
use crate::syntax::ast::{Block, CallArgument, ElseBranch, ForIterable, MacroParameter};

/// How deep expansions may nest before they are taken for recursion.
const MAX_DEPTH: u32 = 64;
/// How many expansions one probe may have: macros that use each other twice over can
/// grow a script exponentially without ever recursing.
const MAX_EXPANSIONS: usize = 10_000;

/// The script's macros, by name and number of parameters.
pub(super) struct Macros {
    definitions: HashMap<(String, usize), ast::MacroDefinition>,
}

impl Macros {
    pub(super) fn new(items: &[ast::Item]) -> Macros {
        let definitions = items
            .iter()
            .filter_map(|item| match item {
                ast::Item::Macro(definition) => Some((
                    (definition.name.text.clone(), definition.parameters.len()),
                    definition.clone(),
                )),
                _ => None,
            })
            .collect();
        Macros { definitions }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.definitions.is_empty()
    }

    fn arities(&self, name: &str) -> Vec<usize> {
        let mut arities: Vec<usize> = self
            .definitions
            .keys()
            .filter(|(known, _)| known == name)
            .map(|(_, arity)| *arity)
            .collect();
        arities.sort_unstable();
        arities
    }
}

impl Checker {
    /// The probe with every macro use expanded.
    pub(super) fn expand_macros(&mut self, probe: &ast::Probe, macros: &Macros) -> ast::Probe {
        let mut probe = probe.clone();
        if !self.text_defines.is_empty() {
            let mut expander = DefineExpander {
                defines: &self.text_defines,
                active: Vec::new(),
                diagnostics: Vec::new(),
            };
            if let Some(predicate) = &mut probe.predicate {
                rewrite_expression(predicate, &mut expander);
            }
            rewrite_block(&mut probe.body, &mut expander);
            self.diagnostics.extend(expander.diagnostics);
        }
        if macros.is_empty() {
            return probe;
        }
        let mut expander = Expander {
            macros,
            expansions: 0,
            depth: 0,
            diagnostics: Vec::new(),
        };
        if let Some(predicate) = &mut probe.predicate {
            rewrite_expression(predicate, &mut expander);
        }
        rewrite_block(&mut probe.body, &mut expander);
        self.diagnostics.extend(expander.diagnostics);
        probe
    }
}

/// Whether any expression of a probe's predicate or body passes `test`. The walk is the
/// rewriting one, over a copy.
pub(super) fn any_expression(probe: &ast::Probe, test: impl Fn(&ast::Expr) -> bool) -> bool {
    struct Finder<F> {
        test: F,
        found: bool,
    }
    impl<F: Fn(&ast::Expr) -> bool> Rewriter for Finder<F> {
        fn expression(&mut self, expression: &mut ast::Expr) {
            self.found |= (self.test)(expression);
        }
    }
    let mut probe = probe.clone();
    let mut finder = Finder { test, found: false };
    if let Some(predicate) = &mut probe.predicate {
        rewrite_expression(predicate, &mut finder);
    }
    rewrite_block(&mut probe.body, &mut finder);
    finder.found
}

/// A change applied to every expression (after its children) and to every name a
/// statement declares.
trait Rewriter {
    fn expression(&mut self, expression: &mut ast::Expr);
    fn declared_variable(&mut self, _name: &mut ast::Name) {}
    fn iterated_map(&mut self, _name: &mut ast::Name) {}
}

fn rewrite_block(block: &mut Block, rewriter: &mut impl Rewriter) {
    for statement in &mut block.statements {
        rewrite_statement(statement, rewriter);
    }
    if let Some(value) = &mut block.value {
        rewrite_expression(value, rewriter);
    }
}

fn rewrite_if(branch: &mut ast::If, rewriter: &mut impl Rewriter) {
    rewrite_expression(&mut branch.condition, rewriter);
    rewrite_block(&mut branch.then_block, rewriter);
    match &mut branch.else_branch {
        Some(ElseBranch::Block(block)) => rewrite_block(block, rewriter),
        Some(ElseBranch::If(nested)) => rewrite_if(nested, rewriter),
        None => {}
    }
}

fn rewrite_statement(statement: &mut ast::Statement, rewriter: &mut impl Rewriter) {
    match &mut statement.kind {
        StatementKind::Expr(expression) | StatementKind::Discard(expression) => {
            rewrite_expression(expression, rewriter)
        }
        StatementKind::Assign { target, value, .. } => {
            rewrite_expression(value, rewriter);
            rewrite_expression(target, rewriter);
        }
        StatementKind::Let {
            variable,
            annotation,
            value,
        } => {
            if let Some(ast::TypeSpecifier::Typeof { operand, .. }) = annotation {
                rewrite_type_operand(operand, rewriter);
            }
            if let Some(value) = value {
                rewrite_expression(value, rewriter);
            }
            rewriter.declared_variable(variable);
        }
        StatementKind::If(branch) => rewrite_if(branch, rewriter),
        StatementKind::While { condition, body } => {
            rewrite_expression(condition, rewriter);
            rewrite_block(body, rewriter);
        }
        StatementKind::Unroll { count, body } => {
            rewrite_expression(count, rewriter);
            rewrite_block(body, rewriter);
        }
        StatementKind::For {
            variable,
            iterable,
            body,
        } => {
            match iterable {
                ForIterable::Range { start, end } => {
                    rewrite_expression(start, rewriter);
                    rewrite_expression(end, rewriter);
                }
                ForIterable::Map(map) => rewriter.iterated_map(map),
            }
            rewriter.declared_variable(variable);
            rewrite_block(body, rewriter);
        }
        StatementKind::Return(Some(value)) => rewrite_expression(value, rewriter),
        StatementKind::Return(None)
        | StatementKind::Break
        | StatementKind::Continue
        | StatementKind::Import(_) => {}
    }
}

fn rewrite_type_operand(operand: &mut ast::TypeOperand, rewriter: &mut impl Rewriter) {
    if let ast::TypeOperand::Expression(expression) = operand {
        rewrite_expression(expression, rewriter);
    }
}

fn rewrite_expression(expression: &mut ast::Expr, rewriter: &mut impl Rewriter) {
    match &mut expression.kind {
        AstExprKind::Map { keys, .. } => {
            for key in keys {
                rewrite_expression(key, rewriter);
            }
        }
        AstExprKind::Call { arguments, .. } => {
            for argument in arguments {
                if let CallArgument::Expression(argument) = argument {
                    rewrite_expression(argument, rewriter);
                }
            }
        }
        AstExprKind::Unary { operand, .. } => rewrite_expression(operand, rewriter),
        AstExprKind::Binary { left, right, .. } => {
            rewrite_expression(left, rewriter);
            rewrite_expression(right, rewriter);
        }
        AstExprKind::Ternary {
            condition,
            then,
            otherwise,
        } => {
            rewrite_expression(condition, rewriter);
            if let Some(then) = then {
                rewrite_expression(then, rewriter);
            }
            rewrite_expression(otherwise, rewriter);
        }
        AstExprKind::If(branch) => rewrite_if(branch, rewriter),
        AstExprKind::Cast { target, operand } => {
            if let ast::TypeSpecifier::Typeof { operand, .. } = target {
                rewrite_type_operand(operand, rewriter);
            }
            rewrite_expression(operand, rewriter)
        }
        AstExprKind::Sizeof(operand) | AstExprKind::Typeinfo(operand) => {
            rewrite_type_operand(operand, rewriter)
        }
        AstExprKind::Offsetof { operand, .. } => rewrite_type_operand(operand, rewriter),
        AstExprKind::Comptime(operand)
        | AstExprKind::Dereference(operand)
        | AstExprKind::PreIncrement(operand)
        | AstExprKind::PostIncrement(operand)
        | AstExprKind::PreDecrement(operand)
        | AstExprKind::PostDecrement(operand) => rewrite_expression(operand, rewriter),
        AstExprKind::FieldAccess { base, .. } | AstExprKind::TupleIndex { base, .. } => {
            rewrite_expression(base, rewriter)
        }
        AstExprKind::Index { base, index } => {
            rewrite_expression(base, rewriter);
            rewrite_expression(index, rewriter);
        }
        AstExprKind::Tuple(elements) => {
            for element in elements {
                rewrite_expression(element, rewriter);
            }
        }
        AstExprKind::Record(fields) => {
            for field in fields {
                rewrite_expression(&mut field.value, rewriter);
            }
        }
        AstExprKind::Block(block) => rewrite_block(block, rewriter),
        AstExprKind::AddressOf(_)
        | AstExprKind::Integer(_)
        | AstExprKind::Boolean(_)
        | AstExprKind::String(_)
        | AstExprKind::Identifier(_)
        | AstExprKind::Variable(_)
        | AstExprKind::Positional(_)
        | AstExprKind::PositionalCount => {}
    }
    rewriter.expression(expression);
}

/// Replaces each identifier named by a `#define` of the preamble whose body is not an
/// integer (`#define RED "\033[31m"`, `#define LIMIT (BASE * 2)`) with its body parsed as
/// an expression, as bpftrace does, then expands that again; a define that names itself,
/// directly or through others, is an error. The expansion takes the identifier's place in
/// the source for every diagnostic.
struct DefineExpander<'a> {
    defines: &'a HashMap<String, String>,
    /// The defines being expanded, outermost first.
    active: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

impl Rewriter for DefineExpander<'_> {
    fn expression(&mut self, expression: &mut ast::Expr) {
        let AstExprKind::Identifier(name) = &expression.kind else {
            return;
        };
        let Some(body) = self.defines.get(name) else {
            return;
        };
        let span = expression.span;
        if self.active.contains(name) {
            self.diagnostics.push(Diagnostic::error(
                span,
                format!("Macro recursion: {}", self.active.join("->")),
            ));
            expression.kind = AstExprKind::Integer(0);
            return;
        }
        let (parsed, diagnostics) = crate::syntax::parser::parse_expression(body);
        let parsed = parsed.filter(|_| diagnostics.is_empty());
        let Some(mut expansion) = parsed else {
            self.diagnostics.push(Diagnostic::error(
                span,
                format!("unable to expand macro as an expression: {body}"),
            ));
            expression.kind = AstExprKind::Integer(0);
            return;
        };
        rewrite_expression(&mut expansion, &mut Respan(span));
        self.active.push(name.clone());
        rewrite_expression(&mut expansion, self);
        self.active.pop();
        *expression = expansion;
    }
}

/// Moves every span of an expression parsed from other text to one place of the script.
struct Respan(Span);

impl Rewriter for Respan {
    fn expression(&mut self, expression: &mut ast::Expr) {
        expression.span = self.0;
        match &mut expression.kind {
            AstExprKind::Map { name, .. } => name.span = self.0,
            AstExprKind::Call { name_span, .. } => *name_span = self.0,
            AstExprKind::FieldAccess { field, .. } => field.span = self.0,
            AstExprKind::TupleIndex { index_span, .. } => *index_span = self.0,
            AstExprKind::Record(fields) => {
                for field in fields {
                    field.name.span = self.0;
                    field.span = self.0;
                }
            }
            _ => {}
        }
    }

    fn declared_variable(&mut self, name: &mut ast::Name) {
        name.span = self.0;
    }

    fn iterated_map(&mut self, name: &mut ast::Name) {
        name.span = self.0;
    }
}

/// Replaces macro uses with their expansions.
struct Expander<'a> {
    macros: &'a Macros,
    /// Expansions so far: each one's variables get a distinct suffix.
    expansions: usize,
    depth: u32,
    diagnostics: Vec<Diagnostic>,
}

impl Rewriter for Expander<'_> {
    fn expression(&mut self, expression: &mut ast::Expr) {
        let (name, arguments): (&str, &[CallArgument]) = match &expression.kind {
            AstExprKind::Call {
                name, arguments, ..
            } => (name, arguments),
            AstExprKind::Identifier(name) => (name, &[]),
            _ => return,
        };
        let Some(definition) = self
            .macros
            .definitions
            .get(&(name.to_string(), arguments.len()))
        else {
            let arities = self.macros.arities(name);
            if !arities.is_empty() && matches!(expression.kind, AstExprKind::Call { .. }) {
                let counts: Vec<String> = arities.iter().map(usize::to_string).collect();
                self.diagnostics.push(Diagnostic::error(
                    expression.span,
                    format!(
                        "macro {name}() takes {} argument(s), not {}",
                        counts.join(" or "),
                        arguments.len()
                    ),
                ));
                expression.kind = AstExprKind::Integer(0);
            }
            return;
        };
        if self.expansions >= MAX_EXPANSIONS {
            if self.expansions == MAX_EXPANSIONS {
                self.diagnostics.push(Diagnostic::error(
                    expression.span,
                    format!("macros expand to more than {MAX_EXPANSIONS} copies in this probe"),
                ));
                self.expansions += 1;
            }
            expression.kind = AstExprKind::Integer(0);
            return;
        }
        if self.depth >= MAX_DEPTH {
            self.diagnostics.push(Diagnostic::error(
                expression.span,
                format!("macro {name}() expands into itself without end"),
            ));
            expression.kind = AstExprKind::Integer(0);
            return;
        }
        let Some(mut expansion) = self.expand(definition, arguments, expression.span) else {
            // Reported: the use stands for 0 so that no other error follows from it.
            expression.kind = AstExprKind::Integer(0);
            return;
        };
        self.depth += 1;
        rewrite_expression(&mut expansion, self);
        self.depth -= 1;
        *expression = expansion;
    }
}

impl Expander<'_> {
    /// The macro's body as a block expression, with its parameters bound to `arguments`.
    fn expand(
        &mut self,
        definition: &ast::MacroDefinition,
        arguments: &[CallArgument],
        span: Span,
    ) -> Option<ast::Expr> {
        self.expansions += 1;
        let mut binding = Binding {
            macro_name: definition.name.text.clone(),
            suffix: format!(" (macro {} #{})", definition.name.text, self.expansions),
            variables: HashMap::new(),
            maps: HashMap::new(),
            expressions: HashMap::new(),
            diagnostics: Vec::new(),
        };
        let mut failed = false;
        for (index, (parameter, argument)) in
            definition.parameters.iter().zip(arguments).enumerate()
        {
            let argument = match argument {
                CallArgument::Expression(argument) => argument,
                CallArgument::Type(_) => {
                    self.diagnostics.push(Diagnostic::error(
                        span,
                        format!(
                            "macro {}(): a type cannot be passed here",
                            definition.name.text
                        ),
                    ));
                    failed = true;
                    continue;
                }
            };
            match (parameter, &argument.kind) {
                (MacroParameter::Variable(parameter), AstExprKind::Variable(variable)) => {
                    binding
                        .variables
                        .insert(parameter.text.clone(), variable.clone());
                }
                (MacroParameter::Map(parameter), AstExprKind::Map { name, keys })
                    if keys.is_empty() =>
                {
                    binding
                        .maps
                        .insert(parameter.text.clone(), name.text.clone());
                }
                (MacroParameter::Identifier(parameter), _) => {
                    binding
                        .expressions
                        .insert(parameter.text.clone(), argument.clone());
                }
                (MacroParameter::Variable(parameter), _) => {
                    self.diagnostics.push(Diagnostic::error(
                        argument.span,
                        format!(
                            "macro {}() expects a variable for ${} (argument {}), not an expression",
                            definition.name.text,
                            parameter.text,
                            index + 1
                        ),
                    ));
                    failed = true;
                }
                (MacroParameter::Map(parameter), _) => {
                    self.diagnostics.push(Diagnostic::error(
                        argument.span,
                        format!(
                            "macro {}() expects a map for @{} (argument {}), not an expression",
                            definition.name.text,
                            parameter.text,
                            index + 1
                        ),
                    ));
                    failed = true;
                }
            }
        }
        if failed {
            return None;
        }
        let mut body = definition.body.clone();
        rewrite_block(&mut body, &mut binding);
        let errors = !binding.diagnostics.is_empty();
        self.diagnostics.extend(binding.diagnostics);
        if errors {
            return None;
        }
        Some(ast::Expr {
            kind: AstExprKind::Block(body),
            span,
        })
    }
}

/// Binds a macro body's parameters and renames its own variables.
struct Binding {
    macro_name: String,
    /// Appended to the body's own variables: unique per expansion, and readable in a
    /// diagnostic (`$y (macro inc #2)`).
    suffix: String,
    variables: HashMap<String, String>,
    maps: HashMap<String, String>,
    expressions: HashMap<String, ast::Expr>,
    diagnostics: Vec<Diagnostic>,
}

impl Binding {
    fn variable(&self, name: &str) -> String {
        match self.variables.get(name) {
            Some(bound) => bound.clone(),
            None => format!("{name}{}", self.suffix),
        }
    }

    fn map(&mut self, name: &mut ast::Name) {
        match self.maps.get(&name.text) {
            Some(bound) => name.text = bound.clone(),
            None => self.diagnostics.push(Diagnostic::error(
                name.span,
                format!(
                    "macro {}() uses map @{} without taking it as a parameter",
                    self.macro_name, name.text
                ),
            )),
        }
    }
}

impl Rewriter for Binding {
    fn expression(&mut self, expression: &mut ast::Expr) {
        match &mut expression.kind {
            AstExprKind::Variable(name) => *name = self.variable(name),
            AstExprKind::Map { name, .. } => self.map(name),
            AstExprKind::AddressOf(ast::AddressTarget::Variable(name)) => {
                name.text = self.variable(&name.text)
            }
            AstExprKind::AddressOf(ast::AddressTarget::Map(name)) => self.map(name),
            AstExprKind::Identifier(name) => {
                if let Some(argument) = self.expressions.get(name.as_str()) {
                    *expression = argument.clone();
                }
            }
            _ => {}
        }
    }

    fn declared_variable(&mut self, name: &mut ast::Name) {
        if self.variables.contains_key(&name.text) {
            self.diagnostics.push(Diagnostic::error(
                name.span,
                format!("Variable declaration shadows macro arg ${}", name.text),
            ));
            return;
        }
        name.text = self.variable(&name.text);
    }

    fn iterated_map(&mut self, name: &mut ast::Name) {
        self.map(name);
    }
}
