//! The abstract syntax tree of a bpftrace script, as written. In: nothing (the parser in
//! `syntax::parser` builds these values from source text). Out: a [`Program`] whose every
//! node carries a byte [`Span`] into the source, so later stages (macro expansion, name
//! resolution, type checking, lowering) can report errors at the right place. The tree is
//! purely syntactic: builtins, enumerators and typedef names are plain identifiers, attach
//! points keep their wildcards, and no name is resolved. String literals have their escapes
//! processed; integer literals hold their value (duration suffixes already converted to
//! nanoseconds). Invariants that the parser guarantees are written on each type.

/// A half-open byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span that covers both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The source text this span covers (empty if the span is out of range).
    pub fn text(self, source: &str) -> &str {
        source
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// A name as written (identifier, variable name without `$`, map name without `@`,
/// field name, config key) with its span. The span covers the sigil when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

// ---------------------------------------------------------------------------------------
// Program structure
// ---------------------------------------------------------------------------------------

/// A whole script. Sections appear in this order in the source: shebang, C preamble,
/// config and imports, then items.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub shebang: Option<Shebang>,
    pub preamble: Vec<CDefinition>,
    pub config: Option<Config>,
    pub imports: Vec<Import>,
    pub items: Vec<Item>,
    pub span: Span,
}

/// The first line of the file when it starts with `#!`, without the newline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shebang {
    pub text: String,
    pub span: Span,
}

/// C text passed through to the C type layer: a preprocessor line or a
/// `struct`/`union`/`enum` definition, kept verbatim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CDefinition {
    pub kind: CDefinitionKind,
    /// The text as written (a preprocessor line without its newline, or a definition from
    /// its keyword to its closing brace, attributes included).
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CDefinitionKind {
    /// `#include <...>` or `#include "..."`.
    Include,
    /// `#define NAME value`.
    Define,
    /// Any other `#` line (`#undef`, `#if`, ...).
    OtherPreprocessor,
    Struct,
    Union,
    Enum,
    /// `typedef TYPE NAME;`, up to its semicolon.
    Typedef,
}

/// `config = { key = value; ... }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub entries: Vec<ConfigEntry>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConfigEntry {
    pub key: Name,
    pub value: ConfigValue,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigValue {
    Integer(u64),
    String(String),
    Boolean(bool),
    /// A bare word such as `perf` in `stack_mode = perf`.
    Identifier(String),
}

/// `import "path";` at the top level or inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Probe(Probe),
    Macro(MacroDefinition),
    MapDeclaration(MapDeclaration),
    Function(FunctionDefinition),
}

/// `attach_point[, attach_point...] [/predicate/] { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Probe {
    /// Never empty.
    pub attach_points: Vec<AttachPoint>,
    pub predicate: Option<Expr>,
    /// The body never has a trailing value: a final expression without `;` becomes an
    /// expression statement.
    pub body: Block,
    pub span: Span,
}

/// One attach point, e.g. `kprobe:vfs_read`, `uprobe:/bin/bash:readline`, `BEGIN`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachPoint {
    /// The text exactly as written (quotes included).
    pub raw: String,
    pub span: Span,
    /// The text before the first unquoted `:` (the whole text when there is none), as
    /// written: `BEGIN`, `kprobe`, `k`, `tracepoint`, ...
    pub provider: String,
    /// The fields after the provider, split on unquoted `:`, with quotes removed and escapes
    /// inside quotes processed. Wildcards, offsets (`f+0x10`) and `$1` stay in the text.
    pub parts: Vec<String>,
}

/// `macro name(params) { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct MacroDefinition {
    pub name: Name,
    pub parameters: Vec<MacroParameter>,
    /// May have a trailing value (the macro's result).
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MacroParameter {
    /// `$name`
    Variable(Name),
    /// `@name`
    Map(Name),
    /// A bare identifier: the argument expression is substituted.
    Identifier(Name),
}

/// `let @name = kind(max_entries);` at the top level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapDeclaration {
    pub map: Name,
    /// `hash`, `lruhash`, `percpuhash`, `percpulruhash`, ... (checked later).
    pub map_kind: Name,
    pub max_entries: u64,
    pub span: Span,
}

/// `fn name($a: T, ...): R { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDefinition {
    pub name: Name,
    pub parameters: Vec<FunctionParameter>,
    pub return_type: TypeSpecifier,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionParameter {
    pub variable: Name,
    pub parameter_type: TypeSpecifier,
    pub span: Span,
}

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------

