//! The ELF writer: an [`ObjectFile`] in, the bytes of a relocatable BPF ELF object out.
//!
//! In: the programs (instructions, `ld_imm64` relocations, line and CO-RE records), the
//! maps, `.rodata`, the license and the compiler's local BTF types. Out: an ELF64
//! little-endian `ET_REL` object for `EM_BPF` (shared/reference/backends.md §4). Programs
//! that share a section name (BEGIN and END both use `raw_tp`) are laid out one after the
//! other in one executable section, each with its own `STT_FUNC` symbol of exact size:
//! libbpf splits a section by its symbols, and it finds `.BTF.ext` records and CO-RE
//! relocations by section *name*, so two ELF sections with one name would not work. The
//! writer adds to the BTF one FUNC per program, one anonymous map-definition STRUCT, VAR
//! and `.maps` DATASEC entry per map, and a `u8[N]` VAR `btc_rodata` in a `.rodata`
//! DATASEC; DATASECs carry their real sizes and offsets. Sections come in a fixed order
//! (programs, `.rodata`, `.maps`, `license`, `.BTF`, `.BTF.ext`, `.rel*`, `.symtab`,
//! `.strtab`, `.shstrtab`), so the same input always gives the same bytes.

use std::collections::HashMap;
use std::fmt;

use super::btf::{Btf, DatasecEntry, FuncLinkage, IntEncoding, Member, TypeId, VarLinkage};
use super::btf_ext::{BtfExt, CoreRelocationRecord, FuncInfo, LineInfoRecord, SectionRecords};
use super::{
    KernelVariable, KernelVariableType, MapDefinition, MapKind, ObjectFile, ProgramCode,
    RelocationTarget, SUBPROGRAM_SECTION,
};

/// Why an [`ObjectFile`] could not be written. Each one is a bug in the code generator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectError {
    /// A program, map or symbol name that is not a C identifier (BTF requires one).
    InvalidName(String),
    DuplicateName(String),
    /// A program section name that is empty or is one of the writer's own sections.
    InvalidSectionName {
        program: String,
        section: String,
    },
    /// The code is empty or not a whole number of 8-byte slots.
    CodeLength {
        program: String,
        length: usize,
    },
    /// A relocation that is not on the first slot of an `ld_imm64`.
    RelocationNotOnLoadImm64 {
        program: String,
        slot: usize,
    },
    UnknownMap {
        program: String,
        map: usize,
    },
    /// A `.rodata` relocation in an object whose `.rodata` is empty.
    EmptyRodata {
        program: String,
    },
    /// line_info must start at slot 0, be strictly increasing and point at instructions.
    InvalidLine {
        program: String,
        slot: usize,
    },
    InvalidCoreRelocation {
        program: String,
        slot: usize,
    },
    /// A CO-RE root that is not a type of [`ObjectFile::types`].
    UnknownCoreType {
        program: String,
        root: TypeId,
    },
    TooLarge,
}

impl fmt::Display for ObjectError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjectError::InvalidName(name) => write!(formatter, "`{name}` is not a valid name"),
            ObjectError::DuplicateName(name) => write!(formatter, "`{name}` is defined twice"),
            ObjectError::InvalidSectionName { program, section } => write!(
                formatter,
                "program `{program}`: `{section}` cannot be a program section"
            ),
            ObjectError::CodeLength { program, length } => write!(
                formatter,
                "program `{program}`: {length} bytes of code is not a whole number of instructions"
            ),
            ObjectError::RelocationNotOnLoadImm64 { program, slot } => write!(
                formatter,
                "program `{program}`: relocation at slot {slot} is not on an ld_imm64"
            ),
            ObjectError::UnknownMap { program, map } => {
                write!(formatter, "program `{program}`: no map number {map}")
            }
            ObjectError::EmptyRodata { program } => write!(
                formatter,
                "program `{program}`: relocation against an empty .rodata"
            ),
            ObjectError::InvalidLine { program, slot } => write!(
                formatter,
                "program `{program}`: invalid line record at slot {slot}"
            ),
            ObjectError::InvalidCoreRelocation { program, slot } => write!(
                formatter,
                "program `{program}`: invalid CO-RE relocation at slot {slot}"
            ),
            ObjectError::UnknownCoreType { program, root } => write!(
                formatter,
                "program `{program}`: CO-RE root type {} is not a local type",
                root.0
            ),
            ObjectError::TooLarge => write!(formatter, "the object is larger than 4 GiB"),
        }
    }
}

