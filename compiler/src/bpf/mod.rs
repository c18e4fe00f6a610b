//! BPF machine instructions: the registers, the instruction set btc emits, its binary
//! encoding, and the assembly text that `--emit asm` and the snapshot tests show.
//!
//! In: [`Instruction`] values built by instruction selection (with physical registers and
//! resolved jump offsets). Out: 8-byte instruction slots in the kernel's encoding
//! (`struct bpf_insn`, little-endian), and one line of assembly per instruction in the
//! syntax of the kernel verifier log and `llvm-objdump` (`r1 = *(u64 *)(r10 - 8)`).

pub mod helper;

pub use helper::Helper;

use std::fmt;

/// A BPF register, `r0` to `r10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Register(u8);

impl Register {
    /// Return value of helpers and of the program.
    pub const R0: Register = Register(0);
    pub const R1: Register = Register(1);
    pub const R2: Register = Register(2);
    pub const R3: Register = Register(3);
    pub const R4: Register = Register(4);
    pub const R5: Register = Register(5);
    pub const R6: Register = Register(6);
    pub const R7: Register = Register(7);
    pub const R8: Register = Register(8);
    pub const R9: Register = Register(9);
    /// The read-only frame pointer.
    pub const FRAME_POINTER: Register = Register(10);

    /// Registers that carry helper arguments, in order.
    pub const ARGUMENTS: [Register; 5] = [Self::R1, Self::R2, Self::R3, Self::R4, Self::R5];
    /// Registers a helper call leaves intact.
    pub const CALLEE_SAVED: [Register; 4] = [Self::R6, Self::R7, Self::R8, Self::R9];

    pub fn new(number: u8) -> Option<Register> {
        (number <= 10).then_some(Register(number))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// Whether a helper call overwrites the register.
    pub fn is_caller_saved(self) -> bool {
        self.0 <= 5
    }
}

impl fmt::Display for Register {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// Width of a memory access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Size {
    Byte,
    Half,
    Word,
    Double,
}

impl Size {
    pub fn bytes(self) -> u32 {
        match self {
            Size::Byte => 1,
            Size::Half => 2,
            Size::Word => 4,
            Size::Double => 8,
        }
    }

    pub fn from_bytes(bytes: u32) -> Option<Size> {
        match bytes {
            1 => Some(Size::Byte),
            2 => Some(Size::Half),
            4 => Some(Size::Word),
            8 => Some(Size::Double),
            _ => None,
        }
    }

    fn encoding(self) -> u8 {
        match self {
            Size::Word => 0x00,
            Size::Half => 0x08,
            Size::Byte => 0x10,
            Size::Double => 0x18,
        }
    }

    fn c_name(self) -> &'static str {
        match self {
            Size::Byte => "u8",
            Size::Half => "u16",
            Size::Word => "u32",
            Size::Double => "u64",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AluOperation {
    Add,
    Subtract,
    Multiply,
    Divide,
    Or,
    And,
    ShiftLeft,
    ShiftRight,
    Modulo,
    Xor,
    Move,
    ArithmeticShiftRight,
}

impl AluOperation {
    fn encoding(self) -> u8 {
        match self {
            AluOperation::Add => 0x00,
            AluOperation::Subtract => 0x10,
            AluOperation::Multiply => 0x20,
            AluOperation::Divide => 0x30,
            AluOperation::Or => 0x40,
            AluOperation::And => 0x50,
            AluOperation::ShiftLeft => 0x60,
            AluOperation::ShiftRight => 0x70,
            AluOperation::Modulo => 0x90,
            AluOperation::Xor => 0xa0,
            AluOperation::Move => 0xb0,
            AluOperation::ArithmeticShiftRight => 0xc0,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            AluOperation::Add => "+=",
            AluOperation::Subtract => "-=",
            AluOperation::Multiply => "*=",
            AluOperation::Divide => "/=",
            AluOperation::Or => "|=",
            AluOperation::And => "&=",
            AluOperation::ShiftLeft => "<<=",
            AluOperation::ShiftRight => ">>=",
            AluOperation::Modulo => "%=",
            AluOperation::Xor => "^=",
            AluOperation::Move => "=",
            AluOperation::ArithmeticShiftRight => "s>>=",
        }
    }
}

/// The condition of a conditional jump. Signed variants compare as two's complement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Condition {
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    SignedGreater,
    SignedGreaterOrEqual,
    SignedLess,
    SignedLessOrEqual,
    /// `dst & src != 0`.
    BitsSet,
}

impl Condition {
    fn encoding(self) -> u8 {
        match self {
            Condition::Equal => 0x10,
            Condition::Greater => 0x20,
            Condition::GreaterOrEqual => 0x30,
            Condition::BitsSet => 0x40,
            Condition::NotEqual => 0x50,
            Condition::SignedGreater => 0x60,
            Condition::SignedGreaterOrEqual => 0x70,
            Condition::Less => 0xa0,
            Condition::LessOrEqual => 0xb0,
            Condition::SignedLess => 0xc0,
            Condition::SignedLessOrEqual => 0xd0,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Condition::Equal => "==",
            Condition::NotEqual => "!=",
            Condition::Greater => ">",
            Condition::GreaterOrEqual => ">=",
            Condition::Less => "<",
            Condition::LessOrEqual => "<=",
            Condition::SignedGreater => "s>",
            Condition::SignedGreaterOrEqual => "s>=",
            Condition::SignedLess => "s<",
            Condition::SignedLessOrEqual => "s<=",
            Condition::BitsSet => "&",
        }
    }

