//! btc's intermediate representation: one [`Function`] per BPF program, made of basic
//! blocks of three-address instructions over virtual registers.
//!
//! In: built by `lower` from the type-checked script. Out: read by `codegen`, which selects
//! BPF instructions and allocates registers. The IR is deliberately close to BPF (64-bit
//! registers, helper calls, explicit memory) but keeps what the verifier cares about and
//! BPF instructions lose: every virtual register has a [`ValueKind`] (scalar of some width,
//! context pointer, map value that may be null, ...), memory is addressed through stack
//! slots or pointer registers, and conditions stay fused with their branches, so that no
//! later pass needs to rediscover a null check or a bound. Virtual registers are not SSA: a
//! script variable is one register assigned in several places.

use std::fmt;

use crate::bpf::{Condition, Helper, Size};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VirtualRegister(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A region of the program's stack frame, at a fixed offset below the frame pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StackSlot(pub u32);

/// What the verifier knows a register holds. Code generation uses it to keep pointer
/// arithmetic 64-bit and to refuse arithmetic on a pointer that may be null.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Scalar,
    /// The program's context (`r1` at entry): tracepoint record, `pt_regs`, ...
    Context,
    /// A map, as loaded by `ld_imm64` for helper calls.
    Map,
    /// The result of `bpf_map_lookup_elem` before its null check.
    MapValueOrNull,
    /// A pointer into a map value (after the null check), or into `.rodata`.
    MapValue,
    /// A pointer into the stack frame.
    Stack,
    /// A map callback's key pointer (read-only).
    MapKey,
}

/// The source position an instruction comes from, for line_info and diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourcePosition {
    /// 1-based; 0 means "no position".
    pub line: u32,
    pub column: u32,
}

/// A register or a 32-bit immediate (the BPF immediate field is 32 bits, sign-extended).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    Register(VirtualRegister),
    Immediate(i32),
}

