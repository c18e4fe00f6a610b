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

mod callbacks;
mod expressions;
mod maps;
mod output;
mod statements;
mod strings;
mod tuples;
mod values;

use std::collections::HashMap;

use callbacks::CallbackFrame;

use btc_payload::{
    Attach, LOST_EVENTS_MAP, RINGBUF_MAP, RODATA_ARGUMENT_COUNT_OFFSET, RODATA_CPU_COUNT_OFFSET,
    RODATA_START_TIME_OFFSET, RODATA_TARGET_PID_OFFSET,
};

use crate::bpf::{Condition, Helper, Size};
use crate::ir::{
    Address, BinaryOperation, BlockId, CoreAccess, CoreKind, Function, FunctionBuilder,
    Instruction, Operand, SourcePosition, StackSlot, Terminator, ValueKind, VirtualRegister,
};
use crate::object::{MapDefinition, MapKind, SUBPROGRAM_SECTION};
use crate::semantic::typed::{
    AddressSpace, Aggregate, Arithmetic, BitfieldLayout, Builtin, Comparison, Expr, ExprKind,
    MapId, MapValueType, ProgramBody, RecordArgument, Statement, Type, TypedProgram, VariableId,
};
use crate::syntax::ast::Span;

/// The per-CPU array holding each program's large temporaries.
pub const SCRATCH_MAP: &str = "scratch";
/// Size of the ring buffer: bpftrace's lower bound of 256 KiB would drop events under
/// bursts; 1 MiB is a compromise between loss and locked memory.
const RINGBUF_SIZE: u32 = 1 << 20;
/// `BPF_NOEXIST` for `bpf_map_update_elem`.
const UPDATE_NO_EXIST: i32 = 1;
/// `BPF_F_USER_STACK` for `bpf_get_stackid`: record the user stack, not the kernel's.
const STACK_USER_FLAG: i32 = 1 << 8;

