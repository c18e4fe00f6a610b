//! A BTF type table and its encoder.
//!
//! In: types added one at a time (`add_int`, `add_struct`, `add_var`, ...), each getting the
//! next [`TypeId`] (id 0 is `void`), and names that go into a deduplicating string table.
//! Out: the bytes of a `.BTF` section (`to_bytes`): the 24-byte header, the type records
//! back to back, then the string table (shared/reference/backends.md §4.4). Only kinds 1–15
//! are written (INT to DATASEC), which every kernel with BTF accepts; enums are always
//! written without the kind_flag (signedness) bit for the same reason.

use std::collections::HashMap;

/// The id of a type in a [`Btf`] table. Id 0 is `void`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

impl TypeId {
    pub const VOID: TypeId = TypeId(0);
}

/// `BTF_INT_ENCODING` of an INT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntEncoding {
    Unsigned,
    Signed,
    Char,
    Bool,
}

impl IntEncoding {
    fn bits(self) -> u32 {
        match self {
            IntEncoding::Unsigned => 0,
            IntEncoding::Signed => 1,
            IntEncoding::Char => 2,
            IntEncoding::Bool => 4,
        }
    }
}

/// Linkage of a FUNC (`btf_func_linkage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum FuncLinkage {
    Static = 0,
    Global = 1,
    Extern = 2,
}

/// Linkage of a VAR (`BTF_VAR_*`). Maps and global data are `GlobalAllocated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum VarLinkage {
    Static = 0,
    GlobalAllocated = 1,
    GlobalExtern = 2,
}

/// A member of a STRUCT or UNION.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Empty for an anonymous member.
    pub name: String,
    pub type_id: TypeId,
    /// Offset from the start of the struct, in bits.
    pub bit_offset: u32,
    /// Width of a bitfield in bits; 0 for an ordinary member.
    pub bitfield_size: u32,
}

impl Member {
    /// An ordinary (non-bitfield) member at `byte_offset`.
    pub fn new(name: &str, type_id: TypeId, byte_offset: u32) -> Member {
        Member {
            name: name.to_string(),
            type_id,
            bit_offset: byte_offset * 8,
            bitfield_size: 0,
        }
    }

    /// A bitfield member `bitfield_size` bits wide starting at `bit_offset`.
    pub fn bitfield(name: &str, type_id: TypeId, bit_offset: u32, bitfield_size: u32) -> Member {
        Member {
            name: name.to_string(),
            type_id,
            bit_offset,
            bitfield_size,
        }
    }
}

/// One entry of a DATASEC: a VAR at an offset inside the section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatasecEntry {
    pub var: TypeId,
    pub offset: u32,
    pub size: u32,
}

/// A type record, with its names already turned into string table offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    Int {
        name: u32,
        size: u32,
        encoding: IntEncoding,
        bits: u32,
    },
    Ptr {
        target: TypeId,
    },
    Array {
        element: TypeId,
        index: TypeId,
        count: u32,
    },
    Struct {
        name: u32,
        size: u32,
        members: Vec<EncodedMember>,
    },
    Union {
        name: u32,
        size: u32,
        members: Vec<EncodedMember>,
    },
    Enum {
        name: u32,
        size: u32,
        /// (name offset, value)
        values: Vec<(u32, i32)>,
    },
    Fwd {
        name: u32,
        is_union: bool,
    },
    Typedef {
        name: u32,
        target: TypeId,
    },
    Volatile {
        target: TypeId,
    },
    Const {
        target: TypeId,
    },
    Restrict {
        target: TypeId,
    },
    Func {
        name: u32,
        proto: TypeId,
        linkage: FuncLinkage,
    },
    FuncProto {
        return_type: TypeId,
        /// (name offset, type); a variadic prototype ends with (0, void).
        parameters: Vec<(u32, TypeId)>,
    },
    Var {
        name: u32,
        target: TypeId,
        linkage: VarLinkage,
    },
    Datasec {
        name: u32,
        size: u32,
        entries: Vec<DatasecEntry>,
    },
}

/// A STRUCT or UNION member with its name as a string table offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncodedMember {
    pub name: u32,
    pub type_id: TypeId,
    pub bit_offset: u32,
    pub bitfield_size: u32,
}

