//! Layout: blocks in order, jumps resolved to slot offsets.
//!
//! In: a [`MachineFunction`] whose locations are all physical. Out: a [`CompiledProgram`].
//! Blocks keep their IR order. A jump to the block that follows is dropped, and
//! `if c goto next; goto other` becomes `if !c goto other`. Offsets count 8-byte slots from
//! the next instruction (an `ld_imm64` is two slots).

use crate::bpf::{Condition, Instruction, Register};
use crate::ir::BlockId;

use super::{CodegenError, CompiledProgram, Location, MachineFunction, Note, STACK_LIMIT};

type Placed = Instruction<Register, BlockId>;

pub fn layout(function: &MachineFunction, section: &str) -> Result<CompiledProgram, CodegenError> {
    if function.frame_size > STACK_LIMIT {
        return Err(CodegenError::StackTooLarge {
            program: function.name.clone(),
            bytes: function.frame_size,
        });
    }
    let physical = |location: Location| match location {
        Location::Physical(register) => register,
        Location::Virtual(register) => unreachable!("{register} survived register allocation"),
    };
    let mut blocks: Vec<Vec<(Placed, Note)>> = function
        .blocks
        .iter()
        .map(|block| {
            block
                .instructions
                .iter()
                .map(|(instruction, position)| {
                    (instruction.map(physical, |target| target), *position)
                })
                .collect()
        })
        .collect();

    // Backwards, so that each block knows which block really comes next once the empty
    // blocks after it (whose only jump was dropped) are skipped.
    let mut next_non_empty = blocks.len();
    for index in (0..blocks.len()).rev() {
        simplify_block_end(&mut blocks[index], BlockId(next_non_empty as u32));
        if !blocks[index].is_empty() {
            next_non_empty = index;
        }
    }

    let mut block_starts = Vec::with_capacity(blocks.len());
    let mut slot = 0usize;
    for block in &blocks {
        block_starts.push(slot);
        slot += block
            .iter()
            .map(|(instruction, _)| instruction.slots())
            .sum::<usize>();
    }

    let mut instructions = Vec::new();
    let mut positions = Vec::new();
    let mut relocations = Vec::new();
    let mut slot = 0usize;
    for block in &blocks {
        for (instruction, note) in block {
            let next_slot = slot + instruction.slots();
            let mut too_far = false;
            let resolved = instruction.map(
                |register| register,
                |target| {
                    let distance = block_starts[target.0 as usize] as i64 - next_slot as i64;
                    i16::try_from(distance).unwrap_or_else(|_| {
                        too_far = true;
                        0
                    })
                },
            );
            if too_far {
                return Err(CodegenError::JumpTooFar {
                    program: function.name.clone(),
                });
            }
            if let Some(access) = note.relocation {
                relocations.push((instructions.len(), access));
            }
            instructions.push(resolved);
            positions.push(note.position);
            slot = next_slot;
        }
    }
    Ok(CompiledProgram {
        name: function.name.clone(),
        section: section.to_string(),
        instructions,
        positions,
        relocations,
        core_accesses: Vec::new(),
        stack_size: function.frame_size,
    })
}

/// Drops a final jump to `next` (the first block after this one with any code), and
/// inverts a conditional jump to `next` that is followed by a jump elsewhere.
fn simplify_block_end(block: &mut Vec<(Placed, Note)>, next: BlockId) {
    let Some((Instruction::Jump { target: other }, _)) = block.last() else {
        return;
    };
    let other = *other;
    if other == next {
        block.pop();
        return;
    }
    let length = block.len();
    if length < 2 {
        return;
    }
    if let (
        Instruction::JumpIf {
            condition,
            left,
            right,
            target,
        },
        position,
    ) = &block[length - 2]
        && *target == next
        && *condition != Condition::BitsSet
    {
        let inverted = Instruction::JumpIf {
            condition: condition.negate(),
            left: *left,
            right: *right,
            target: other,
        };
        let position = *position;
        block.truncate(length - 2);
        block.push((inverted, position));
    }
}
