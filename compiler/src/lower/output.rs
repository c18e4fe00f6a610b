//! Lowering of output: printf-like records and `join` into the ring buffer.
//!
//! In: printf-like statements with their record layout. Out: IR that builds each record in
//! the scratch buffer and sends it with `bpf_ringbuf_output`, counting a lost event when the
//! ring buffer is full.

use super::*;

impl<'a> FunctionLowering<'a> {
    /// Writes a record to the ring buffer, counting it as lost when that fails.
    pub(super) fn output(&mut self, record: Place) {
        if self.iterator {
            self.iterator_output(record);
            return;
        }
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

    /// In an iter program, writes a record into the iterator's seq_file with
    /// `bpf_seq_write(ctx->meta->seq, record, size)`. The tool reads the records as one
    /// byte stream, so each carries its size in the upper half of its action id. A record
    /// that does not fit makes the kernel show the object again into a fresh buffer.
    fn iterator_output(&mut self, record: Place) {
        let address = self.address(record.offset + 4);
        self.builder.push(Instruction::Store {
            address,
            value: Operand::Immediate(record.size as i32),
            size: Size::Word,
        });
        let context = self.builder.context();
        // `struct bpf_iter__NAME` starts with `struct bpf_iter_meta *meta`, which starts
        // with `struct seq_file *seq`: both are fixed by the iterator ABI.
        let meta = self.context_load(context, 0, Size::Double, None);
        let seq = self.builder.load(
            Address::Register {
                base: meta,
                offset: 0,
            },
            Size::Double,
        );
        let pointer = self.pointer(record.offset);
        self.builder.call(
            Helper::SeqWrite,
            vec![
                Operand::Register(seq),
                Operand::Register(pointer),
                Operand::Immediate(record.size as i32),
            ],
            ValueKind::Scalar,
        );
    }

    pub(super) fn printf(&mut self, action: usize, arguments: &[RecordArgument], record_size: u32) {
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
                Type::String { .. }
                | Type::Inet
                | Type::Buffer { .. }
                | Type::Tuple(_)
                | Type::UserSymbol
                | Type::MacAddress
                | Type::Array { .. } => {
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

    pub(super) fn join(
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
}
