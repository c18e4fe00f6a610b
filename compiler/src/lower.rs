//! Lowering: the typed program to one IR function per BPF program.
//!
//! In: a [`TypedProgram`]. Out: [`Lowered`]: the IR functions and the internal maps they
//! use. Conventions (shared/DESIGN.md, "Kernel side conventions"):
//! - every program first looks up its per-CPU `scratch` buffer; strings, printf records
//!   and string map keys are built there, never on the 512-byte stack, and records are
//!   built in place (a `str()` argument is read straight into its printf record);
//! - output goes through the `ringbuf` map with `bpf_ringbuf_output`; when it fails, the
//!   per-CPU `lost_events` counter is incremented so that the runtime can report it;
//! - conditions become compare-and-branch, never a 0/1 value tested later, and every map
//!   lookup is followed by its null check before the pointer is used;
//! - every integer variable starts at 0, so that no path reads an uninitialised register.

use std::collections::HashMap;

use btc_payload::{
    Attach, LOST_EVENTS_MAP, RINGBUF_MAP, RODATA_ARGUMENT_COUNT_OFFSET, RODATA_START_TIME_OFFSET,
    RODATA_TARGET_PID_OFFSET,
};

use crate::bpf::{Condition, Helper, Size};
use crate::ir::{
    Address, BinaryOperation, BlockId, Function, FunctionBuilder, Instruction, Operand,
    SourcePosition, StackSlot, Terminator, ValueKind, VirtualRegister,
};
use crate::object::{MapDefinition, MapKind};
use crate::semantic::typed::{
    AddressSpace, Aggregate, Arithmetic, Builtin, Comparison, Expr, ExprKind, MapId, MapValueType,
    ProgramBody, RecordArgument, Statement, Type, TypedProgram, VariableId,
};
use crate::syntax::ast::Span;

/// The per-CPU array holding each program's large temporaries.
pub const SCRATCH_MAP: &str = "scratch";
/// Size of the ring buffer: bpftrace's lower bound of 256 KiB would drop events under
/// bursts; 1 MiB is a compromise between loss and locked memory.
const RINGBUF_SIZE: u32 = 1 << 20;
/// `BPF_NOEXIST` for `bpf_map_update_elem`.
const UPDATE_NO_EXIST: i32 = 1;

/// What lowering produces: the programs, and every map they reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Lowered {
    pub functions: Vec<Function>,
    /// User maps first (in [`TypedProgram::maps`] order), then btc's internal maps.
    pub maps: Vec<MapDefinition>,
    /// Bytes of `.rodata`.
    pub rodata_size: u32,
}

/// Byte offsets of line starts, to turn spans into line and column numbers.
struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(
                source
                    .match_indices('\n')
                    .map(|(index, _)| index as u32 + 1),
            )
            .collect();
        LineIndex { starts }
    }

    fn position(&self, span: Span) -> SourcePosition {
        let line = self.starts.partition_point(|start| *start <= span.start);
        let column = span.start - self.starts[line.saturating_sub(1)] + 1;
        SourcePosition {
            line: line as u32,
            column,
        }
    }
}

pub fn lower(program: &TypedProgram, source: &str) -> Lowered {
    let lines = LineIndex::new(source);
    let mut scratch_size = 8u32;
    let mut functions = Vec::with_capacity(program.programs.len());
    for body in &program.programs {
        let (function, used) = FunctionLowering::lower(program, body, &lines);
        scratch_size = scratch_size.max(used);
        functions.push(function);
    }
    let mut maps: Vec<MapDefinition> = program
        .maps
        .iter()
        .map(|map| MapDefinition {
            name: map.bpf_name.clone(),
            kind: map.kind,
            key_size: map.key_size(),
            value_size: map.value_size(),
            max_entries: map.max_entries,
            flags: 0,
        })
        .collect();
    maps.push(MapDefinition {
        name: RINGBUF_MAP.into(),
        kind: MapKind::RingBuffer,
        key_size: 0,
        value_size: 0,
        max_entries: RINGBUF_SIZE,
        flags: 0,
    });
    maps.push(MapDefinition {
        name: LOST_EVENTS_MAP.into(),
        kind: MapKind::PerCpuArray,
        key_size: 4,
        value_size: 8,
        max_entries: 1,
        flags: 0,
    });
    maps.push(MapDefinition {
        name: SCRATCH_MAP.into(),
        kind: MapKind::PerCpuArray,
        key_size: 4,
        value_size: scratch_size.next_multiple_of(8),
        max_entries: 1,
        flags: 0,
    });
    Lowered {
        functions,
        maps,
        rodata_size: btc_payload::rodata_size(program.positional_parameters) as u32,
    }
}

/// A place in the scratch buffer.
#[derive(Debug, Clone, Copy)]
struct Place {
    offset: u32,
    size: u32,
}

struct FunctionLowering<'a> {
    program: &'a TypedProgram,
    lines: &'a LineIndex,
    builder: FunctionBuilder,
    /// Pointer to this CPU's scratch buffer (checked non-null at entry).
    scratch: VirtualRegister,
    scratch_used: u32,
    /// An 8-byte stack slot holding zero: the key of the per-CPU arrays.
    zero_key: StackSlot,
    /// Where each variable lives: a register for integers, scratch for strings.
    variables: HashMap<VariableId, VariableHome>,
    /// Blocks reached when a map update finds the map full, waiting to be joined.
    pending_skip: Vec<BlockId>,
    /// The enclosing loops, innermost last: where `continue` and `break` go.
    loops: Vec<LoopTargets>,
    /// Stack slots shared by every statement of the program. Each use writes the slot and
    /// hands it to one helper call right away, so uses never overlap.
    shared_slots: HashMap<SharedSlot, StackSlot>,
}

#[derive(Debug, Clone, Copy)]
struct LoopTargets {
    next_iteration: BlockId,
    exit: BlockId,
}

/// What a shared stack slot holds while it is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum SharedSlot {
    /// A zero map value (up to 16 bytes) to insert before an aggregation update.
    ZeroValue,
    /// An 8-byte map value for `bpf_map_update_elem`.
    Value,
    /// The array element pointer `join()` reads.
    Element,
}

const SHARED_SLOT_SIZE: u32 = 16;

#[derive(Debug, Clone, Copy)]
enum VariableHome {
    Register(VirtualRegister),
    /// Strings and addresses live in scratch.
    Memory(Place),
}