/// `E2BIG`: `bpf_map_update_elem` returns its negation when the map is full.
const E2BIG: i32 = 7;

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
    let mut callbacks = Vec::new();
    for body in &program.programs {
        let (function, used, mut subprograms) = FunctionLowering::lower(program, body, &lines);
        scratch_size = scratch_size.max(used);
        functions.push(function);
        callbacks.append(&mut subprograms);
    }
    // Subprograms after every program: they all go to the one `.text` section.
    functions.extend(callbacks);
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
    for limit in &program.stack_limits {
        maps.push(MapDefinition {
            name: btc_payload::stack_map_name(*limit),
            kind: MapKind::StackTrace,
            key_size: 4,
            value_size: 8 * limit,
            max_entries: btc_payload::STACK_MAP_ENTRIES,
            flags: 0,
        });
    }
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
        rodata_size: btc_payload::runtime_value_offset(
            program.positional_parameters,
            program.runtime_values.len(),
        ) as u32,
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
    /// Each variable's final type (a tuple variable may have widened after an expression
    /// that reads it was typed).
    variable_types: Vec<Type>,
    /// Blocks reached when a map update finds the map full, waiting to be joined.
    pending_skip: Vec<BlockId>,
    /// The enclosing loops, innermost last: where `continue` and `break` go.
    loops: Vec<LoopTargets>,
    /// Stack slots shared by every statement of the program. Each use writes the slot and
    /// hands it to one helper call right away, so uses never overlap.
    shared_slots: HashMap<SharedSlot, StackSlot>,
    /// Inside a map callback: the key and value pointers of the current element, and
    /// where `return` and `exit()` go (a block that stops the iteration and tells the
    /// caller to leave too).
    callback: Option<CallbackFrame>,
    /// The callback subprograms lowered so far (nested ones included), and how many.
    callbacks: Vec<Function>,
    /// An iter program: records go into the iterator's seq_file, not the ring buffer.
    iterator: bool,
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
    ) -> (Function, u32, Vec<Function>) {
        let mut builder = FunctionBuilder::new(body.name.clone(), body.section.clone());
        builder.set_position(lines.position(body.probe_span));
        let exit_block = builder.new_block();
        // As in bpftrace, BEGIN, END and interval probes fire whatever process runs.
        // An iterator runs in the tool's own process, reading the kernel's objects.
        let iterator = matches!(body.attach, Attach::Iterator { .. });
        if !matches!(
            body.attach,
            Attach::Begin | Attach::End | Attach::Interval { .. } | Attach::Iterator { .. }
        ) {
            filter_target_process(&mut builder, exit_block);
        }
        let (zero_key, scratch) = look_up_scratch(&mut builder, exit_block);
        let start = builder.current_block();
        builder.switch_to(exit_block);
        builder.terminate(Terminator::Return);
        builder.switch_to(start);

        let mut lowering = FunctionLowering {
            program,
            lines,
            builder,
            scratch,
            scratch_used: 0,
            zero_key,
            variables: HashMap::new(),
            variable_types: body.variables.iter().map(|variable| variable.ty).collect(),
            pending_skip: Vec::new(),
            loops: Vec::new(),
            shared_slots: HashMap::new(),
            callback: None,
            callbacks: Vec::new(),
            iterator,
        };
        for (index, variable) in body.variables.iter().enumerate() {
            let home = match variable.ty {
                Type::String { .. }
                | Type::Inet
                | Type::Buffer { .. }
                | Type::UserSymbol
                | Type::MacAddress => {
                    // An empty string, an address of family 0 or an empty buffer: never
                    // read as garbage.
                    let size = memory_size(variable.ty);
                    let place = lowering.scratch_place(size);
                    let address = lowering.address(place.offset);
                    lowering.builder.push(Instruction::Store {
                        address,
                        value: Operand::Immediate(0),
                        size: if matches!(
                            variable.ty,
                            Type::Inet | Type::Buffer { .. } | Type::UserSymbol | Type::MacAddress
                        ) {
                            Size::Double
                        } else {
                            Size::Byte
                        },
                    });
                    VariableHome::Memory(place)
                }
                Type::Tuple(_) | Type::Array { .. } => {
                    let place = lowering.scratch_place(memory_size(variable.ty));
                    lowering.zero(place);
                    VariableHome::Memory(place)
                }
                // `&$x` takes the address of an integer: it lives in scratch, not a register.
                Type::Integer { .. } | Type::Pointer { .. } if variable.address_taken => {
                    let place = lowering.scratch_place(8);
                    let address = lowering.address(place.offset);
                    lowering.builder.push(Instruction::Store {
                        address,
                        value: Operand::Immediate(0),
                        size: Size::Double,
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
        (function, lowering.scratch_used, lowering.callbacks)
    }

    /// Leaves the program (`return`, `exit()`); inside a map callback, stops the
    /// iteration and makes every enclosing function leave too.
    fn leave(&mut self) {
        match &self.callback {
            Some(frame) => {
                let stop = frame.stop;
                self.builder.terminate(Terminator::Jump(stop));
            }
            None => self.builder.terminate(Terminator::Return),
        }
        let dead = self.builder.new_block();
        self.builder.switch_to(dead);
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

/// Stores a zero key on the stack and looks up the per-CPU scratch buffer with it, as
/// every program and map-loop callback starts; a failed lookup branches to `missing`.
/// Leaves the builder in the block after the check and returns the key's slot and the
/// buffer's address.
fn look_up_scratch(
    builder: &mut FunctionBuilder,
    missing: BlockId,
) -> (StackSlot, VirtualRegister) {
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
        taken: missing,
        not_taken: start,
    });
    builder.switch_to(start);
    let scratch = builder.copy(Operand::Register(maybe), ValueKind::MapValue);
    (zero_key, scratch)
}

/// `AF_INET` and `AF_INET6`, the families `ntop()` picks from the address's size.
const AF_INET: i32 = 2;
const AF_INET6: i32 = 10;

/// Bytes a string or address value takes in memory.
fn memory_size(ty: Type) -> u32 {
    crate::semantic::tuples::field_size(ty)
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

/// The widest access of at most `remaining` bytes whose size divides `offset`.
fn aligned_chunk(remaining: u32, offset: u32) -> Size {
    let widest = chunk(remaining);
    [Size::Double, Size::Word, Size::Half, Size::Byte]
        .into_iter()
        .find(|size| size.bytes() <= widest.bytes() && offset.is_multiple_of(size.bytes()))
        .unwrap_or(Size::Byte)
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
