//! Lowering of tuple and record values.
//!
//! In: expressions of a [`Type::Tuple`] type and reads of their fields. Out: IR that builds
//! tuples in scratch memory, field by field at the offsets of their [`TupleLayout`], and
//! reads fields back from there. A tuple is always written with the layout of its
//! destination (a variable or a map value may have widened since an expression was
//! typed), so values whose layouts differ are converted field by field.
//!
//! [`TupleLayout`]: crate::semantic::tuples::TupleLayout

use super::*;
use crate::semantic::tuples::{self, TupleId};

impl<'a> FunctionLowering<'a> {
    /// Evaluates a value that lives in memory into `place`, laid out as `ty`, the
    /// destination's type.
    pub(super) fn value_into_typed(&mut self, expression: &Expr, place: Place, ty: Type) {
        match ty {
            Type::Tuple(id) => self.tuple_into(expression, place, id),
            _ => self.value_into(expression, place),
        }
    }

    /// Evaluates a tuple expression into `place` with the layout of `destination`.
    pub(super) fn tuple_into(&mut self, expression: &Expr, place: Place, destination: TupleId) {
        match &expression.kind {
            ExprKind::Tuple(elements) => {
                // Padding and string tails are zeroed: the tuple may become a map key.
                self.zero(place);
                let layout = tuples::layout(destination);
                for (element, field) in elements.iter().zip(&layout.fields) {
                    let at = Place {
                        offset: place.offset + field.offset,
                        size: tuples::field_size(field.ty),
                    };
                    match field.ty {
                        Type::String { .. } | Type::Inet | Type::Tuple(_) | Type::Array { .. } => {
                            self.value_into_typed(element, at, field.ty)
                        }
                        _ => {
                            let value = self.operand(element);
                            let address = self.address(at.offset);
                            self.builder.push(Instruction::Store {
                                address,
                                value,
                                size: Size::Double,
                            });
                        }
                    }
                }
            }
            ExprKind::Block { statements, value } => {
                self.statements(statements);
                self.tuple_into(value, place, destination);
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
                self.tuple_into(then, place, destination);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(else_block);
                self.tuple_into(otherwise, place, destination);
                self.builder.terminate(Terminator::Jump(join));
                self.builder.switch_to(join);
            }
            _ => {
                let (source, layout) = self.tuple_memory(expression);
                self.convert_tuple(source, layout, place, destination);
            }
        }
    }

    /// Copies a tuple in scratch from one layout to another.
    fn convert_tuple(&mut self, from: Place, from_layout: TupleId, to: Place, to_layout: TupleId) {
        let scratch = self.scratch;
        if from_layout == to_layout {
            self.copy_memory(scratch, from.offset, to, to.size.min(from.size));
            return;
        }
        self.zero(to);
        let (source, target) = (tuples::layout(from_layout), tuples::layout(to_layout));
        for (source_field, target_field) in source.fields.iter().zip(&target.fields) {
            let from_field = Place {
                offset: from.offset + source_field.offset,
                size: tuples::field_size(source_field.ty),
            };
            let to_field = Place {
                offset: to.offset + target_field.offset,
                size: tuples::field_size(target_field.ty),
            };
            match (source_field.ty, target_field.ty) {
                (Type::Tuple(inner_from), Type::Tuple(inner_to)) => {
                    self.convert_tuple(from_field, inner_from, to_field, inner_to)
                }
                _ => self.copy_memory(
                    scratch,
                    from_field.offset,
                    to_field,
                    from_field.size.min(to_field.size),
                ),
            }
        }
    }

    /// Where a tuple value is in scratch (evaluating it there if needed), and its layout.
    pub(super) fn tuple_memory(&mut self, expression: &Expr) -> (Place, TupleId) {
        match &expression.kind {
            ExprKind::Variable(variable) => {
                let VariableHome::Memory(place) = self.variables[variable] else {
                    unreachable!("a tuple variable lives in memory")
                };
                let Type::Tuple(layout) = self.variable_types[variable.0] else {
                    unreachable!("the variable holds a tuple")
                };
                (place, layout)
            }
            ExprKind::TupleField { base, index } => {
                let (place, ty) = self.tuple_field_place(base, *index);
                let Type::Tuple(layout) = ty else {
                    unreachable!("the field holds a tuple")
                };
                (place, layout)
            }
            ExprKind::MapRead { map, keys } => {
                let MapValueType::Plain(Type::Tuple(layout)) = self.program.maps[map.0].value
                else {
                    unreachable!("the map holds tuples")
                };
                let size = tuples::layout(layout).size;
                // probe_read of a null pointer fails and zero-fills: an absent key reads as
                // a tuple of zeros and empty strings.
                let value = self.map_lookup(*map, keys);
                let place = self.scratch_place(size);
                let destination = self.pointer(place.offset);
                self.builder.call(
                    Helper::ProbeReadKernel,
                    vec![
                        Operand::Register(destination),
                        Operand::Immediate(size as i32),
                        Operand::Register(value),
                    ],
                    ValueKind::Scalar,
                );
                (place, layout)
            }
            ExprKind::MapEntryKey { .. } | ExprKind::MapEntryValue { .. } => {
                // A record key or a tuple value of the element a map loop is at: copied
                // from the map's memory.
                let Type::Tuple(layout) = expression.ty else {
                    unreachable!("the checker passes only tuples")
                };
                let (key, value) = self.map_entry();
                let (base, offset) = match &expression.kind {
                    ExprKind::MapEntryKey { map, part } => (
                        key,
                        self.program.maps[map.0]
                            .key
                            .as_ref()
                            .map_or(0, |key| key.offsets()[*part]),
                    ),
                    _ => (value, 0),
                };
                let size = tuples::layout(layout).size;
                let place = self.scratch_place(size);
                self.copy_memory(base, offset, place, size);
                (place, layout)
            }
            _ => {
                let Type::Tuple(layout) = expression.ty else {
                    unreachable!("the checker passes only tuples")
                };
                let place = self.scratch_place(tuples::layout(layout).size);
                self.tuple_into(expression, place, layout);
                (place, layout)
            }
        }
    }

    /// Where field `index` of a tuple is in scratch, and the type it is stored with.
    pub(super) fn tuple_field_place(&mut self, base: &Expr, index: usize) -> (Place, Type) {
        let (place, layout) = self.tuple_memory(base);
        let field = &tuples::layout(layout).fields[index];
        (
            Place {
                offset: place.offset + field.offset,
                size: tuples::field_size(field.ty),
            },
            field.ty,
        )
    }

    /// An integer field of a tuple.
    pub(super) fn tuple_integer(&mut self, base: &Expr, index: usize) -> VirtualRegister {
        let (place, _) = self.tuple_field_place(base, index);
        let address = self.address(place.offset);
        self.builder.load(address, Size::Double)
    }

    /// A string or address field of a tuple, copied into `place`.
    pub(super) fn tuple_bytes_into(&mut self, base: &Expr, index: usize, place: Place) {
        let (from, _) = self.tuple_field_place(base, index);
        let scratch = self.scratch;
        self.copy_memory(scratch, from.offset, place, from.size.min(place.size));
    }
}