const KIND_INT: u32 = 1;
const KIND_PTR: u32 = 2;
const KIND_ARRAY: u32 = 3;
const KIND_STRUCT: u32 = 4;
const KIND_UNION: u32 = 5;
const KIND_ENUM: u32 = 6;
const KIND_FWD: u32 = 7;
const KIND_TYPEDEF: u32 = 8;
const KIND_VOLATILE: u32 = 9;
const KIND_CONST: u32 = 10;
const KIND_RESTRICT: u32 = 11;
const KIND_FUNC: u32 = 12;
const KIND_FUNC_PROTO: u32 = 13;
const KIND_VAR: u32 = 14;
const KIND_DATASEC: u32 = 15;

/// `BTF_MAGIC`, written little-endian.
pub const MAGIC: u16 = 0xeb9f;
const HEADER_LENGTH: u32 = 24;

/// A BTF type table: types addressed by [`TypeId`] and a deduplicating string table.
#[derive(Default, Debug, Clone, PartialEq)]
pub struct Btf {
    /// `types[i]` has id `i + 1`.
    types: Vec<Type>,
    /// The string section; starts with the empty string once anything was added.
    strings: Vec<u8>,
    /// Offset of every string in `strings`, for deduplication.
    string_offsets: HashMap<String, u32>,
}

impl Btf {
    pub fn new() -> Btf {
        Btf::default()
    }

    /// Adds `text` to the string table (once) and returns its offset. The empty string is
    /// offset 0.
    pub fn add_string(&mut self, text: &str) -> u32 {
        if self.strings.is_empty() {
            self.strings.push(0);
            self.string_offsets.insert(String::new(), 0);
        }
        if let Some(&offset) = self.string_offsets.get(text) {
            return offset;
        }
        let offset = self.strings.len() as u32;
        self.strings.extend_from_slice(text.as_bytes());
        self.strings.push(0);
        self.string_offsets.insert(text.to_string(), offset);
        offset
    }

    /// The string at `offset` in the string table, if there is one.
    pub fn string_at(&self, offset: u32) -> Option<&str> {
        if offset == 0 {
            return Some("");
        }
        let rest = self.strings.get(offset as usize..)?;
        let end = rest.iter().position(|&byte| byte == 0)?;
        std::str::from_utf8(&rest[..end]).ok()
    }

    /// The number of types, not counting `void`; the last id is `TypeId(type_count())`.
    pub fn type_count(&self) -> u32 {
        self.types.len() as u32
    }

    /// The type with this id; `None` for `void` and unknown ids.
    pub fn get(&self, id: TypeId) -> Option<&Type> {
        if id.0 == 0 {
            return None;
        }
        self.types.get(id.0 as usize - 1)
    }

    /// The first type whose record names `name`, searched in id order.
    pub fn find_by_name(&self, name: &str) -> Option<TypeId> {
        let offset = *self.string_offsets.get(name)?;
        if offset == 0 {
            return None;
        }
        self.types
            .iter()
            .position(|record| type_name(record) == Some(offset))
            .map(|index| TypeId(index as u32 + 1))
    }

    fn push(&mut self, record: Type) -> TypeId {
        if self.strings.is_empty() {
            self.add_string("");
        }
        self.types.push(record);
        TypeId(self.types.len() as u32)
    }

