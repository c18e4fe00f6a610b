//! Lowering of `for ($kv : @map)` and `len(@map)`: callback subprograms for
//! `bpf_for_each_map_elem`.
//!
//! In: a loop over a map (or a `len()` call) in the function being lowered. Out: a call of
//! `bpf_for_each_map_elem` in that function, and a new IR [`Function`] in the `.text`
//! section that the kernel calls once per element with `(map, key, value, ctx)` in r1-r4.
//! The callback shares the program's per-CPU scratch buffer (it runs on the same CPU,
//! synchronously), so string variables stay where they are and the callback's temporaries
//! go after the caller's. Integer variables live in registers, which a callback cannot
//! see: the caller stores them in scratch before the call and reloads them after it, and
//! the callback loads them at entry and stores them back before it returns, so that
//! `$x += 1` in the body is seen by the next iteration and after the loop, as in bpftrace.
//! `continue` returns 0 (next element), `break` returns 1 (stop); `return` and `exit()`
//! also set a stop flag in scratch, which makes the caller leave in turn.

use super::*;

/// What a callback's lowering knows about its frame.
#[derive(Debug, Clone, Copy)]
pub(super) struct CallbackFrame {
    /// The key and value pointers of the element (r2 and r3).
    key: VirtualRegister,
    value: VirtualRegister,
    /// Sets the stop flag and ends the iteration.
    pub(super) stop: BlockId,
}

impl<'a> FunctionLowering<'a> {
    /// The key and value pointers of the innermost map loop's element.
    pub(super) fn map_entry(&self) -> (VirtualRegister, VirtualRegister) {
        let frame = self
            .callback
            .expect("the checker allows $kv.0 and $kv.1 only inside their loop");
        (frame.key, frame.value)
    }