impl<'a> FunctionLowering<'a> {
    fn lower(
        program: &'a TypedProgram,
        body: &ProgramBody,
        lines: &'a LineIndex,
    ) -> (Function, u32) {
        let mut builder = FunctionBuilder::new(body.name.clone(), body.section.clone());
        builder.set_position(lines.position(body.probe_span));
        let exit_block = builder.new_block();
        // As in bpftrace, BEGIN, END and interval probes fire whatever process runs.
        if !matches!(
            body.attach,
            Attach::Begin | Attach::End | Attach::Interval { .. }
        ) {
            filter_target_process(&mut builder, exit_block);
        }
        let zero_key = builder.new_slot(8);
        builder.push(Instruction::Store {
            address: Address::Stack {
                slot: zero_key,
                offset: 0,
            },
            value: Operand::Immediate(0),
            size: Size::Double,
        });
        let map = builder.map_reference(SCRATCH_MAP);
        let key = builder.stack_address(zero_key, 0);
        let maybe = builder.call(
            Helper::MapLookupElement,
            vec![Operand::Register(map), Operand::Register(key)],
            ValueKind::MapValueOrNull,
        );
        let start = builder.new_block();
        builder.terminate(Terminator::Branch {
            condition: Condition::Equal,
            left: maybe,
            right: Operand::Immediate(0),
            taken: exit_block,
            not_taken: start,
        });
        builder.switch_to(exit_block);
        builder.terminate(Terminator::Return);
        builder.switch_to(start);
        let scratch = builder.copy(Operand::Register(maybe), ValueKind::MapValue);

        let mut lowering = FunctionLowering {
            program,
            lines,
            builder,
            scratch,
            scratch_used: 0,
            zero_key,
            variables: HashMap::new(),
            pending_skip: Vec::new(),
            loops: Vec::new(),
            shared_slots: HashMap::new(),
        };
        for (index, variable) in body.variables.iter().enumerate() {
            let home = match variable.ty {
                Type::String { .. } | Type::Inet => {
                    // An empty string, or an address of family 0: never read as garbage.
                    let size = memory_size(variable.ty);
                    let place = lowering.scratch_place(size);
                    let address = lowering.address(place.offset);
                    lowering.builder.push(Instruction::Store {
                        address,
                        value: Operand::Immediate(0),
                        size: if variable.ty == Type::Inet {
                            Size::Double
                        } else {
                            Size::Byte
                        },
                    });
                    VariableHome::Memory(place)
                }
                _ => VariableHome::Register(
                    lowering
                        .builder
                        .copy(Operand::Immediate(0), ValueKind::Scalar),
                ),
            };
            lowering.variables.insert(VariableId(index), home);
        }
        if let Some(predicate) = &body.predicate {
            let pass = lowering.builder.new_block();
            lowering.branch(predicate, pass, exit_block);
            lowering.builder.switch_to(pass);
        }
        lowering.statements(&body.body);
        lowering.builder.terminate(Terminator::Return);
        let mut function = lowering.builder.finish();
        function.simplify();
        (function, lowering.scratch_used)
    }

    fn shared_slot(&mut self, purpose: SharedSlot) -> StackSlot {
        if let Some(slot) = self.shared_slots.get(&purpose) {
            return *slot;
        }
        let slot = self.builder.new_slot(SHARED_SLOT_SIZE);
        self.shared_slots.insert(purpose, slot);
        slot
    }

    fn at(&mut self, span: Span) {
        self.builder.set_position(self.lines.position(span));
    }

    fn scratch_place(&mut self, size: u32) -> Place {
        let offset = self.scratch_used.next_multiple_of(8);
        self.scratch_used = offset + size;
        Place { offset, size }
    }

    /// A load or store address `offset` bytes into the scratch buffer.
    fn address(&mut self, offset: u32) -> Address {
        match i16::try_from(offset) {
            Ok(small) => Address::Register {
                base: self.scratch,
                offset: small,
            },
            Err(_) => Address::Register {
                base: self.pointer(offset),
                offset: 0,
            },
        }
    }

    /// A register pointing `offset` bytes into the scratch buffer.
    fn pointer(&mut self, offset: u32) -> VirtualRegister {
        if offset == 0 {
            return self.scratch;
        }
        self.builder.binary(
            BinaryOperation::Add,
            self.scratch,
            Operand::Immediate(offset as i32),
        )
    }

    fn statements(&mut self, statements: &[Statement]) {
        for statement in statements {
            self.statement(statement);
        }
    }