    /// The condition that holds exactly when `self` does not.
    pub fn negate(self) -> Condition {
        match self {
            Condition::Equal => Condition::NotEqual,
            Condition::NotEqual => Condition::Equal,
            Condition::Greater => Condition::LessOrEqual,
            Condition::GreaterOrEqual => Condition::Less,
            Condition::Less => Condition::GreaterOrEqual,
            Condition::LessOrEqual => Condition::Greater,
            Condition::SignedGreater => Condition::SignedLessOrEqual,
            Condition::SignedGreaterOrEqual => Condition::SignedLess,
            Condition::SignedLess => Condition::SignedGreaterOrEqual,
            Condition::SignedLessOrEqual => Condition::SignedGreater,
            // There is no "no bits set" jump; callers swap the targets instead.
            Condition::BitsSet => Condition::BitsSet,
        }
    }
}

/// The second operand of an ALU or jump instruction. `R` is the register type: a
/// [`Register`] in final code, a virtual location before register allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source<R = Register> {
    Register(R),
    Immediate(i32),
}

impl<R> Source<R> {
    pub fn register(&self) -> Option<&R> {
        match self {
            Source::Register(register) => Some(register),
            Source::Immediate(_) => None,
        }
    }

    pub fn map_register<S>(self, map: impl FnOnce(R) -> S) -> Source<S> {
        match self {
            Source::Register(register) => Source::Register(map(register)),
            Source::Immediate(value) => Source::Immediate(value),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Register(register) => write!(f, "{register}"),
            Source::Immediate(value) => write!(f, "{value}"),
        }
    }
}

/// What the second slot of an `ld_imm64` refers to, once libbpf has relocated it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// A plain 64-bit constant.
    Constant(i64),
    /// The map of this name (its fd after relocation).
    Map(String),
    /// The address of `.rodata` plus this offset.
    Rodata(i32),
    /// The address of the subprogram of this name (`BPF_PSEUDO_FUNC`), for callbacks.
    Function(String),
    /// The kernel variable of this name, a `__ksym` extern: libbpf makes the `ld_imm64` a
    /// `BPF_PSEUDO_BTF_ID` of the running kernel's variable.
    KernelVariable(String),
}

/// One BPF instruction. In final code `R` is [`Register`] and `J` an `i16` jump offset
/// counted in 8-byte slots from the next instruction, as the kernel counts them. Before
/// register allocation and layout, code generation uses the same shape with virtual
/// locations and block targets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Instruction<R = Register, J = i16> {
    /// 64-bit ALU: `destination op= source`.
    Alu64 {
        operation: AluOperation,
        destination: R,
        source: Source<R>,
    },
    /// 32-bit ALU; the upper half of the destination is zeroed.
    Alu32 {
        operation: AluOperation,
        destination: R,
        source: Source<R>,
    },
    /// `destination = -destination` (64-bit).
    Negate64 {
        destination: R,
    },
    /// Reverses the byte order of the low `bits` (16, 32 or 64) of `destination` and
    /// zeroes the rest (`BPF_END | BPF_TO_BE`: a swap on little-endian machines).
    ByteSwap {
        destination: R,
        bits: u8,
    },
    /// The two-slot `ld_imm64`.
    LoadImmediate64 {
        destination: R,
        value: Pseudo,
    },
    /// `destination = *(size *)(base + offset)`.
    Load {
        size: Size,
        destination: R,
        base: R,
        offset: i16,
    },
    /// `*(size *)(base + offset) = source`.
    Store {
        size: Size,
        base: R,
        offset: i16,
        source: Source<R>,
    },
    /// `lock *(size *)(base + offset) += source` (only word and double sizes).
    AtomicAdd {
        size: Size,
        base: R,
        offset: i16,
        source: R,
    },
    /// Unconditional jump.
    Jump {
        target: J,
    },
    /// `if left condition right goto +offset`.
    JumpIf {
        condition: Condition,
        left: R,
        right: Source<R>,
        target: J,
    },
    /// Call a kernel helper; arguments in r1-r5, result in r0, r1-r5 clobbered.
    Call {
        helper: Helper,
    },
    Exit,
}

