//! A reader for the CO-RE records of a finished BPF object, for tests and debugging.
//!
//! In: the bytes of an ELF object as [`super::elf::write`] produced them (or as clang
//! produces them). Out: one line per `bpf_core_relo` record of `.BTF.ext`, naming the code
//! section, the instruction it patches, the root type (its `.BTF` id, kind and name), the
//! access string and the relocation kind, e.g.
//! `kprobe/tcp_connect insn 12: [5] struct sock.__sk_common.skc_family 0:0:3
//! field_byte_offset`. The reader
//! decodes the bytes itself, independently of the writer's data structures, so a test of
//! its listing checks the encoding that libbpf will read.

use btf_rs::{Btf, BtfType, Type};

/// A section of an ELF object: its name and contents.
struct Section<'a> {
    name: String,
    data: &'a [u8],
}

/// The little-endian `u16` at `offset` of `bytes`, if it is inside.
pub(crate) fn u16_at(bytes: &[u8], offset: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(offset..offset + 2)?.try_into().ok()?,
    ))
}

/// The little-endian `u32` at `offset` of `bytes`, if it is inside.
pub(crate) fn u32_at(bytes: &[u8], offset: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(offset..offset + 4)?.try_into().ok()?,
    ))
}

/// The little-endian `u64` at `offset` of `bytes`, if it is inside.
pub(crate) fn u64_at(bytes: &[u8], offset: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        bytes.get(offset..offset + 8)?.try_into().ok()?,
    ))
}

