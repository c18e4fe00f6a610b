//! Lowering of the string functions: `strlen`, string comparison and search.
//!
//! In: [`ExprKind::StringLength`], [`ExprKind::StringsDiffer`] and
//! [`ExprKind::StringFind`]. Out: straight-line IR unrolled over the strings' buffers, one
//! byte at a time. Unrolling keeps every scratch access at a constant offset (the verifier
//! never sees a variable offset into a map value) and needs no loop for it to simulate; the
//! checker bounds the size of searches. A string literal's bytes are known here, so they
//! are compared as immediates and decided at build time where possible.

use super::*;

/// The bytes of a string operand.
enum StringBytes {
    /// A literal's bytes, NUL included.
    Known(Vec<u8>),
    /// A string evaluated into scratch.
    Memory(Place),
}

impl StringBytes {
    fn len(&self) -> u32 {
        match self {
            StringBytes::Known(bytes) => bytes.len() as u32,
            StringBytes::Memory(place) => place.size,
        }
    }
}

/// One byte of a string: known at build time or loaded into a register.
#[derive(Clone, Copy)]
enum Byte {
    Known(u8),
    Register(VirtualRegister),
}

impl<'a> FunctionLowering<'a> {
    fn string_bytes(&mut self, string: &Expr) -> StringBytes {
        if let ExprKind::StringLiteral(bytes) = &string.kind {
            let mut terminated = bytes.clone();
            terminated.push(0);
            return StringBytes::Known(terminated);
        }
        let Type::String { size } = string.ty else {
            unreachable!("the checker passes only strings")
        };
        let place = self.scratch_place(size);
        self.string_into(string, place);
        StringBytes::Memory(place)
    }

    fn byte_at(&mut self, string: &StringBytes, index: u32) -> Byte {
        match string {
            StringBytes::Known(bytes) => Byte::Known(bytes[index as usize]),
            StringBytes::Memory(place) => {
                let address = self.address(place.offset + index);
                Byte::Register(self.builder.load(address, Size::Byte))
            }
        }
    }

    /// Jumps to `taken` when `left` and `right` compare with `condition` (`Equal` or
    /// `NotEqual`), else falls to a new block, which becomes current.
    fn branch_bytes(&mut self, condition: Condition, left: Byte, right: Byte, taken: BlockId) {
        let (left, right) = match (left, right) {
            (Byte::Known(left), Byte::Known(right)) => {
                let holds = match condition {
                    Condition::Equal => left == right,
                    _ => left != right,
                };
                if holds {
                    self.builder.terminate(Terminator::Jump(taken));
                    let unreachable = self.builder.new_block();
                    self.builder.switch_to(unreachable);
                }
                return;
            }
            (Byte::Known(known), Byte::Register(register))
            | (Byte::Register(register), Byte::Known(known)) => {
                (register, Operand::Immediate(i32::from(known)))
            }
            (Byte::Register(left), Byte::Register(right)) => (left, Operand::Register(right)),
        };
        let next = self.builder.new_block();
        self.builder.terminate(Terminator::Branch {
            condition,
            left,
            right,
            taken,
            not_taken: next,
        });
        self.builder.switch_to(next);
    }

    /// The bytes of a `memcmp()` operand: a literal's, or the value's in scratch.
    fn memory_bytes(&mut self, value: &Expr) -> StringBytes {
        if let ExprKind::StringLiteral(bytes) = &value.kind {
            let mut terminated = bytes.clone();
            if let Type::String { .. } = value.ty {
                terminated.push(0);
            }
            return StringBytes::Known(terminated);
        }
        let size = match value.ty {
            Type::String { size } => size,
            other => other
                .array_size()
                .expect("the checker passes strings and arrays"),
        };
        let place = self.scratch_place(size);
        self.value_into(value, place);
        StringBytes::Memory(place)
    }