    fn statement(&mut self, statement: &Statement) {
        match statement {
            Statement::Printf {
                action,
                arguments,
                record_size,
                span,
            } => {
                self.at(*span);
                self.printf(*action, arguments, *record_size);
            }
            Statement::Join {
                action,
                pointer,
                space,
                max_elements,
                element_size,
                span,
            } => {
                self.at(*span);
                self.join(*action, pointer, *space, *max_elements, *element_size);
            }
            Statement::Exit { action, code, span } => {
                self.at(*span);
                let record = self.scratch_place(16);
                let address = self.address(record.offset);
                self.builder.push(Instruction::Store {
                    address,
                    value: Operand::Immediate(*action as i32),
                    size: Size::Double,
                });
                let code = self.operand(code);
                let address = self.address(record.offset + 8);
                self.builder.push(Instruction::Store {
                    address,
                    value: code,
                    size: Size::Double,
                });
                self.output(record);
                self.builder.terminate(Terminator::Return);
                let dead = self.builder.new_block();
                self.builder.switch_to(dead);
            }
            Statement::AssignVariable {
                variable,
                value,
                span,
            } => {
                self.at(*span);
                match self.variables[variable] {
                    VariableHome::Register(register) => {
                        let value = self.operand(value);
                        self.builder.push(Instruction::Copy {
                            destination: register,
                            source: value,
                        });
                    }
                    VariableHome::Memory(place) => self.value_into(value, place),
                }
            }
            Statement::MapAssign {
                map,
                keys,
                value,
                span,
            } => {
                self.at(*span);
                let (key, _) = self.map_key(*map, keys);
                let value_pointer = match self.program.maps[map.0].value {
                    MapValueType::Plain(Type::String { size }) => {
                        let place = self.scratch_place(size);
                        self.zero(place);
                        self.string_into(value, place);
                        self.pointer(place.offset)
                    }
                    _ => {
                        let value = self.operand(value);
                        let slot = self.shared_slot(SharedSlot::Value);
                        let address = Address::Stack { slot, offset: 0 };
                        self.builder.push(Instruction::Store {
                            address,
                            value,
                            size: Size::Double,
                        });
                        self.builder.stack_address(slot, 0)
                    }
                };
                let map_register = self
                    .builder
                    .map_reference(&self.program.maps[map.0].bpf_name);
                self.builder.call(
                    Helper::MapUpdateElement,
                    vec![
                        Operand::Register(map_register),
                        Operand::Register(key),
                        Operand::Register(value_pointer),
                        Operand::Immediate(0),
                    ],
                    ValueKind::Scalar,
                );
            }
            Statement::MapAggregate {
                map,
                keys,
                aggregate,
                value,
                span,
            } => {
                self.at(*span);
                self.aggregate(*map, keys, *aggregate, value.as_ref());
            }
            Statement::MapAdd {
                map,
                keys,
                delta,
                span,
            } => {
                self.at(*span);
                let delta = self.integer(delta);
                let (key, _) = self.map_key(*map, keys);
                let value = self.map_value_or_insert(*map, key);
                let address = Address::Register {
                    base: value,
                    offset: 0,
                };
                self.builder.push(Instruction::AtomicAdd {
                    address,
                    value: delta,
                    size: Size::Double,
                });
                self.continue_after_insert();
            }
            Statement::MapDelete { map, keys, span } => {
                self.at(*span);
                let (key, _) = self.map_key(*map, keys);
                let map_register = self
                    .builder
                    .map_reference(&self.program.maps[map.0].bpf_name);
                self.builder.call(
                    Helper::MapDeleteElement,
                    vec![Operand::Register(map_register), Operand::Register(key)],
                    ValueKind::Scalar,
                );
            }
            Statement::Notify { action, span } => {
                self.at(*span);
                let record = self.scratch_place(8);
                let address = self.address(record.offset);
                let id = Operand::Immediate(*action as i32);
                self.builder.push(Instruction::Store {
                    address,
                    value: id,
                    size: Size::Double,
                });
                self.output(record);
            }
            Statement::PrintValue {
                action,
                value,
                span,
            } => {
                self.at(*span);
                let size = value.ty.value_type().map_or(8, |ty| ty.size() as u32);
                let argument = RecordArgument {
                    value: value.clone(),
                    offset: 8,
                };
                self.printf(
                    *action,
                    std::slice::from_ref(&argument),
                    (8 + size).next_multiple_of(8),
                );
            }
            Statement::If {
                condition,
                then,
                otherwise,
                span,
            } => {
                self.at(*span);
                let then_block = self.builder.new_block();
                let else_block = self.builder.new_block();
                let join = self.builder.new_block();
                self.branch(condition, then_block, else_block);
                self.builder.switch_to(then_block);
                self.statements(then);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(else_block);
                self.statements(otherwise);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
            }
            Statement::While {
                condition,
                body,
                span,
            } => {
                self.at(*span);
                let header = self.builder.new_block();
                let body_block = self.builder.new_block();
                let exit = self.builder.new_block();
                self.builder.terminate(Terminator::Jump(header));
                self.builder.switch_to(header);
                self.branch(condition, body_block, exit);
                self.builder.switch_to(body_block);
                self.loop_body(
                    body,
                    LoopTargets {
                        next_iteration: header,
                        exit,
                    },
                );
                self.builder.switch_to(exit);
            }
            Statement::ForRange {
                variable,
                start,
                end,
                body,
                span,
            } => {
                self.at(*span);
                let VariableHome::Register(counter) = self.variables[variable] else {
                    unreachable!("a range variable is an integer")
                };
                let first = self.operand(start);
                self.builder.push(Instruction::Copy {
                    destination: counter,
                    source: first,
                });
                // The end is evaluated once, before the first iteration.
                let end = self.integer(end);
                let end = self.builder.copy(Operand::Register(end), ValueKind::Scalar);
                let header = self.builder.new_block();
                let body_block = self.builder.new_block();
                let latch = self.builder.new_block();
                let exit = self.builder.new_block();
                self.builder.terminate(Terminator::Jump(header));
                self.builder.switch_to(header);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::SignedGreaterOrEqual,
                    left: counter,
                    right: Operand::Register(end),
                    taken: exit,
                    not_taken: body_block,
                });
                self.builder.switch_to(body_block);
                self.loop_body(
                    body,
                    LoopTargets {
                        next_iteration: latch,
                        exit,
                    },
                );
                self.builder.switch_to(latch);
                self.builder.push(Instruction::Binary {
                    operation: BinaryOperation::Add,
                    destination: counter,
                    left: counter,
                    right: Operand::Immediate(1),
                });
                self.builder.terminate(Terminator::Jump(header));
                self.builder.switch_to(exit);
            }
            Statement::Break { span } | Statement::Continue { span } => {
                self.at(*span);
                let targets = *self
                    .loops
                    .last()
                    .expect("the checker keeps break and continue in loops");
                let target = match statement {
                    Statement::Break { .. } => targets.exit,
                    _ => targets.next_iteration,
                };
                self.builder.terminate(Terminator::Jump(target));
                let dead = self.builder.new_block();
                self.builder.switch_to(dead);
            }
            Statement::Return { span } => {
                self.at(*span);
                self.builder.terminate(Terminator::Return);
                let dead = self.builder.new_block();
                self.builder.switch_to(dead);
            }
        }
    }

    /// Updates an aggregation. Values are per-CPU, so plain loads and stores suffice.
    fn aggregate(&mut self, map: MapId, keys: &[Expr], aggregate: Aggregate, value: Option<&Expr>) {
        let argument = value.map(|value| self.integer(value));
        let (key, place) = self.map_key(map, keys);
        if let (Some(place), Some(argument)) = (place, argument) {
            let bucket = match aggregate {
                Aggregate::Histogram { bits } => Some(self.log2_bucket(argument, bits)),
                Aggregate::LinearHistogram { min, max, step } => {
                    Some(self.linear_bucket(argument, min, max, step))
                }
                _ => None,
            };
            if let Some(bucket) = bucket {
                let user_key_size = self.program.maps[map.0].user_key_size();
                let address = self.address(place.offset + user_key_size);
                self.builder.push(Instruction::Store {
                    address,
                    value: Operand::Register(bucket),
                    size: Size::Double,
                });
            }
        }
        let value = self.map_value_or_insert(map, key);
        let slot = |offset: i16| Address::Register {
            base: value,
            offset,
        };
        let add = |lowering: &mut Self, offset: i16, amount: Operand| {
            let current = lowering.builder.load(slot(offset), Size::Double);
            let next = lowering
                .builder
                .binary(BinaryOperation::Add, current, amount);
            lowering.builder.push(Instruction::Store {
                address: slot(offset),
                value: Operand::Register(next),
                size: Size::Double,
            });
        };
        match (aggregate, argument) {
            (
                Aggregate::Count | Aggregate::Histogram { .. } | Aggregate::LinearHistogram { .. },
                _,
            ) => {
                add(self, 0, Operand::Immediate(1));
            }
            (Aggregate::Sum { .. }, Some(argument)) => add(self, 0, Operand::Register(argument)),
            (Aggregate::Average { .. } | Aggregate::Stats { .. }, Some(argument)) => {
                add(self, 0, Operand::Register(argument));
                add(self, 8, Operand::Immediate(1));
            }
            (Aggregate::Min { signed } | Aggregate::Max { signed }, Some(argument)) => {
                // Store when nothing is stored yet, or when the argument beats the value.
                let store = self.builder.new_block();
                let compare = self.builder.new_block();
                let done = self.builder.new_block();
                let set = self.builder.load(slot(8), Size::Double);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: set,
                    right: Operand::Immediate(0),
                    taken: store,
                    not_taken: compare,
                });
                self.builder.switch_to(compare);
                let current = self.builder.load(slot(0), Size::Double);
                let better = match (aggregate, signed) {
                    (Aggregate::Min { .. }, true) => Condition::SignedLess,
                    (Aggregate::Min { .. }, false) => Condition::Less,
                    (_, true) => Condition::SignedGreater,
                    (_, false) => Condition::Greater,
                };
                self.builder.terminate(Terminator::Branch {
                    condition: better,
                    left: argument,
                    right: Operand::Register(current),
                    taken: store,
                    not_taken: done,
                });
                self.builder.switch_to(store);
                self.builder.push(Instruction::Store {
                    address: slot(0),
                    value: Operand::Register(argument),
                    size: Size::Double,
                });
                self.builder.push(Instruction::Store {
                    address: slot(8),
                    value: Operand::Immediate(1),
                    size: Size::Double,
                });
                self.builder.terminate(Terminator::Jump(done));
                self.builder.switch_to(done);
            }
            (_, None) => unreachable!("the checker gives every aggregation but count() a value"),
        }
        self.continue_after_insert();
    }

    /// The `hist()` bucket of `value` (see `btc_payload::log2_bucket`), branch by branch.
    fn log2_bucket(&mut self, value: VirtualRegister, bits: u8) -> VirtualRegister {
        let mask = (1i64 << bits) - 1;
        let result = self.builder.new_register(ValueKind::Scalar);
        let done = self.builder.new_block();
        let non_negative = self.builder.new_block();
        let negative = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::SignedLess,
            left: value,
            right: Operand::Immediate(0),
            taken: negative,
            not_taken: non_negative,
        });
        self.builder.switch_to(negative);
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(0),
        });
        self.builder.terminate(Terminator::Jump(done));

        self.builder.switch_to(non_negative);
        let small = self.builder.new_block();
        let large = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::Greater,
            left: value,
            right: Operand::Immediate(mask as i32),
            taken: large,
            not_taken: small,
        });
        self.builder.switch_to(small);
        self.builder.push(Instruction::Binary {
            operation: BinaryOperation::Add,
            destination: result,
            left: value,
            right: Operand::Immediate(1),
        });
        self.builder.terminate(Terminator::Jump(done));

        // The position of the leftmost 1 by binary search: shifts of 32, 16, 8, 4, 2, 1.
        self.builder.switch_to(large);
        let remaining = self
            .builder
            .copy(Operand::Register(value), ValueKind::Scalar);
        let position = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
        for power in (0..6).rev() {
            let shift = 1i64 << power;
            let threshold = self.builder.constant(1i64 << shift);
            let take = self.builder.new_block();
            let next = self.builder.new_block();
            self.builder.terminate(Terminator::Branch {
                condition: Condition::GreaterOrEqual,
                left: remaining,
                right: Operand::Register(threshold),
                taken: take,
                not_taken: next,
            });
            self.builder.switch_to(take);
            let shift = Operand::Immediate(shift as i32);
            self.builder.push(Instruction::Binary {
                operation: BinaryOperation::ShiftRight,
                destination: remaining,
                left: remaining,
                right: shift,
            });
            self.builder.push(Instruction::Binary {
                operation: BinaryOperation::Add,
                destination: position,
                left: position,
                right: shift,
            });
            self.builder.terminate(Terminator::Jump(next));
            self.builder.switch_to(next);
        }
        // l = position - bits; x = (value >> l) & mask; bucket = ((l + 1) << bits) + x + 1
        let below = self.builder.binary(
            BinaryOperation::Subtract,
            position,
            Operand::Immediate(i32::from(bits)),
        );
        let shifted =
            self.builder
                .binary(BinaryOperation::ShiftRight, value, Operand::Register(below));
        let following = self.builder.binary(
            BinaryOperation::And,
            shifted,
            Operand::Immediate(mask as i32),
        );
        let base = self
            .builder
            .binary(BinaryOperation::Add, below, Operand::Immediate(1));
        let base = self.builder.binary(
            BinaryOperation::ShiftLeft,
            base,
            Operand::Immediate(i32::from(bits)),
        );
        let sum = self
            .builder
            .binary(BinaryOperation::Add, base, Operand::Register(following));
        self.builder.push(Instruction::Binary {
            operation: BinaryOperation::Add,
            destination: result,
            left: sum,
            right: Operand::Immediate(1),
        });
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(done);
        result
    }

    /// The `lhist()` bucket of `value` (see `btc_payload::linear_bucket`).
    fn linear_bucket(
        &mut self,
        value: VirtualRegister,
        min: i64,
        max: i64,
        step: i64,
    ) -> VirtualRegister {
        let result = self.builder.new_register(ValueKind::Scalar);
        let done = self.builder.new_block();
        let below = self.builder.new_block();
        let not_below = self.builder.new_block();
        let minimum = self.builder.constant(min);
        let maximum = self.builder.constant(max);
        self.builder.terminate(Terminator::Branch {
            condition: Condition::SignedLess,
            left: value,
            right: Operand::Register(minimum),
            taken: below,
            not_taken: not_below,
        });
        self.builder.switch_to(below);
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(0),
        });
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(not_below);
        let above = self.builder.new_block();
        let inside = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::SignedGreaterOrEqual,
            left: value,
            right: Operand::Register(maximum),
            taken: above,
            not_taken: inside,
        });
        self.builder.switch_to(above);
        let last = (max - min) / step + 1;
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(last as i32),
        });
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(inside);
        // In range, value - min is non-negative: unsigned division is exact.
        let offset =
            self.builder
                .binary(BinaryOperation::Subtract, value, Operand::Register(minimum));
        let step_register = self.builder.constant(step);
        let index = self.builder.binary(
            BinaryOperation::Divide,
            offset,
            Operand::Register(step_register),
        );
        self.builder.push(Instruction::Binary {
            operation: BinaryOperation::Add,
            destination: result,
            left: index,
            right: Operand::Immediate(1),
        });
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(done);
        result
    }

    /// Lowers a loop's body, ending it with a jump to the next iteration.
    fn loop_body(&mut self, body: &[Statement], targets: LoopTargets) {
        self.loops.push(targets);
        self.statements(body);
        self.loops.pop();
        self.builder
            .terminate(Terminator::Jump(targets.next_iteration));
    }

    /// Looks up `@map[key]`, inserting a zero value first if it is absent. Returns the
    /// value pointer, valid in the current block; the block that follows the insert
    /// failing is [`Self::continue_after_insert`]'s.
    fn map_value_or_insert(&mut self, map: MapId, key: VirtualRegister) -> VirtualRegister {
        let value_size = self.program.maps[map.0].value_size();
        let name = self.program.maps[map.0].bpf_name.clone();
        let value = self.builder.new_register(ValueKind::MapValueOrNull);
        let map_register = self.builder.map_reference(&name);
        self.builder.push(Instruction::Call {
            helper: Helper::MapLookupElement,
            arguments: vec![Operand::Register(map_register), Operand::Register(key)],
            result: Some(value),
        });
        let insert = self.builder.new_block();
        let found = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::NotEqual,
            left: value,
            right: Operand::Immediate(0),
            taken: found,
            not_taken: insert,
        });
        self.builder.switch_to(insert);
        // A zero value to insert: on the stack when small, else in scratch.
        let zero_pointer = if value_size <= SHARED_SLOT_SIZE {
            let zero = self.shared_slot(SharedSlot::ZeroValue);
            for offset in (0..value_size).step_by(8) {
                let address = Address::Stack { slot: zero, offset };
                self.builder.push(Instruction::Store {
                    address,
                    value: Operand::Immediate(0),
                    size: Size::Double,
                });
            }
            self.builder.stack_address(zero, 0)
        } else {
            let place = self.scratch_place(value_size);
            self.zero(place);
            self.pointer(place.offset)
        };
        let map_register = self.builder.map_reference(&name);
        self.builder.call(
            Helper::MapUpdateElement,
            vec![
                Operand::Register(map_register),
                Operand::Register(key),
                Operand::Register(zero_pointer),
                Operand::Immediate(UPDATE_NO_EXIST),
            ],
            ValueKind::Scalar,
        );
        let map_register = self.builder.map_reference(&name);
        self.builder.push(Instruction::Call {
            helper: Helper::MapLookupElement,
            arguments: vec![Operand::Register(map_register), Operand::Register(key)],
            result: Some(value),
        });
        // The map is full: skip the update.
        let skip = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::Equal,
            left: value,
            right: Operand::Immediate(0),
            taken: skip,
            not_taken: found,
        });
        self.pending_skip.push(skip);
        self.builder.switch_to(found);
        value
    }

    /// Joins the "map full" path of [`Self::map_value_or_insert`] with the normal path.
    fn continue_after_insert(&mut self) {
        let skip = self
            .pending_skip
            .pop()
            .expect("paired with map_value_or_insert");
        let join = self.builder.new_block();
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(skip);
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(join);
    }

    /// A pointer to the key of `@map[keys]`. A scalar map without a bucket uses the zero
    /// slot on the stack; any other key is built in scratch, zeroed first so that padding
    /// and the bytes after a string's NUL never make equal keys differ. For histograms the
    /// returned place leaves the bucket index (the last 8 bytes) to the caller.
    fn map_key(&mut self, map: MapId, keys: &[Expr]) -> (VirtualRegister, Option<Place>) {
        let info = &self.program.maps[map.0];
        let key_size = info.key_size();
        if keys.is_empty() && key_size == 8 {
            return (self.builder.stack_address(self.zero_key, 0), None);
        }
        let offsets = info
            .key
            .as_ref()
            .map(|key| key.offsets())
            .unwrap_or_default();
        let parts = info
            .key
            .as_ref()
            .map(|key| key.parts.clone())
            .unwrap_or_default();
        let place = self.scratch_place(key_size);
        self.zero(place);
        for ((key, offset), part) in keys.iter().zip(offsets).zip(parts) {
            match part {
                Type::String { .. } | Type::Inet => self.value_into(
                    key,
                    Place {
                        offset: place.offset + offset,
                        size: memory_size(part),
                    },
                ),
                _ => {
                    let value = self.operand(key);
                    let address = self.address(place.offset + offset);
                    self.builder.push(Instruction::Store {
                        address,
                        value,
                        size: Size::Double,
                    });
                }
            }
        }
        (self.pointer(place.offset), Some(place))
    }

    fn zero(&mut self, place: Place) {
        let mut offset = 0;
        while offset < place.size {
            let size = chunk(place.size - offset);
            let address = self.address(place.offset + offset);
            self.builder.push(Instruction::Store {
                address,
                value: Operand::Immediate(0),
                size,
            });
            offset += size.bytes();
        }
    }

    /// Writes a record to the ring buffer, counting it as lost when that fails.
    fn output(&mut self, record: Place) {
        let ring = self.builder.map_reference(RINGBUF_MAP);
        let pointer = self.pointer(record.offset);
        let result = self.builder.call(
            Helper::RingbufOutput,
            vec![
                Operand::Register(ring),
                Operand::Register(pointer),
                Operand::Immediate(record.size as i32),
                Operand::Immediate(0),
            ],
            ValueKind::Scalar,
        );
        let lost = self.builder.new_block();
        let done = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::NotEqual,
            left: result,
            right: Operand::Immediate(0),
            taken: lost,
            not_taken: done,
        });
        self.builder.switch_to(lost);
        let counters = self.builder.map_reference(LOST_EVENTS_MAP);
        let key = self.builder.stack_address(self.zero_key, 0);
        let counter = self.builder.call(
            Helper::MapLookupElement,
            vec![Operand::Register(counters), Operand::Register(key)],
            ValueKind::MapValueOrNull,
        );
        let increment = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::Equal,
            left: counter,
            right: Operand::Immediate(0),
            taken: done,
            not_taken: increment,
        });
        self.builder.switch_to(increment);
        let one = self.builder.constant(1);
        self.builder.push(Instruction::AtomicAdd {
            address: Address::Register {
                base: counter,
                offset: 0,
            },
            value: one,
            size: Size::Double,
        });
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(done);
    }

    fn printf(&mut self, action: usize, arguments: &[RecordArgument], record_size: u32) {
        let record = self.scratch_place(record_size);
        let address = self.address(record.offset);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(action as i32),
            size: Size::Double,
        });
        for argument in arguments {
            let offset = record.offset + argument.offset;
            match argument.value.ty {
                Type::String { .. } | Type::Inet => {
                    let size = memory_size(argument.value.ty);
                    self.value_into(&argument.value, Place { offset, size })
                }
                ty => {
                    let size = match ty {
                        Type::Integer { bits, .. } => {
                            Size::from_bytes(u32::from(bits) / 8).unwrap_or(Size::Double)
                        }
                        _ => Size::Double,
                    };
                    let value = self.operand(&argument.value);
                    let address = self.address(offset);
                    self.builder.push(Instruction::Store {
                        address,
                        value,
                        size,
                    });
                }
            }
        }
        self.output(record);
    }

    fn join(
        &mut self,
        action: usize,
        pointer: &Expr,
        space: AddressSpace,
        max_elements: u32,
        element_size: u32,
    ) {
        let record = self.scratch_place(16 + max_elements * element_size);
        let address = self.address(record.offset);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(action as i32),
            size: Size::Double,
        });
        let address = self.address(record.offset + 8);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(0),
            size: Size::Double,
        });
        let array = self.integer(pointer);
        let element_slot = self.shared_slot(SharedSlot::Element);
        let (read, read_string) = read_helpers(space);
        let done = self.builder.new_block();
        for index in 0..max_elements {
            let slot_pointer = self.builder.stack_address(element_slot, 0);
            let source = self.builder.binary(
                BinaryOperation::Add,
                array,
                Operand::Immediate((index * 8) as i32),
            );
            let status = self.builder.call(
                read,
                vec![
                    Operand::Register(slot_pointer),
                    Operand::Immediate(8),
                    Operand::Register(source),
                ],
                ValueKind::Scalar,
            );
            let read_ok = self.builder.new_block();
            self.builder.terminate(Terminator::Branch {
                condition: Condition::NotEqual,
                left: status,
                right: Operand::Immediate(0),
                taken: done,
                not_taken: read_ok,
            });
            self.builder.switch_to(read_ok);
            let element = self.builder.load(
                Address::Stack {
                    slot: element_slot,
                    offset: 0,
                },
                Size::Double,
            );
            let present = self.builder.new_block();
            self.builder.terminate(Terminator::Branch {
                condition: Condition::Equal,
                left: element,
                right: Operand::Immediate(0),
                taken: done,
                not_taken: present,
            });
            self.builder.switch_to(present);
            let destination = self.pointer(record.offset + 16 + index * element_size);
            self.builder.call(
                read_string,
                vec![
                    Operand::Register(destination),
                    Operand::Immediate(element_size as i32),
                    Operand::Register(element),
                ],
                ValueKind::Scalar,
            );
            let address = self.address(record.offset + 8);
            self.builder.push(Instruction::Store {
                address,
                value: Operand::Immediate(index as i32 + 1),
                size: Size::Double,
            });
        }
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(done);
        self.output(record);
    }

    /// Evaluates a string or address expression into `place`.
    fn value_into(&mut self, expression: &Expr, place: Place) {
        match expression.ty {
            Type::Inet => self.inet_into(expression, place),
            _ => self.string_into(expression, place),
        }
    }

    /// Evaluates an `ntop()` address (or a variable holding one) into `place`: the family,
    /// then the address bytes as they are in memory (network order), zero-padded.
    fn inet_into(&mut self, expression: &Expr, place: Place) {
        match &expression.kind {
            ExprKind::Ntop { family, address } => {
                self.zero(place);
                let family = match family {
                    Some(family) => self.operand(family),
                    None => Operand::Immediate(match address.ty {
                        Type::String { size: 16 } => AF_INET6,
                        _ => AF_INET,
                    }),
                };
                let at = self.address(place.offset);
                self.builder.push(Instruction::Store {
                    address: at,
                    value: family,
                    size: Size::Double,
                });
                match address.ty {
                    Type::String { size } => self.string_into(
                        address,
                        Place {
                            offset: place.offset + 8,
                            size: size.min(16),
                        },
                    ),
                    _ => {
                        // An IPv4 address held as an integer was loaded from memory in
                        // network order; storing its low 4 bytes gives those bytes back.
                        let value = self.operand(address);
                        let at = self.address(place.offset + 8);
                        self.builder.push(Instruction::Store {
                            address: at,
                            value,
                            size: Size::Word,
                        });
                    }
                }
            }
            ExprKind::Variable(variable) => {
                let VariableHome::Memory(from) = self.variables[variable] else {
                    unreachable!("an address variable lives in memory")
                };
                let scratch = self.scratch;
                self.copy_memory(scratch, from.offset, place, from.size.min(place.size));
            }
            _ => unreachable!("the checker only types ntop() and variables as addresses"),
        }
    }

    /// Evaluates a string expression into `place` (truncating to its size).
    fn string_into(&mut self, expression: &Expr, place: Place) {
        match &expression.kind {
            ExprKind::Builtin(Builtin::Comm) => {
                let pointer = self.pointer(place.offset);
                self.builder.call(
                    Helper::GetCurrentComm,
                    vec![
                        Operand::Register(pointer),
                        Operand::Immediate(place.size.min(16) as i32),
                    ],
                    ValueKind::Scalar,
                );
            }
            ExprKind::Str { pointer, space } => {
                let Type::String { size } = expression.ty else {
                    unreachable!("str() is a string")
                };
                let source = self.integer(pointer);
                let destination = self.pointer(place.offset);
                let (_, helper) = read_helpers(*space);
                self.builder.call(
                    helper,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size.min(place.size) as i32),
                        Operand::Register(source),
                    ],
                    ValueKind::Scalar,
                );
            }
            ExprKind::StringLiteral(bytes) => {
                let mut terminated = bytes.clone();
                terminated.truncate(place.size.saturating_sub(1) as usize);
                terminated.push(0);
                let mut offset = 0usize;
                while offset < terminated.len() {
                    let size = chunk((terminated.len() - offset) as u32).min_word();
                    let mut word = [0u8; 4];
                    let width = size.bytes() as usize;
                    word[..width].copy_from_slice(&terminated[offset..offset + width]);
                    let value = i32::from_le_bytes(word);
                    let address = self.address(place.offset + offset as u32);
                    self.builder.push(Instruction::Store {
                        address,
                        value: Operand::Immediate(value),
                        size,
                    });
                    offset += width;
                }
            }
            ExprKind::KernelRead {
                pointer,
                offset,
                access,
            } => {
                let Type::String { size } = expression.ty else {
                    unreachable!("a char array field")
                };
                let source = self.field_address(pointer, *offset, access);
                let destination = self.pointer(place.offset);
                self.builder.call(
                    Helper::ProbeReadKernel,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size.min(place.size) as i32),
                        Operand::Register(source),
                    ],
                    ValueKind::Scalar,
                );
            }
            ExprKind::PositionalString(index) => {
                let offset = btc_payload::positional_string_offset(
                    self.program.positional_parameters,
                    *index,
                );
                let globals = self.builder.rodata_pointer();
                let size = (btc_payload::POSITIONAL_STRING_SIZE as u32).min(place.size);
                self.copy_memory(globals, offset as u32, place, size);
            }
            ExprKind::ContextString { offset, size } => {
                let context = self.builder.context();
                self.copy_memory(context, *offset, place, (*size).min(place.size));
            }
            ExprKind::Variable(variable) => {
                let VariableHome::Memory(from) = self.variables[variable] else {
                    unreachable!("a string variable")
                };
                let scratch = self.scratch;
                self.copy_memory(scratch, from.offset, place, from.size.min(place.size));
            }
            ExprKind::MapRead { map, keys } => {
                // probe_read of a null pointer fails and zero-fills: an absent key reads as "".
                let value = self.map_lookup(*map, keys);
                let destination = self.pointer(place.offset);
                let size = self.program.maps[map.0].value_size().min(place.size);
                self.builder.call(
                    Helper::ProbeReadKernel,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size as i32),
                        Operand::Register(value),
                    ],
                    ValueKind::Scalar,
                );
            }
            _ => unreachable!("the checker only types these expressions as strings"),
        }
    }

    /// Copies `size` bytes from `base + offset` to the scratch place, 8 bytes at a time.
    fn copy_memory(&mut self, base: VirtualRegister, offset: u32, to: Place, size: u32) {
        let mut done = 0;
        while done < size {
            let width = chunk(size - done);
            let from = Address::Register {
                base,
                offset: (offset + done) as i16,
            };
            let value = self.builder.load(from, width);
            let address = self.address(to.offset + done);
            self.builder.push(Instruction::Store {
                address,
                value: Operand::Register(value),
                size: width,
            });
            done += width.bytes();
        }
    }

    fn map_lookup(&mut self, map: MapId, keys: &[Expr]) -> VirtualRegister {
        let (key, _) = self.map_key(map, keys);
        let map_register = self
            .builder
            .map_reference(&self.program.maps[map.0].bpf_name.clone());
        self.builder.call(
            Helper::MapLookupElement,
            vec![Operand::Register(map_register), Operand::Register(key)],
            ValueKind::MapValueOrNull,
        )
    }

    /// An integer expression as an operand: small constants stay immediates.
    fn operand(&mut self, expression: &Expr) -> Operand {
        if let ExprKind::Integer(value) = expression.kind
            && let Ok(small) = i32::try_from(value)
        {
            return Operand::Immediate(small);
        }
        Operand::Register(self.integer(expression))
    }

    /// An integer expression in a register (64-bit, sign- or zero-extended).
    fn integer(&mut self, expression: &Expr) -> VirtualRegister {
        match &expression.kind {
            ExprKind::Integer(value) => self.builder.constant(*value),
            ExprKind::Builtin(builtin) => self.builtin(*builtin),
            ExprKind::Variable(variable) => match self.variables[variable] {
                VariableHome::Register(register) => register,
                VariableHome::Memory(_) => {
                    unreachable!("the checker keeps strings out of integer contexts")
                }
            },
            ExprKind::MapRead { map, keys } => {
                let value = self.map_lookup(*map, keys);
                let result = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
                let found = self.builder.new_block();
                let join = self.builder.new_block();
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: value,
                    right: Operand::Immediate(0),
                    taken: join,
                    not_taken: found,
                });
                self.builder.switch_to(found);
                self.builder.push(Instruction::Load {
                    destination: result,
                    address: Address::Register {
                        base: value,
                        offset: 0,
                    },
                    size: Size::Double,
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
                result
            }
            ExprKind::ContextField {
                offset,
                size,
                signed,
            } => {
                let context = self.builder.context();
                let size = Size::from_bytes(*size).expect("the checker admits 1, 2, 4 and 8 bytes");
                let value = self.builder.load(
                    Address::Register {
                        base: context,
                        offset: *offset as i16,
                    },
                    size,
                );
                if *signed && size != Size::Double {
                    self.sign_extend(value, size.bytes() * 8)
                } else {
                    value
                }
            }
            ExprKind::KernelRead {
                pointer,
                offset,
                access,
            } => {
                let bytes = match expression.ty {
                    Type::Integer { bits, .. } => u32::from(bits) / 8,
                    _ => 8,
                };
                let source = self.field_address(pointer, *offset, access);
                let slot = self.shared_slot(SharedSlot::Value);
                let destination = self.builder.stack_address(slot, 0);
                self.builder.call(
                    Helper::ProbeReadKernel,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(bytes as i32),
                        Operand::Register(source),
                    ],
                    ValueKind::Scalar,
                );
                // A failed read leaves zeros: probe_read_kernel clears its buffer on error.
                let size = Size::from_bytes(bytes).unwrap_or(Size::Double);
                let value = self.builder.load(Address::Stack { slot, offset: 0 }, size);
                if expression.ty.is_signed() && size != Size::Double {
                    self.sign_extend(value, bytes * 8)
                } else {
                    value
                }
            }
            ExprKind::Strftime { nanoseconds, .. } => self.integer(nanoseconds),
            ExprKind::Positional(index) => {
                self.rodata_integer(btc_payload::positional_integer_offset(*index))
            }
            ExprKind::PositionalCount => self.rodata_integer(RODATA_ARGUMENT_COUNT_OFFSET),
            ExprKind::ByteSwap(value) => {
                let bits = match expression.ty {
                    Type::Integer { bits, .. } => bits,
                    _ => 64,
                };
                let source = self.integer(value);
                if bits == 8 {
                    return source;
                }
                let destination = self.builder.new_register(ValueKind::Scalar);
                self.builder.push(Instruction::ByteSwap {
                    destination,
                    source,
                    bits,
                });
                destination
            }
            ExprKind::IntegerCast {
                value,
                bits,
                signed,
            } => {
                let value = self.integer(value);
                if *bits == 64 {
                    return value;
                }
                let shift = Operand::Immediate(64 - i32::from(*bits));
                let shifted = self
                    .builder
                    .binary(BinaryOperation::ShiftLeft, value, shift);
                let operation = if *signed {
                    BinaryOperation::ArithmeticShiftRight
                } else {
                    BinaryOperation::ShiftRight
                };
                self.builder.binary(operation, shifted, shift)
            }
            ExprKind::Negate(operand) => {
                let operand = self.integer(operand);
                let destination = self.builder.new_register(ValueKind::Scalar);
                self.builder.push(Instruction::Negate {
                    destination,
                    source: operand,
                });
                destination
            }
            ExprKind::BitwiseNot(operand) => {
                let operand = self.integer(operand);
                self.builder
                    .binary(BinaryOperation::Xor, operand, Operand::Immediate(-1))
            }
            ExprKind::Binary {
                operation,
                left,
                right,
            } => {
                let left_register = self.integer(left);
                let right_operand = self.operand(right);
                let signed = expression.ty.is_signed();
                let operation = match operation {
                    Arithmetic::Add => BinaryOperation::Add,
                    Arithmetic::Subtract => BinaryOperation::Subtract,
                    Arithmetic::Multiply => BinaryOperation::Multiply,
                    Arithmetic::Divide => BinaryOperation::Divide,
                    Arithmetic::Modulo => BinaryOperation::Modulo,
                    Arithmetic::And => BinaryOperation::And,
                    Arithmetic::Or => BinaryOperation::Or,
                    Arithmetic::Xor => BinaryOperation::Xor,
                    Arithmetic::ShiftLeft => BinaryOperation::ShiftLeft,
                    Arithmetic::ShiftRight if signed => BinaryOperation::ArithmeticShiftRight,
                    Arithmetic::ShiftRight => BinaryOperation::ShiftRight,
                };
                // Pointers become plain numbers here: the verifier refuses arithmetic that
                // could turn a context or map pointer into an arbitrary one, and a script's
                // addresses are only ever numbers to it.
                self.builder.binary(operation, left_register, right_operand)
            }
            ExprKind::Ternary {
                condition,
                then,
                otherwise,
            } => {
                let result = self.builder.new_register(ValueKind::Scalar);
                let then_block = self.builder.new_block();
                let else_block = self.builder.new_block();
                let join = self.builder.new_block();
                self.branch(condition, then_block, else_block);
                self.builder.switch_to(then_block);
                let value = self.operand(then);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: value,
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(else_block);
                let value = self.operand(otherwise);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: value,
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
                result
            }
            ExprKind::Compare { .. }
            | ExprKind::HasKey { .. }
            | ExprKind::StringEquals { .. }
            | ExprKind::LogicalAnd(..)
            | ExprKind::LogicalOr(..)
            | ExprKind::LogicalNot(_) => {
                let result = self.builder.new_register(ValueKind::Scalar);
                let true_block = self.builder.new_block();
                let false_block = self.builder.new_block();
                let join = self.builder.new_block();
                self.branch(expression, true_block, false_block);
                self.builder.switch_to(true_block);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: Operand::Immediate(1),
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(false_block);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: Operand::Immediate(0),
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
                result
            }
            ExprKind::StringLiteral(_)
            | ExprKind::PositionalString(_)
            | ExprKind::ContextString { .. }
            | ExprKind::Str { .. }
            | ExprKind::Ntop { .. } => {
                unreachable!("the checker keeps strings out of integer contexts")
            }
        }
    }

    /// The `u64` the runtime wrote at `offset` in `.rodata`.
    fn rodata_integer(&mut self, offset: usize) -> VirtualRegister {
        let globals = self.builder.rodata_pointer();
        self.builder.load(
            Address::Register {
                base: globals,
                offset: offset as i16,
            },
            Size::Double,
        )
    }

    /// `pointer + offset` with the offset relocated by libbpf for the running kernel.
    fn field_address(
        &mut self,
        pointer: &Expr,
        offset: u32,
        access: &crate::ir::CoreAccess,
    ) -> VirtualRegister {
        let base = self.integer(pointer);
        self.builder
            .field_address(base, offset as i32, access.clone())
    }

    fn sign_extend(&mut self, value: VirtualRegister, bits: u32) -> VirtualRegister {
        let shift = (64 - bits) as i32;
        let shifted =
            self.builder
                .binary(BinaryOperation::ShiftLeft, value, Operand::Immediate(shift));
        self.builder.binary(
            BinaryOperation::ArithmeticShiftRight,
            shifted,
            Operand::Immediate(shift),
        )
    }

    fn builtin(&mut self, builtin: Builtin) -> VirtualRegister {
        let call = |lowering: &mut Self, helper| {
            lowering.builder.call(helper, Vec::new(), ValueKind::Scalar)
        };
        match builtin {
            Builtin::Pid => {
                let value = call(self, Helper::GetCurrentPidTgid);
                self.builder
                    .binary(BinaryOperation::ShiftRight, value, Operand::Immediate(32))
            }
            Builtin::Tid => {
                let value = call(self, Helper::GetCurrentPidTgid);
                self.low_half(value)
            }
            Builtin::Uid => {
                let value = call(self, Helper::GetCurrentUidGid);
                self.low_half(value)
            }
            Builtin::Gid => {
                let value = call(self, Helper::GetCurrentUidGid);
                self.builder
                    .binary(BinaryOperation::ShiftRight, value, Operand::Immediate(32))
            }
            Builtin::Nsecs => call(self, Helper::KtimeGetBootNanoseconds),
            Builtin::Elapsed => {
                let now = call(self, Helper::KtimeGetBootNanoseconds);
                let start = self.rodata_integer(RODATA_START_TIME_OFFSET);
                self.builder
                    .binary(BinaryOperation::Subtract, now, Operand::Register(start))
            }
            Builtin::Cpu => call(self, Helper::GetSmpProcessorId),
            Builtin::CurrentTask => call(self, Helper::GetCurrentTask),
            Builtin::Comm => unreachable!("comm is a string"),
        }
    }

    /// The low 32 bits, zero-extended (an `and` immediate would be sign-extended).
    fn low_half(&mut self, value: VirtualRegister) -> VirtualRegister {
        let shifted =
            self.builder
                .binary(BinaryOperation::ShiftLeft, value, Operand::Immediate(32));
        self.builder
            .binary(BinaryOperation::ShiftRight, shifted, Operand::Immediate(32))
    }

    /// Branches to `if_true` or `if_false` on a condition, with compare-and-jump.
    fn branch(&mut self, condition: &Expr, if_true: BlockId, if_false: BlockId) {
        match &condition.kind {
            ExprKind::Integer(value) => {
                self.builder.terminate(Terminator::Jump(if *value != 0 {
                    if_true
                } else {
                    if_false
                }));
            }
            ExprKind::LogicalNot(operand) => self.branch(operand, if_false, if_true),
            ExprKind::LogicalAnd(left, right) => {
                let middle = self.builder.new_block();
                self.branch(left, middle, if_false);
                self.builder.switch_to(middle);
                self.branch(right, if_true, if_false);
            }
            ExprKind::LogicalOr(left, right) => {
                let middle = self.builder.new_block();
                self.branch(left, if_true, middle);
                self.builder.switch_to(middle);
                self.branch(right, if_true, if_false);
            }
            ExprKind::Compare {
                comparison,
                left,
                right,
                signed,
            } => {
                // BPF compares a register with a register or an immediate: put a constant
                // left operand on the right and mirror the comparison.
                let (left, right, comparison) = if matches!(left.kind, ExprKind::Integer(_)) {
                    (right, left, mirror(*comparison))
                } else {
                    (left, right, *comparison)
                };
                let left = self.integer(left);
                let right = self.operand(right);
                // Jump away when the comparison fails, so that the true path falls through.
                self.builder.terminate(Terminator::Branch {
                    condition: condition_for(comparison, *signed).negate(),
                    left,
                    right,
                    taken: if_false,
                    not_taken: if_true,
                });
            }
            ExprKind::HasKey { map, keys } => {
                let value = self.map_lookup(*map, keys);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: value,
                    right: Operand::Immediate(0),
                    taken: if_false,
                    not_taken: if_true,
                });
            }
            ExprKind::StringEquals {
                string,
                literal,
                negated,
            } => {
                let (equal, different) = if *negated {
                    (if_false, if_true)
                } else {
                    (if_true, if_false)
                };
                self.string_equals(string, literal, equal, different);
            }
            _ => {
                let value = self.integer(condition);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::NotEqual,
                    left: value,
                    right: Operand::Immediate(0),
                    taken: if_true,
                    not_taken: if_false,
                });
            }
        }
    }

    /// Compares a string with a literal, NUL included, a word at a time.
    fn string_equals(&mut self, string: &Expr, literal: &[u8], equal: BlockId, different: BlockId) {
        let Type::String { size } = string.ty else {
            unreachable!("checked as a string")
        };
        let mut expected = literal.to_vec();
        expected.push(0);
        if expected.len() > size as usize {
            // The literal cannot fit in the string's buffer with its NUL.
            self.builder.terminate(Terminator::Jump(different));
            return;
        }
        let place = self.scratch_place(size);
        self.string_into(string, place);
        let mut offset = 0usize;
        while offset < expected.len() {
            let width = chunk((expected.len() - offset) as u32).min_word();
            let bytes = width.bytes() as usize;
            let mut word = [0u8; 4];
            word[..bytes].copy_from_slice(&expected[offset..offset + bytes]);
            let address = self.address(place.offset + offset as u32);
            let value = self.builder.load(address, width);
            // The loaded word is zero-extended but an immediate is sign-extended: a word
            // with its top bit set is compared through a register.
            let expected_word = u32::from_le_bytes(word);
            let right = match i32::try_from(expected_word) {
                Ok(small) => Operand::Immediate(small),
                Err(_) => Operand::Register(self.builder.constant(i64::from(expected_word))),
            };
            let next = self.builder.new_block();
            self.builder.terminate(Terminator::Branch {
                condition: Condition::NotEqual,
                left: value,
                right,
                taken: different,
                not_taken: next,
            });
            self.builder.switch_to(next);
            offset += bytes;
        }
        self.builder.terminate(Terminator::Jump(equal));
    }
}