/// Where a load or store goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    /// `base + offset`, where `base` holds a pointer.
    Register { base: VirtualRegister, offset: i16 },
    /// A byte offset inside a stack slot.
    Stack { slot: StackSlot, offset: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOperation {
    Add,
    Subtract,
    Multiply,
    /// Unsigned division; division by zero gives 0 in BPF.
    Divide,
    /// Unsigned remainder; by zero leaves the dividend.
    Modulo,
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRight,
    ArithmeticShiftRight,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Instruction {
    /// `destination = source`.
    Copy {
        destination: VirtualRegister,
        source: Operand,
    },
    /// A constant that does not fit in 32 bits.
    Constant {
        destination: VirtualRegister,
        value: i64,
    },
    /// `destination = left operation right` (64-bit).
    Binary {
        operation: BinaryOperation,
        destination: VirtualRegister,
        left: VirtualRegister,
        right: Operand,
    },
    /// `destination = -source`.
    Negate {
        destination: VirtualRegister,
        source: VirtualRegister,
    },
    /// `destination = *(size *)address`, zero-extended.
    Load {
        destination: VirtualRegister,
        address: Address,
        size: Size,
    },
    /// `*(size *)address = value`.
    Store {
        address: Address,
        value: Operand,
        size: Size,
    },
    /// `*(size *)address += value`, atomically (for maps shared between CPUs).
    AtomicAdd {
        address: Address,
        value: VirtualRegister,
        size: Size,
    },
    /// `destination = address of the slot + offset`.
    StackAddress {
        destination: VirtualRegister,
        slot: StackSlot,
        offset: u32,
    },
    /// `destination = the address of the subprogram named` (a callback for a helper).
    FunctionAddress {
        destination: VirtualRegister,
        function: String,
    },
    /// `destination = the map named` (for helper arguments).
    /// `destination = the kernel variable `name``, a typed `__ksym` extern that libbpf
    /// resolves against the running kernel's BTF (for `bpf_per_cpu_ptr`).
    KernelVariableAddress {
        destination: VirtualRegister,
        name: String,
    },
    MapReference {
        destination: VirtualRegister,
        map: String,
    },
    /// `destination = source` with the byte order of its low `bits` reversed.
    ByteSwap {
        destination: VirtualRegister,
        source: VirtualRegister,
        bits: u8,
    },
    /// `destination = address of .rodata + offset`.
    RodataAddress {
        destination: VirtualRegister,
        offset: i32,
    },
    /// `destination = base + offset`, where `offset` is a kernel struct field's offset on the
    /// build host and carries a CO-RE relocation ([`Function::core_accesses`]`[access]`) so
    /// that libbpf rewrites it for the kernel the program loads on.
    FieldAddress {
        destination: VirtualRegister,
        base: VirtualRegister,
        offset: i32,
        access: usize,
    },
    /// `destination = value`, where `value` is the build host's value of a field property
    /// (a bitfield's byte size or shift) and carries a CO-RE relocation like
    /// [`Instruction::FieldAddress`].
    RelocatedConstant {
        destination: VirtualRegister,
        value: i32,
        access: usize,
    },
    /// `destination = *(size *)(base + offset)`, where `offset` is a field's offset on the
    /// build host and carries a CO-RE relocation (libbpf patches the load's `off`).
    RelocatedLoad {
        destination: VirtualRegister,
        base: VirtualRegister,
        offset: i16,
        size: Size,
        access: usize,
    },
    /// Call a helper with up to five arguments.
    Call {
        helper: Helper,
        arguments: Vec<Operand>,
        result: Option<VirtualRegister>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Terminator {
    Jump(BlockId),
    /// `if left condition right { taken } else { not_taken }`.
    Branch {
        condition: Condition,
        left: VirtualRegister,
        right: Operand,
        taken: BlockId,
        not_taken: BlockId,
    },
    /// Leave the program with return value 0.
    Return,
    /// Leave the function with this return value (a callback's 1 stops the iteration).
    ReturnValue(i32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub instructions: Vec<(Instruction, SourcePosition)>,
    pub terminator: (Terminator, SourcePosition),
}

#[derive(Debug, Clone, PartialEq)]
pub struct StackSlotInfo {
    /// Bytes, a multiple of 8.
    pub size: u32,
}

/// A field access that libbpf relocates: the path of member indexes from a kernel struct
/// (vmlinux BTF ids), as in a CO-RE access string `0:path...`, and what about the field
/// the relocated immediate holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CoreAccess {
    pub root: u32,
    pub path: Vec<u32>,
    pub kind: CoreKind,
}

impl CoreAccess {
    /// The byte offset of the field at `path` from `root`.
    pub fn field_offset(root: u32, path: Vec<u32>) -> CoreAccess {
        CoreAccess {
            root,
            path,
            kind: CoreKind::FieldByteOffset,
        }
    }

    /// The value of enumerator `index` of kernel enum `root`.
    pub fn enum_value(root: u32, index: u32) -> CoreAccess {
        CoreAccess {
            root,
            path: vec![index],
            kind: CoreKind::EnumValue,
        }
    }

    /// The same field, another relocated property of it.
    pub fn with_kind(&self, kind: CoreKind) -> CoreAccess {
        CoreAccess {
            kind,
            ..self.clone()
        }
    }
}

/// The field properties btc has libbpf relocate (`enum bpf_core_relo_kind`). A bitfield is
/// read as clang's `BPF_CORE_READ_BITFIELD_PROBED` does: `FieldByteSize` bytes at
/// `FieldByteOffset`, shifted left by `FieldLeftShift` then right by `FieldRightShift`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoreKind {
    FieldByteOffset,
    FieldByteSize,
    FieldLeftShift,
    FieldRightShift,
    /// The value of enumerator `path[0]` of the enum `root` (access string `N`).
    EnumValue,
}

/// One BPF program. Block 0 is the entry; the context pointer arrives in
/// [`Function::context`].
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub section: String,
    pub blocks: Vec<Block>,
    pub registers: Vec<ValueKind>,
    pub slots: Vec<StackSlotInfo>,
    pub context: VirtualRegister,
    /// For a subprogram, the registers that receive its arguments after the first (r2,
    /// r3, ...): a map callback's key, value and context pointers.
    pub parameters: Vec<VirtualRegister>,
    pub core_accesses: Vec<CoreAccess>,
}

impl Function {
    pub fn kind(&self, register: VirtualRegister) -> ValueKind {
        self.registers[register.0 as usize]
    }

    fn successors(terminator: &Terminator) -> Vec<BlockId> {
        match terminator {
            Terminator::Jump(target) => vec![*target],
            Terminator::Branch {
                taken, not_taken, ..
            } => vec![*taken, *not_taken],
            Terminator::Return | Terminator::ReturnValue(_) => Vec::new(),
        }
    }

    /// The layout passes, all verifier-safe since no instruction moves between blocks:
    /// jumps through empty blocks are threaded, then the blocks no path reaches (code
    /// after `return` or `exit()`, which the verifier rejects) are dropped, and the rest
    /// are ordered so that each branch falls through to its `not_taken` successor.
    pub fn simplify(&mut self) {
        self.thread_jumps();
        self.reorder_blocks();
    }

    /// Retargets every jump and branch that goes to an empty block ending in a jump.
    fn thread_jumps(&mut self) {
        let forward: Vec<Option<BlockId>> = self
            .blocks
            .iter()
            .map(|block| match block.terminator.0 {
                Terminator::Jump(target) if block.instructions.is_empty() => Some(target),
                _ => None,
            })
            .collect();
        let resolve = |mut block: BlockId| {
            // Bounded: a cycle of empty blocks is left as it is.
            for _ in 0..forward.len() {
                match forward[block.0 as usize] {
                    Some(next) if next != block => block = next,
                    _ => break,
                }
            }
            block
        };
        for block in &mut self.blocks {
            match &mut block.terminator.0 {
                Terminator::Jump(target) => *target = resolve(*target),
                Terminator::Branch {
                    taken, not_taken, ..
                } => {
                    *taken = resolve(*taken);
                    *not_taken = resolve(*not_taken);
                }
                Terminator::Return | Terminator::ReturnValue(_) => {}
            }
        }
    }

    /// Keeps the reachable blocks, in reverse postorder from the entry: every block comes
    /// after the blocks that jump to it (outside loops), so the code of an `if` and its
    /// join stay together and values die where their statement ends. Successors are visited
    /// `taken` first, which puts the `not_taken` successor right after its branch.
    fn reorder_blocks(&mut self) {
        let mut postorder = Vec::with_capacity(self.blocks.len());
        let mut visited = vec![false; self.blocks.len()];
        let mut stack: Vec<(BlockId, usize)> = vec![(BlockId(0), 0)];
        visited[0] = true;
        while let Some((block, next)) = stack.last_mut() {
            let successors = Self::successors(&self.blocks[block.0 as usize].terminator.0);
            match successors.get(*next) {
                Some(successor) => {
                    *next += 1;
                    if !std::mem::replace(&mut visited[successor.0 as usize], true) {
                        stack.push((*successor, 0));
                    }
                }
                None => {
                    postorder.push(*block);
                    stack.pop();
                }
            }
        }
        let order: Vec<BlockId> = postorder.into_iter().rev().collect();
        let mut renumbered = vec![BlockId(u32::MAX); self.blocks.len()];
        for (position, block) in order.iter().enumerate() {
            renumbered[block.0 as usize] = BlockId(position as u32);
        }
        let rename = |block: &mut BlockId| *block = renumbered[block.0 as usize];
        let mut old: Vec<Option<Block>> = std::mem::take(&mut self.blocks)
            .into_iter()
            .map(Some)
            .collect();
        for block_id in order {
            let mut block = old[block_id.0 as usize]
                .take()
                .expect("each block is visited once");
            match &mut block.terminator.0 {
                Terminator::Jump(target) => rename(target),
                Terminator::Branch {
                    taken, not_taken, ..
                } => {
                    rename(taken);
                    rename(not_taken);
                }
                Terminator::Return | Terminator::ReturnValue(_) => {}
            }
            self.blocks.push(block);
        }
    }
}

impl fmt::Display for VirtualRegister {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "block{}", self.0)
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Register(register) => write!(f, "{register}"),
            Operand::Immediate(value) => write!(f, "{value}"),
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Address::Register { base, offset } => write!(f, "[{base} + {offset}]"),
            Address::Stack { slot, offset } => write!(f, "[slot{} + {offset}]", slot.0),
        }
    }
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Instruction::Copy {
                destination,
                source,
            } => write!(f, "{destination} = {source}"),
            Instruction::Constant { destination, value } => write!(f, "{destination} = {value}"),
            Instruction::Binary {
                operation,
                destination,
                left,
                right,
            } => {
                write!(f, "{destination} = {operation:?} {left}, {right}")
            }
            Instruction::Negate {
                destination,
                source,
            } => write!(f, "{destination} = -{source}"),
            Instruction::Load {
                destination,
                address,
                size,
            } => {
                write!(f, "{destination} = load.{} {address}", size.bytes())
            }
            Instruction::Store {
                address,
                value,
                size,
            } => write!(f, "store.{} {address}, {value}", size.bytes()),
            Instruction::AtomicAdd {
                address,
                value,
                size,
            } => {
                write!(f, "atomic_add.{} {address}, {value}", size.bytes())
            }
            Instruction::StackAddress {
                destination,
                slot,
                offset,
            } => {
                write!(f, "{destination} = &slot{} + {offset}", slot.0)
            }
            Instruction::MapReference { destination, map } => {
                write!(f, "{destination} = map {map}")
            }
            Instruction::KernelVariableAddress { destination, name } => {
                write!(f, "{destination} = ksym {name}")
            }
            Instruction::FunctionAddress {
                destination,
                function,
            } => write!(f, "{destination} = func {function}"),
            Instruction::RodataAddress {
                destination,
                offset,
            } => write!(f, "{destination} = &.rodata + {offset}"),
            Instruction::ByteSwap {
                destination,
                source,
                bits,
            } => {
                write!(f, "{destination} = bswap{bits} {source}")
            }
            Instruction::FieldAddress {
                destination,
                base,
                offset,
                access,
            } => {
                write!(
                    f,
                    "{destination} = {base} + field {offset} (core access {access})"
                )
            }
            Instruction::RelocatedConstant {
                destination,
                value,
                access,
            } => write!(f, "{destination} = {value} (core access {access})"),
            Instruction::RelocatedLoad {
                destination,
                base,
                offset,
                size,
                access,
            } => write!(
                f,
                "{destination} = load.{} [{base} + field {offset}] (core access {access})",
                size.bytes()
            ),
            Instruction::Call {
                helper,
                arguments,
                result,
            } => {
                if let Some(result) = result {
                    write!(f, "{result} = ")?;
                }
                let arguments: Vec<String> = arguments.iter().map(ToString::to_string).collect();
                write!(f, "call {}({})", helper.name(), arguments.join(", "))
            }
        }
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "function {} section {}:", self.name, self.section)?;
        for (index, block) in self.blocks.iter().enumerate() {
            writeln!(f, "block{index}:")?;
            for (instruction, _) in &block.instructions {
                writeln!(f, "    {instruction}")?;
            }
            match &block.terminator.0 {
                Terminator::Jump(target) => writeln!(f, "    jump {target}")?,
                Terminator::Branch {
                    condition,
                    left,
                    right,
                    taken,
                    not_taken,
                } => writeln!(
                    f,
                    "    branch {left} {condition:?} {right} ? {taken} : {not_taken}"
                )?,
                Terminator::Return => writeln!(f, "    return")?,
                Terminator::ReturnValue(value) => writeln!(f, "    return {value}")?,
            }
        }
        Ok(())
    }
}

