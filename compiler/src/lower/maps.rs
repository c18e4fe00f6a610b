//! Lowering of map access: keys, lookups, inserts and aggregation updates.
//!
//! In: map operations with their keys. Out: IR that builds the key (on the stack or in
//! scratch), looks the map up, null-checks the result, and updates the per-CPU value in
//! place. hist and lhist buckets are computed here, with the same functions the runtime
//! uses to label them.

use super::*;

impl<'a> FunctionLowering<'a> {
    /// Updates an aggregation. Values are per-CPU, so plain loads and stores suffice.
    pub(super) fn aggregate(
        &mut self,
        map: MapId,
        keys: &[Expr],
        aggregate: Aggregate,
        value: Option<&Expr>,
        full: usize,
    ) {
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
        self.continue_after_insert(Some(full));
    }

    /// Reads a count, sum, min, max or avg map as one number: a loop over the possible
    /// CPUs (their number is in `.rodata`, written by the runtime, so the verifier sees a
    /// constant bound) that combines each CPU's value as the runtime does when it prints
    /// the map. The loop stops at the first CPU without a value, which for CPU 0 means
    /// that the key is absent: the result is then 0.
    pub(super) fn aggregate_read(
        &mut self,
        map: MapId,
        key: VirtualRegister,
        aggregate: Aggregate,
    ) -> VirtualRegister {
        let name = self.program.maps[map.0].bpf_name.clone();
        // total: the sum, or the min/max so far; second: the avg's count, or whether a
        // min/max has been seen on any CPU yet.
        let total = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
        let second = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
        let cpu = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
        let head = self.builder.new_block();
        let body = self.builder.new_block();
        let found = self.builder.new_block();
        let next = self.builder.new_block();
        let done = self.builder.new_block();
        self.builder.terminate(Terminator::Jump(head));

        self.builder.switch_to(head);
        let globals = self.builder.rodata_pointer();
        let cpus = self.builder.load(
            Address::Register {
                base: globals,
                offset: RODATA_CPU_COUNT_OFFSET as i16,
            },
            Size::Double,
        );
        self.builder.terminate(Terminator::Branch {
            condition: Condition::GreaterOrEqual,
            left: cpu,
            right: Operand::Register(cpus),
            taken: done,
            not_taken: body,
        });

        self.builder.switch_to(body);
        let map_register = self.builder.map_reference(&name);
        let value = self.builder.call(
            Helper::MapLookupPercpuElement,
            vec![
                Operand::Register(map_register),
                Operand::Register(key),
                Operand::Register(cpu),
            ],
            ValueKind::MapValueOrNull,
        );
        self.builder.terminate(Terminator::Branch {
            condition: Condition::Equal,
            left: value,
            right: Operand::Immediate(0),
            taken: done,
            not_taken: found,
        });

        self.builder.switch_to(found);
        let slot = |offset: i16| Address::Register {
            base: value,
            offset,
        };
        let accumulate = |lowering: &mut Self, into: VirtualRegister, offset: i16| {
            let part = lowering.builder.load(slot(offset), Size::Double);
            lowering.builder.push(Instruction::Binary {
                operation: BinaryOperation::Add,
                destination: into,
                left: into,
                right: Operand::Register(part),
            });
        };
        match aggregate {
            Aggregate::Count | Aggregate::Sum { .. } => accumulate(self, total, 0),
            Aggregate::Average { .. } => {
                accumulate(self, total, 0);
                accumulate(self, second, 8);
            }
            Aggregate::Min { signed } | Aggregate::Max { signed } => {
                // A CPU that never saw a value holds a 0 that is not a minimum.
                let seen = self.builder.new_block();
                let compare = self.builder.new_block();
                let take = self.builder.new_block();
                let set = self.builder.load(slot(8), Size::Double);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: set,
                    right: Operand::Immediate(0),
                    taken: next,
                    not_taken: seen,
                });
                self.builder.switch_to(seen);
                let candidate = self.builder.load(slot(0), Size::Double);
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::Equal,
                    left: second,
                    right: Operand::Immediate(0),
                    taken: take,
                    not_taken: compare,
                });
                self.builder.switch_to(compare);
                let better = match (aggregate, signed) {
                    (Aggregate::Min { .. }, true) => Condition::SignedLess,
                    (Aggregate::Min { .. }, false) => Condition::Less,
                    (_, true) => Condition::SignedGreater,
                    (_, false) => Condition::Greater,
                };
                self.builder.terminate(Terminator::Branch {
                    condition: better,
                    left: candidate,
                    right: Operand::Register(total),
                    taken: take,
                    not_taken: next,
                });
                self.builder.switch_to(take);
                self.builder.push(Instruction::Copy {
                    destination: total,
                    source: Operand::Register(candidate),
                });
                self.builder.push(Instruction::Copy {
                    destination: second,
                    source: Operand::Immediate(1),
                });
            }
            Aggregate::Stats { .. }
            | Aggregate::Histogram { .. }
            | Aggregate::LinearHistogram { .. } => {
                unreachable!("the checker reads only count, sum, min, max and avg maps")
            }
        }
        self.builder.terminate(Terminator::Jump(next));
        self.builder.switch_to(next);
        self.builder.push(Instruction::Binary {
            operation: BinaryOperation::Add,
            destination: cpu,
            left: cpu,
            right: Operand::Immediate(1),
        });
        self.builder.terminate(Terminator::Jump(head));

        self.builder.switch_to(done);
        match aggregate {
            Aggregate::Average { signed: false } => {
                self.builder
                    .binary(BinaryOperation::Divide, total, Operand::Register(second))
            }
            Aggregate::Average { signed: true } => {
                // BPF's division is unsigned (before cpu v4): divide the magnitude, as
                // bpftrace does, so that avg(-1, -1, -10) reads -4.
                let result = self.builder.new_register(ValueKind::Scalar);
                let negative = self.builder.new_block();
                let positive = self.builder.new_block();
                let join = self.builder.new_block();
                self.builder.terminate(Terminator::Branch {
                    condition: Condition::SignedLess,
                    left: total,
                    right: Operand::Immediate(0),
                    taken: negative,
                    not_taken: positive,
                });
                self.builder.switch_to(negative);
                let magnitude = self.builder.new_register(ValueKind::Scalar);
                self.builder.push(Instruction::Negate {
                    destination: magnitude,
                    source: total,
                });
                let quotient = self.builder.binary(
                    BinaryOperation::Divide,
                    magnitude,
                    Operand::Register(second),
                );
                self.builder.push(Instruction::Negate {
                    destination: result,
                    source: quotient,
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(positive);
                self.builder.push(Instruction::Binary {
                    operation: BinaryOperation::Divide,
                    destination: result,
                    left: total,
                    right: Operand::Register(second),
                });
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
                result
            }
            _ => total,
        }
    }

    /// The `hist()` bucket of `value` (see `btc_payload::log2_bucket`), branch by branch.
    pub(super) fn log2_bucket(&mut self, value: VirtualRegister, bits: u8) -> VirtualRegister {
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
    pub(super) fn linear_bucket(
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

    /// Looks up `@map[key]`, inserting a zero value first if it is absent. Returns the
    /// value pointer, valid in the current block; the block that follows the insert
    /// failing is [`Self::continue_after_insert`]'s.
    pub(super) fn map_value_or_insert(
        &mut self,
        map: MapId,
        key: VirtualRegister,
    ) -> VirtualRegister {
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

    /// Joins the "map full" path of [`Self::map_value_or_insert`] with the normal path;
    /// that path reports the full map with the action `full`, if there is one.
    pub(super) fn continue_after_insert(&mut self, full: Option<usize>) {
        let skip = self
            .pending_skip
            .pop()
            .expect("paired with map_value_or_insert");
        let join = self.builder.new_block();
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(skip);
        if let Some(action) = full {
            self.notify(action);
        }
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(join);
    }

    /// A pointer to the key of `@map[keys]`. A scalar map without a bucket uses the zero
    /// slot on the stack; any other key is built in scratch, zeroed first so that padding
    /// and the bytes after a string's NUL never make equal keys differ. For histograms the
    /// returned place leaves the bucket index (the last 8 bytes) to the caller.
    pub(super) fn map_key(
        &mut self,
        map: MapId,
        keys: &[Expr],
    ) -> (VirtualRegister, Option<Place>) {
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
                Type::String { .. }
                | Type::Inet
                | Type::Tuple(_)
                | Type::Buffer { .. }
                | Type::UserSymbol
                | Type::MacAddress
                | Type::Array { .. } => self.value_into_typed(
                    key,
                    Place {
                        offset: place.offset + offset,
                        size: memory_size(part),
                    },
                    part,
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

    pub(super) fn map_lookup(&mut self, map: MapId, keys: &[Expr]) -> VirtualRegister {
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
}
