//! The `.BTF.ext` section: func_info, line_info and core_relo records.
//!
//! In: per ELF code section, the records of each kind, with instruction offsets in BYTES
//! from the start of that section and every name already an offset in the `.BTF` string
//! table (the section name too). Out: the section bytes (`BtfExt::to_bytes`): a 32-byte
//! header, then each sub-section as `rec_size` followed by `{sec_name_off, num_info,
//! records}` blocks (shared/reference/backends.md §4.5). Sections without records of a
//! kind are left out of that kind's sub-section, and a kind with no records at all gets a
//! sub-section of length 0, which libbpf skips.

use super::btf::{MAGIC, TypeId};

/// `struct bpf_func_info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuncInfo {
    /// Bytes from the start of the ELF section.
    pub instruction_offset: u32,
    /// A BTF FUNC.
    pub type_id: TypeId,
}

/// `struct bpf_line_info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineInfoRecord {
    /// Bytes from the start of the ELF section.
    pub instruction_offset: u32,
    /// `.BTF` string: the source file name.
    pub file_name: u32,
    /// `.BTF` string: the text of the source line.
    pub line_text: u32,
    /// 1-based; at most 2^22 - 1.
    pub line: u32,
    /// 1-based; at most 1023 (larger columns are written as 1023).
    pub column: u32,
}

/// `struct bpf_core_relo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoreRelocationRecord {
    /// Bytes from the start of the ELF section.
    pub instruction_offset: u32,
    /// The local `.BTF` id of the root type.
    pub type_id: TypeId,
    /// `.BTF` string: the access string, e.g. `0:1`.
    pub access: u32,
    /// `enum bpf_core_relo_kind`.
    pub kind: u32,
}

/// The records of one kind for one ELF section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRecords<T> {
    /// `.BTF` string: the ELF section's name.
    pub section_name: u32,
    /// Sorted by instruction offset.
    pub records: Vec<T>,
}

/// The whole `.BTF.ext` section.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BtfExt {
    pub func_info: Vec<SectionRecords<FuncInfo>>,
    pub line_info: Vec<SectionRecords<LineInfoRecord>>,
    pub core_relocations: Vec<SectionRecords<CoreRelocationRecord>>,
}

const HEADER_LENGTH: u32 = 32;
const FUNC_INFO_SIZE: u32 = 8;
const LINE_INFO_SIZE: u32 = 16;
const CORE_RELOCATION_SIZE: u32 = 16;
const MAX_COLUMN: u32 = (1 << 10) - 1;

impl BtfExt {
    pub fn to_bytes(&self) -> Vec<u8> {
        let func_info = encode_subsection(&self.func_info, FUNC_INFO_SIZE, |record, output| {
            push_u32(output, record.instruction_offset);
            push_u32(output, record.type_id.0);
        });
        let line_info = encode_subsection(&self.line_info, LINE_INFO_SIZE, |record, output| {
            push_u32(output, record.instruction_offset);
            push_u32(output, record.file_name);
            push_u32(output, record.line_text);
            push_u32(output, (record.line << 10) | record.column.min(MAX_COLUMN));
        });
        let core_relocations = encode_subsection(
            &self.core_relocations,
            CORE_RELOCATION_SIZE,
            |record, output| {
                push_u32(output, record.instruction_offset);
                push_u32(output, record.type_id.0);
                push_u32(output, record.access);
                push_u32(output, record.kind);
            },
        );

        let mut output = Vec::new();
        output.extend_from_slice(&MAGIC.to_le_bytes());
        output.push(1); // version
        output.push(0); // flags
        push_u32(&mut output, HEADER_LENGTH);
        let mut offset = 0u32;
        for subsection in [&func_info, &line_info, &core_relocations] {
            push_u32(&mut output, offset);
            push_u32(&mut output, subsection.len() as u32);
            offset += subsection.len() as u32;
        }
        output.extend_from_slice(&func_info);
        output.extend_from_slice(&line_info);
        output.extend_from_slice(&core_relocations);
        output
    }
}

fn push_u32(output: &mut Vec<u8>, value: u32) {
    output.extend_from_slice(&value.to_le_bytes());
}

