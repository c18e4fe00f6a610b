//! The local BTF types that CO-RE relocations refer to.
//!
//! In: the kernel types a script was checked against and the field accesses its programs
//! make (a root struct and a path of member indexes each). Out: a `.BTF` type table in
//! which every struct or union on an access path appears with all of its members at the
//! build host's offsets, and the local id of each access's root. libbpf matches a
//! relocation's local types against the running kernel's by member name and kind, one
//! step of the access path at a time, so members on a path get their real kind (integer,
//! enum, pointer, char array, nested struct), and the others only a one-byte placeholder
//! that keeps the member indexes of the access strings the same as the kernel's.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::ir::{CoreAccess, CoreKind};
use crate::kernel_types::{FieldKind, KernelTypes};
use crate::object::btf::{Btf, IntEncoding, Member, TypeId};

pub struct LocalTypes {
    pub btf: Btf,
    composites: HashMap<u32, TypeId>,
    enums: HashMap<u32, TypeId>,
}

impl LocalTypes {
    /// Builds the local types every access in `accesses` needs.
    pub fn build<'a>(
        types: &KernelTypes,
        accesses: impl IntoIterator<Item = &'a CoreAccess>,
    ) -> LocalTypes {
        // For each struct on a path, the members the path steps through.
        let mut needed: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
        // Enums whose enumerators are relocated.
        let mut enums: BTreeSet<u32> = BTreeSet::new();
        for access in accesses {
            if access.kind == CoreKind::EnumValue {
                enums.insert(access.root);
                continue;
            }
            let mut current = access.root;
            needed.entry(current).or_default();
            for index in &access.path {
                needed.entry(current).or_default().insert(*index);
                let members = types.members(current);
                let Some((_, type_id, _, _)) = members.get(*index as usize) else {
                    break;
                };
                match types.kind(*type_id) {
                    FieldKind::Composite { id } => {
                        needed.entry(id).or_default();
                        current = id;
                    }
                    _ => break,
                }
            }
        }
        let mut local = LocalTypes {
            btf: Btf::new(),
            composites: HashMap::new(),
            enums: HashMap::new(),
        };
        // A relocated enum lists all its enumerators, so that an access string (an
        // enumerator's index) names the same enumerator as in the kernel's BTF.
        for id in &enums {
            let values = types.enum_values(*id);
            let values: Vec<(&str, i32)> = values
                .iter()
                .map(|(name, value)| (name.as_str(), *value as i32))
                .collect();
            let local_id = local
                .btf
                .add_enum(&types.name(*id), types.enum_size(*id), &values);
            local.enums.insert(*id, local_id);
        }
        // Create every struct first, empty, so that members can refer to any of them.
        for id in needed.keys() {
            let name = types.name(*id);
            let size = types.size(*id);
            let local_id = if types.is_union(*id) {
                local.btf.add_union(&name, size, &[])
            } else {
                local.btf.add_struct(&name, size, &[])
            };
            local.composites.insert(*id, local_id);
        }
        let byte = local.btf.add_int("unsigned char", 1, IntEncoding::Unsigned);
        let wide = local.btf.add_int("unsigned long", 8, IntEncoding::Unsigned);
        let index_type = local
            .btf
            .add_int("__ARRAY_SIZE_TYPE__", 4, IntEncoding::Unsigned);
        for (id, used) in &needed {
            let members: Vec<Member> = types
                .members(*id)
                .into_iter()
                .enumerate()
                .map(|(index, (name, type_id, bit_offset, bitfield))| {
                    if let Some(width) = bitfield {
                        // libbpf sizes a bitfield's load from its declared type: keep it.
                        let unit = match types.kind(type_id) {
                            FieldKind::Integer { bytes, signed }
                            | FieldKind::Enum { bytes, signed } => {
                                let encoding = if signed {
                                    IntEncoding::Signed
                                } else {
                                    IntEncoding::Unsigned
                                };
                                local
                                    .btf
                                    .add_int(&format!("int{}", bytes * 8), bytes, encoding)
                            }
                            _ => wide,
                        };
                        return Member::bitfield(&name, unit, bit_offset, width);
                    }
                    if !used.contains(&(index as u32)) {
                        return Member::new(&name, byte, bit_offset / 8);
                    }
                    // An array indexed by an access string needs its element type.
                    if let Some((element, length)) = types.array(type_id) {
                        let element = match types.kind(element) {
                            FieldKind::Integer { bytes, signed }
                            | FieldKind::Enum { bytes, signed } => {
                                let encoding = if signed {
                                    IntEncoding::Signed
                                } else {
                                    IntEncoding::Unsigned
                                };
                                local
                                    .btf
                                    .add_int(&format!("int{}", bytes * 8), bytes, encoding)
                            }
                            FieldKind::Pointer { .. } => local.btf.add_ptr(TypeId::VOID),
                            _ => byte,
                        };
                        let array = local.btf.add_array(element, index_type, length);
                        return Member::new(&name, array, bit_offset / 8);
                    }
                    let member_type = match types.kind(type_id) {
                        FieldKind::Integer { bytes, signed } => {
                            let encoding = if signed {
                                IntEncoding::Signed
                            } else {
                                IntEncoding::Unsigned
                            };
                            local
                                .btf
                                .add_int(&format!("int{}", bytes * 8), bytes, encoding)
                        }
                        FieldKind::Enum { bytes, .. } => local.btf.add_enum("", bytes, &[]),
                        FieldKind::Pointer { .. } => local.btf.add_ptr(TypeId::VOID),
                        FieldKind::CharArray { length } => {
                            let character = local.btf.add_int("char", 1, IntEncoding::Char);
                            local.btf.add_array(character, index_type, length)
                        }
                        FieldKind::Composite { id } => local.composites[&id],
                        FieldKind::Unsupported => byte,
                    };
                    Member::new(&name, member_type, bit_offset / 8)
                })
                .collect();
            local.btf.set_members(local.composites[id], &members);
        }
        local
    }

    /// The local id of the struct an access starts from.
    pub fn root(&self, access: &CoreAccess) -> TypeId {
        match access.kind {
            CoreKind::EnumValue => self.enums[&access.root],
            _ => self.composites[&access.root],
        }
    }
}

/// The CO-RE access string of a field access: `0` for the root pointer, then the path; of
/// an enumerator, its index.
pub fn access_string(access: &CoreAccess) -> String {
    if access.kind == CoreKind::EnumValue {
        return access.path[0].to_string();
    }
    std::iter::once("0".to_string())
        .chain(access.path.iter().map(u32::to_string))
        .collect::<Vec<_>>()
        .join(":")
}