/// `{ statements [value] }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub statements: Vec<Statement>,
    /// The final expression without a `;` of a block used as a value (block expressions,
    /// if-expression branches, macro bodies). Always `None` for probe, loop and function
    /// bodies and for `if` statements.
    pub value: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StatementKind {
    /// An expression evaluated for its effect: calls, `$x++`, nested blocks.
    Expr(Expr),
    /// `target = value` or `target op= value`. The target is always an
    /// [`ExprKind::Variable`] or an [`ExprKind::Map`] (with or without keys).
    Assign {
        target: Expr,
        /// `Some(Add)` for `+=`, etc. Only arithmetic, bitwise and shift operators occur.
        operator: Option<BinaryOperator>,
        value: Expr,
    },
    /// `_ = value;` (value deliberately discarded).
    Discard(Expr),
    /// `let $x;`, `let $x: T;`, `let $x = e;`, `let $x: T = e;`
    Let {
        variable: Name,
        annotation: Option<TypeSpecifier>,
        value: Option<Expr>,
    },
    If(If),
    /// `while (condition) { body }` (deprecated in bpftrace 0.25).
    While {
        condition: Expr,
        body: Block,
    },
    /// `unroll (count) { body }`.
    Unroll {
        count: Expr,
        body: Block,
    },
    /// `for ($variable : iterable) { body }`.
    For {
        variable: Name,
        iterable: ForIterable,
        body: Block,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    /// `import "path";` inside a block.
    Import(Import),
}

/// `if condition { then } [else ...]`, as a statement or an expression.
#[derive(Clone, Debug, PartialEq)]
pub struct If {
    pub condition: Box<Expr>,
    pub then_block: Block,
    pub else_branch: Option<ElseBranch>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ElseBranch {
    Block(Block),
    /// `else if ...`
    If(Box<If>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ForIterable {
    /// `start..end`, half-open.
    Range { start: Expr, end: Expr },
    /// `@map` (no keys).
    Map(Name),
}

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal; `value` is the literal's value with C suffixes ignored, `1e6`
    /// expanded and duration suffixes converted to nanoseconds. Negative numbers are a
    /// [`UnaryOperator::Negate`] around a literal.
    Integer(u64),
    Boolean(bool),
    /// A string literal with escapes processed (it may contain NUL bytes).
    String(String),
    /// A bare name: a builtin (`pid`, `comm`, `args`, `curtask`), an enumerator, a macro
    /// called without parentheses, or a macro parameter. Resolved later.
    Identifier(String),
    /// `$name` (the name without `$`).
    Variable(String),
    /// `@name`, `@` (empty name), `@name[k]`, `@name[k1, k2]`. `keys` is empty for a map
    /// used without subscript.
    Map {
        name: Name,
        keys: Vec<Expr>,
    },
    /// `$1`, `$2`, ... (always at least 1).
    Positional(u64),
    /// `$#`
    PositionalCount,
    /// `name(arguments)`.
    Call {
        name: String,
        name_span: Span,
        arguments: Vec<CallArgument>,
    },
    Unary {
        operator: UnaryOperator,
        operand: Box<Expr>,
    },
    Binary {
        operator: BinaryOperator,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `condition ? then : otherwise`; `then` is `None` for `condition ?: otherwise`.
    Ternary {
        condition: Box<Expr>,
        then: Option<Box<Expr>>,
        otherwise: Box<Expr>,
    },
    /// `if` used where a value is expected, e.g. `let $a = if $b { 1 } else { 2 };`.
    If(If),
    /// `(type) expr`.
    Cast {
        target: TypeSpecifier,
        operand: Box<Expr>,
    },
    /// `sizeof(type or expression)`.
    Sizeof(Box<TypeOperand>),
    /// `offsetof(type or expression, field[.field...])`.
    Offsetof {
        operand: Box<TypeOperand>,
        /// Never empty.
        fields: Vec<Name>,
    },
    /// `typeinfo(type or expression)`.
    Typeinfo(Box<TypeOperand>),
    /// `comptime expr`.
    Comptime(Box<Expr>),
    /// `base.field` or `base->field`.
    FieldAccess {
        base: Box<Expr>,
        field: Name,
        arrow: bool,
    },
    /// `base.0`
    TupleIndex {
        base: Box<Expr>,
        index: u64,
        index_span: Span,
    },
    /// `base[index]` on anything but a map name.
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// `&$x` or `&@m`.
    AddressOf(AddressTarget),
    /// `*expr`
    Dereference(Box<Expr>),
    /// `()`, `(a,)`, `(a, b, ...)`.
    Tuple(Vec<Expr>),
    /// `(name = value, ...)`; never empty, names are distinct.
    Record(Vec<RecordField>),
    /// `{ statements; value }` used as a value.
    Block(Block),
    /// `++target`; the target is a variable or a map (with or without keys).
    PreIncrement(Box<Expr>),
    /// `target++`
    PostIncrement(Box<Expr>),
    /// `--target`
    PreDecrement(Box<Expr>),
    /// `target--`
    PostDecrement(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum CallArgument {
    Expression(Expr),
    /// `typeof(...)` passed as an argument (to macros and type-generic builtins).
    Type(TypeSpecifier),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressTarget {
    Variable(Name),
    Map(Name),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecordField {
    pub name: Name,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOperator {
    /// `-x`
    Negate,
    /// `!x`
    LogicalNot,
    /// `~x`
    BitwiseNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    ShiftLeft,
    ShiftRight,
    LogicalAnd,
    LogicalOr,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}

impl BinaryOperator {
    /// The operator as written in the source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::Subtract => "-",
            BinaryOperator::Multiply => "*",
            BinaryOperator::Divide => "/",
            BinaryOperator::Modulo => "%",
            BinaryOperator::BitwiseAnd => "&",
            BinaryOperator::BitwiseOr => "|",
            BinaryOperator::BitwiseXor => "^",
            BinaryOperator::ShiftLeft => "<<",
            BinaryOperator::ShiftRight => ">>",
            BinaryOperator::LogicalAnd => "&&",
            BinaryOperator::LogicalOr => "||",
            BinaryOperator::Equal => "==",
            BinaryOperator::NotEqual => "!=",
            BinaryOperator::Less => "<",
            BinaryOperator::LessEqual => "<=",
            BinaryOperator::Greater => ">",
            BinaryOperator::GreaterEqual => ">=",
        }
    }

    /// Binding strength, C order: higher binds tighter. All binary operators are
    /// left-associative.
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOperator::LogicalOr => 1,
            BinaryOperator::LogicalAnd => 2,
            BinaryOperator::BitwiseOr => 3,
            BinaryOperator::BitwiseXor => 4,
            BinaryOperator::BitwiseAnd => 5,
            BinaryOperator::Equal | BinaryOperator::NotEqual => 6,
            BinaryOperator::Less
            | BinaryOperator::LessEqual
            | BinaryOperator::Greater
            | BinaryOperator::GreaterEqual => 7,
            BinaryOperator::ShiftLeft | BinaryOperator::ShiftRight => 8,
            BinaryOperator::Add | BinaryOperator::Subtract => 9,
            BinaryOperator::Multiply | BinaryOperator::Divide | BinaryOperator::Modulo => 10,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

/// A type written in the source: `uint64`, `struct task_struct *`, `uint8[8]`,
/// `int32*[4]`, `string[16]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeName {
    pub base: TypeBase,
    /// Pointer and array suffixes in source order; each one applies to the type written
    /// before it, so `int32*[4]` is `[Pointer, Array(Some(4))]` (an array of 4 pointers).
    pub suffixes: Vec<TypeSuffix>,
    pub span: Span,
}

impl TypeName {
    /// The type as bpftrace writes it: `struct sock *`, `int8[8]`, `uint64`.
    pub fn text(&self) -> String {
        let mut text = match &self.base {
            TypeBase::Named(name) => name.clone(),
            TypeBase::Struct(name) => format!("struct {name}"),
            TypeBase::Union(name) => format!("union {name}"),
            TypeBase::Enum(name) => format!("enum {name}"),
        };
        for suffix in &self.suffixes {
            match suffix {
                TypeSuffix::Pointer if text.ends_with('*') => text.push('*'),
                TypeSuffix::Pointer => text.push_str(" *"),
                TypeSuffix::Array(Some(size)) => text.push_str(&format!("[{size}]")),
                TypeSuffix::Array(None) => text.push_str("[]"),
            }
        }
        text
    }

    /// The number of `*` suffixes.
    pub fn pointer_depth(&self) -> usize {
        self.suffixes
            .iter()
            .filter(|suffix| matches!(suffix, TypeSuffix::Pointer))
            .count()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeBase {
    /// A plain name: `int8`..`uint64`, `bool`, `string`, `buffer`, `inet`, a C typedef
    /// such as `uint64_t`, ... Checked later.
    Named(String),
    Struct(String),
    Union(String),
    Enum(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeSuffix {
    /// `*`
    Pointer,
    /// `[N]`, or `[]` (size `None`).
    Array(Option<u64>),
}

/// Where a type is expected: a written type or `typeof(...)`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeSpecifier {
    Name(TypeName),
    /// `typeof(type or expression)`.
    Typeof {
        operand: Box<TypeOperand>,
        span: Span,
    },
}

impl TypeSpecifier {
    pub fn span(&self) -> Span {
        match self {
            TypeSpecifier::Name(name) => name.span,
            TypeSpecifier::Typeof { span, .. } => *span,
        }
    }
}

/// The operand of `sizeof`, `offsetof`, `typeof` and `typeinfo`: either a type or an
/// expression. A bare identifier such as `sizeof(uint64_t)` is parsed as an
/// [`ExprKind::Identifier`] expression, since only later stages know typedef names.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeOperand {
    Type(TypeSpecifier),
    Expression(Expr),
}