impl std::error::Error for ObjectError {}

/// `BPF_LD | BPF_IMM | BPF_DW`.
const LOAD_IMM64_OPCODE: u8 = 0x18;
const SLOT_SIZE: usize = 8;

/// Section names the writer uses for itself.
const RESERVED_SECTIONS: [&str; 8] = [
    ".rodata",
    ".maps",
    "license",
    ".BTF",
    ".BTF.ext",
    ".symtab",
    ".strtab",
    ".shstrtab",
];

const RODATA_SYMBOL: &str = "btc_rodata";
const LICENSE_SYMBOL: &str = "LICENSE";

// ELF constants (elf.h).
const SHT_PROGBITS: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHT_REL: u32 = 9;
const SHF_WRITE: u64 = 0x1;
const SHF_ALLOC: u64 = 0x2;
const SHF_EXECINSTR: u64 = 0x4;
const SHF_INFO_LINK: u64 = 0x40;
const STB_LOCAL: u8 = 0;
const STB_GLOBAL: u8 = 1;
const STT_NOTYPE: u8 = 0;
const SHN_UNDEF: u16 = 0;
const STT_OBJECT: u8 = 1;
const STT_FUNC: u8 = 2;
const STT_SECTION: u8 = 3;
const ET_REL: u16 = 1;
const EM_BPF: u16 = 247;
const R_BPF_64_64: u64 = 1;
const ELF_HEADER_SIZE: usize = 64;
const SECTION_HEADER_SIZE: usize = 64;
const SYMBOL_SIZE: usize = 24;
const REL_SIZE: usize = 16;