    /// An INT `size` bytes wide using all of its bits.
    pub fn add_int(&mut self, name: &str, size: u32, encoding: IntEncoding) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Int {
            name,
            size,
            encoding,
            bits: size * 8,
        })
    }

    pub fn add_ptr(&mut self, target: TypeId) -> TypeId {
        self.push(Type::Ptr { target })
    }

    /// `element[count]`; `index` is any INT type (clang uses `__ARRAY_SIZE_TYPE__`).
    pub fn add_array(&mut self, element: TypeId, index: TypeId, count: u32) -> TypeId {
        self.push(Type::Array {
            element,
            index,
            count,
        })
    }

    /// A STRUCT `size` bytes long; `name` is empty for an anonymous struct.
    pub fn add_struct(&mut self, name: &str, size: u32, members: &[Member]) -> TypeId {
        let name = self.add_string(name);
        let members = self.encode_members(members);
        self.push(Type::Struct {
            name,
            size,
            members,
        })
    }

    /// A UNION `size` bytes long; `name` is empty for an anonymous union.
    pub fn add_union(&mut self, name: &str, size: u32, members: &[Member]) -> TypeId {
        let name = self.add_string(name);
        let members = self.encode_members(members);
        self.push(Type::Union {
            name,
            size,
            members,
        })
    }

    /// Replaces the members of a STRUCT or UNION added earlier, for types that refer to
    /// themselves (add the struct empty, add a PTR to it, then set its members). Returns
    /// false, changing nothing, when `id` is not a STRUCT or UNION.
    pub fn set_members(&mut self, id: TypeId, new_members: &[Member]) -> bool {
        let encoded = self.encode_members(new_members);
        match self.types.get_mut((id.0 as usize).wrapping_sub(1)) {
            Some(Type::Struct { members, .. }) | Some(Type::Union { members, .. }) => {
                *members = encoded;
                true
            }
            _ => false,
        }
    }

    fn encode_members(&mut self, members: &[Member]) -> Vec<EncodedMember> {
        members
            .iter()
            .map(|member| EncodedMember {
                name: self.add_string(&member.name),
                type_id: member.type_id,
                bit_offset: member.bit_offset,
                bitfield_size: member.bitfield_size,
            })
            .collect()
    }

    /// An ENUM of `size` bytes (1, 2, 4 or 8) with these enumerators.
    pub fn add_enum(&mut self, name: &str, size: u32, values: &[(&str, i32)]) -> TypeId {
        let name = self.add_string(name);
        let values = values
            .iter()
            .map(|&(value_name, value)| (self.add_string(value_name), value))
            .collect();
        self.push(Type::Enum { name, size, values })
    }

    /// A forward declaration of a struct, or of a union when `is_union`.
    pub fn add_fwd(&mut self, name: &str, is_union: bool) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Fwd { name, is_union })
    }

    pub fn add_typedef(&mut self, name: &str, target: TypeId) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Typedef { name, target })
    }

    pub fn add_volatile(&mut self, target: TypeId) -> TypeId {
        self.push(Type::Volatile { target })
    }

    pub fn add_const(&mut self, target: TypeId) -> TypeId {
        self.push(Type::Const { target })
    }

    pub fn add_restrict(&mut self, target: TypeId) -> TypeId {
        self.push(Type::Restrict { target })
    }

    /// A FUNC whose type is the FUNC_PROTO `proto`.
    pub fn add_func(&mut self, name: &str, proto: TypeId, linkage: FuncLinkage) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Func {
            name,
            proto,
            linkage,
        })
    }

    /// A FUNC_PROTO; `variadic` appends the `...` marker parameter.
    pub fn add_func_proto(
        &mut self,
        return_type: TypeId,
        parameters: &[(&str, TypeId)],
        variadic: bool,
    ) -> TypeId {
        let mut encoded: Vec<(u32, TypeId)> = parameters
            .iter()
            .map(|&(parameter_name, type_id)| (self.add_string(parameter_name), type_id))
            .collect();
        if variadic {
            encoded.push((0, TypeId::VOID));
        }
        self.push(Type::FuncProto {
            return_type,
            parameters: encoded,
        })
    }

    pub fn add_var(&mut self, name: &str, target: TypeId, linkage: VarLinkage) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Var {
            name,
            target,
            linkage,
        })
    }

    /// A DATASEC named after its ELF section (e.g. `.maps`); entries sorted by offset.
    pub fn add_datasec(&mut self, name: &str, size: u32, entries: &[DatasecEntry]) -> TypeId {
        let name = self.add_string(name);
        self.push(Type::Datasec {
            name,
            size,
            entries: entries.to_vec(),
        })
    }

    /// The `.BTF` section: header, type records, string table.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut type_bytes = Vec::new();
        for record in &self.types {
            encode_type(record, &mut type_bytes);
        }
        let empty_strings = [0u8];
        let strings: &[u8] = if self.strings.is_empty() {
            &empty_strings
        } else {
            &self.strings
        };
        let mut output = Vec::with_capacity(24 + type_bytes.len() + strings.len());
        output.extend_from_slice(&MAGIC.to_le_bytes());
        output.push(1); // version
        output.push(0); // flags
        push_u32(&mut output, HEADER_LENGTH);
        push_u32(&mut output, 0); // type_off
        push_u32(&mut output, type_bytes.len() as u32); // type_len
        push_u32(&mut output, type_bytes.len() as u32); // str_off
        push_u32(&mut output, strings.len() as u32); // str_len
        output.extend_from_slice(&type_bytes);
        output.extend_from_slice(strings);
        output
    }
}