/// Builds a [`Function`] block by block. Lowering keeps one builder per program.
pub struct FunctionBuilder {
    function: Function,
    current: BlockId,
    position: SourcePosition,
}

impl FunctionBuilder {
    /// A function with an empty entry block; the context pointer is register 0.
    pub fn new(name: String, section: String) -> FunctionBuilder {
        let entry = Block {
            instructions: Vec::new(),
            terminator: (Terminator::Return, SourcePosition::default()),
        };
        let function = Function {
            name,
            section,
            blocks: vec![entry],
            registers: vec![ValueKind::Context],
            slots: Vec::new(),
            context: VirtualRegister(0),
            parameters: Vec::new(),
            core_accesses: Vec::new(),
        };
        FunctionBuilder {
            function,
            current: BlockId(0),
            position: SourcePosition::default(),
        }
    }

    pub fn context(&self) -> VirtualRegister {
        self.function.context
    }

    /// The function's symbol name.
    pub fn name(&self) -> &str {
        &self.function.name
    }

    pub fn set_position(&mut self, position: SourcePosition) {
        self.position = position;
    }

    pub fn position(&self) -> SourcePosition {
        self.position
    }

    pub fn new_register(&mut self, kind: ValueKind) -> VirtualRegister {
        self.function.registers.push(kind);
        VirtualRegister(self.function.registers.len() as u32 - 1)
    }