    /// `memcmp(left, right, count)`: each pair of bytes, sign-extended as C's `char`, is
    /// subtracted, and the first difference that is not 0 is the result.
    pub(super) fn memory_compare(
        &mut self,
        left: &Expr,
        right: &Expr,
        count: u32,
    ) -> VirtualRegister {
        let left = self.memory_bytes(left);
        let right = self.memory_bytes(right);
        let result = self.builder.new_register(ValueKind::Scalar);
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(0),
        });
        let join = self.builder.new_block();
        for index in 0..count {
            let signed = |lowering: &mut Self, byte: Byte| match byte {
                Byte::Known(value) => Operand::Immediate(i32::from(value as i8)),
                Byte::Register(register) => Operand::Register(lowering.sign_extend(register, 8)),
            };
            let left_byte = self.byte_at(&left, index);
            let right_byte = self.byte_at(&right, index);
            if let (Byte::Known(left_value), Byte::Known(right_value)) = (left_byte, right_byte) {
                if left_value == right_value {
                    continue;
                }
                let difference = i32::from(left_value as i8) - i32::from(right_value as i8);
                self.builder.push(Instruction::Copy {
                    destination: result,
                    source: Operand::Immediate(difference),
                });
                self.builder.terminate(Terminator::Jump(join));
                let unreachable = self.builder.new_block();
                self.builder.switch_to(unreachable);
                break;
            }
            let left_value = signed(self, left_byte);
            let right_value = signed(self, right_byte);
            let left_register = match left_value {
                Operand::Register(register) => register,
                immediate => {
                    let register = self.builder.new_register(ValueKind::Scalar);
                    self.builder.push(Instruction::Copy {
                        destination: register,
                        source: immediate,
                    });
                    register
                }
            };
            let difference =
                self.builder
                    .binary(BinaryOperation::Subtract, left_register, right_value);
            self.builder.push(Instruction::Copy {
                destination: result,
                source: Operand::Register(difference),
            });
            let next = self.builder.new_block();
            self.builder.terminate(Terminator::Branch {
                condition: Condition::NotEqual,
                left: difference,
                right: Operand::Immediate(0),
                taken: join,
                not_taken: next,
            });
            self.builder.switch_to(next);
        }
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(join);
        result
    }

    /// `strlen(string)`: the index of the first NUL, or the buffer size without one.
    pub(super) fn string_length(&mut self, string: &Expr) -> VirtualRegister {
        let bytes = self.string_bytes(string);
        if let StringBytes::Known(known) = &bytes {
            let length = known
                .iter()
                .position(|&byte| byte == 0)
                .unwrap_or(known.len());
            return self.builder.constant(length as i64);
        }
        let result = self.builder.new_register(ValueKind::Scalar);
        let join = self.builder.new_block();
        for index in 0..bytes.len() {
            self.builder.push(Instruction::Copy {
                destination: result,
                source: Operand::Immediate(index as i32),
            });
            let byte = self.byte_at(&bytes, index);
            self.branch_bytes(Condition::Equal, byte, Byte::Known(0), join);
        }
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(bytes.len() as i32),
        });
        self.builder.terminate(Terminator::Jump(join));
        self.builder.switch_to(join);
        result
    }

    /// Jumps to `differ` when the strings differ in their first `limit` characters, else
    /// to `same`.
    pub(super) fn strings_differ(
        &mut self,
        left: &Expr,
        right: &Expr,
        limit: Option<u32>,
        differ: BlockId,
        same: BlockId,
    ) {
        let left = self.string_bytes(left);
        let right = self.string_bytes(right);
        let shorter = left.len().min(right.len());
        let count = limit.map_or(shorter, |limit| limit.min(shorter));
        for index in 0..count {
            let left_byte = self.byte_at(&left, index);
            let right_byte = self.byte_at(&right, index);
            self.branch_bytes(Condition::NotEqual, left_byte, right_byte, differ);
            // Equal so far: a NUL here ends both strings.
            self.branch_bytes(Condition::Equal, left_byte, Byte::Known(0), same);
        }
        let limit_reached = limit.is_some_and(|limit| limit <= shorter);
        if limit_reached || left.len() == right.len() {
            self.builder.terminate(Terminator::Jump(same));
            return;
        }
        // The shorter buffer ended without a NUL: equal only if the longer string ends here.
        let longer = if left.len() > right.len() {
            &left
        } else {
            &right
        };
        let byte = self.byte_at(longer, shorter);
        self.branch_bytes(Condition::Equal, byte, Byte::Known(0), same);
        self.builder.terminate(Terminator::Jump(differ));
    }

    /// `strstr(haystack, needle)`: the index of the needle's first occurrence, or -1.
    pub(super) fn string_find(&mut self, haystack: &Expr, needle: &Expr) -> VirtualRegister {
        let haystack = self.string_bytes(haystack);
        let needle = self.string_bytes(needle);
        let result = self.builder.copy(Operand::Immediate(0), ValueKind::Scalar);
        let found = self.builder.new_block();
        let not_found = self.builder.new_block();
        // An empty needle is found at 0.
        let first = self.byte_at(&needle, 0);
        self.branch_bytes(Condition::Equal, first, Byte::Known(0), found);
        for start in 0..haystack.len() {
            self.builder.push(Instruction::Copy {
                destination: result,
                source: Operand::Immediate(start as i32),
            });
            let next_start = self.builder.new_block();
            let head = self.byte_at(&haystack, start);
            self.branch_bytes(Condition::Equal, head, Byte::Known(0), not_found);
            for index in 0..needle.len() {
                let needle_byte = self.byte_at(&needle, index);
                if index > 0 {
                    self.branch_bytes(Condition::Equal, needle_byte, Byte::Known(0), found);
                }
                if start + index >= haystack.len() {
                    // The needle goes on past the haystack's buffer, here and at every
                    // later start.
                    self.builder.terminate(Terminator::Jump(not_found));
                    let unreachable = self.builder.new_block();
                    self.builder.switch_to(unreachable);
                    break;
                }
                let haystack_byte = self.byte_at(&haystack, start + index);
                self.branch_bytes(Condition::NotEqual, haystack_byte, needle_byte, next_start);
            }
            // The whole needle buffer matched without a NUL.
            self.builder.terminate(Terminator::Jump(found));
            self.builder.switch_to(next_start);
        }
        self.builder.terminate(Terminator::Jump(not_found));
        self.builder.switch_to(not_found);
        self.builder.push(Instruction::Copy {
            destination: result,
            source: Operand::Immediate(-1),
        });
        self.builder.terminate(Terminator::Jump(found));
        self.builder.switch_to(found);
        result
    }
}