fn type_name(record: &Type) -> Option<u32> {
    match record {
        Type::Int { name, .. }
        | Type::Struct { name, .. }
        | Type::Union { name, .. }
        | Type::Enum { name, .. }
        | Type::Fwd { name, .. }
        | Type::Typedef { name, .. }
        | Type::Func { name, .. }
        | Type::Var { name, .. }
        | Type::Datasec { name, .. } => Some(*name),
        _ => None,
    }
}

fn push_u32(output: &mut Vec<u8>, value: u32) {
    output.extend_from_slice(&value.to_le_bytes());
}

/// `struct btf_type`: name_off, info (vlen | kind << 24 | kind_flag << 31), size or type.
fn push_header(
    output: &mut Vec<u8>,
    name: u32,
    kind: u32,
    vlen: usize,
    kind_flag: bool,
    size_or_type: u32,
) {
    let info = (vlen as u32 & 0xffff) | (kind << 24) | (u32::from(kind_flag) << 31);
    push_u32(output, name);
    push_u32(output, info);
    push_u32(output, size_or_type);
}

fn encode_type(record: &Type, output: &mut Vec<u8>) {
    match record {
        Type::Int {
            name,
            size,
            encoding,
            bits,
        } => {
            push_header(output, *name, KIND_INT, 0, false, *size);
            push_u32(output, (encoding.bits() << 24) | (bits & 0xff));
        }
        Type::Ptr { target } => push_header(output, 0, KIND_PTR, 0, false, target.0),
        Type::Array {
            element,
            index,
            count,
        } => {
            push_header(output, 0, KIND_ARRAY, 0, false, 0);
            push_u32(output, element.0);
            push_u32(output, index.0);
            push_u32(output, *count);
        }
        Type::Struct {
            name,
            size,
            members,
        } => encode_composite(output, KIND_STRUCT, *name, *size, members),
        Type::Union {
            name,
            size,
            members,
        } => encode_composite(output, KIND_UNION, *name, *size, members),
        Type::Enum { name, size, values } => {
            push_header(output, *name, KIND_ENUM, values.len(), false, *size);
            for &(value_name, value) in values {
                push_u32(output, value_name);
                output.extend_from_slice(&value.to_le_bytes());
            }
        }
        Type::Fwd { name, is_union } => push_header(output, *name, KIND_FWD, 0, *is_union, 0),
        Type::Typedef { name, target } => {
            push_header(output, *name, KIND_TYPEDEF, 0, false, target.0)
        }
        Type::Volatile { target } => push_header(output, 0, KIND_VOLATILE, 0, false, target.0),
        Type::Const { target } => push_header(output, 0, KIND_CONST, 0, false, target.0),
        Type::Restrict { target } => push_header(output, 0, KIND_RESTRICT, 0, false, target.0),
        Type::Func {
            name,
            proto,
            linkage,
        } => push_header(output, *name, KIND_FUNC, *linkage as usize, false, proto.0),
        Type::FuncProto {
            return_type,
            parameters,
        } => {
            push_header(
                output,
                0,
                KIND_FUNC_PROTO,
                parameters.len(),
                false,
                return_type.0,
            );
            for &(parameter_name, type_id) in parameters {
                push_u32(output, parameter_name);
                push_u32(output, type_id.0);
            }
        }
        Type::Var {
            name,
            target,
            linkage,
        } => {
            push_header(output, *name, KIND_VAR, 0, false, target.0);
            push_u32(output, *linkage as u32);
        }
        Type::Datasec {
            name,
            size,
            entries,
        } => {
            push_header(output, *name, KIND_DATASEC, entries.len(), false, *size);
            for entry in entries {
                push_u32(output, entry.var.0);
                push_u32(output, entry.offset);
                push_u32(output, entry.size);
            }
        }
    }
}

