//! Code generation: from one IR [`Function`] to the final BPF instructions of a program.
//!
//! In: an `ir::Function` (virtual registers, stack slots, blocks). Out: a
//! [`CompiledProgram`]: BPF instructions with physical registers and jump offsets, the
//! `ld_imm64` slots that need ELF relocations, and line information. Three passes, each in
//! its own module: [`select`] picks BPF instructions (still over virtual registers, with
//! helper arguments pinned to r1-r5), [`regalloc`] assigns physical registers with a
//! verifier-aware linear scan (values that live across a helper call go to r6-r9 or to
//! 8-byte aligned stack slots), and [`layout`] orders blocks, resolves jumps and encodes.

pub mod layout;
pub mod regalloc;
pub mod select;

use std::fmt;

use crate::bpf::{self, Register};
use crate::ir::{BlockId, Function, SourcePosition, VirtualRegister};

/// The BPF stack limit per program.
pub const STACK_LIMIT: u32 = 512;

/// A register before allocation: either virtual, or pinned to a physical register (helper
/// arguments, the helper result, the context at entry, the return value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    Virtual(VirtualRegister),
    Physical(Register),
}

impl From<Register> for Location {
    fn from(register: Register) -> Location {
        Location::Physical(register)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Virtual(register) => write!(f, "{register}"),
            Location::Physical(register) => write!(f, "{register}"),
        }
    }
}

/// A BPF instruction over locations, jumping to blocks.
pub type MachineInstruction = bpf::Instruction<Location, BlockId>;

/// What travels with each machine instruction: where in the script it comes from, and
/// the CO-RE relocation of its immediate, if it has one (an index into
/// [`Function::core_accesses`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Note {
    pub position: SourcePosition,
    pub relocation: Option<usize>,
}

impl Note {
    /// The same position without the relocation: for spill code and other instructions
    /// added around an instruction.
    pub fn without_relocation(self) -> Note {
        Note {
            relocation: None,
            ..self
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MachineBlock {
    pub instructions: Vec<(MachineInstruction, Note)>,
}

/// A function after instruction selection.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineFunction {
    pub name: String,
    pub blocks: Vec<MachineBlock>,
    /// How many virtual registers exist (selection and spilling add some).
    pub register_count: u32,
    /// Bytes of the frame used by the IR's stack slots; spill slots go below them.
    pub frame_size: u32,
}

impl MachineFunction {
    pub fn new_register(&mut self) -> VirtualRegister {
        self.register_count += 1;
        VirtualRegister(self.register_count - 1)
    }
}

/// The finished code of one program.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledProgram {
    pub name: String,
    pub section: String,
    pub instructions: Vec<bpf::Instruction>,
    /// Source position of each instruction (parallel to `instructions`).
    pub positions: Vec<SourcePosition>,
    /// Instructions whose immediate is a relocated field offset: (instruction index,
    /// index into `core_accesses`).
    pub relocations: Vec<(usize, usize)>,
    pub core_accesses: Vec<crate::ir::CoreAccess>,
    /// Bytes of stack the program uses.
    pub stack_size: u32,
}

impl CompiledProgram {
    /// The encoded program, 8 bytes per slot.
    pub fn code(&self) -> Vec<u8> {
        let mut code = Vec::with_capacity(self.instructions.len() * 8);
        for instruction in &self.instructions {
            instruction.encode(&mut code);
        }
        code
    }

    /// Each instruction with the slot it starts at.
    pub fn slots(&self) -> impl Iterator<Item = (usize, &bpf::Instruction)> {
        self.instructions.iter().scan(0, |slot, instruction| {
            let start = *slot;
            *slot += instruction.slots();
            Some((start, instruction))
        })
    }

    /// The assembly listing that `--emit asm` prints and the snapshot tests hold.
    pub fn listing(&self, source: &str) -> String {
        let lines: Vec<&str> = source.lines().collect();
        let mut out = format!(
            "{} ({}), stack {} bytes:\n",
            self.name, self.section, self.stack_size
        );
        let mut last_line = 0;
        for (index, ((slot, instruction), position)) in
            self.slots().zip(&self.positions).enumerate()
        {
            if position.line != 0 && position.line != last_line {
                last_line = position.line;
                let text = lines
                    .get(position.line as usize - 1)
                    .map_or("", |line| line.trim());
                out.push_str(&format!("; {}: {}\n", position.line, text));
            }
            out.push_str(&format!("{slot:>5}: {instruction}"));
            // The CO-RE relocation of this instruction's immediate, as libbpf logs it: the
            // root type's BTF id on the build host and the access string.
            if let Some((_, access)) = self.relocations.iter().find(|(at, _)| *at == index) {
                let access = &self.core_accesses[*access];
                let kind = match access.kind {
                    crate::ir::CoreKind::FieldByteOffset => "field offset",
                    crate::ir::CoreKind::FieldByteSize => "field size",
                    crate::ir::CoreKind::FieldLeftShift => "field lshift",
                    crate::ir::CoreKind::FieldRightShift => "field rshift",
                    crate::ir::CoreKind::EnumValue => "enum value",
                };
                out.push_str(&format!(
                    "  ; CO-RE {kind} [{}] {}",
                    access.root,
                    crate::core_types::access_string(access)
                ));
            }
            out.push('\n');
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodegenError {
    /// The program needs more than the 512 bytes of stack BPF allows.
    StackTooLarge { program: String, bytes: u32 },
    /// A jump is further than a 16-bit offset reaches.
    JumpTooFar { program: String },
    /// Register allocation did not converge (a bug, reported rather than hidden).
    RegisterAllocation { program: String, detail: String },
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::StackTooLarge { program, bytes } => write!(
                f,
                "program {program} needs {bytes} bytes of stack, more than the {STACK_LIMIT} bytes BPF allows"
            ),
            CodegenError::JumpTooFar { program } => {
                write!(
                    f,
                    "program {program} is too long: a jump does not fit in 16 bits"
                )
            }
            CodegenError::RegisterAllocation { program, detail } => {
                write!(
                    f,
                    "internal error: register allocation failed for {program}: {detail}"
                )
            }
        }
    }
}

impl std::error::Error for CodegenError {}

/// Runs selection, register allocation and layout on one function.
pub fn compile(function: &Function) -> Result<CompiledProgram, CodegenError> {
    let selected = select::select(function);
    let allocated = regalloc::allocate(selected)?;
    let mut program = layout::layout(&allocated, &function.section)?;
    program.core_accesses = function.core_accesses.clone();
    Ok(program)
}