/// Writes `object` as a BPF ELF object.
pub fn write(object: &ObjectFile) -> Result<Vec<u8>, ObjectError> {
    validate(object)?;
    let groups = group_by_section(&object.programs);

    let mut btf = object.types.clone();
    let int = btf.add_int("int", 4, IntEncoding::Signed);
    let array_index = btf.add_int("__ARRAY_SIZE_TYPE__", 4, IntEncoding::Signed);
    let func_types = add_function_types(&mut btf, int, &object.programs);
    let map_layout = add_map_types(&mut btf, int, array_index, &object.maps);
    if !object.rodata.is_empty() {
        add_rodata_types(&mut btf, array_index, object.rodata.len() as u32);
    }
    add_kernel_variable_types(&mut btf, &object.kernel_variables);
    let btf_ext = build_btf_ext(&mut btf, object, &groups, &func_types);

    // Sections, in their final order; index 0 is the null section.
    let mut sections: Vec<Section> = Vec::new();
    let mut program_section_index = Vec::new();
    for group in &groups {
        let mut code = Vec::new();
        for &(program, _) in &group.programs {
            let start = code.len();
            code.extend_from_slice(&object.programs[program].code);
            for relocation in &object.programs[program].relocations {
                if let RelocationTarget::Subprogram(callee) = relocation.target {
                    let immediate = start + relocation.slot * SLOT_SIZE + 4;
                    let offset = subprogram_offset(&groups, callee) as u32;
                    code[immediate..immediate + 4].copy_from_slice(&offset.to_le_bytes());
                }
            }
        }
        sections.push(Section::data(
            &group.name,
            SHF_ALLOC | SHF_EXECINSTR,
            8,
            code,
        ));
        program_section_index.push(sections.len() as u16);
    }
    let rodata_index = (!object.rodata.is_empty()).then(|| {
        sections.push(Section::data(
            ".rodata",
            SHF_ALLOC,
            8,
            object.rodata.clone(),
        ));
        sections.len() as u16
    });
    let maps_index = (!object.maps.is_empty()).then(|| {
        sections.push(Section::data(
            ".maps",
            SHF_WRITE | SHF_ALLOC,
            8,
            vec![0; map_layout.total_size as usize],
        ));
        sections.len() as u16
    });
    let mut license = object.license.as_bytes().to_vec();
    license.push(0);
    let license_size = license.len() as u64;
    sections.push(Section::data("license", SHF_WRITE | SHF_ALLOC, 1, license));
    let license_index = sections.len() as u16;
    sections.push(Section::data(".BTF", 0, 4, btf.to_bytes()));
    sections.push(Section::data(".BTF.ext", 0, 4, btf_ext.to_bytes()));

    // Symbols: the null symbol and locals first, then globals.
    let mut strings = StringTable::new();
    let mut symbols = vec![Symbol::default()];
    let rodata_section_symbol = rodata_index.map(|index| {
        symbols.push(Symbol {
            name: 0,
            info: (STB_LOCAL << 4) | STT_SECTION,
            section: index,
            value: 0,
            size: 0,
        });
        symbols.len() as u32 - 1
    });
    // Subprograms: a section symbol that relocations refer to, and a local function
    // symbol for each, by which libbpf finds where each one starts and ends.
    let mut text_section_symbol = None;
    for (group, &section) in groups.iter().zip(&program_section_index) {
        if group.name != SUBPROGRAM_SECTION {
            continue;
        }
        symbols.push(Symbol {
            name: 0,
            info: (STB_LOCAL << 4) | STT_SECTION,
            section,
            value: 0,
            size: 0,
        });
        text_section_symbol = Some(symbols.len() as u32 - 1);
        for &(program, offset) in &group.programs {
            let code = &object.programs[program];
            symbols.push(Symbol {
                name: strings.add(&code.name),
                info: (STB_LOCAL << 4) | STT_FUNC,
                section,
                value: offset as u64,
                size: code.code.len() as u64,
            });
        }
    }
    let first_global = symbols.len() as u32;
    for (group, &section) in groups.iter().zip(&program_section_index) {
        if group.name == SUBPROGRAM_SECTION {
            continue;
        }
        for &(program, offset) in &group.programs {
            let code = &object.programs[program];
            symbols.push(Symbol {
                name: strings.add(&code.name),
                info: (STB_GLOBAL << 4) | STT_FUNC,
                section,
                value: offset as u64,
                size: code.code.len() as u64,
            });
        }
    }
    let first_map_symbol = symbols.len() as u32;
    if let Some(section) = maps_index {
        for (map, &offset) in object.maps.iter().zip(&map_layout.offsets) {
            symbols.push(Symbol {
                name: strings.add(&map.name),
                info: (STB_GLOBAL << 4) | STT_OBJECT,
                section,
                value: u64::from(offset),
                size: u64::from(map_definition_size(map)),
            });
        }
    }
    if let Some(section) = rodata_index {
        symbols.push(Symbol {
            name: strings.add(RODATA_SYMBOL),
            info: (STB_GLOBAL << 4) | STT_OBJECT,
            section,
            value: 0,
            size: object.rodata.len() as u64,
        });
    }
    // Externs: global, untyped and undefined, as libbpf recognises them.
    let first_kernel_variable_symbol = symbols.len() as u32;
    for variable in &object.kernel_variables {
        symbols.push(Symbol {
            name: strings.add(&variable.name),
            info: (STB_GLOBAL << 4) | STT_NOTYPE,
            section: SHN_UNDEF,
            value: 0,
            size: 0,
        });
    }
    symbols.push(Symbol {
        name: strings.add(LICENSE_SYMBOL),
        info: (STB_GLOBAL << 4) | STT_OBJECT,
        section: license_index,
        value: 0,
        size: license_size,
    });

    // Relocation sections, one per program section that needs one.
    let symbol_table_index =
        (sections.len() + 1 + relocation_section_count(object, &groups)) as u32;
    for (group, &section) in groups.iter().zip(&program_section_index) {
        let mut entries: Vec<(u64, u32)> = Vec::new();
        for &(program, offset) in &group.programs {
            for relocation in &object.programs[program].relocations {
                let symbol = match relocation.target {
                    RelocationTarget::Map(map) => first_map_symbol + map as u32,
                    RelocationTarget::Rodata => {
                        rodata_section_symbol.expect("validated: .rodata relocations need .rodata")
                    }
                    RelocationTarget::Subprogram(_) => text_section_symbol
                        .expect("validated: subprogram relocations name a subprogram"),
                    RelocationTarget::KernelVariable(variable) => {
                        first_kernel_variable_symbol + variable as u32
                    }
                };
                entries.push(((offset + relocation.slot * SLOT_SIZE) as u64, symbol));
            }
        }
        if entries.is_empty() {
            continue;
        }
        entries.sort();
        let mut data = Vec::with_capacity(entries.len() * REL_SIZE);
        for (offset, symbol) in entries {
            data.extend_from_slice(&offset.to_le_bytes());
            data.extend_from_slice(&((u64::from(symbol) << 32) | R_BPF_64_64).to_le_bytes());
        }
        sections.push(Section {
            name: format!(".rel{}", group.name),
            kind: SHT_REL,
            flags: SHF_INFO_LINK,
            alignment: 8,
            link: symbol_table_index,
            info: u32::from(section),
            entry_size: REL_SIZE as u64,
            data,
        });
    }

    let mut symbol_data = Vec::with_capacity(symbols.len() * SYMBOL_SIZE);
    for symbol in &symbols {
        symbol.encode(&mut symbol_data);
    }
    sections.push(Section {
        name: ".symtab".to_string(),
        kind: SHT_SYMTAB,
        flags: 0,
        alignment: 8,
        link: symbol_table_index + 1,
        info: first_global,
        entry_size: SYMBOL_SIZE as u64,
        data: symbol_data,
    });
    debug_assert_eq!(sections.len() as u32, symbol_table_index);
    sections.push(Section {
        name: ".strtab".to_string(),
        kind: SHT_STRTAB,
        flags: 0,
        alignment: 1,
        link: 0,
        info: 0,
        entry_size: 0,
        data: strings.bytes,
    });
    layout(sections)
}

