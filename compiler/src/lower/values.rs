//! Lowering of values that live in memory: strings, addresses and byte copies.
//!
//! In: expressions whose value is wider than a register. Out: IR that writes the value into
//! a [`Place`] (a record field, a map key, a scratch slot).

use super::*;

impl<'a> FunctionLowering<'a> {
    pub(super) fn zero(&mut self, place: Place) {
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

    /// Evaluates a string or address expression into `place`.
    pub(super) fn value_into(&mut self, expression: &Expr, place: Place) {
        match expression.ty {
            Type::Inet => self.inet_into(expression, place),
            Type::Buffer { .. } => self.buffer_into(expression, place),
            Type::Tuple(layout) => self.tuple_into(expression, place, layout),
            Type::UserSymbol => self.user_symbol_into(expression, place),
            Type::MacAddress => self.mac_address_into(expression, place),
            _ => self.string_into(expression, place),
        }
    }

    /// Evaluates a `macaddr()` (or a variable or map value holding one) into `place`: six
    /// bytes, zero-padded.
    pub(super) fn mac_address_into(&mut self, expression: &Expr, place: Place) {
        let ExprKind::MacAddress { source, space } = &expression.kind else {
            self.string_into(expression, place);
            return;
        };
        self.zero(place);
        let size = (btc_payload::MAC_ADDRESS_SIZE as u32).min(place.size);
        let bytes = Place {
            offset: place.offset,
            size,
        };
        match source.ty {
            // A `char[6]` field, variable or string: its first six bytes.
            Type::String { .. } => self.string_into(source, bytes),
            _ => {
                let address = self.integer(source);
                let destination = self.pointer(place.offset);
                let (read, _) = read_helpers(*space);
                self.builder.call(
                    read,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size as i32),
                        Operand::Register(address),
                    ],
                    ValueKind::Scalar,
                );
            }
        }
    }

    /// Evaluates a `buf()` (or a variable holding one) into `place`: the `u64` length,
    /// then the bytes, zero-padded.
    pub(super) fn buffer_into(&mut self, expression: &Expr, place: Place) {
        let ExprKind::Buffer { source, space } = &expression.kind else {
            // A variable or a map value: its bytes, length and all, as for a string.
            self.string_into(expression, place);
            return;
        };
        let Type::Buffer { size } = expression.ty else {
            unreachable!("buf() is a buffer")
        };
        let size = size.min(place.size.saturating_sub(8));
        self.zero(place);
        let at = self.address(place.offset);
        self.builder.push(Instruction::Store {
            address: at,
            value: Operand::Immediate(size as i32),
            size: Size::Double,
        });
        let data = Place {
            offset: place.offset + 8,
            size,
        };
        match (&source.kind, source.ty) {
            // The literal's bytes as written, with no terminating NUL inside the size.
            (ExprKind::StringLiteral(bytes), _) => {
                for (index, chunk) in bytes.chunks(4).enumerate() {
                    let index = index as u32 * 4;
                    if index >= size {
                        break;
                    }
                    let mut word = [0u8; 4];
                    word[..chunk.len()].copy_from_slice(chunk);
                    let width = (size - index).min(4);
                    let (value, store) = match width {
                        4 => (i32::from_le_bytes(word), Size::Word),
                        2 | 3 => (
                            i32::from(u16::from_le_bytes([word[0], word[1]])),
                            Size::Half,
                        ),
                        _ => (i32::from(word[0]), Size::Byte),
                    };
                    let address = self.address(data.offset + index);
                    self.builder.push(Instruction::Store {
                        address,
                        value: Operand::Immediate(value),
                        size: store,
                    });
                    if width == 3 {
                        let address = self.address(data.offset + index + 2);
                        self.builder.push(Instruction::Store {
                            address,
                            value: Operand::Immediate(i32::from(word[2])),
                            size: Size::Byte,
                        });
                    }
                }
            }
            (_, Type::String { size: string_size }) => self.string_into(
                source,
                Place {
                    offset: data.offset,
                    size: size.min(string_size),
                },
            ),
            _ => {
                let address = self.integer(source);
                let destination = self.pointer(data.offset);
                let (read, _) = read_helpers(*space);
                self.builder.call(
                    read,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size as i32),
                        Operand::Register(address),
                    ],
                    ValueKind::Scalar,
                );
            }
        }
    }

    /// Evaluates a `usym()` value (or a variable holding one) into `place`: the address,
    /// then the current process id that the runtime reads the mappings of.
    pub(super) fn user_symbol_into(&mut self, expression: &Expr, place: Place) {
        match &expression.kind {
            ExprKind::UserSymbol(address) => {
                let value = self.operand(address);
                let at = self.address(place.offset);
                self.builder.push(Instruction::Store {
                    address: at,
                    value,
                    size: Size::Double,
                });
                let process = self.builtin(Builtin::Pid);
                let at = self.address(place.offset + 8);
                self.builder.push(Instruction::Store {
                    address: at,
                    value: Operand::Register(process),
                    size: Size::Double,
                });
            }
            ExprKind::Variable(variable) => {
                let VariableHome::Memory(from) = self.variables[variable] else {
                    unreachable!("a usym() variable lives in memory")
                };
                let scratch = self.scratch;
                self.copy_memory(scratch, from.offset, place, from.size.min(place.size));
            }
            _ => unreachable!("the checker only types usym() and variables as user symbols"),
        }
    }

    /// Evaluates an `ntop()` address (or a variable holding one) into `place`: the family,
    /// then the address bytes as they are in memory (network order), zero-padded.
    pub(super) fn inet_into(&mut self, expression: &Expr, place: Place) {
        match &expression.kind {
            ExprKind::Ntop { family, address } => {
                self.zero(place);
                let family = match family {
                    Some(family) => self.operand(family),
                    None => Operand::Immediate(match address.ty {
                        Type::String { size: 16 } | Type::Array { length: 16, .. } => AF_INET6,
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
                    Type::String { size } | Type::Array { length: size, .. } => self.string_into(
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
            ExprKind::TupleField { base, index } => self.tuple_bytes_into(base, *index, place),
            ExprKind::Block { statements, value } => {
                self.statements(statements);
                self.inet_into(value, place);
            }
            ExprKind::MapEntryKey { map, part } => {
                let (key, _) = self.map_entry();
                let offset = self.program.maps[map.0]
                    .key
                    .as_ref()
                    .map_or(0, |key| key.offsets()[*part]);
                let size = (btc_payload::INET_ADDRESS_SIZE as u32).min(place.size);
                self.copy_memory(key, offset, place, size);
            }
            _ => unreachable!("the checker only types ntop(), variables and keys as addresses"),
        }
    }

    /// Evaluates a string expression into `place` (truncating to its size).
    pub(super) fn string_into(&mut self, expression: &Expr, place: Place) {
        match &expression.kind {
            ExprKind::IntegerAsArray(value) => {
                // Little-endian: the integer's bytes are the array's, lowest first, stored
                // in the widest aligned pieces that fit.
                let value = self.integer(value);
                let size = expression.ty.array_size().unwrap_or(8).min(place.size);
                let mut done = 0;
                while done < size {
                    let width = aligned_chunk(size - done, done);
                    let piece = if done == 0 {
                        value
                    } else {
                        self.builder.binary(
                            BinaryOperation::ShiftRight,
                            value,
                            Operand::Immediate((done * 8) as i32),
                        )
                    };
                    let address = self.address(place.offset + done);
                    self.builder.push(Instruction::Store {
                        address,
                        value: Operand::Register(piece),
                        size: width,
                    });
                    done += width.bytes();
                }
            }
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
            ExprKind::Path {
                pointer,
                offset,
                access,
            } => {
                let Type::String { size } = expression.ty else {
                    unreachable!("path() is a string")
                };
                // Zeroed first, as bpftrace does: on an error the helper leaves the buffer
                // as it was, which then prints as an empty string.
                self.zero(place);
                let source = match access {
                    Some(access) => self.field_address(pointer, *offset, access),
                    None => self.integer(pointer),
                };
                let destination = self.pointer(place.offset);
                self.builder.call(
                    Helper::DPath,
                    vec![
                        Operand::Register(source),
                        Operand::Register(destination),
                        Operand::Immediate(size.min(place.size) as i32),
                    ],
                    ValueKind::Scalar,
                );
            }
            ExprKind::StringLiteral(bytes) => {
                let mut terminated = bytes.clone();
                if let Type::Array { .. } = expression.ty {
                    // `pton()`'s bytes: an array, not a string, so no terminating NUL.
                    terminated.truncate(place.size as usize);
                } else {
                    terminated.truncate(place.size.saturating_sub(1) as usize);
                    terminated.push(0);
                }
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
            ExprKind::KernelRead { .. } | ExprKind::PlainRead { .. } => {
                let size = bytes_of(expression.ty);
                let (source, helper) = self.field_read_source(expression);
                let destination = self.pointer(place.offset);
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
            ExprKind::RuntimeValue(first) => {
                // A string option (`getopt()`): its consecutive `.rodata` slots.
                let offset =
                    btc_payload::runtime_value_offset(self.program.positional_parameters, *first);
                let globals = self.builder.rodata_pointer();
                let size = ((8 * btc_payload::OPTION_TEXT_SLOTS) as u32).min(place.size);
                self.copy_memory(globals, offset as u32, place, size);
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
            ExprKind::ContextDataLocation { offset, access } => {
                let Type::String { size } = expression.ty else {
                    unreachable!("a __data_loc string")
                };
                // The u32 holds the string's length in its high half and its offset from
                // the start of the record in its low half.
                let context = self.builder.context();
                let location = self.context_load(context, *offset, Size::Word, access.as_ref());
                let start =
                    self.builder
                        .binary(BinaryOperation::And, location, Operand::Immediate(0xffff));
                let source =
                    self.builder
                        .binary(BinaryOperation::Add, context, Operand::Register(start));
                let destination = self.pointer(place.offset);
                self.builder.call(
                    Helper::ProbeReadKernelString,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size.min(place.size) as i32),
                        Operand::Register(source),
                    ],
                    ValueKind::Scalar,
                );
            }
            ExprKind::PositionalStringFrom { index, skip } => {
                let offset = btc_payload::positional_string_offset(
                    self.program.positional_parameters,
                    *index,
                );
                let globals = self.builder.rodata_pointer();
                // The argument's slot is zero-filled after its NUL: skipping past the end of
                // a short argument reads an empty string.
                let size = (btc_payload::POSITIONAL_STRING_SIZE as u32 - *skip).min(place.size);
                self.copy_memory(globals, offset as u32 + *skip, place, size);
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
            ExprKind::TupleField { base, index } => self.tuple_bytes_into(base, *index, place),
            ExprKind::Block { statements, value } => {
                self.statements(statements);
                self.string_into(value, place);
            }
            ExprKind::Ternary {
                condition,
                then,
                otherwise,
            } => {
                let then_block = self.builder.new_block();
                let else_block = self.builder.new_block();
                let join = self.builder.new_block();
                self.branch(condition, then_block, else_block);
                self.builder.switch_to(then_block);
                self.string_into(then, place);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(else_block);
                self.string_into(otherwise, place);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
            }
            ExprKind::MapEntryKey { map, part } => {
                let (key, _) = self.map_entry();
                let offset = self.program.maps[map.0]
                    .key
                    .as_ref()
                    .map_or(0, |key| key.offsets()[*part]);
                let size = bytes_of(expression.ty);
                self.copy_memory(key, offset, place, size.min(place.size));
            }
            ExprKind::MapEntryValue { .. } => {
                let (_, value) = self.map_entry();
                let size = bytes_of(expression.ty);
                self.copy_memory(value, 0, place, size.min(place.size));
            }
            _ => unreachable!("the checker only types these expressions as strings"),
        }
    }

    /// Copies `size` bytes from `base + offset` to the scratch place, 8 bytes at a time
    /// where the source offset allows: the verifier refuses a context (tracepoint record)
    /// access whose offset is not a multiple of its size, so a `char[10]` field at offset 34
    /// is read as 2 + 8 bytes, not 8 + 2.
    pub(super) fn copy_memory(&mut self, base: VirtualRegister, offset: u32, to: Place, size: u32) {
        let mut done = 0;
        while done < size {
            let width = aligned_chunk(size - done, offset + done);
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
}

/// Bytes of a value copied as its bytes: a string's buffer or an array's elements.
fn bytes_of(ty: Type) -> u32 {
    match ty {
        Type::String { size } => size,
        other => other
            .array_size()
            .expect("the checker only copies strings and arrays as bytes"),
    }
}