const CLASS_LD: u8 = 0x00;
const CLASS_LDX: u8 = 0x01;
const CLASS_ST: u8 = 0x02;
const CLASS_STX: u8 = 0x03;
const CLASS_ALU: u8 = 0x04;
const CLASS_JMP: u8 = 0x05;
const CLASS_ALU64: u8 = 0x07;
const MODE_IMM: u8 = 0x00;
const MODE_MEM: u8 = 0x60;
const MODE_ATOMIC: u8 = 0xc0;
const SOURCE_K: u8 = 0x00;
const SOURCE_X: u8 = 0x08;
const OP_NEG: u8 = 0x80;
/// `BPF_END`; with the source bit set (`BPF_TO_BE`) it converts to big-endian.
const OP_END: u8 = 0xd0;
const OP_JA: u8 = 0x00;
const OP_CALL: u8 = 0x80;
const OP_EXIT: u8 = 0x90;
const ATOMIC_ADD: i32 = 0x00;
/// `src_reg` of an `ld_imm64` that loads a subprogram's address (`BPF_PSEUDO_FUNC`).
const PSEUDO_FUNC: u8 = 4;
/// `src_reg` of an `ld_imm64` that loads a map fd.
pub const PSEUDO_MAP_FD: u8 = 1;
/// `src_reg` of an `ld_imm64` that loads the address of a map value.
pub const PSEUDO_MAP_VALUE: u8 = 2;

fn slot(opcode: u8, destination: u8, source: u8, offset: i16, immediate: i32) -> [u8; 8] {
    let mut bytes = [0u8; 8];
    bytes[0] = opcode;
    bytes[1] = (destination & 0x0f) | (source << 4);
    bytes[2..4].copy_from_slice(&offset.to_le_bytes());
    bytes[4..8].copy_from_slice(&immediate.to_le_bytes());
    bytes
}

impl<R: Copy + From<Register>, J: Copy> Instruction<R, J> {
    /// Number of 8-byte slots the instruction takes.
    pub fn slots(&self) -> usize {
        match self {
            Instruction::LoadImmediate64 { .. } => 2,
            _ => 1,
        }
    }

    /// Registers the instruction reads.
    pub fn uses(&self) -> Vec<R> {
        let source = |source: &Source<R>| source.register().copied();
        match self {
            Instruction::Alu64 {
                operation: AluOperation::Move,
                source: s,
                ..
            }
            | Instruction::Alu32 {
                operation: AluOperation::Move,
                source: s,
                ..
            } => source(s).into_iter().collect(),
            Instruction::Alu64 {
                destination,
                source: s,
                ..
            }
            | Instruction::Alu32 {
                destination,
                source: s,
                ..
            } => std::iter::once(*destination).chain(source(s)).collect(),
            Instruction::Negate64 { destination } | Instruction::ByteSwap { destination, .. } => {
                vec![*destination]
            }
            Instruction::LoadImmediate64 { .. } | Instruction::Jump { .. } => vec![],
            Instruction::Load { base, .. } => vec![*base],
            Instruction::Store {
                base, source: s, ..
            } => std::iter::once(*base).chain(source(s)).collect(),
            Instruction::AtomicAdd { base, source, .. } => vec![*base, *source],
            Instruction::JumpIf { left, right, .. } => {
                std::iter::once(*left).chain(source(right)).collect()
            }
            Instruction::Call { helper } => Register::ARGUMENTS[..helper.argument_count()]
                .iter()
                .map(|register| R::from(*register))
                .collect(),
            Instruction::Exit => vec![R::from(Register::R0)],
        }
    }