/// The NUL-terminated string at `offset` of a string table.
fn string_at(table: &[u8], offset: usize) -> Option<String> {
    let rest = table.get(offset..)?;
    let end = rest.iter().position(|&byte| byte == 0)?;
    Some(String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// The sections of a little-endian ELF64 object.
fn sections(object: &[u8]) -> Option<Vec<Section<'_>>> {
    if object.get(..4)? != b"\x7fELF" {
        return None;
    }
    let table = u64_at(object, 0x28)? as usize;
    let entry_size = u16_at(object, 0x3a)? as usize;
    let count = u16_at(object, 0x3c)? as usize;
    let names_index = u16_at(object, 0x3e)? as usize;
    let header = |index: usize| table + index * entry_size;
    let contents = |index: usize| -> Option<&[u8]> {
        let offset = u64_at(object, header(index) + 0x18)? as usize;
        let size = u64_at(object, header(index) + 0x20)? as usize;
        object.get(offset..offset + size)
    };
    let names = contents(names_index)?;
    (0..count)
        .map(|index| {
            Some(Section {
                name: string_at(names, u32_at(object, header(index))? as usize)?,
                data: contents(index)?,
            })
        })
        .collect()
}

/// The name of `enum bpf_core_relo_kind` value `kind`, as libbpf spells it.
fn kind_name(kind: u32) -> String {
    let name = match kind {
        0 => "field_byte_offset",
        1 => "field_byte_size",
        2 => "field_exists",
        3 => "field_signed",
        4 => "field_lshift_u64",
        5 => "field_rshift_u64",
        6 => "local_type_id",
        7 => "target_type_id",
        8 => "type_exists",
        9 => "type_size",
        10 => "enumval_exists",
        11 => "enumval_value",
        12 => "type_matches",
        _ => return format!("kind {kind}"),
    };
    name.to_string()
}

/// `struct NAME`, `union NAME`, `enum NAME` or the kind of type `id` of `btf`.
fn type_name(btf: &Btf, id: u32) -> String {
    let Ok(found) = btf.resolve_type_by_id(id) else {
        return "<no such type>".to_string();
    };
    let name = found
        .as_btf_type()
        .and_then(|named| btf.resolve_name(named).ok())
        .unwrap_or_default();
    let kind = match found {
        Type::Struct(_) => "struct",
        Type::Union(_) => "union",
        Type::Enum(_) | Type::Enum64(_) => "enum",
        Type::Int(_) => "int",
        Type::Typedef(_) => "typedef",
        _ => "type",
    };
    format!("{kind} {name}")
}

/// `::NAME` of enumerator `index` of enum `root` (the access string of an enumerator
/// relocation).
fn enumerator_name(btf: &Btf, root: u32, access: &str) -> String {
    let index: usize = access.parse().unwrap_or(usize::MAX);
    let name = match btf.resolve_type_by_id(root) {
        Ok(Type::Enum(enumeration)) => enumeration
            .members
            .get(index)
            .and_then(|member| btf.resolve_name(member).ok()),
        Ok(Type::Enum64(enumeration)) => enumeration
            .members
            .get(index)
            .and_then(|member| btf.resolve_name(member).ok()),
        _ => None,
    };
    format!("::{}", name.unwrap_or_else(|| "?".to_string()))
}

/// The C spelling of an access string from type `root`, as libbpf prints it: member
/// names joined with `.` (anonymous members left out) and `[N]` for array elements, e.g.
/// `0:0:2:1:0` from `struct sock` gives `.__sk_common.skc_dport`.
fn access_path(btf: &Btf, root: u32, access: &str) -> String {
    let mut path = String::new();
    let mut current = root;
    for index in access.split(':').skip(1) {
        let Ok(index) = index.parse::<usize>() else {
            return format!("{path}?");
        };
        // Look through typedefs and qualifiers to the struct, union or array.
        let mut found = btf.resolve_type_by_id(current);
        for _ in 0..16 {
            let next = match &found {
                Ok(Type::Typedef(inner)) => inner.get_type_id(),
                Ok(Type::Const(inner) | Type::Volatile(inner)) => inner.get_type_id(),
                _ => None,
            };
            match next {
                Some(next) => {
                    current = next;
                    found = btf.resolve_type_by_id(current);
                }
                None => break,
            }
        }
        match found {
            Ok(Type::Struct(composite) | Type::Union(composite)) => {
                let Some(member) = composite.members.get(index) else {
                    return format!("{path}.?");
                };
                let name = btf.resolve_name(member).unwrap_or_default();
                if !name.is_empty() {
                    path.push('.');
                    path.push_str(&name);
                }
                current = member.get_type_id().unwrap_or(0);
            }
            Ok(Type::Array(array)) => {
                path.push_str(&format!("[{index}]"));
                current = array.get_type_id().unwrap_or(0);
            }
            _ => return format!("{path}?"),
        }
    }
    path
}

/// The CO-RE relocation records of `object`, one line each, in the order of the section.
pub fn core_relocations(object: &[u8]) -> Result<String, String> {
    let sections = sections(object).ok_or("not a little-endian ELF64 object")?;
    let find = |name: &str| {
        sections
            .iter()
            .find(|section| section.name == name)
            .map(|section| section.data)
            .ok_or(format!("the object has no {name} section"))
    };
    let btf_bytes = find(".BTF")?;
    let ext = find(".BTF.ext")?;
    let btf = Btf::from_bytes(btf_bytes).map_err(|error| format!("bad .BTF: {error}"))?;
    let header_length = u32_at(btf_bytes, 4).ok_or("short .BTF")? as usize;
    let strings_offset = u32_at(btf_bytes, 16).ok_or("short .BTF")? as usize;
    let strings = btf_bytes
        .get(header_length + strings_offset..)
        .ok_or("bad .BTF string offset")?;
    let string = |offset: u32| string_at(strings, offset as usize).unwrap_or_default();

    // The .BTF.ext header: magic, version, flags, hdr_len, then (offset, length) of
    // func_info, line_info and (when hdr_len allows) core_relo.
    let ext_header_length = u32_at(ext, 4).ok_or("short .BTF.ext")? as usize;
    if ext_header_length < 32 {
        return Ok(String::new());
    }
    let start = ext_header_length + u32_at(ext, 24).ok_or("short .BTF.ext")? as usize;
    let length = u32_at(ext, 28).ok_or("short .BTF.ext")? as usize;
    let records = ext
        .get(start..start + length)
        .ok_or("bad .BTF.ext core_relo offset")?;
    let mut listing = String::new();
    if records.is_empty() {
        return Ok(listing);
    }
    let record_size = u32_at(records, 0).ok_or("short core_relo")? as usize;
    let mut position = 4;
    while position < records.len() {
        let section = string(u32_at(records, position).ok_or("short core_relo")?);
        let count = u32_at(records, position + 4).ok_or("short core_relo")? as usize;
        position += 8;
        for _ in 0..count {
            let field = |index: usize| {
                u32_at(records, position + 4 * index).ok_or("short core_relo record")
            };
            let (offset, root, access, kind) = (field(0)?, field(1)?, field(2)?, field(3)?);
            listing.push_str(&format!(
                "{section} insn {}: [{root}] {}{} {} {}\n",
                offset / 8,
                type_name(&btf, root),
                if matches!(kind, 10 | 11) {
                    enumerator_name(&btf, root, &string(access))
                } else {
                    access_path(&btf, root, &string(access))
                },
                string(access),
                kind_name(kind)
            ));
            position += record_size;
        }
    }
    Ok(listing)
}
