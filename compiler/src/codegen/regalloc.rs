//! Register allocation: a linear scan over live intervals, with the BPF calling convention
//! and the verifier's habits built in.
//!
//! In: a [`MachineFunction`] over virtual registers, where helper arguments, helper results,
//! the entry context and the return value are already pinned to physical registers. Out: the
//! same function with every location physical, plus spill code where needed.
//!
//! Each virtual register gets one interval, the hull of its definitions, uses and the block
//! boundaries where it is live (liveness is a backward dataflow over the blocks, so loops
//! are covered). Positions count uses at `2i` and definitions at `2i + 1`, so a register
//! that dies in an instruction can be reused for that instruction's result. A helper call
//! defines r0-r5, so any value live across a call can only get r6-r9: exactly the kernel's
//! calling convention. When no register is free the value is spilled everywhere: each use
//! reloads it from an 8-byte aligned stack slot into a fresh short-lived register and each
//! definition stores it back. 8-byte aligned spills are the only ones every verifier tracks
//! for pointers and bounded scalars (shared/reference/backends.md §5.6). No instruction is
//! moved, so no check is ever separated from the code it guards.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::bpf::{AluOperation, Instruction, Register, Source};
use crate::ir::VirtualRegister;

use super::select::SPILL_SIZE;
use super::{CodegenError, Location, MachineFunction, MachineInstruction};

/// Registers tried in order, after any copy hint.
const ALLOCATION_ORDER: [Register; 10] = [
    Register::R1,
    Register::R2,
    Register::R3,
    Register::R4,
    Register::R5,
    Register::R0,
    Register::R6,
    Register::R7,
    Register::R8,
    Register::R9,
];

/// Spilling adds registers that never need spilling again; each round spills one value,
/// so this bounds the work on any function while leaving ample room.
const MAX_ROUNDS: usize = 256;