    /// Registers the instruction writes. A call writes r0 and clobbers r1-r5.
    pub fn definitions(&self) -> Vec<R> {
        match self {
            Instruction::Alu64 { destination, .. }
            | Instruction::Alu32 { destination, .. }
            | Instruction::Negate64 { destination }
            | Instruction::ByteSwap { destination, .. }
            | Instruction::LoadImmediate64 { destination, .. }
            | Instruction::Load { destination, .. } => vec![*destination],
            Instruction::Call { .. } => std::iter::once(Register::R0)
                .chain(Register::ARGUMENTS)
                .map(R::from)
                .collect(),
            Instruction::Store { .. }
            | Instruction::AtomicAdd { .. }
            | Instruction::Jump { .. }
            | Instruction::JumpIf { .. }
            | Instruction::Exit => vec![],
        }
    }

    /// The same instruction with every register replaced through `map` and every jump
    /// target through `target`.
    pub fn map<S, K>(
        &self,
        mut map: impl FnMut(R) -> S,
        target: impl FnOnce(J) -> K,
    ) -> Instruction<S, K> {
        match self {
            Instruction::Alu64 {
                operation,
                destination,
                source,
            } => {
                let destination = map(*destination);
                Instruction::Alu64 {
                    operation: *operation,
                    destination,
                    source: source.map_register(map),
                }
            }
            Instruction::Alu32 {
                operation,
                destination,
                source,
            } => {
                let destination = map(*destination);
                Instruction::Alu32 {
                    operation: *operation,
                    destination,
                    source: source.map_register(map),
                }
            }
            Instruction::Negate64 { destination } => Instruction::Negate64 {
                destination: map(*destination),
            },
            Instruction::ByteSwap { destination, bits } => Instruction::ByteSwap {
                destination: map(*destination),
                bits: *bits,
            },
            Instruction::LoadImmediate64 { destination, value } => Instruction::LoadImmediate64 {
                destination: map(*destination),
                value: value.clone(),
            },
            Instruction::Load {
                size,
                destination,
                base,
                offset,
            } => {
                let destination = map(*destination);
                Instruction::Load {
                    size: *size,
                    destination,
                    base: map(*base),
                    offset: *offset,
                }
            }
            Instruction::Store {
                size,
                base,
                offset,
                source,
            } => {
                let base = map(*base);
                Instruction::Store {
                    size: *size,
                    base,
                    offset: *offset,
                    source: source.map_register(map),
                }
            }
            Instruction::AtomicAdd {
                size,
                base,
                offset,
                source,
            } => {
                let base = map(*base);
                Instruction::AtomicAdd {
                    size: *size,
                    base,
                    offset: *offset,
                    source: map(*source),
                }
            }
            Instruction::Jump { target: jump } => Instruction::Jump {
                target: target(*jump),
            },
            Instruction::JumpIf {
                condition,
                left,
                right,
                target: jump,
            } => {
                let left = map(*left);
                Instruction::JumpIf {
                    condition: *condition,
                    left,
                    right: right.map_register(map),
                    target: target(*jump),
                }
            }
            Instruction::Call { helper } => Instruction::Call { helper: *helper },
            Instruction::Exit => Instruction::Exit,
        }
    }
}