/// `-p PID` and `-c CMD`: when `.rodata` names a target process, leave unless the current
/// process is it. `.rodata` is frozen before the verifier runs, so with no target the
/// verifier sees a constant 0 and drops the check from the program it runs.
fn filter_target_process(builder: &mut FunctionBuilder, exit_block: BlockId) {
    let globals = builder.rodata_pointer();
    let target = builder.load(
        Address::Register {
            base: globals,
            offset: RODATA_TARGET_PID_OFFSET as i16,
        },
        Size::Double,
    );
    let check = builder.new_block();
    let start = builder.new_block();
    builder.terminate(Terminator::Branch {
        condition: Condition::Equal,
        left: target,
        right: Operand::Immediate(0),
        taken: start,
        not_taken: check,
    });
    builder.switch_to(check);
    let pid_tgid = builder.call(Helper::GetCurrentPidTgid, Vec::new(), ValueKind::Scalar);
    let process = builder.binary(
        BinaryOperation::ShiftRight,
        pid_tgid,
        Operand::Immediate(32),
    );
    builder.terminate(Terminator::Branch {
        condition: Condition::NotEqual,
        left: process,
        right: Operand::Register(target),
        taken: exit_block,
        not_taken: start,
    });
    builder.switch_to(start);
}

/// The helpers that read memory and strings in an address space.
fn read_helpers(space: AddressSpace) -> (Helper, Helper) {
    match space {
        AddressSpace::User => (Helper::ProbeReadUser, Helper::ProbeReadUserString),
        AddressSpace::Kernel => (Helper::ProbeReadKernel, Helper::ProbeReadKernelString),
        AddressSpace::Either => (Helper::ProbeRead, Helper::ProbeReadString),
    }
}