    /// `print($kv)`: the action id, the key's bytes and the value, printed as a tuple.
    pub(super) fn print_map_entry(&mut self, action: usize, map: MapId) {
        let (key, value) = self.map_entry();
        let info = &self.program.maps[map.0];
        let key_size = info.user_key_size();
        let value_size = match info.value {
            MapValueType::Aggregate(_) => 8,
            MapValueType::Plain(_) => info.value_size(),
        };
        let value_kind = info.value;
        let record = self.scratch_place(8 + key_size + value_size);
        let address = self.address(record.offset);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(action as i32),
            size: Size::Double,
        });
        let key_place = Place {
            offset: record.offset + 8,
            size: key_size,
        };
        self.copy_memory(key, 0, key_place, key_size);
        let value_place = Place {
            offset: record.offset + 8 + key_size,
            size: value_size,
        };
        match value_kind {
            MapValueType::Aggregate(aggregate) => {
                let combined = self.aggregate_read(map, key, aggregate);
                let address = self.address(value_place.offset);
                self.builder.push(Instruction::Store {
                    address,
                    value: Operand::Register(combined),
                    size: Size::Double,
                });
            }
            MapValueType::Plain(_) => self.copy_memory(value, 0, value_place, value_size),
        }
        self.output(record);
    }

    /// A unique symbol name for the next callback of this function.
    fn callback_name(&self, purpose: &str) -> String {
        format!(
            "{}_{purpose}_{}",
            self.builder.name(),
            self.callbacks.len() + 1
        )
    }

    /// `len(@map)`: `bpf_for_each_map_elem` with a callback that does nothing returns the
    /// number of elements it visited, which is every element of the map.
    pub(super) fn map_length(&mut self, map: MapId) -> VirtualRegister {
        let name = self.callback_name("len");
        let mut builder = FunctionBuilder::new(name.clone(), SUBPROGRAM_SECTION.to_string());
        // The kernel wants a line record at the start of every subprogram.
        builder.set_position(self.builder.position());
        builder.terminate(Terminator::ReturnValue(0));
        self.callbacks.push(builder.finish());
        self.for_each(map, &name, Operand::Immediate(0))
    }

    /// Calls `bpf_for_each_map_elem(map, callback, context, 0)`; returns how many
    /// elements the callback saw.
    fn for_each(&mut self, map: MapId, callback: &str, context: Operand) -> VirtualRegister {
        let map_register = self
            .builder
            .map_reference(&self.program.maps[map.0].bpf_name.clone());
        let function = self.builder.function_address(callback);
        self.builder.call(
            Helper::ForEachMapElement,
            vec![
                Operand::Register(map_register),
                Operand::Register(function),
                context,
                Operand::Immediate(0),
            ],
            ValueKind::Scalar,
        )
    }

    /// `for ($kv : @map) { body }`.
    pub(super) fn for_map(&mut self, map: MapId, body: &[Statement]) {
        let name = self.callback_name("for");
        // The integer variables, and the stop flag, travel through scratch.
        let mut shared: Vec<(VariableId, VirtualRegister, Place)> = Vec::new();
        let mut ids: Vec<VariableId> = self.variables.keys().copied().collect();
        ids.sort_by_key(|id| id.0);
        for id in ids {
            if let VariableHome::Register(register) = self.variables[&id] {
                let place = self.scratch_place(8);
                let address = self.address(place.offset);
                self.builder.push(Instruction::Store {
                    address,
                    value: Operand::Register(register),
                    size: Size::Double,
                });
                shared.push((id, register, place));
            }
        }
        let stop_flag = self.scratch_place(8);
        let address = self.address(stop_flag.offset);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(0),
            size: Size::Double,
        });

        let (function, used, mut nested) = self.lower_callback(&name, &shared, stop_flag, body);
        self.scratch_used = self.scratch_used.max(used);
        self.callbacks.push(function);
        self.callbacks.append(&mut nested);

        self.for_each(map, &name, Operand::Immediate(0));
        for (_, register, place) in &shared {
            let address = self.address(place.offset);
            self.builder.push(Instruction::Load {
                destination: *register,
                address,
                size: Size::Double,
            });
        }
        let address = self.address(stop_flag.offset);
        let stopped = self.builder.load(address, Size::Double);
        let leave = self.builder.new_block();
        let after = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::NotEqual,
            left: stopped,
            right: Operand::Immediate(0),
            taken: leave,
            not_taken: after,
        });
        self.builder.switch_to(leave);
        self.leave();
        self.builder.terminate(Terminator::Jump(after));
        self.builder.switch_to(after);
    }

    /// The callback of a map loop: `(map, key, value, context)` in r1-r4.
    fn lower_callback(
        &mut self,
        name: &str,
        shared: &[(VariableId, VirtualRegister, Place)],
        stop_flag: Place,
        body: &[Statement],
    ) -> (Function, u32, Vec<Function>) {
        let mut builder = FunctionBuilder::new(name.to_string(), SUBPROGRAM_SECTION.to_string());
        builder.set_position(self.builder.position());
        let key = builder.parameter(ValueKind::MapKey);
        let value = builder.parameter(ValueKind::MapValue);
        let missing = builder.new_block();
        let (zero_key, scratch) = look_up_scratch(&mut builder, missing);
        let start = builder.current_block();
        builder.switch_to(missing);
        builder.terminate(Terminator::ReturnValue(1));
        builder.switch_to(start);
        let next_element = builder.new_block();
        let stop_iteration = builder.new_block();
        let stop = builder.new_block();

        let mut lowering = FunctionLowering {
            program: self.program,
            lines: self.lines,
            builder,
            scratch,
            scratch_used: self.scratch_used,
            zero_key,
            variables: self.variables.clone(),
            variable_types: self.variable_types.clone(),
            pending_skip: Vec::new(),
            loops: vec![LoopTargets {
                next_iteration: next_element,
                exit: stop_iteration,
            }],
            shared_slots: HashMap::new(),
            callback: Some(CallbackFrame { key, value, stop }),
            callbacks: Vec::new(),
            // A callback has no iterator context: its records go to the ring buffer.
            iterator: false,
        };
        let mut registers = Vec::with_capacity(shared.len());
        for (id, _, place) in shared {
            let address = lowering.address(place.offset);
            let register = lowering.builder.load(address, Size::Double);
            lowering
                .variables
                .insert(*id, VariableHome::Register(register));
            registers.push((register, *place));
        }
        lowering.statements(body);
        lowering.builder.terminate(Terminator::Jump(next_element));

        // `return` and `exit()`: raise the stop flag, then stop.
        lowering.builder.switch_to(stop);
        let address = lowering.address(stop_flag.offset);
        lowering.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(1),
            size: Size::Double,
        });
        lowering.builder.terminate(Terminator::Jump(stop_iteration));
        // Both ends store the variables back for the caller and the next element.
        for (block, result) in [(next_element, 0), (stop_iteration, 1)] {
            lowering.builder.switch_to(block);
            for (register, place) in &registers {
                let address = lowering.address(place.offset);
                lowering.builder.push(Instruction::Store {
                    address,
                    value: Operand::Register(*register),
                    size: Size::Double,
                });
            }
            lowering.builder.terminate(Terminator::ReturnValue(result));
        }
        let mut function = lowering.builder.finish();
        function.simplify();
        (function, lowering.scratch_used, lowering.callbacks)
    }
}