/// `rec_size` then one block per section that has records; empty when no section has any.
fn encode_subsection<T>(
    sections: &[SectionRecords<T>],
    record_size: u32,
    encode: impl Fn(&T, &mut Vec<u8>),
) -> Vec<u8> {
    let mut output = Vec::new();
    if sections.iter().all(|section| section.records.is_empty()) {
        return output;
    }
    push_u32(&mut output, record_size);
    for section in sections
        .iter()
        .filter(|section| !section.records.is_empty())
    {
        push_u32(&mut output, section.section_name);
        push_u32(&mut output, section.records.len() as u32);
        for record in &section.records {
            encode(record, &mut output);
        }
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(bytes: &[u8], offset: usize) -> u32 {
        u32::from_le_bytes(bytes[offset..offset + 4].try_into().unwrap())
    }

    #[test]
    fn empty_has_header_only() {
        let bytes = BtfExt::default().to_bytes();
        assert_eq!(bytes.len(), 32);
        assert_eq!(&bytes[..8], &[0x9f, 0xeb, 1, 0, 32, 0, 0, 0]);
        assert!(bytes[8..].iter().all(|&byte| byte == 0));
    }

    #[test]
    fn subsections_follow_the_header() {
        let ext = BtfExt {
            func_info: vec![SectionRecords {
                section_name: 7,
                records: vec![
                    FuncInfo {
                        instruction_offset: 0,
                        type_id: TypeId(3),
                    },
                    FuncInfo {
                        instruction_offset: 40,
                        type_id: TypeId(4),
                    },
                ],
            }],
            line_info: vec![
                SectionRecords {
                    section_name: 7,
                    records: vec![],
                },
                SectionRecords {
                    section_name: 9,
                    records: vec![LineInfoRecord {
                        instruction_offset: 16,
                        file_name: 11,
                        line_text: 12,
                        line: 3,
                        column: 5000,
                    }],
                },
            ],
            core_relocations: vec![],
        };
        let bytes = ext.to_bytes();
        // func_info: rec_size + (name, count) + 2 records = 4 + 8 + 16.
        assert_eq!(u32_at(&bytes, 8), 0);
        assert_eq!(u32_at(&bytes, 12), 28);
        // line_info: rec_size + (name, count) + 1 record; the empty section is left out.
        assert_eq!(u32_at(&bytes, 16), 28);
        assert_eq!(u32_at(&bytes, 20), 4 + 8 + 16);
        // core_relo: empty.
        assert_eq!(u32_at(&bytes, 24), 56);
        assert_eq!(u32_at(&bytes, 28), 0);
        assert_eq!(bytes.len(), 32 + 56);
        let func_info = &bytes[32..];
        assert_eq!(u32_at(func_info, 0), 8);
        assert_eq!(u32_at(func_info, 4), 7);
        assert_eq!(u32_at(func_info, 8), 2);
        assert_eq!(u32_at(func_info, 20), 40);
        assert_eq!(u32_at(func_info, 24), 4);
        let line_info = &bytes[32 + 28..];
        assert_eq!(u32_at(line_info, 0), 16);
        assert_eq!(u32_at(line_info, 4), 9);
        assert_eq!(u32_at(line_info, 8), 1);
        assert_eq!(u32_at(line_info, 12), 16);
        assert_eq!(u32_at(line_info, 16), 11);
        assert_eq!(u32_at(line_info, 20), 12);
        assert_eq!(u32_at(line_info, 24), (3 << 10) | 1023);
    }

    #[test]
    fn core_relocation_record() {
        let ext = BtfExt {
            core_relocations: vec![SectionRecords {
                section_name: 1,
                records: vec![CoreRelocationRecord {
                    instruction_offset: 24,
                    type_id: TypeId(24),
                    access: 5,
                    kind: 0,
                }],
            }],
            ..BtfExt::default()
        };
        let bytes = ext.to_bytes();
        assert_eq!(u32_at(&bytes, 24), 0);
        assert_eq!(u32_at(&bytes, 28), 28);
        assert_eq!(
            &bytes[32..],
            &[
                16, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 24, 0, 0, 0, 24, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0,
                0
            ]
        );
    }
}
