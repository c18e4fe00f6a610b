//! Instruction selection: IR instructions to BPF instructions over virtual locations.
//!
//! In: an `ir::Function`. Out: a [`MachineFunction`] with the same blocks, where each IR
//! instruction became one or a few BPF instructions: three-address operations become a
//! move and a two-address operation, stack slots become fixed offsets from r10, helper
//! calls become moves into r1-r5, the call, and a move out of r0, and every branch keeps
//! its compare fused with the jump (the verifier learns bounds only from a compare-and-jump
//! on the register itself). Registers stay virtual; [`super::regalloc`] assigns them.

use crate::bpf::{AluOperation, Instruction, Pseudo, Register, Size, Source};
use crate::ir::{
    self, Address, BinaryOperation, Function, Operand, SourcePosition, Terminator, VirtualRegister,
};

use super::{Location, MachineBlock, MachineFunction, MachineInstruction, Note};

pub fn select(function: &Function) -> MachineFunction {
    let mut offsets = Vec::with_capacity(function.slots.len());
    let mut frame_size = 0u32;
    for slot in &function.slots {
        frame_size += slot.size;
        offsets.push(frame_size);
    }
    let mut selector = Selector {
        machine: MachineFunction {
            name: function.name.clone(),
            blocks: Vec::new(),
            register_count: function.registers.len() as u32,
            frame_size,
        },
        slot_ends: offsets,
        out: Vec::new(),
        position: SourcePosition::default(),
    };
    for (index, block) in function.blocks.iter().enumerate() {
        if index == 0 {
            selector.position = block
                .instructions
                .first()
                .map_or(block.terminator.1, |(_, position)| *position);
            selector.emit(Instruction::Alu64 {
                operation: AluOperation::Move,
                destination: Location::Virtual(function.context),
                source: Source::Register(Location::Physical(Register::R1)),
            });
            for (parameter, register) in function.parameters.iter().zip(&Register::ARGUMENTS[1..]) {
                selector.copy(
                    Location::Virtual(*parameter),
                    Source::Register(Location::Physical(*register)),
                );
            }
        }
        for (instruction, position) in &block.instructions {
            selector.position = *position;
            selector.instruction(instruction);
        }
        selector.position = block.terminator.1;
        selector.terminator(&block.terminator.0);
        let instructions = std::mem::take(&mut selector.out);
        selector.machine.blocks.push(MachineBlock { instructions });
    }
    selector.machine
}

struct Selector {
    machine: MachineFunction,
    /// For each IR stack slot, the distance from r10 to its start (slot `i` spans
    /// `r10 - slot_ends[i]` up to `r10 - slot_ends[i] + size`).
    slot_ends: Vec<u32>,
    out: Vec<(MachineInstruction, Note)>,
    position: SourcePosition,
}

fn virtual_location(register: VirtualRegister) -> Location {
    Location::Virtual(register)
}

fn source(operand: Operand) -> Source<Location> {
    match operand {
        Operand::Register(register) => Source::Register(Location::Virtual(register)),
        Operand::Immediate(value) => Source::Immediate(value),
    }
}

fn alu(operation: BinaryOperation) -> AluOperation {
    match operation {
        BinaryOperation::Add => AluOperation::Add,
        BinaryOperation::Subtract => AluOperation::Subtract,
        BinaryOperation::Multiply => AluOperation::Multiply,
        BinaryOperation::Divide => AluOperation::Divide,
        BinaryOperation::Modulo => AluOperation::Modulo,
        BinaryOperation::And => AluOperation::And,
        BinaryOperation::Or => AluOperation::Or,
        BinaryOperation::Xor => AluOperation::Xor,
        BinaryOperation::ShiftLeft => AluOperation::ShiftLeft,
        BinaryOperation::ShiftRight => AluOperation::ShiftRight,
        BinaryOperation::ArithmeticShiftRight => AluOperation::ArithmeticShiftRight,
    }
}