/// STRUCT or UNION; any bitfield member switches the whole record to the kind_flag
/// encoding, where each offset is `bitfield_size << 24 | bit_offset`.
fn encode_composite(
    output: &mut Vec<u8>,
    kind: u32,
    name: u32,
    size: u32,
    members: &[EncodedMember],
) {
    let has_bitfields = members.iter().any(|member| member.bitfield_size != 0);
    push_header(output, name, kind, members.len(), has_bitfields, size);
    for member in members {
        push_u32(output, member.name);
        push_u32(output, member.type_id.0);
        if has_bitfields {
            push_u32(
                output,
                (member.bitfield_size << 24) | (member.bit_offset & 0x00ff_ffff),
            );
        } else {
            push_u32(output, member.bit_offset);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::process::Command;

    fn u32_at(bytes: &[u8], offset: usize) -> u32 {
        u32::from_le_bytes(bytes[offset..offset + 4].try_into().unwrap())
    }

    #[test]
    fn empty_table_has_header_and_empty_string() {
        let bytes = Btf::new().to_bytes();
        assert_eq!(
            bytes,
            [
                0x9f, 0xeb, 1, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
            ]
        );
    }

    #[test]
    fn strings_are_deduplicated() {
        let mut btf = Btf::new();
        let first = btf.add_string("tgid");
        let again = btf.add_string("tgid");
        let other = btf.add_string("pid");
        assert_eq!(first, 1);
        assert_eq!(again, 1);
        assert_eq!(other, 6);
        assert_eq!(btf.add_string(""), 0);
        assert_eq!(btf.string_at(6), Some("pid"));
    }

    #[test]
    fn int_and_struct_records() {
        let mut btf = Btf::new();
        let int = btf.add_int("int", 4, IntEncoding::Signed);
        let task = btf.add_struct("task_struct", 8, &[Member::new("tgid", int, 4)]);
        assert_eq!((int, task), (TypeId(1), TypeId(2)));
        let bytes = btf.to_bytes();
        // Header.
        assert_eq!(u32_at(&bytes, 8), 0);
        assert_eq!(u32_at(&bytes, 12), 16 + 24);
        assert_eq!(u32_at(&bytes, 16), 40);
        let types = &bytes[24..];
        // INT "int": name 1, kind 1, size 4, signed 32 bits.
        assert_eq!(u32_at(types, 0), 1);
        assert_eq!(u32_at(types, 4), 1 << 24);
        assert_eq!(u32_at(types, 8), 4);
        assert_eq!(u32_at(types, 12), (1 << 24) | 32);
        // STRUCT task_struct: one member at bit 32.
        assert_eq!(u32_at(types, 20), (4 << 24) | 1);
        assert_eq!(u32_at(types, 24), 8);
        assert_eq!(btf.string_at(u32_at(types, 28)), Some("tgid"));
        assert_eq!(u32_at(types, 32), 1);
        assert_eq!(u32_at(types, 36), 32);
        assert_eq!(btf.find_by_name("task_struct"), Some(task));
    }

    #[test]
    fn bitfields_set_kind_flag() {
        let mut btf = Btf::new();
        let uint = btf.add_int("unsigned int", 4, IntEncoding::Unsigned);
        btf.add_struct(
            "flags",
            4,
            &[
                Member::bitfield("a", uint, 0, 3),
                Member::bitfield("b", uint, 3, 5),
            ],
        );
        let bytes = btf.to_bytes();
        let record = &bytes[24 + 16..];
        assert_eq!(u32_at(record, 4), (1 << 31) | (4 << 24) | 2);
        assert_eq!(u32_at(record, 20), 3 << 24);
        assert_eq!(u32_at(record, 32), (5 << 24) | 3);
    }

    #[test]
    fn set_members_allows_self_reference() {
        let mut btf = Btf::new();
        let list = btf.add_struct("list_head", 16, &[]);
        let pointer = btf.add_ptr(list);
        assert!(btf.set_members(
            list,
            &[
                Member::new("next", pointer, 0),
                Member::new("prev", pointer, 8)
            ]
        ));
        assert!(!btf.set_members(pointer, &[]));
        match btf.get(list) {
            Some(Type::Struct { members, .. }) => assert_eq!(members.len(), 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    /// A table with every kind btc emits, and what bpftool 7.1 prints for it.
    fn every_kind() -> Btf {
        let mut btf = Btf::new();
        let int = btf.add_int("int", 4, IntEncoding::Signed); // 1
        let uint = btf.add_int("unsigned int", 4, IntEncoding::Unsigned); // 2
        let character = btf.add_int("char", 1, IntEncoding::Char); // 3
        let boolean = btf.add_int("_Bool", 1, IntEncoding::Bool); // 4
        let pointer = btf.add_ptr(TypeId::VOID); // 5
        let array = btf.add_array(character, uint, 16); // 6
        btf.add_struct(
            // 7
            "task_struct",
            24,
            &[
                Member::new("tgid", int, 4),
                Member::new("comm", array, 8),
                Member::bitfield("flag", uint, 192, 1),
            ],
        );
        btf.add_union(
            // 8
            "",
            4,
            &[Member::new("a", int, 0), Member::new("b", boolean, 0)],
        );
        btf.add_enum("state", 4, &[("RUNNING", 0), ("DEAD", -1)]); // 9
        btf.add_fwd("mm_struct", false); // 10
        let typedef = btf.add_typedef("pid_t", int); // 11
        let volatile = btf.add_volatile(typedef); // 12
        btf.add_const(volatile); // 13
        let proto = btf.add_func_proto(int, &[("ctx", pointer)], false); // 14
        btf.add_func("probe", proto, FuncLinkage::Global); // 15
        let var = btf.add_var("counter", uint, VarLinkage::GlobalAllocated); // 16
        btf.add_datasec(
            // 17
            ".data",
            4,
            &[DatasecEntry {
                var,
                offset: 0,
                size: 4,
            }],
        );
        btf.add_func_proto(TypeId::VOID, &[("format", pointer)], true); // 18
        btf.add_restrict(pointer); // 19
        btf
    }

    const EVERY_KIND_DUMP: &str = "\
[1] INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED
[2] INT 'unsigned int' size=4 bits_offset=0 nr_bits=32 encoding=(none)
[3] INT 'char' size=1 bits_offset=0 nr_bits=8 encoding=CHAR
[4] INT '_Bool' size=1 bits_offset=0 nr_bits=8 encoding=BOOL
[5] PTR '(anon)' type_id=0
[6] ARRAY '(anon)' type_id=3 index_type_id=2 nr_elems=16
[7] STRUCT 'task_struct' size=24 vlen=3
\t'tgid' type_id=1 bits_offset=32
\t'comm' type_id=6 bits_offset=64
\t'flag' type_id=2 bits_offset=192 bitfield_size=1
[8] UNION '(anon)' size=4 vlen=2
\t'a' type_id=1 bits_offset=0
\t'b' type_id=4 bits_offset=0
[9] ENUM 'state' encoding=UNSIGNED size=4 vlen=2
\t'RUNNING' val=0
\t'DEAD' val=4294967295
[10] FWD 'mm_struct' fwd_kind=struct
[11] TYPEDEF 'pid_t' type_id=1
[12] VOLATILE '(anon)' type_id=11
[13] CONST '(anon)' type_id=12
[14] FUNC_PROTO '(anon)' ret_type_id=1 vlen=1
\t'ctx' type_id=5
[15] FUNC 'probe' type_id=14 linkage=global
[16] VAR 'counter' type_id=2, linkage=global
[17] DATASEC '.data' size=4 vlen=1
\ttype_id=16 offset=0 size=4 (VAR 'counter')
[18] FUNC_PROTO '(anon)' ret_type_id=0 vlen=2
\t'format' type_id=5
\t'(anon)' type_id=0
[19] RESTRICT '(anon)' type_id=5
";

    fn bpftool() -> Option<PathBuf> {
        [
            "/usr/sbin/bpftool",
            "/usr/bin/bpftool",
            "/usr/local/sbin/bpftool",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
    }

    #[test]
    fn bpftool_reads_every_kind() {
        let Some(bpftool) = bpftool() else {
            eprintln!("SKIPPED bpftool_reads_every_kind: bpftool is not installed");
            return;
        };
        let directory = std::env::temp_dir().join(format!("btc-btf-test-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let path = directory.join("every_kind.btf");
        std::fs::write(&path, every_kind().to_bytes()).unwrap();
        let output = Command::new(bpftool)
            .args(["btf", "dump", "file"])
            .arg(&path)
            .output()
            .unwrap();
        std::fs::remove_dir_all(&directory).unwrap();
        assert!(
            output.status.success(),
            "bpftool failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8(output.stdout).unwrap();
        assert_eq!(text, EVERY_KIND_DUMP);
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(every_kind().to_bytes(), every_kind().to_bytes());
        assert_eq!(every_kind(), every_kind());
    }
}
