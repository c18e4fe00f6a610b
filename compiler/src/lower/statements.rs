//! Lowering of statements: assignments, conditionals, loops and map updates.
//!
//! In: typed [`Statement`]s. Out: IR blocks in the function being built. Loops become
//! bounded back edges the verifier can follow; `break` and `continue` jump to the targets
//! of the innermost loop.

use super::*;

impl<'a> FunctionLowering<'a> {
    pub(super) fn statements(&mut self, statements: &[Statement]) {
        for statement in statements {
            self.statement(statement);
        }
    }

    pub(super) fn statement(&mut self, statement: &Statement) {
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
            Statement::Signal {
                signal,
                thread,
                span,
            } => {
                self.at(*span);
                let signal = self.operand(signal);
                let helper = if *thread {
                    Helper::SendSignalThread
                } else {
                    Helper::SendSignal
                };
                self.builder.call(helper, vec![signal], ValueKind::Scalar);
            }
            Statement::Override { value, span } => {
                self.at(*span);
                let value = self.operand(value);
                let context = self.builder.context();
                self.builder.call(
                    Helper::OverrideReturn,
                    vec![Operand::Register(context), value],
                    ValueKind::Scalar,
                );
            }
            Statement::Unwatch {
                action,
                address,
                span,
            } => {
                self.at(*span);
                let record = self.scratch_place(16);
                let slot = self.address(record.offset);
                self.builder.push(Instruction::Store {
                    address: slot,
                    value: Operand::Immediate(*action as i32),
                    size: Size::Double,
                });
                let address = self.operand(address);
                let slot = self.address(record.offset + 8);
                self.builder.push(Instruction::Store {
                    address: slot,
                    value: address,
                    size: Size::Double,
                });
                self.output(record);
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
                self.leave();
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
                    VariableHome::Memory(place) => {
                        let ty = self.variable_types[variable.0];
                        if ty.is_integer_like() {
                            // An integer whose address is taken: 8 bytes in scratch.
                            let value = self.operand(value);
                            let address = self.address(place.offset);
                            self.builder.push(Instruction::Store {
                                address,
                                value,
                                size: Size::Double,
                            });
                        } else {
                            self.value_into_typed(value, place, ty)
                        }
                    }
                }
            }
            Statement::MapAssign {
                map,
                keys,
                value,
                full,
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
                    MapValueType::Plain(Type::Tuple(layout)) => {
                        let size = crate::semantic::tuples::layout(layout).size;
                        let place = self.scratch_place(size);
                        self.tuple_into(value, place, layout);
                        self.pointer(place.offset)
                    }
                    MapValueType::Plain(
                        ty @ (Type::Buffer { .. } | Type::MacAddress | Type::Array { .. }),
                    ) => {
                        let place = self.scratch_place(memory_size(ty).next_multiple_of(8));
                        self.zero(place);
                        self.value_into(value, place);
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
                let status = self.builder.call(
                    Helper::MapUpdateElement,
                    vec![
                        Operand::Register(map_register),
                        Operand::Register(key),
                        Operand::Register(value_pointer),
                        Operand::Immediate(0),
                    ],
                    ValueKind::Scalar,
                );
                let full_block = self.builder.new_block();
                let join = self.builder.new_block();
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: status,
                    right: Operand::Immediate(-E2BIG),
                    taken: full_block,
                    not_taken: join,
                });
                self.builder.switch_to(full_block);
                self.notify(*full);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
            }
            Statement::MapAggregate {
                map,
                keys,
                aggregate,
                value,
                full,
                span,
            } => {
                self.at(*span);
                self.aggregate(*map, keys, *aggregate, value.as_ref(), *full);
            }
            Statement::MapAdd {
                map,
                keys,
                delta,
                full,
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
                self.continue_after_insert(Some(*full));
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
                self.notify(*action);
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
                self.leave();
            }
            Statement::PrintMapEntry { action, map, span } => {
                self.at(*span);
                self.print_map_entry(*action, *map);
            }
            Statement::ForMap { map, body, span } => {
                self.at(*span);
                self.for_map(*map, body);
            }
        }
    }

    /// Lowers a loop's body, ending it with a jump to the next iteration.
    pub(super) fn loop_body(&mut self, body: &[Statement], targets: LoopTargets) {
        self.loops.push(targets);
        self.statements(body);
        self.loops.pop();
        self.builder
            .terminate(Terminator::Jump(targets.next_iteration));
    }

    /// Outputs a record that holds only the action id.
    pub(super) fn notify(&mut self, action: usize) {
        let record = self.scratch_place(8);
        let address = self.address(record.offset);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(action as i32),
            size: Size::Double,
        });
        self.output(record);
    }
}