    /// A stack slot of at least `size` bytes, rounded up to 8.
    pub fn new_slot(&mut self, size: u32) -> StackSlot {
        self.function.slots.push(StackSlotInfo {
            size: size.div_ceil(8).max(1) * 8,
        });
        StackSlot(self.function.slots.len() as u32 - 1)
    }

    /// A new empty block; it is not the current block until [`Self::switch_to`].
    pub fn new_block(&mut self) -> BlockId {
        self.function.blocks.push(Block {
            instructions: Vec::new(),
            terminator: (Terminator::Return, SourcePosition::default()),
        });
        BlockId(self.function.blocks.len() as u32 - 1)
    }

    pub fn current_block(&self) -> BlockId {
        self.current
    }

    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
    }

    pub fn push(&mut self, instruction: Instruction) {
        let position = self.position;
        self.function.blocks[self.current.0 as usize]
            .instructions
            .push((instruction, position));
    }

    /// Ends the current block.
    pub fn terminate(&mut self, terminator: Terminator) {
        self.function.blocks[self.current.0 as usize].terminator = (terminator, self.position);
    }

    pub fn finish(self) -> Function {
        self.function
    }

    // Conveniences for the instructions lowering emits most.

    pub fn copy(&mut self, source: Operand, kind: ValueKind) -> VirtualRegister {
        let destination = self.new_register(kind);
        self.push(Instruction::Copy {
            destination,
            source,
        });
        destination
    }

    /// A register holding `value`, whatever its size.
    pub fn constant(&mut self, value: i64) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Scalar);
        match i32::try_from(value) {
            Ok(small) => self.push(Instruction::Copy {
                destination,
                source: Operand::Immediate(small),
            }),
            Err(_) => self.push(Instruction::Constant { destination, value }),
        }
        destination
    }

    pub fn binary(
        &mut self,
        operation: BinaryOperation,
        left: VirtualRegister,
        right: Operand,
    ) -> VirtualRegister {
        let kind = self.function.registers[left.0 as usize];
        let destination = self.new_register(kind);
        self.push(Instruction::Binary {
            operation,
            destination,
            left,
            right,
        });
        destination
    }

    pub fn load(&mut self, address: Address, size: Size) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::Load {
            destination,
            address,
            size,
        });
        destination
    }

    pub fn stack_address(&mut self, slot: StackSlot, offset: u32) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Stack);
        self.push(Instruction::StackAddress {
            destination,
            slot,
            offset,
        });
        destination
    }

    /// The index of `access` in [`Function::core_accesses`], added if new.
    fn core_access(&mut self, access: CoreAccess) -> usize {
        match self
            .function
            .core_accesses
            .iter()
            .position(|known| *known == access)
        {
            Some(index) => index,
            None => {
                self.function.core_accesses.push(access);
                self.function.core_accesses.len() - 1
            }
        }
    }

    /// `*(size *)(base + offset)` of a field, with the offset's CO-RE relocation.
    pub fn relocated_load(
        &mut self,
        base: VirtualRegister,
        offset: i16,
        size: Size,
        access: CoreAccess,
    ) -> VirtualRegister {
        let access = self.core_access(access);
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::RelocatedLoad {
            destination,
            base,
            offset,
            size,
            access,
        });
        destination
    }

    /// The build host's `value` of a field property, with its CO-RE relocation.
    pub fn relocated_constant(&mut self, value: i32, access: CoreAccess) -> VirtualRegister {
        let access = self.core_access(access);
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::RelocatedConstant {
            destination,
            value,
            access,
        });
        destination
    }

    /// `base + offset` of a kernel struct field, with its CO-RE relocation.
    pub fn field_address(
        &mut self,
        base: VirtualRegister,
        offset: i32,
        access: CoreAccess,
    ) -> VirtualRegister {
        let index = self.core_access(access);
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::FieldAddress {
            destination,
            base,
            offset,
            access: index,
        });
        destination
    }

    /// A pointer to the start of `.rodata`, whose fields the runtime fills in before loading.
    pub fn rodata_pointer(&mut self) -> VirtualRegister {
        let destination = self.new_register(ValueKind::MapValue);
        self.push(Instruction::RodataAddress {
            destination,
            offset: 0,
        });
        destination
    }

    /// A register receiving the next argument of a subprogram (r2, then r3, ...).
    pub fn parameter(&mut self, kind: ValueKind) -> VirtualRegister {
        let register = self.new_register(kind);
        self.function.parameters.push(register);
        register
    }

    pub fn function_address(&mut self, function: &str) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::FunctionAddress {
            destination,
            function: function.to_string(),
        });
        destination
    }

    /// The address of the kernel variable `name` (a `__ksym` extern).
    pub fn kernel_variable(&mut self, name: &str) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Scalar);
        self.push(Instruction::KernelVariableAddress {
            destination,
            name: name.to_string(),
        });
        destination
    }

    pub fn map_reference(&mut self, map: &str) -> VirtualRegister {
        let destination = self.new_register(ValueKind::Map);
        self.push(Instruction::MapReference {
            destination,
            map: map.to_string(),
        });
        destination
    }

    pub fn call(
        &mut self,
        helper: Helper,
        arguments: Vec<Operand>,
        result: ValueKind,
    ) -> VirtualRegister {
        let destination = self.new_register(result);
        self.push(Instruction::Call {
            helper,
            arguments,
            result: Some(destination),
        });
        destination
    }
}