/// `AF_INET` and `AF_INET6`, the families `ntop()` picks from the address's size.
const AF_INET: i32 = 2;
const AF_INET6: i32 = 10;

/// Bytes a string or address value takes in memory.
fn memory_size(ty: Type) -> u32 {
    match ty {
        Type::String { size } => size,
        Type::Inet => btc_payload::INET_ADDRESS_SIZE as u32,
        _ => 8,
    }
}

/// The largest access that fits in `remaining` bytes.
fn chunk(remaining: u32) -> Size {
    match remaining {
        8.. => Size::Double,
        4..=7 => Size::Word,
        2..=3 => Size::Half,
        _ => Size::Byte,
    }
}

trait MinWord {
    /// Compares against immediates are 32-bit, sign-extended: stay at word size or below.
    fn min_word(self) -> Size;
}

impl MinWord for Size {
    fn min_word(self) -> Size {
        if self == Size::Double {
            Size::Word
        } else {
            self
        }
    }
}

fn mirror(comparison: Comparison) -> Comparison {
    match comparison {
        Comparison::Less => Comparison::Greater,
        Comparison::LessEqual => Comparison::GreaterEqual,
        Comparison::Greater => Comparison::Less,
        Comparison::GreaterEqual => Comparison::LessEqual,
        other => other,
    }
}

fn condition_for(comparison: Comparison, signed: bool) -> Condition {
    match (comparison, signed) {
        (Comparison::Equal, _) => Condition::Equal,
        (Comparison::NotEqual, _) => Condition::NotEqual,
        (Comparison::Less, false) => Condition::Less,
        (Comparison::LessEqual, false) => Condition::LessOrEqual,
        (Comparison::Greater, false) => Condition::Greater,
        (Comparison::GreaterEqual, false) => Condition::GreaterOrEqual,
        (Comparison::Less, true) => Condition::SignedLess,
        (Comparison::LessEqual, true) => Condition::SignedLessOrEqual,
        (Comparison::Greater, true) => Condition::SignedGreater,
        (Comparison::GreaterEqual, true) => Condition::SignedGreaterOrEqual,
    }
}