impl Selector {
    fn emit(&mut self, instruction: MachineInstruction) {
        self.out.push((
            instruction,
            Note {
                position: self.position,
                relocation: None,
            },
        ));
    }

    fn copy(&mut self, destination: Location, source: Source<Location>) {
        self.emit(Instruction::Alu64 {
            operation: AluOperation::Move,
            destination,
            source,
        });
    }

    fn address(&self, address: Address) -> (Location, i16) {
        match address {
            Address::Register { base, offset } => (Location::Virtual(base), offset),
            Address::Stack { slot, offset } => {
                let from_frame = i64::from(offset) - i64::from(self.slot_ends[slot.0 as usize]);
                // Slots never exceed the 512-byte frame, so the offset always fits.
                (
                    Location::Physical(Register::FRAME_POINTER),
                    from_frame as i16,
                )
            }
        }
    }

    fn instruction(&mut self, instruction: &ir::Instruction) {
        match instruction {
            ir::Instruction::Copy {
                destination,
                source: operand,
            } => {
                self.copy(virtual_location(*destination), source(*operand));
            }
            ir::Instruction::Constant { destination, value } => {
                self.emit(Instruction::LoadImmediate64 {
                    destination: virtual_location(*destination),
                    value: Pseudo::Constant(*value),
                });
            }
            ir::Instruction::Binary {
                operation,
                destination,
                left,
                right,
            } => {
                self.binary(*operation, *destination, *left, *right);
            }
            ir::Instruction::Negate {
                destination,
                source,
            } => {
                let destination = virtual_location(*destination);
                self.copy(destination, Source::Register(virtual_location(*source)));
                self.emit(Instruction::Negate64 { destination });
            }
            ir::Instruction::Load {
                destination,
                address,
                size,
            } => {
                let (base, offset) = self.address(*address);
                self.emit(Instruction::Load {
                    size: *size,
                    destination: virtual_location(*destination),
                    base,
                    offset,
                });
            }
            ir::Instruction::Store {
                address,
                value,
                size,
            } => {
                let (base, offset) = self.address(*address);
                self.emit(Instruction::Store {
                    size: *size,
                    base,
                    offset,
                    source: source(*value),
                });
            }
            ir::Instruction::AtomicAdd {
                address,
                value,
                size,
            } => {
                let (base, offset) = self.address(*address);
                self.emit(Instruction::AtomicAdd {
                    size: *size,
                    base,
                    offset,
                    source: virtual_location(*value),
                });
            }
            ir::Instruction::StackAddress {
                destination,
                slot,
                offset,
            } => {
                let destination = virtual_location(*destination);
                let (_, from_frame) = self.address(Address::Stack {
                    slot: *slot,
                    offset: *offset,
                });
                self.copy(
                    destination,
                    Source::Register(Location::Physical(Register::FRAME_POINTER)),
                );
                self.emit(Instruction::Alu64 {
                    operation: AluOperation::Add,
                    destination,
                    source: Source::Immediate(i32::from(from_frame)),
                });
            }
            ir::Instruction::KernelVariableAddress { destination, name } => {
                self.emit(Instruction::LoadImmediate64 {
                    destination: virtual_location(*destination),
                    value: Pseudo::KernelVariable(name.clone()),
                });
            }
            ir::Instruction::MapReference { destination, map } => {
                self.emit(Instruction::LoadImmediate64 {
                    destination: virtual_location(*destination),
                    value: Pseudo::Map(map.clone()),
                });
            }
            ir::Instruction::FunctionAddress {
                destination,
                function,
            } => {
                self.emit(Instruction::LoadImmediate64 {
                    destination: virtual_location(*destination),
                    value: Pseudo::Function(function.clone()),
                });
            }
            ir::Instruction::RodataAddress {
                destination,
                offset,
            } => {
                self.emit(Instruction::LoadImmediate64 {
                    destination: virtual_location(*destination),
                    value: Pseudo::Rodata(*offset),
                });
            }
            ir::Instruction::ByteSwap {
                destination,
                source,
                bits,
            } => {
                let destination = virtual_location(*destination);
                self.copy(destination, Source::Register(virtual_location(*source)));
                self.emit(Instruction::ByteSwap {
                    destination,
                    bits: *bits,
                });
            }
            ir::Instruction::FieldAddress {
                destination,
                base,
                offset,
                access,
            } => {
                let destination = virtual_location(*destination);
                self.copy(destination, Source::Register(virtual_location(*base)));
                let add = Instruction::Alu64 {
                    operation: AluOperation::Add,
                    destination,
                    source: Source::Immediate(*offset),
                };
                self.out.push((
                    add,
                    Note {
                        position: self.position,
                        relocation: Some(*access),
                    },
                ));
            }
            ir::Instruction::RelocatedLoad {
                destination,
                base,
                offset,
                size,
                access,
            } => {
                let load = Instruction::Load {
                    size: *size,
                    destination: virtual_location(*destination),
                    base: virtual_location(*base),
                    offset: *offset,
                };
                self.out.push((
                    load,
                    Note {
                        position: self.position,
                        relocation: Some(*access),
                    },
                ));
            }
            ir::Instruction::RelocatedConstant {
                destination,
                value,
                access,
            } => {
                let set = Instruction::Alu64 {
                    operation: AluOperation::Move,
                    destination: virtual_location(*destination),
                    source: Source::Immediate(*value),
                };
                self.out.push((
                    set,
                    Note {
                        position: self.position,
                        relocation: Some(*access),
                    },
                ));
            }
            ir::Instruction::Call {
                helper,
                arguments,
                result,
            } => {
                for (argument, register) in arguments.iter().zip(Register::ARGUMENTS) {
                    self.copy(Location::Physical(register), source(*argument));
                }
                self.emit(Instruction::Call { helper: *helper });
                if let Some(result) = result {
                    self.copy(
                        virtual_location(*result),
                        Source::Register(Location::Physical(Register::R0)),
                    );
                }
            }
        }
    }