impl Instruction {
    /// Appends the encoded instruction to `out`. Map and `.rodata` references are encoded
    /// with a zero `src_reg` (and for maps, a zero `imm`): libbpf fills them in from the ELF
    /// relocation the object writer adds.
    pub fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Instruction::Alu64 {
                operation,
                destination,
                source,
            } => {
                let (bits, register, immediate) = source_fields(source);
                out.extend(slot(
                    CLASS_ALU64 | operation.encoding() | bits,
                    destination.0,
                    register,
                    0,
                    immediate,
                ));
            }
            Instruction::Alu32 {
                operation,
                destination,
                source,
            } => {
                let (bits, register, immediate) = source_fields(source);
                out.extend(slot(
                    CLASS_ALU | operation.encoding() | bits,
                    destination.0,
                    register,
                    0,
                    immediate,
                ));
            }
            Instruction::Negate64 { destination } => {
                out.extend(slot(CLASS_ALU64 | OP_NEG, destination.0, 0, 0, 0));
            }
            Instruction::ByteSwap { destination, bits } => {
                out.extend(slot(
                    CLASS_ALU | OP_END | SOURCE_X,
                    destination.0,
                    0,
                    0,
                    i32::from(*bits),
                ));
            }
            Instruction::LoadImmediate64 { destination, value } => {
                let full = match value {
                    Pseudo::Constant(value) => *value,
                    Pseudo::Map(_) | Pseudo::Function(_) | Pseudo::KernelVariable(_) => 0,
                    Pseudo::Rodata(offset) => i64::from(*offset),
                };
                // libbpf only resolves a subprogram address whose `src_reg` already says
                // BPF_PSEUDO_FUNC; the object writer puts the callee's offset in `imm`.
                let source = match value {
                    Pseudo::Function(_) => PSEUDO_FUNC,
                    _ => 0,
                };
                out.extend(slot(
                    CLASS_LD | MODE_IMM | Size::Double.encoding(),
                    destination.0,
                    source,
                    0,
                    full as i32,
                ));
                out.extend(slot(0, 0, 0, 0, (full >> 32) as i32));
            }
            Instruction::Load {
                size,
                destination,
                base,
                offset,
            } => {
                out.extend(slot(
                    CLASS_LDX | MODE_MEM | size.encoding(),
                    destination.0,
                    base.0,
                    *offset,
                    0,
                ));
            }
            Instruction::Store {
                size,
                base,
                offset,
                source,
            } => match source {
                Source::Register(register) => {
                    out.extend(slot(
                        CLASS_STX | MODE_MEM | size.encoding(),
                        base.0,
                        register.0,
                        *offset,
                        0,
                    ));
                }
                Source::Immediate(value) => {
                    out.extend(slot(
                        CLASS_ST | MODE_MEM | size.encoding(),
                        base.0,
                        0,
                        *offset,
                        *value,
                    ));
                }
            },
            Instruction::AtomicAdd {
                size,
                base,
                offset,
                source,
            } => {
                out.extend(slot(
                    CLASS_STX | MODE_ATOMIC | size.encoding(),
                    base.0,
                    source.0,
                    *offset,
                    ATOMIC_ADD,
                ));
            }
            Instruction::Jump { target } => out.extend(slot(CLASS_JMP | OP_JA, 0, 0, *target, 0)),
            Instruction::JumpIf {
                condition,
                left,
                right,
                target,
            } => {
                let (bits, register, immediate) = source_fields(right);
                out.extend(slot(
                    CLASS_JMP | condition.encoding() | bits,
                    left.0,
                    register,
                    *target,
                    immediate,
                ));
            }
            Instruction::Call { helper } => {
                out.extend(slot(CLASS_JMP | OP_CALL, 0, 0, 0, helper.id()));
            }
            Instruction::Exit => out.extend(slot(CLASS_JMP | OP_EXIT, 0, 0, 0, 0)),
        }
    }
}

fn source_fields(source: &Source) -> (u8, u8, i32) {
    match source {
        Source::Register(register) => (SOURCE_X, register.0, 0),
        Source::Immediate(value) => (SOURCE_K, 0, *value),
    }
}

