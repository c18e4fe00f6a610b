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
            _ => self.string_into(expression, place),
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
            ExprKind::MapEntryKey { map, part } => {
                let (key, _) = self.map_entry();
                let offset = self.program.maps[map.0]
                    .key
                    .as_ref()
                    .map_or(0, |key| key.offsets()[*part]);
                let Type::String { size } = expression.ty else {
                    unreachable!("a string key part")
                };
                self.copy_memory(key, offset, place, size.min(place.size));
            }
            ExprKind::MapEntryValue { .. } => {
                let (_, value) = self.map_entry();
                let Type::String { size } = expression.ty else {
                    unreachable!("a string value")
                };
                self.copy_memory(value, 0, place, size.min(place.size));
            }
            _ => unreachable!("the checker only types these expressions as strings"),
        }
    }

    /// Copies `size` bytes from `base + offset` to the scratch place, 8 bytes at a time.
    pub(super) fn copy_memory(&mut self, base: VirtualRegister, offset: u32, to: Place, size: u32) {
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
}