/// A program section and the programs in it, each with its byte offset in the section.
struct SectionGroup {
    name: String,
    programs: Vec<(usize, usize)>,
}

/// Groups programs by section name, in the order each name first appears.
fn group_by_section(programs: &[ProgramCode]) -> Vec<SectionGroup> {
    let mut groups: Vec<SectionGroup> = Vec::new();
    for (index, program) in programs.iter().enumerate() {
        let group = match groups
            .iter()
            .position(|group| group.name == program.section)
        {
            Some(position) => &mut groups[position],
            None => {
                groups.push(SectionGroup {
                    name: program.section.clone(),
                    programs: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        let offset = group
            .programs
            .last()
            .map_or(0, |&(last, offset)| offset + programs[last].code.len());
        group.programs.push((index, offset));
    }
    groups
}

fn relocation_section_count(object: &ObjectFile, groups: &[SectionGroup]) -> usize {
    groups
        .iter()
        .filter(|group| {
            group
                .programs
                .iter()
                .any(|&(program, _)| !object.programs[program].relocations.is_empty())
        })
        .count()
}

fn is_identifier(name: &str) -> bool {
    let mut characters = name.chars();
    matches!(characters.next(), Some(first) if first == '_' || first.is_ascii_alphabetic())
        && characters.all(|character| character == '_' || character.is_ascii_alphanumeric())
        && name.len() < 128
}

fn validate(object: &ObjectFile) -> Result<(), ObjectError> {
    let mut names: Vec<&str> = vec![RODATA_SYMBOL, LICENSE_SYMBOL];
    let local_type_count = object.types.type_count();
    for program in &object.programs {
        let name = &program.name;
        if !is_identifier(name) {
            return Err(ObjectError::InvalidName(name.clone()));
        }
        if names.contains(&name.as_str()) {
            return Err(ObjectError::DuplicateName(name.clone()));
        }
        names.push(name);
        let section = &program.section;
        if program.subprogram != (section == SUBPROGRAM_SECTION) {
            return Err(ObjectError::InvalidSectionName {
                program: name.clone(),
                section: section.clone(),
            });
        }
        if section.is_empty()
            || section.contains('\0')
            || section.starts_with(".rel")
            || RESERVED_SECTIONS.contains(&section.as_str())
        {
            return Err(ObjectError::InvalidSectionName {
                program: name.clone(),
                section: section.clone(),
            });
        }
        let code = &program.code;
        if code.is_empty() || code.len() % SLOT_SIZE != 0 {
            return Err(ObjectError::CodeLength {
                program: name.clone(),
                length: code.len(),
            });
        }
        let slot_count = code.len() / SLOT_SIZE;
        let opcode = |slot: usize| code[slot * SLOT_SIZE];
        for relocation in &program.relocations {
            let slot = relocation.slot;
            if slot + 1 >= slot_count || opcode(slot) != LOAD_IMM64_OPCODE {
                return Err(ObjectError::RelocationNotOnLoadImm64 {
                    program: name.clone(),
                    slot,
                });
            }
            match relocation.target {
                RelocationTarget::Map(map) if map >= object.maps.len() => {
                    return Err(ObjectError::UnknownMap {
                        program: name.clone(),
                        map,
                    });
                }
                RelocationTarget::KernelVariable(variable)
                    if variable >= object.kernel_variables.len() =>
                {
                    return Err(ObjectError::RelocationNotOnLoadImm64 {
                        program: name.clone(),
                        slot,
                    });
                }
                RelocationTarget::Rodata if object.rodata.is_empty() => {
                    return Err(ObjectError::EmptyRodata {
                        program: name.clone(),
                    });
                }
                RelocationTarget::Subprogram(callee)
                    if object
                        .programs
                        .get(callee)
                        .is_none_or(|callee| !callee.subprogram) =>
                {
                    return Err(ObjectError::RelocationNotOnLoadImm64 {
                        program: name.clone(),
                        slot,
                    });
                }
                _ => {}
            }
        }
        let mut previous: Option<usize> = None;
        for line in &program.lines {
            let slot = line.slot;
            let in_order = match previous {
                None => slot == 0,
                Some(previous) => slot > previous,
            };
            if !in_order || slot >= slot_count || opcode(slot) == 0 || line.line >= 1 << 22 {
                return Err(ObjectError::InvalidLine {
                    program: name.clone(),
                    slot,
                });
            }
            previous = Some(slot);
        }
        for relocation in &program.core_relocations {
            let slot = relocation.slot;
            if slot >= slot_count || opcode(slot) == 0 || relocation.access.is_empty() {
                return Err(ObjectError::InvalidCoreRelocation {
                    program: name.clone(),
                    slot,
                });
            }
            if relocation.root.0 == 0 || relocation.root.0 > local_type_count {
                return Err(ObjectError::UnknownCoreType {
                    program: name.clone(),
                    root: relocation.root,
                });
            }
        }
    }
    for map in &object.maps {
        if !is_identifier(&map.name) {
            return Err(ObjectError::InvalidName(map.name.clone()));
        }
        if names.contains(&map.name.as_str()) {
            return Err(ObjectError::DuplicateName(map.name.clone()));
        }
        names.push(&map.name);
    }
    if object.rodata.len() > u32::MAX as usize / 2 {
        return Err(ObjectError::TooLarge);
    }
    let code_size: usize = object
        .programs
        .iter()
        .map(|program| program.code.len())
        .sum();
    if code_size > u32::MAX as usize / 2 {
        return Err(ObjectError::TooLarge);
    }
    Ok(())
}

/// Adds `int (void *ctx)` and one global FUNC per program, and for subprograms (map
/// callbacks) `long (void *map, void *key, void *value, void *ctx)` and a static FUNC;
/// returns the FUNC ids.
fn add_function_types(btf: &mut Btf, int: TypeId, programs: &[ProgramCode]) -> Vec<TypeId> {
    let context = btf.add_ptr(TypeId::VOID);
    let proto = btf.add_func_proto(int, &[("ctx", context)], false);
    let callback_proto = programs.iter().any(|program| program.subprogram).then(|| {
        let long = btf.add_int("long", 8, IntEncoding::Signed);
        btf.add_func_proto(
            long,
            &[
                ("map", context),
                ("key", context),
                ("value", context),
                ("ctx", context),
            ],
            false,
        )
    });
    programs
        .iter()
        .map(|program| match callback_proto {
            Some(callback) if program.subprogram => {
                btf.add_func(&program.name, callback, FuncLinkage::Static)
            }
            _ => btf.add_func(&program.name, proto, FuncLinkage::Global),
        })
        .collect()
}

/// The byte offset of subprogram `callee` in the subprogram section.
fn subprogram_offset(groups: &[SectionGroup], callee: usize) -> usize {
    groups
        .iter()
        .filter(|group| group.name == SUBPROGRAM_SECTION)
        .flat_map(|group| &group.programs)
        .find(|&&(program, _)| program == callee)
        .map(|&(_, offset)| offset)
        .expect("validated: the callee is a subprogram")
}

/// Where each map's definition sits in `.maps`.
struct MapLayout {
    offsets: Vec<u32>,
    total_size: u32,
}

/// The integer attributes of a map definition, in member order.
fn map_attributes(map: &MapDefinition) -> Vec<(&'static str, u32)> {
    let mut attributes = vec![("type", map.kind as u32), ("max_entries", map.max_entries)];
    if map.kind != MapKind::RingBuffer {
        attributes.push(("key_size", map.key_size));
        attributes.push(("value_size", map.value_size));
        attributes.push(("map_flags", map.flags));
    } else if map.flags != 0 {
        attributes.push(("map_flags", map.flags));
    }
    attributes
}

/// One pointer-sized member per attribute.
fn map_definition_size(map: &MapDefinition) -> u32 {
    map_attributes(map).len() as u32 * 8
}

/// Adds each map's definition STRUCT (attributes as `PTR -> int[VALUE]`) and VAR, and the
/// `.maps` DATASEC.
fn add_map_types(btf: &mut Btf, int: TypeId, index: TypeId, maps: &[MapDefinition]) -> MapLayout {
    let mut offsets = Vec::new();
    let mut total_size = 0;
    if maps.is_empty() {
        return MapLayout {
            offsets,
            total_size,
        };
    }
    let mut attribute_pointers: HashMap<u32, TypeId> = HashMap::new();
    let mut entries = Vec::new();
    for map in maps {
        let mut members = Vec::new();
        for (position, (name, value)) in map_attributes(map).into_iter().enumerate() {
            let pointer = match attribute_pointers.get(&value) {
                Some(&pointer) => pointer,
                None => {
                    let array = btf.add_array(int, index, value);
                    let pointer = btf.add_ptr(array);
                    attribute_pointers.insert(value, pointer);
                    pointer
                }
            };
            members.push(Member::new(name, pointer, position as u32 * 8));
        }
        let size = map_definition_size(map);
        let definition = btf.add_struct("", size, &members);
        let var = btf.add_var(&map.name, definition, VarLinkage::GlobalAllocated);
        entries.push(DatasecEntry {
            var,
            offset: total_size,
            size,
        });
        offsets.push(total_size);
        total_size += size;
    }
    btf.add_datasec(".maps", total_size, &entries);
    MapLayout {
        offsets,
        total_size,
    }
}

/// Adds each kernel variable's local type, its extern VAR, and the `.ksyms` DATASEC that
/// holds them (libbpf sets its offsets and sizes itself).
fn add_kernel_variable_types(btf: &mut Btf, variables: &[KernelVariable]) {
    if variables.is_empty() {
        return;
    }
    let mut entries = Vec::with_capacity(variables.len());
    for variable in variables {
        let ty = match &variable.ty {
            KernelVariableType::Integer { bytes, signed } => {
                let name = match bytes {
                    1 => "char",
                    2 => "short",
                    4 => "int",
                    _ => "long",
                };
                if *signed {
                    btf.add_int(name, *bytes, IntEncoding::Signed)
                } else {
                    btf.add_int(&format!("unsigned {name}"), *bytes, IntEncoding::Unsigned)
                }
            }
            KernelVariableType::Struct { name, union: false } => btf.add_struct(name, 0, &[]),
            KernelVariableType::Struct { name, union: true } => btf.add_union(name, 0, &[]),
        };
        let var = btf.add_var(&variable.name, ty, VarLinkage::GlobalExtern);
        entries.push(DatasecEntry {
            var,
            offset: 0,
            size: 0,
        });
    }
    btf.add_datasec(".ksyms", 0, &entries);
}

/// Adds `unsigned char btc_rodata[size]` and the `.rodata` DATASEC.
fn add_rodata_types(btf: &mut Btf, index: TypeId, size: u32) {
    let byte = btf.add_int("unsigned char", 1, IntEncoding::Unsigned);
    let array = btf.add_array(byte, index, size);
    let var = btf.add_var(RODATA_SYMBOL, array, VarLinkage::GlobalAllocated);
    btf.add_datasec(
        ".rodata",
        size,
        &[DatasecEntry {
            var,
            offset: 0,
            size,
        }],
    );
}

fn build_btf_ext(
    btf: &mut Btf,
    object: &ObjectFile,
    groups: &[SectionGroup],
    func_types: &[TypeId],
) -> BtfExt {
    let source_lines: Vec<&str> = object.source.lines().collect();
    let file_name = btf.add_string(&object.source_name);
    let mut ext = BtfExt::default();
    for group in groups {
        let section_name = btf.add_string(&group.name);
        let mut func_info = Vec::new();
        let mut line_info = Vec::new();
        let mut core_relocations = Vec::new();
        for &(program, offset) in &group.programs {
            let code = &object.programs[program];
            func_info.push(FuncInfo {
                instruction_offset: offset as u32,
                type_id: func_types[program],
            });
            for line in &code.lines {
                let text = (line.line as usize)
                    .checked_sub(1)
                    .and_then(|index| source_lines.get(index))
                    .copied()
                    .unwrap_or("");
                line_info.push(LineInfoRecord {
                    instruction_offset: (offset + line.slot * SLOT_SIZE) as u32,
                    file_name,
                    line_text: btf.add_string(text),
                    line: line.line,
                    column: line.column,
                });
            }
            let mut program_relocations: Vec<CoreRelocationRecord> = code
                .core_relocations
                .iter()
                .map(|relocation| CoreRelocationRecord {
                    instruction_offset: (offset + relocation.slot * SLOT_SIZE) as u32,
                    type_id: relocation.root,
                    access: btf.add_string(&relocation.access),
                    kind: relocation.kind as u32,
                })
                .collect();
            program_relocations.sort_by_key(|record| record.instruction_offset);
            core_relocations.extend(program_relocations);
        }
        ext.func_info.push(SectionRecords {
            section_name,
            records: func_info,
        });
        ext.line_info.push(SectionRecords {
            section_name,
            records: line_info,
        });
        ext.core_relocations.push(SectionRecords {
            section_name,
            records: core_relocations,
        });
    }
    ext
}

/// An ELF section before layout.
struct Section {
    name: String,
    kind: u32,
    flags: u64,
    alignment: u64,
    link: u32,
    info: u32,
    entry_size: u64,
    data: Vec<u8>,
}

impl Section {
    fn data(name: &str, flags: u64, alignment: u64, data: Vec<u8>) -> Section {
        Section {
            name: name.to_string(),
            kind: SHT_PROGBITS,
            flags,
            alignment,
            link: 0,
            info: 0,
            entry_size: 0,
            data,
        }
    }
}

#[derive(Default)]
struct Symbol {
    name: u32,
    info: u8,
    section: u16,
    value: u64,
    size: u64,
}

impl Symbol {
    /// `Elf64_Sym`.
    fn encode(&self, output: &mut Vec<u8>) {
        output.extend_from_slice(&self.name.to_le_bytes());
        output.push(self.info);
        output.push(0); // st_other: STV_DEFAULT
        output.extend_from_slice(&self.section.to_le_bytes());
        output.extend_from_slice(&self.value.to_le_bytes());
        output.extend_from_slice(&self.size.to_le_bytes());
    }
}

/// An ELF string table (no deduplication needed: names are unique).
struct StringTable {
    bytes: Vec<u8>,
}

impl StringTable {
    fn new() -> StringTable {
        StringTable { bytes: vec![0] }
    }

    fn add(&mut self, text: &str) -> u32 {
        let offset = self.bytes.len() as u32;
        self.bytes.extend_from_slice(text.as_bytes());
        self.bytes.push(0);
        offset
    }
}

/// Appends `.shstrtab`, places every section after the ELF header and the section header
/// table after them.
fn layout(mut sections: Vec<Section>) -> Result<Vec<u8>, ObjectError> {
    let mut section_names = StringTable::new();
    let mut name_offsets: Vec<u32> = sections
        .iter()
        .map(|section| section_names.add(&section.name))
        .collect();
    name_offsets.push(section_names.add(".shstrtab"));
    sections.push(Section {
        name: ".shstrtab".to_string(),
        kind: SHT_STRTAB,
        flags: 0,
        alignment: 1,
        link: 0,
        info: 0,
        entry_size: 0,
        data: section_names.bytes,
    });

    let mut output = vec![0u8; ELF_HEADER_SIZE];
    let mut offsets = Vec::with_capacity(sections.len());
    for section in &sections {
        pad_to(&mut output, section.alignment as usize);
        offsets.push(output.len() as u64);
        output.extend_from_slice(&section.data);
    }
    pad_to(&mut output, 8);
    let section_header_offset = output.len() as u64;
    let section_count = sections.len() + 1;
    if section_count >= 0xff00 {
        return Err(ObjectError::TooLarge);
    }

    output.extend_from_slice(&[0u8; SECTION_HEADER_SIZE]);
    for ((section, offset), name) in sections.iter().zip(&offsets).zip(&name_offsets) {
        output.extend_from_slice(&name.to_le_bytes());
        output.extend_from_slice(&section.kind.to_le_bytes());
        output.extend_from_slice(&section.flags.to_le_bytes());
        output.extend_from_slice(&0u64.to_le_bytes()); // sh_addr
        output.extend_from_slice(&offset.to_le_bytes());
        output.extend_from_slice(&(section.data.len() as u64).to_le_bytes());
        output.extend_from_slice(&section.link.to_le_bytes());
        output.extend_from_slice(&section.info.to_le_bytes());
        output.extend_from_slice(&section.alignment.to_le_bytes());
        output.extend_from_slice(&section.entry_size.to_le_bytes());
    }
    if output.len() > u32::MAX as usize {
        return Err(ObjectError::TooLarge);
    }

    let mut header = Vec::with_capacity(ELF_HEADER_SIZE);
    header.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0]); // 64-bit, LE, version 1, SysV
    header.extend_from_slice(&[0u8; 8]);
    header.extend_from_slice(&ET_REL.to_le_bytes());
    header.extend_from_slice(&EM_BPF.to_le_bytes());
    header.extend_from_slice(&1u32.to_le_bytes()); // e_version
    header.extend_from_slice(&0u64.to_le_bytes()); // e_entry
    header.extend_from_slice(&0u64.to_le_bytes()); // e_phoff
    header.extend_from_slice(&section_header_offset.to_le_bytes());
    header.extend_from_slice(&0u32.to_le_bytes()); // e_flags
    header.extend_from_slice(&(ELF_HEADER_SIZE as u16).to_le_bytes());
    header.extend_from_slice(&0u16.to_le_bytes()); // e_phentsize
    header.extend_from_slice(&0u16.to_le_bytes()); // e_phnum
    header.extend_from_slice(&(SECTION_HEADER_SIZE as u16).to_le_bytes());
    header.extend_from_slice(&(section_count as u16).to_le_bytes());
    header.extend_from_slice(&((section_count - 1) as u16).to_le_bytes()); // .shstrtab is last
    output[..ELF_HEADER_SIZE].copy_from_slice(&header);
    Ok(output)
}

fn pad_to(output: &mut Vec<u8>, alignment: usize) {
    let end = output.len().next_multiple_of(alignment.max(1));
    output.resize(end, 0);
}