fn memory(size: Size, base: Register, offset: i16) -> String {
    if offset < 0 {
        format!("*({} *)({base} - {})", size.c_name(), -i32::from(offset))
    } else {
        format!("*({} *)({base} + {offset})", size.c_name())
    }
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Instruction::Alu64 {
                operation,
                destination,
                source,
            } => {
                write!(f, "{destination} {} {source}", operation.symbol())
            }
            Instruction::Alu32 {
                operation,
                destination,
                source,
            } => {
                let source = match source {
                    Source::Register(register) => format!("w{}", register.0),
                    Source::Immediate(value) => value.to_string(),
                };
                write!(f, "w{} {} {source}", destination.0, operation.symbol())
            }
            Instruction::Negate64 { destination } => write!(f, "{destination} = -{destination}"),
            Instruction::ByteSwap { destination, bits } => {
                write!(f, "{destination} = be{bits} {destination}")
            }
            Instruction::LoadImmediate64 { destination, value } => match value {
                Pseudo::Constant(value) => write!(f, "{destination} = {value} ll"),
                Pseudo::Map(name) => write!(f, "{destination} = map[{name}] ll"),
                Pseudo::Rodata(offset) => write!(f, "{destination} = .rodata + {offset} ll"),
                Pseudo::Function(name) => write!(f, "{destination} = func[{name}] ll"),
                Pseudo::KernelVariable(name) => write!(f, "{destination} = ksym[{name}] ll"),
            },
            Instruction::Load {
                size,
                destination,
                base,
                offset,
            } => {
                write!(f, "{destination} = {}", memory(*size, *base, *offset))
            }
            Instruction::Store {
                size,
                base,
                offset,
                source,
            } => {
                write!(f, "{} = {source}", memory(*size, *base, *offset))
            }
            Instruction::AtomicAdd {
                size,
                base,
                offset,
                source,
            } => {
                write!(f, "lock {} += {source}", memory(*size, *base, *offset))
            }
            Instruction::Jump { target } => write!(f, "goto {target:+}"),
            Instruction::JumpIf {
                condition,
                left,
                right,
                target,
            } => {
                write!(
                    f,
                    "if {left} {} {right} goto {target:+}",
                    condition.symbol()
                )
            }
            Instruction::Call { helper } => write!(f, "call {}", helper.name()),
            Instruction::Exit => write!(f, "exit"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(instruction: Instruction) -> Vec<u8> {
        let mut out = Vec::new();
        instruction.encode(&mut out);
        out
    }

    // Expected bytes taken from the kernel's encoding tables (include/uapi/linux/bpf.h).
    #[test]
    fn encodings() {
        let mov = Instruction::Alu64 {
            operation: AluOperation::Move,
            destination: Register::R6,
            source: Source::Register(Register::R1),
        };
        assert_eq!(encoded(mov), [0xbf, 0x16, 0, 0, 0, 0, 0, 0]);
        let add = Instruction::Alu64 {
            operation: AluOperation::Add,
            destination: Register::R2,
            source: Source::Immediate(-8),
        };
        assert_eq!(encoded(add), [0x07, 0x02, 0, 0, 0xf8, 0xff, 0xff, 0xff]);
        let load = Instruction::Load {
            size: Size::Double,
            destination: Register::R0,
            base: Register::FRAME_POINTER,
            offset: -8,
        };
        assert_eq!(encoded(load), [0x79, 0xa0, 0xf8, 0xff, 0, 0, 0, 0]);
        let store = Instruction::Store {
            size: Size::Word,
            base: Register::FRAME_POINTER,
            offset: -4,
            source: Source::Immediate(0),
        };
        assert_eq!(encoded(store), [0x62, 0x0a, 0xfc, 0xff, 0, 0, 0, 0]);
        let branch = Instruction::JumpIf {
            condition: Condition::Equal,
            left: Register::R0,
            right: Source::Immediate(0),
            target: 3,
        };
        assert_eq!(encoded(branch), [0x15, 0x00, 3, 0, 0, 0, 0, 0]);
        assert_eq!(
            encoded(Instruction::Call {
                helper: Helper::MapLookupElement
            }),
            [0x85, 0, 0, 0, 1, 0, 0, 0]
        );
        assert_eq!(encoded(Instruction::Exit), [0x95, 0, 0, 0, 0, 0, 0, 0]);
        let wide = Instruction::LoadImmediate64 {
            destination: Register::R1,
            value: Pseudo::Constant(0x1_0000_0002),
        };
        assert_eq!(
            encoded(wide),
            [0x18, 0x01, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]
        );
        let atomic = Instruction::AtomicAdd {
            size: Size::Double,
            base: Register::R0,
            offset: 0,
            source: Register::R1,
        };
        assert_eq!(encoded(atomic), [0xdb, 0x10, 0, 0, 0, 0, 0, 0]);
        let swap = Instruction::ByteSwap {
            destination: Register::R1,
            bits: 16,
        };
        assert_eq!(encoded(swap), [0xdc, 0x01, 0, 0, 16, 0, 0, 0]);
    }

    #[test]
    fn assembly_text() {
        let store = Instruction::Store {
            size: Size::Double,
            base: Register::FRAME_POINTER,
            offset: -16,
            source: Source::Register(Register::R1),
        };
        assert_eq!(store.to_string(), "*(u64 *)(r10 - 16) = r1");
        let branch = Instruction::JumpIf {
            condition: Condition::SignedLess,
            left: Register::R1,
            right: Source::Immediate(5),
            target: -2,
        };
        assert_eq!(branch.to_string(), "if r1 s< 5 goto -2");
    }
}