    /// `destination = left op right` as BPF's two-address `destination op= right`.
    fn binary(
        &mut self,
        operation: BinaryOperation,
        destination: VirtualRegister,
        left: VirtualRegister,
        right: Operand,
    ) {
        let operation = alu(operation);
        if right == Operand::Register(destination) && left != destination {
            // `d = l - d`: computing into `d` first would destroy the right operand.
            let temporary = Location::Virtual(self.machine.new_register());
            self.copy(temporary, Source::Register(virtual_location(left)));
            self.emit(Instruction::Alu64 {
                operation,
                destination: temporary,
                source: source(right),
            });
            self.copy(virtual_location(destination), Source::Register(temporary));
            return;
        }
        if left != destination {
            self.copy(
                virtual_location(destination),
                Source::Register(virtual_location(left)),
            );
        }
        self.emit(Instruction::Alu64 {
            operation,
            destination: virtual_location(destination),
            source: source(right),
        });
    }

    fn terminator(&mut self, terminator: &Terminator) {
        match terminator {
            Terminator::Jump(target) => self.emit(Instruction::Jump { target: *target }),
            Terminator::Branch {
                condition,
                left,
                right,
                taken,
                not_taken,
            } => {
                self.emit(Instruction::JumpIf {
                    condition: *condition,
                    left: virtual_location(*left),
                    right: source(*right),
                    target: *taken,
                });
                self.emit(Instruction::Jump { target: *not_taken });
            }
            Terminator::Return => {
                self.copy(Location::Physical(Register::R0), Source::Immediate(0));
                self.emit(Instruction::Exit);
            }
            Terminator::ReturnValue(value) => {
                self.copy(Location::Physical(Register::R0), Source::Immediate(*value));
                self.emit(Instruction::Exit);
            }
        }
    }
}

/// The size of a spill slot access.
pub const SPILL_SIZE: Size = Size::Double;