pub fn allocate(mut function: MachineFunction) -> Result<MachineFunction, CodegenError> {
    let mut unspillable = HashSet::new();
    for _ in 0..MAX_ROUNDS {
        let analysis = Analysis::new(&function);
        match analysis.scan() {
            Ok(assignment) => return Ok(apply(function, &assignment)),
            Err(spilled) => {
                if unspillable.contains(&spilled) {
                    return Err(CodegenError::RegisterAllocation {
                        program: function.name.clone(),
                        detail: format!("no register left for the reload {spilled}"),
                    });
                }
                spill(&mut function, spilled, &mut unspillable);
            }
        }
    }
    Err(CodegenError::RegisterAllocation {
        program: function.name,
        detail: "too many spills".into(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Interval {
    start: u32,
    end: u32,
}

impl Interval {
    fn overlaps(self, other: Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    fn include(&mut self, position: u32) {
        self.start = self.start.min(position);
        self.end = self.end.max(position);
    }
}

struct Analysis {
    intervals: Vec<(VirtualRegister, Interval)>,
    /// Where each physical register holds a value that must not be overwritten.
    physical: HashMap<Register, Vec<Interval>>,
    /// Locations each virtual register is copied to or from: preferred registers.
    partners: HashMap<VirtualRegister, Vec<Location>>,
}

fn virtual_registers(locations: Vec<Location>) -> impl Iterator<Item = VirtualRegister> {
    locations.into_iter().filter_map(|location| match location {
        Location::Virtual(register) => Some(register),
        Location::Physical(_) => None,
    })
}

impl Analysis {
    fn new(function: &MachineFunction) -> Analysis {
        // Global instruction numbering and block extents.
        let mut block_ranges = Vec::with_capacity(function.blocks.len());
        let mut index = 0u32;
        for block in &function.blocks {
            let first = index;
            index += block.instructions.len() as u32;
            block_ranges.push((first, index.saturating_sub(1).max(first)));
        }

        let successors: Vec<Vec<usize>> = function
            .blocks
            .iter()
            .map(|block| {
                block
                    .instructions
                    .iter()
                    .filter_map(|(instruction, _)| match instruction {
                        Instruction::Jump { target } | Instruction::JumpIf { target, .. } => {
                            Some(target.0 as usize)
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect();

        // Upward-exposed uses and definitions of each block.
        let mut exposed = vec![BTreeSet::new(); function.blocks.len()];
        let mut defined = vec![BTreeSet::new(); function.blocks.len()];
        for (block_index, block) in function.blocks.iter().enumerate() {
            for (instruction, _) in &block.instructions {
                for used in virtual_registers(instruction.uses()) {
                    if !defined[block_index].contains(&used) {
                        exposed[block_index].insert(used);
                    }
                }
                defined[block_index].extend(virtual_registers(instruction.definitions()));
            }
        }

        let mut live_in: Vec<BTreeSet<VirtualRegister>> = exposed.clone();
        let mut live_out: Vec<BTreeSet<VirtualRegister>> =
            vec![BTreeSet::new(); function.blocks.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for block_index in (0..function.blocks.len()).rev() {
                let out: BTreeSet<VirtualRegister> = successors[block_index]
                    .iter()
                    .flat_map(|successor| live_in[*successor].iter().copied())
                    .collect();
                let mut incoming = exposed[block_index].clone();
                incoming.extend(
                    out.iter()
                        .filter(|register| !defined[block_index].contains(register)),
                );
                if out != live_out[block_index] || incoming != live_in[block_index] {
                    live_out[block_index] = out;
                    live_in[block_index] = incoming;
                    changed = true;
                }
            }
        }

        let mut intervals: HashMap<VirtualRegister, Interval> = HashMap::new();
        let mut touch = |register: VirtualRegister, position: u32| {
            intervals
                .entry(register)
                .and_modify(|interval| interval.include(position))
                .or_insert(Interval {
                    start: position,
                    end: position,
                });
        };
        let mut physical: HashMap<Register, Vec<Interval>> = HashMap::new();
        let mut partners: HashMap<VirtualRegister, Vec<Location>> = HashMap::new();
        let mut index = 0u32;
        for (block_index, block) in function.blocks.iter().enumerate() {
            let (first, last) = block_ranges[block_index];
            for register in &live_in[block_index] {
                touch(*register, 2 * first);
            }
            for register in &live_out[block_index] {
                touch(*register, 2 * last + 1);
            }
            // Physical registers: from each definition (or the block start) to each use.
            let mut open: HashMap<Register, u32> = HashMap::new();
            for (instruction, _) in &block.instructions {
                for used in instruction.uses() {
                    match used {
                        Location::Virtual(register) => touch(register, 2 * index),
                        Location::Physical(Register::FRAME_POINTER) => {}
                        Location::Physical(register) => {
                            let start = open.get(&register).copied().unwrap_or(2 * first);
                            physical.entry(register).or_default().push(Interval {
                                start,
                                end: 2 * index,
                            });
                        }
                    }
                }
                for definition in instruction.definitions() {
                    match definition {
                        Location::Virtual(register) => touch(register, 2 * index + 1),
                        Location::Physical(register) => {
                            let point = Interval {
                                start: 2 * index + 1,
                                end: 2 * index + 1,
                            };
                            physical.entry(register).or_default().push(point);
                            open.insert(register, 2 * index + 1);
                        }
                    }
                }
                if let Instruction::Alu64 {
                    operation: AluOperation::Move,
                    destination,
                    source: Source::Register(source),
                } = instruction
                {
                    for (this, other) in [(destination, source), (source, destination)] {
                        if let Location::Virtual(register) = this {
                            partners.entry(*register).or_default().push(*other);
                        }
                    }
                }
                index += 1;
            }
        }

        let mut intervals: Vec<(VirtualRegister, Interval)> = intervals.into_iter().collect();
        intervals.sort_by_key(|(register, interval)| (interval.start, *register));
        Analysis {
            intervals,
            physical,
            partners,
        }
    }

    /// Assigns a register to every interval, or names the virtual register to spill.
    fn scan(&self) -> Result<HashMap<VirtualRegister, Register>, VirtualRegister> {
        let mut assignment: HashMap<VirtualRegister, Register> = HashMap::new();
        let mut occupied: HashMap<Register, Vec<Interval>> = HashMap::new();
        for (register, interval) in &self.intervals {
            let hinted = self
                .partners
                .get(register)
                .into_iter()
                .flatten()
                .filter_map(|partner| match partner {
                    Location::Physical(physical) => Some(*physical),
                    Location::Virtual(other) => assignment.get(other).copied(),
                });
            let free = |candidate: &Register| {
                *candidate != Register::FRAME_POINTER
                    && !self
                        .physical
                        .get(candidate)
                        .into_iter()
                        .flatten()
                        .any(|range| range.overlaps(*interval))
                    && !occupied
                        .get(candidate)
                        .into_iter()
                        .flatten()
                        .any(|range| range.overlaps(*interval))
            };
            let chosen = hinted.chain(ALLOCATION_ORDER).find(free).ok_or(*register)?;
            assignment.insert(*register, chosen);
            occupied.entry(chosen).or_default().push(*interval);
        }
        Ok(assignment)
    }
}

/// Rewrites `spilled` into short-lived registers around a new 8-byte stack slot.
fn spill(
    function: &mut MachineFunction,
    spilled: VirtualRegister,
    unspillable: &mut HashSet<VirtualRegister>,
) {
    function.frame_size += SPILL_SIZE.bytes();
    let offset = -(function.frame_size as i16);
    let frame = Location::Physical(Register::FRAME_POINTER);
    let mut blocks = std::mem::take(&mut function.blocks);
    for block in &mut blocks {
        let mut rewritten = Vec::with_capacity(block.instructions.len());
        for (instruction, note) in block.instructions.drain(..) {
            let target = Location::Virtual(spilled);
            let uses = instruction.uses().contains(&target);
            let defines = instruction.definitions().contains(&target);
            if !uses && !defines {
                rewritten.push((instruction, note));
                continue;
            }
            let temporary = function.new_register();
            unspillable.insert(temporary);
            let replacement = Location::Virtual(temporary);
            if uses {
                let reload = Instruction::Load {
                    size: SPILL_SIZE,
                    destination: replacement,
                    base: frame,
                    offset,
                };
                rewritten.push((reload, note.without_relocation()));
            }
            let renamed: MachineInstruction = instruction.map(
                |location| {
                    if location == target {
                        replacement
                    } else {
                        location
                    }
                },
                |block| block,
            );
            rewritten.push((renamed, note));
            if defines {
                let store = Instruction::Store {
                    size: SPILL_SIZE,
                    base: frame,
                    offset,
                    source: Source::Register(replacement),
                };
                rewritten.push((store, note.without_relocation()));
            }
        }
        block.instructions = rewritten;
    }
    function.blocks = blocks;
}

fn apply(
    mut function: MachineFunction,
    assignment: &HashMap<VirtualRegister, Register>,
) -> MachineFunction {
    for block in &mut function.blocks {
        let instructions = std::mem::take(&mut block.instructions);
        block.instructions = instructions
            .into_iter()
            .map(|(instruction, position)| {
                let physical = instruction.map(
                    |location| match location {
                        Location::Virtual(register) => Location::Physical(assignment[&register]),
                        physical => physical,
                    },
                    |block| block,
                );
                (physical, position)
            })
            .filter(|(instruction, _)| {
                !matches!(instruction, Instruction::Alu64 {
                    operation: AluOperation::Move,
                    destination,
                    source: Source::Register(source),
                } if destination == source)
            })
            .collect();
    }
    function
}
