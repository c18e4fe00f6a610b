//! Lowering of integer expressions and conditions.
//!
//! In: typed expressions. Out: a virtual register holding the value, or, for conditions,
//! a compare-and-branch to two blocks (never a 0/1 value tested later).

use super::*;

impl<'a> FunctionLowering<'a> {
    /// An integer expression as an operand: small constants stay immediates.
    pub(super) fn operand(&mut self, expression: &Expr) -> Operand {
        if let ExprKind::Integer(value) = expression.kind
            && let Ok(small) = i32::try_from(value)
        {
            return Operand::Immediate(small);
        }
        Operand::Register(self.integer(expression))
    }

    /// An integer expression in a register (64-bit, sign- or zero-extended).
    pub(super) fn integer(&mut self, expression: &Expr) -> VirtualRegister {
        match &expression.kind {
            ExprKind::Integer(value) => self.builder.constant(*value),
            ExprKind::Builtin(builtin) => self.builtin(*builtin),
            ExprKind::Variable(variable) => match self.variables[variable] {
                VariableHome::Register(register) => register,
                // An integer whose address is taken (`&$x`); strings never get here.
                VariableHome::Memory(place) => {
                    let address = self.address(place.offset);
                    self.builder.load(address, Size::Double)
                }
            },
            ExprKind::VariableAddress(variable) => match self.variables[variable] {
                VariableHome::Memory(place) => self.pointer(place.offset),
                VariableHome::Register(_) => {
                    unreachable!("the checker gives address-taken variables a home in memory")
                }
            },
            ExprKind::PerCpuAddress { variable, cpu } => {
                let name = self.program.kernel_variables[*variable].name.clone();
                let address = self.builder.kernel_variable(&name);
                match cpu {
                    Some(cpu) => {
                        let cpu = self.operand(cpu);
                        self.builder.call(
                            Helper::PerCpuPointer,
                            vec![Operand::Register(address), cpu],
                            ValueKind::Scalar,
                        )
                    }
                    None => self.builder.call(
                        Helper::ThisCpuPointer,
                        vec![Operand::Register(address)],
                        ValueKind::Scalar,
                    ),
                }
            }
            ExprKind::MapAddress(map) => {
                let name = self.program.maps[map.0].bpf_name.clone();
                self.builder.map_reference(&name)
            }
            ExprKind::AggregateRead {
                map,
                keys,
                aggregate,
            } => {
                let (key, _) = self.map_key(*map, keys);
                self.aggregate_read(*map, key, *aggregate)
            }
            ExprKind::MapEntryKey { map, part } => {
                let (key, _) = self.map_entry();
                let offset = self.program.maps[map.0]
                    .key
                    .as_ref()
                    .map_or(0, |key| key.offsets()[*part]);
                self.builder.load(
                    Address::Register {
                        base: key,
                        offset: offset as i16,
                    },
                    Size::Double,
                )
            }
            ExprKind::MapEntryValue { map } => {
                let (key, value) = self.map_entry();
                match self.program.maps[map.0].value {
                    MapValueType::Aggregate(aggregate) => self.aggregate_read(*map, key, aggregate),
                    MapValueType::Plain(_) => self.builder.load(
                        Address::Register {
                            base: value,
                            offset: 0,
                        },
                        Size::Double,
                    ),
                }
            }
            ExprKind::MapLength(map) => self.map_length(*map),
            ExprKind::MapDelete { map, keys } => {
                let (key, _) = self.map_key(*map, keys);
                let map_register = self
                    .builder
                    .map_reference(&self.program.maps[map.0].bpf_name.clone());
                let status = self.builder.call(
                    Helper::MapDeleteElement,
                    vec![Operand::Register(map_register), Operand::Register(key)],
                    ValueKind::Scalar,
                );
                let result = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
                let deleted = self.builder.new_block();
                let join = self.builder.new_block();
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::NotEqual,
                    left: status,
                    right: Operand::Immediate(0),
                    taken: join,
                    not_taken: deleted,
                });
                self.builder.switch_to(deleted);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: Operand::Immediate(1),
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
                result
            }
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
                access,
                return_if_null,
            } => {
                let context = self.builder.context();
                let size = Size::from_bytes(*size).expect("the checker admits 1, 2, 4 and 8 bytes");
                let value = self.context_load(context, *offset, size, access.as_ref());
                if *return_if_null {
                    let present = self.builder.new_block();
                    let absent = self.builder.new_block();
                    self.builder.terminate(Terminator::Branch {
                        condition: Condition::Equal,
                        left: value,
                        right: Operand::Immediate(0),
                        taken: absent,
                        not_taken: present,
                    });
                    self.builder.switch_to(absent);
                    self.builder.terminate(Terminator::Return);
                    self.builder.switch_to(present);
                }
                if *signed && size != Size::Double {
                    self.sign_extend(value, size.bytes() * 8)
                } else {
                    value
                }
            }
            ExprKind::TrustedPointer { value, .. } => self.integer(value),
            ExprKind::KernelRead {
                pointer,
                offset,
                access,
            } if pointer.is_trusted_pointer() => {
                self.direct_field_load(pointer, *offset, access, expression.ty)
            }
            ExprKind::KernelRead { .. } | ExprKind::PlainRead { .. } => {
                let bytes = match expression.ty {
                    Type::Integer { bits, .. } => u32::from(bits) / 8,
                    _ => 8,
                };
                let (source, helper) = self.field_read_source(expression);
                let slot = self.shared_slot(SharedSlot::Value);
                let destination = self.builder.stack_address(slot, 0);
                self.builder.call(
                    helper,
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
            ExprKind::ArrayElement {
                first,
                index,
                length,
            } => self.array_element(first, index, *length, expression.ty),
            ExprKind::ArrayAsInteger(array) => {
                let bytes = array.ty.array_size().unwrap_or(8);
                let place = self.scratch_place(bytes.next_multiple_of(8));
                self.value_into(array, place);
                let size = Size::from_bytes(bytes).unwrap_or(Size::Double);
                let address = self.address(place.offset);
                let value = self.builder.load(address, size);
                if expression.ty.is_signed() && size != Size::Double {
                    self.sign_extend(value, bytes * 8)
                } else {
                    value
                }
            }
            ExprKind::KernelEnumerator { value, access } => self
                .builder
                .relocated_constant(*value as i32, access.clone()),
            ExprKind::KernelBitfield {
                pointer,
                layout,
                access,
            } => self.kernel_bitfield(pointer, layout, access, expression.ty.is_signed()),
            ExprKind::PlainBitfield {
                pointer,
                layout,
                user,
            } => self.plain_bitfield(pointer, layout, *user, expression.ty.is_signed()),
            ExprKind::UserMemory { base, displacement } => {
                let bytes = match expression.ty {
                    Type::Integer { bits, .. } => u32::from(bits) / 8,
                    _ => 8,
                };
                let base = self.integer(base);
                let source = self.builder.binary(
                    BinaryOperation::Add,
                    base,
                    Operand::Immediate(*displacement),
                );
                let slot = self.shared_slot(SharedSlot::Value);
                let destination = self.builder.stack_address(slot, 0);
                self.builder.call(
                    Helper::ProbeReadUser,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(bytes as i32),
                        Operand::Register(source),
                    ],
                    ValueKind::Scalar,
                );
                // A failed read leaves zeros: probe_read_user clears its buffer on error.
                let size = Size::from_bytes(bytes).unwrap_or(Size::Double);
                let value = self.builder.load(Address::Stack { slot, offset: 0 }, size);
                if expression.ty.is_signed() && size != Size::Double {
                    self.sign_extend(value, bytes * 8)
                } else {
                    value
                }
            }
            ExprKind::Strftime { nanoseconds, .. } => self.integer(nanoseconds),
            ExprKind::Stack { user, limit } => self.stack_id(*user, *limit),
            ExprKind::KernelSymbol(address) => self.integer(address),
            ExprKind::Positional(index) => {
                self.rodata_integer(btc_payload::positional_integer_offset(*index))
            }
            ExprKind::PositionalCount => self.rodata_integer(RODATA_ARGUMENT_COUNT_OFFSET),
            ExprKind::RuntimeValue(index) => self.rodata_integer(
                btc_payload::runtime_value_offset(self.program.positional_parameters, *index),
            ),
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
            ExprKind::StringLength(string) => self.string_length(string),
            ExprKind::Block { statements, value } => {
                self.statements(statements);
                self.integer(value)
            }
            ExprKind::TupleField { base, index } => self.tuple_integer(base, *index),
            ExprKind::StringFind { haystack, needle } => self.string_find(haystack, needle),
            ExprKind::MemoryCompare { left, right, count } => {
                self.memory_compare(left, right, *count)
            }
            ExprKind::Compare { .. }
            | ExprKind::StringsDiffer { .. }
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
            | ExprKind::IntegerAsArray(_)
            | ExprKind::PositionalString(_)
            | ExprKind::PositionalStringFrom { .. }
            | ExprKind::ContextString { .. }
            | ExprKind::ContextDataLocation { .. }
            | ExprKind::Str { .. }
            | ExprKind::Path { .. }
            | ExprKind::Ntop { .. }
            | ExprKind::Buffer { .. }
            | ExprKind::Tuple(_)
            | ExprKind::UserSymbol(_)
            | ExprKind::MacAddress { .. } => {
                unreachable!("the checker keeps strings out of integer contexts")
            }
            // The runtime reads the errno from the low 32 bits.
            ExprKind::ErrorText(errno) => self.integer(errno),
            ExprKind::Enumerated { value, .. } => self.integer(value),
        }
    }

    /// The `u64` the runtime wrote at `offset` in `.rodata`.
    pub(super) fn rodata_integer(&mut self, offset: usize) -> VirtualRegister {
        let globals = self.builder.rodata_pointer();
        self.builder.load(
            Address::Register {
                base: globals,
                offset: offset as i16,
            },
            Size::Double,
        )
    }

    /// Where a `KernelRead` or `PlainRead` reads from, and the helper that reads it.
    pub(super) fn field_read_source(&mut self, read: &Expr) -> (VirtualRegister, Helper) {
        match &read.kind {
            ExprKind::KernelRead {
                pointer,
                offset,
                access,
            } => (
                self.field_address(pointer, *offset, access),
                Helper::ProbeReadKernel,
            ),
            ExprKind::PlainRead {
                pointer,
                offset,
                user,
            } => {
                let base = self.integer(pointer);
                // No `+= 0`: the verifier refuses any arithmetic on a pointer that may be
                // NULL (`bpf_per_cpu_ptr`'s), even when reading through it with a helper is
                // fine.
                let address = if *offset == 0 {
                    base
                } else {
                    self.builder.binary(
                        BinaryOperation::Add,
                        base,
                        Operand::Immediate(*offset as i32),
                    )
                };
                let helper = if *user {
                    Helper::ProbeReadUser
                } else {
                    Helper::ProbeReadKernel
                };
                (address, helper)
            }
            _ => unreachable!("a field read"),
        }
    }

    /// `pointer + offset` with the offset relocated by libbpf for the running kernel.
    pub(super) fn field_address(
        &mut self,
        pointer: &Expr,
        offset: u32,
        access: &crate::ir::CoreAccess,
    ) -> VirtualRegister {
        let base = self.integer(pointer);
        self.builder
            .field_address(base, offset as i32, access.clone())
    }

    /// A field of type `ty` read through a pointer the verifier types from BTF: one load,
    /// its offset relocated through `access` in the instruction itself. The verifier turns
    /// it into a load that cannot fault (a bad or NULL pointer reads 0), so it needs no
    /// `bpf_probe_read_kernel` and no stack slot.
    fn direct_field_load(
        &mut self,
        pointer: &Expr,
        offset: u32,
        access: &CoreAccess,
        ty: Type,
    ) -> VirtualRegister {
        let bytes = match ty {
            Type::Integer { bits, .. } => u32::from(bits) / 8,
            _ => 8,
        };
        let size = Size::from_bytes(bytes).unwrap_or(Size::Double);
        let base = self.integer(pointer);
        let value = match i16::try_from(offset) {
            Ok(offset) => self
                .builder
                .relocated_load(base, offset, size, access.clone()),
            // Past an instruction's 16-bit offset: the relocated offset is added first.
            Err(_) => {
                let address = self
                    .builder
                    .field_address(base, offset as i32, access.clone());
                self.builder.load(
                    Address::Register {
                        base: address,
                        offset: 0,
                    },
                    size,
                )
            }
        };
        if ty.is_signed() && size != Size::Double {
            self.sign_extend(value, bytes * 8)
        } else {
            value
        }
    }

    /// Element `index` (of type `ty`) of an array: a zeroed slot, then, when
    /// `index < length`, a probe_read of the element at the array's address plus `index`
    /// times the element size. `first` is either a field read of element 0 (the array is
    /// read in place) or a whole array value, copied to scratch memory first.
    fn array_element(
        &mut self,
        first: &Expr,
        index: &Expr,
        length: u32,
        ty: Type,
    ) -> VirtualRegister {
        let bytes = match ty {
            Type::Integer { bits, .. } => u32::from(bits) / 8,
            _ => 8,
        };
        let index = self.integer(index);
        let slot = self.shared_slot(SharedSlot::Value);
        self.builder.push(Instruction::Store {
            address: Address::Stack { slot, offset: 0 },
            value: Operand::Immediate(0),
            size: Size::Double,
        });
        let read = self.builder.new_block();
        let done = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition: Condition::GreaterOrEqual,
            left: index,
            right: Operand::Immediate(length as i32),
            taken: done,
            not_taken: read,
        });
        self.builder.switch_to(read);
        let (start, helper) = match &first.kind {
            _ if matches!(first.ty, Type::Array { .. }) => {
                let place = self.scratch_place(bytes * length);
                self.value_into(first, place);
                (self.pointer(place.offset), Helper::ProbeReadKernel)
            }
            ExprKind::KernelRead {
                pointer,
                offset,
                access,
            } => (
                self.field_address(pointer, *offset, access),
                Helper::ProbeReadKernel,
            ),
            ExprKind::PlainRead {
                pointer,
                offset,
                user,
            } => {
                let base = self.integer(pointer);
                let address = self.builder.binary(
                    BinaryOperation::Add,
                    base,
                    Operand::Immediate(*offset as i32),
                );
                let helper = if *user {
                    Helper::ProbeReadUser
                } else {
                    Helper::ProbeReadKernel
                };
                (address, helper)
            }
            _ => unreachable!("the checker indexes field reads and array values only"),
        };
        let distance = self.builder.binary(
            BinaryOperation::Multiply,
            index,
            Operand::Immediate(bytes as i32),
        );
        let source = self
            .builder
            .binary(BinaryOperation::Add, start, Operand::Register(distance));
        let destination = self.builder.stack_address(slot, 0);
        self.builder.call(
            helper,
            vec![
                Operand::Register(destination),
                Operand::Immediate(bytes as i32),
                Operand::Register(source),
            ],
            ValueKind::Scalar,
        );
        self.builder.terminate(Terminator::Jump(done));
        self.builder.switch_to(done);
        let size = Size::from_bytes(bytes).unwrap_or(Size::Double);
        let value = self.builder.load(Address::Stack { slot, offset: 0 }, size);
        if ty.is_signed() && size != Size::Double {
            self.sign_extend(value, bytes * 8)
        } else {
            value
        }
    }

    /// `*(size *)(context + offset)`, relocated through `access` when there is one.
    pub(super) fn context_load(
        &mut self,
        context: VirtualRegister,
        offset: u32,
        size: Size,
        access: Option<&CoreAccess>,
    ) -> VirtualRegister {
        match access {
            Some(access) => {
                self.builder
                    .relocated_load(context, offset as i16, size, access.clone())
            }
            None => self.builder.load(
                Address::Register {
                    base: context,
                    offset: offset as i16,
                },
                size,
            ),
        }
    }

    /// A bitfield read as clang's `BPF_CORE_READ_BITFIELD_PROBED` does it: the load's byte
    /// size and offset and both shifts are immediates that libbpf relocates.
    fn kernel_bitfield(
        &mut self,
        pointer: &Expr,
        layout: &BitfieldLayout,
        access: &CoreAccess,
        signed: bool,
    ) -> VirtualRegister {
        let source = self.field_address(pointer, layout.byte_offset, access);
        let slot = self.shared_slot(SharedSlot::Value);
        // The read fills only the low `byte_size` bytes of the u64 loaded below.
        self.builder.push(Instruction::Store {
            address: Address::Stack { slot, offset: 0 },
            value: Operand::Immediate(0),
            size: Size::Double,
        });
        let destination = self.builder.stack_address(slot, 0);
        let size = self.builder.relocated_constant(
            layout.byte_size as i32,
            access.with_kind(CoreKind::FieldByteSize),
        );
        self.builder.call(
            Helper::ProbeReadKernel,
            vec![
                Operand::Register(destination),
                Operand::Register(size),
                Operand::Register(source),
            ],
            ValueKind::Scalar,
        );
        let value = self
            .builder
            .load(Address::Stack { slot, offset: 0 }, Size::Double);
        let left = self.builder.relocated_constant(
            layout.left_shift as i32,
            access.with_kind(CoreKind::FieldLeftShift),
        );
        let value = self
            .builder
            .binary(BinaryOperation::ShiftLeft, value, Operand::Register(left));
        let right = self.builder.relocated_constant(
            layout.right_shift as i32,
            access.with_kind(CoreKind::FieldRightShift),
        );
        let operation = if signed {
            BinaryOperation::ArithmeticShiftRight
        } else {
            BinaryOperation::ShiftRight
        };
        self.builder
            .binary(operation, value, Operand::Register(right))
    }

    /// A bitfield of a script type: the same read and shifts as [`Self::kernel_bitfield`],
    /// with the script's own offsets and nothing relocated.
    fn plain_bitfield(
        &mut self,
        pointer: &Expr,
        layout: &BitfieldLayout,
        user: bool,
        signed: bool,
    ) -> VirtualRegister {
        let base = self.integer(pointer);
        let source = if layout.byte_offset == 0 {
            base
        } else {
            self.builder.binary(
                BinaryOperation::Add,
                base,
                Operand::Immediate(layout.byte_offset as i32),
            )
        };
        let slot = self.shared_slot(SharedSlot::Value);
        // The read fills only the low `byte_size` bytes of the u64 loaded below.
        self.builder.push(Instruction::Store {
            address: Address::Stack { slot, offset: 0 },
            value: Operand::Immediate(0),
            size: Size::Double,
        });
        let destination = self.builder.stack_address(slot, 0);
        let helper = if user {
            Helper::ProbeReadUser
        } else {
            Helper::ProbeReadKernel
        };
        self.builder.call(
            helper,
            vec![
                Operand::Register(destination),
                Operand::Immediate(layout.byte_size as i32),
                Operand::Register(source),
            ],
            ValueKind::Scalar,
        );
        let value = self
            .builder
            .load(Address::Stack { slot, offset: 0 }, Size::Double);
        let value = self.builder.binary(
            BinaryOperation::ShiftLeft,
            value,
            Operand::Immediate(layout.left_shift as i32),
        );
        let operation = if signed {
            BinaryOperation::ArithmeticShiftRight
        } else {
            BinaryOperation::ShiftRight
        };
        self.builder.binary(
            operation,
            value,
            Operand::Immediate(layout.right_shift as i32),
        )
    }

    pub(super) fn sign_extend(&mut self, value: VirtualRegister, bits: u32) -> VirtualRegister {
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

    pub(super) fn builtin(&mut self, builtin: Builtin) -> VirtualRegister {
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
            Builtin::Cgroup => call(self, Helper::GetCurrentCgroupId),
            Builtin::Random => call(self, Helper::GetPrandomU32),
            Builtin::CpuCount => self.rodata_integer(btc_payload::RODATA_CPU_COUNT_OFFSET),
            Builtin::NumaNode => call(self, Helper::GetNumaNodeId),
            Builtin::Jiffies => call(self, Helper::Jiffies64),
            Builtin::Context => self.builder.context(),
            Builtin::MonotonicNsecs => call(self, Helper::KtimeGetNanoseconds),
            Builtin::TaiNsecs => call(self, Helper::KtimeGetTaiNanoseconds),
            Builtin::Comm => unreachable!("comm is a string"),
        }
    }

    /// `bpf_get_stackid` into the stack map of `limit`-frame stacks: the id in the low 32
    /// bits (a negative error becomes an id past the map's entries, which the runtime
    /// prints as an empty stack) and, for a user stack, the process id in the high 32 bits,
    /// since the runtime needs that process's mappings to name the frames.
    pub(super) fn stack_id(&mut self, user: bool, limit: u32) -> VirtualRegister {
        let context = self.builder.context();
        let map = self
            .builder
            .map_reference(&btc_payload::stack_map_name(limit));
        let flags = if user { STACK_USER_FLAG } else { 0 };
        let id = self.builder.call(
            Helper::GetStackId,
            vec![
                Operand::Register(context),
                Operand::Register(map),
                Operand::Immediate(flags),
            ],
            ValueKind::Scalar,
        );
        let id = self.low_half(id);
        if !user {
            return id;
        }
        let process = self.builtin(Builtin::Pid);
        let process =
            self.builder
                .binary(BinaryOperation::ShiftLeft, process, Operand::Immediate(32));
        self.builder
            .binary(BinaryOperation::Or, id, Operand::Register(process))
    }

    /// The low 32 bits, zero-extended (an `and` immediate would be sign-extended).
    pub(super) fn low_half(&mut self, value: VirtualRegister) -> VirtualRegister {
        let shifted =
            self.builder
                .binary(BinaryOperation::ShiftLeft, value, Operand::Immediate(32));
        self.builder
            .binary(BinaryOperation::ShiftRight, shifted, Operand::Immediate(32))
    }

    /// Branches to `if_true` or `if_false` on a condition, with compare-and-jump.
    pub(super) fn branch(&mut self, condition: &Expr, if_true: BlockId, if_false: BlockId) {
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
            ExprKind::StringsDiffer { left, right, limit } => {
                self.strings_differ(left, right, *limit, if_true, if_false);
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
    pub(super) fn string_equals(
        &mut self,
        string: &Expr,
        literal: &[u8],
        equal: BlockId,
        different: BlockId,
    ) {
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
