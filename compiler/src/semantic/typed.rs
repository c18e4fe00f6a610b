//! The typed program: what the checker produces and lowering consumes.
//!
//! Every name is resolved (builtins are [`Builtin`]s, maps are [`MapId`]s, variables are
//! [`VariableId`]s, `args.f` is a record offset), every expression has a [`Type`], and every
//! probe is expanded into one [`ProgramBody`] per attach point, since each attach point may
//! lay out `args` differently. Only what btc can compile is representable here: whatever
//! the checker accepts, lowering can lower.

use btc_payload::{Attach, ValueType};

use crate::object::MapKind;
use crate::syntax::ast::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VariableId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Integer {
        bits: u8,
        signed: bool,
    },
    /// A NUL-terminated string in a buffer of `size` bytes.
    String {
        size: u32,
    },
    /// An address; `user` says which address space it points into, `depth` how many
    /// pointer levels the C type has (`char **` is 2).
    Pointer {
        user: bool,
        depth: u8,
    },
    /// Statements and calls without a value.
    Void,
}

impl Type {
    pub const U64: Type = Type::Integer {
        bits: 64,
        signed: false,
    };
    pub const I64: Type = Type::Integer {
        bits: 64,
        signed: true,
    };
    pub const U32: Type = Type::Integer {
        bits: 32,
        signed: false,
    };

    pub fn is_integer_like(self) -> bool {
        matches!(self, Type::Integer { .. } | Type::Pointer { .. })
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Type::Integer { signed: true, .. })
    }

    /// How the runtime decodes a value of this type.
    pub fn value_type(self) -> Option<ValueType> {
        match self {
            Type::Integer { bits, signed } => Some(ValueType::Integer {
                bytes: bits / 8,
                signed,
            }),
            Type::Pointer { .. } => Some(ValueType::Integer {
                bytes: 8,
                signed: false,
            }),
            Type::String { size } => Some(ValueType::String { size }),
            Type::Void => None,
        }
    }

    pub fn describe(self) -> String {
        match self {
            Type::Integer { bits, signed: true } => format!("int{bits}"),
            Type::Integer {
                bits,
                signed: false,
            } => format!("uint{bits}"),
            Type::String { size } => format!("string[{size}]"),
            Type::Pointer { .. } => "pointer".to_string(),
            Type::Void => "none".to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Pid,
    Tid,
    Uid,
    Gid,
    Nsecs,
    Elapsed,
    Cpu,
    Comm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arithmetic {
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Integer(i64),
    /// A string literal's bytes, without the terminating NUL.
    StringLiteral(Vec<u8>),
    Builtin(Builtin),
    Variable(VariableId),
    /// A plain (non-aggregate) map value; 0 when the key is absent.
    MapRead {
        map: MapId,
        key: Option<Box<Expr>>,
    },
    /// An integer or pointer field of the tracepoint record.
    ContextField {
        offset: u32,
        size: u32,
        signed: bool,
    },
    /// A `char[N]` field of the tracepoint record.
    ContextString {
        offset: u32,
        size: u32,
    },
    /// `str(pointer)`: the string at an address.
    Str {
        pointer: Box<Expr>,
        user: bool,
    },
    Negate(Box<Expr>),
    BitwiseNot(Box<Expr>),
    LogicalNot(Box<Expr>),
    Binary {
        operation: Arithmetic,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// Integer comparison; `signed` picks the signed compare.
    Compare {
        comparison: Comparison,
        left: Box<Expr>,
        right: Box<Expr>,
        signed: bool,
    },
    /// `string == "literal"` (or `!=` when `negated`).
    StringEquals {
        string: Box<Expr>,
        literal: Vec<u8>,
        negated: bool,
    },
    LogicalAnd(Box<Expr>, Box<Expr>),
    LogicalOr(Box<Expr>, Box<Expr>),
    Ternary {
        condition: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
}

/// A printf argument and where it goes in the record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordArgument {
    pub value: Expr,
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    Printf {
        action: usize,
        arguments: Vec<RecordArgument>,
        record_size: u32,
        span: Span,
    },
    Join {
        action: usize,
        pointer: Expr,
        user: bool,
        max_elements: u32,
        element_size: u32,
        span: Span,
    },
    Exit {
        action: usize,
        code: Expr,
        span: Span,
    },
    AssignVariable {
        variable: VariableId,
        value: Expr,
        span: Span,
    },
    MapAssign {
        map: MapId,
        key: Option<Expr>,
        value: Expr,
        span: Span,
    },
    MapCount {
        map: MapId,
        key: Option<Expr>,
        span: Span,
    },
    MapAdd {
        map: MapId,
        key: Option<Expr>,
        delta: Expr,
        span: Span,
    },
    If {
        condition: Expr,
        then: Vec<Statement>,
        otherwise: Vec<Statement>,
        span: Span,
    },
    Return {
        span: Span,
    },
}

/// A script variable and the type fixed by its first assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    pub name: String,
    pub ty: Type,
}

/// The value kind of a map, fixed by its first use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapValueType {
    /// `count()`: per-CPU u64.
    Count,
    /// A value assigned with `=`, `++` or `+=`.
    Plain(Type),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapInfo {
    /// `@name` as written.
    pub name: String,
    /// `AT_name`.
    pub bpf_name: String,
    pub key: Option<Type>,
    pub value: MapValueType,
    pub kind: MapKind,
    pub max_entries: u32,
    pub first_use: Span,
}

impl MapInfo {
    /// Bytes of a key: scalar maps use a single 8-byte zero key.
    pub fn key_size(&self) -> u32 {
        match self.key {
            None => 8,
            Some(Type::String { size }) => size,
            Some(_) => 8,
        }
    }

    pub fn value_size(&self) -> u32 {
        match self.value {
            MapValueType::Count => 8,
            MapValueType::Plain(Type::String { size }) => size,
            MapValueType::Plain(_) => 8,
        }
    }
}

/// One BPF program: an attach point and the checked probe body.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramBody {
    /// The program's symbol name.
    pub name: String,
    /// The ELF section that tells libbpf the program type.
    pub section: String,
    /// The attach point after expansion, e.g. `tracepoint:syscalls:sys_enter_execve`.
    pub attach_name: String,
    pub attach: Attach,
    pub probe_span: Span,
    pub predicate: Option<Expr>,
    pub body: Vec<Statement>,
    pub variables: Vec<Variable>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedProgram {
    pub programs: Vec<ProgramBody>,
    pub maps: Vec<MapInfo>,
    pub actions: Vec<btc_payload::Action>,
}
