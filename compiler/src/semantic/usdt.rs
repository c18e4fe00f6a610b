//! USDT probes: the `.note.stapsdt` notes of a binary and their argument specs.
//!
//! In: the bytes of a 64-bit little-endian ELF file. Out: one [`UsdtNote`] per probe site:
//! provider, name, the site's address and semaphore (adjusted, as SystemTap's tools do, by the
//! difference between the `.stapsdt.base` section's address and the base the note recorded,
//! which differ only after prelinking), and the parsed argument specs.
//!
//! A note (type 3, owner `stapsdt`) holds three `u64`s (pc, base, semaphore) and three
//! NUL-terminated strings: provider, name and the arguments, which are separated by spaces
//! and written `SIZE@OPERAND` in the assembler's syntax: `-4@%edi` (a register, negative
//! sizes are signed), `8@$42` (a constant), `4@-12(%rbp)` (memory at a register plus a
//! displacement). Operands btc does not read yet (indexed and `%rip`-relative memory) are
//! kept as [`UsdtOperand::Unsupported`] so that only a script that uses them is refused.

/// One probe site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsdtNote {
    pub provider: String,
    pub name: String,
    /// The ELF virtual address of the probe's `nop`.
    pub address: u64,
    /// The ELF virtual address of the `u16` semaphore, 0 when the probe has none.
    pub semaphore: u64,
    pub arguments: Vec<UsdtArgument>,
}

/// One argument: its size in bytes, its signedness and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsdtArgument {
    pub size: u8,
    pub signed: bool,
    pub operand: UsdtOperand,
    /// The spec as the note writes it, for error messages.
    pub spec: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsdtOperand {
    /// The value is in a register: the byte offset of its 64-bit register in `struct pt_regs`.
    Register {
        offset: u32,
    },
    /// A constant.
    Constant(i64),
    /// In user memory at a register's value plus a displacement.
    Memory {
        register_offset: u32,
        displacement: i32,
    },
    Unsupported,
}

const NOTE_TYPE_STAPSDT: u32 = 3;
const SHT_NOTE: u32 = 7;

/// Every probe site of the file; an empty list when it has none or is not ELF64.
pub fn notes(bytes: &[u8]) -> Vec<UsdtNote> {
    parse(bytes).unwrap_or_default()
}

fn parse(bytes: &[u8]) -> Option<Vec<UsdtNote>> {
    let reader = Reader { bytes };
    if bytes.get(..4)? != b"\x7fELF" || *bytes.get(4)? != 2 || *bytes.get(5)? != 1 {
        return None;
    }
    let headers = reader.u64(0x28)?;
    let header_size = u64::from(reader.u16(0x3a)?);
    let count = u64::from(reader.u16(0x3c)?);
    let names_index = u64::from(reader.u16(0x3e)?);
    let section = |index: u64| headers + index * header_size;
    let names_offset = reader.u64(section(names_index) + 24)?;
    let mut base_address = None;
    let mut note_sections = Vec::new();
    for index in 0..count {
        let header = section(index);
        let name = reader.string(names_offset + u64::from(reader.u32(header)?))?;
        match name {
            ".stapsdt.base" => base_address = Some(reader.u64(header + 16)?),
            ".note.stapsdt" if reader.u32(header + 4)? == SHT_NOTE => {
                note_sections.push((reader.u64(header + 24)?, reader.u64(header + 32)?));
            }
            _ => {}
        }
    }
    let mut notes = Vec::new();
    for (offset, size) in note_sections {
        let mut at = offset;
        while at + 12 <= offset + size {
            let name_size = u64::from(reader.u32(at)?);
            let description_size = u64::from(reader.u32(at + 4)?);
            let kind = reader.u32(at + 8)?;
            let owner = at + 12;
            let description = owner + name_size.next_multiple_of(4);
            at = description + description_size.next_multiple_of(4);
            if kind != NOTE_TYPE_STAPSDT || reader.string(owner)? != "stapsdt" {
                continue;
            }
            let address = reader.u64(description)?;
            let recorded_base = reader.u64(description + 8)?;
            let semaphore = reader.u64(description + 16)?;
            let provider = reader.string(description + 24)?;
            let name = reader.string(description + 24 + provider.len() as u64 + 1)?;
            let arguments = reader
                .string(description + 24 + provider.len() as u64 + name.len() as u64 + 2)
                .unwrap_or("");
            let adjustment = match base_address {
                Some(actual) if recorded_base != 0 => actual.wrapping_sub(recorded_base),
                _ => 0,
            };
            notes.push(UsdtNote {
                provider: provider.to_string(),
                name: name.to_string(),
                address: address.wrapping_add(adjustment),
                semaphore: if semaphore == 0 {
                    0
                } else {
                    semaphore.wrapping_add(adjustment)
                },
                arguments: arguments.split_whitespace().map(parse_argument).collect(),
            });
        }
    }
    Some(notes)
}

/// One `SIZE@OPERAND` spec; a spec without `@` is an 8-byte unsigned operand.
fn parse_argument(spec: &str) -> UsdtArgument {
    let (size, operand) = match spec.split_once('@') {
        Some((size, operand)) => (size.parse::<i32>().unwrap_or(8), operand),
        None => (8, spec),
    };
    UsdtArgument {
        size: size.unsigned_abs().clamp(1, 8) as u8,
        signed: size < 0,
        operand: parse_operand(operand),
        spec: spec.to_string(),
    }
}

fn parse_operand(operand: &str) -> UsdtOperand {
    if let Some(constant) = operand.strip_prefix('$') {
        return parse_integer(constant).map_or(UsdtOperand::Unsupported, UsdtOperand::Constant);
    }
    if let Some(register) = operand.strip_prefix('%') {
        return register_offset(register).map_or(UsdtOperand::Unsupported, |offset| {
            UsdtOperand::Register { offset }
        });
    }
    // DISPLACEMENT(%REGISTER); an empty displacement is 0.
    if let Some((displacement, rest)) = operand.split_once("(%")
        && let Some(register) = rest.strip_suffix(')')
        && let Some(register_offset) = register_offset(register)
    {
        let displacement = if displacement.is_empty() {
            Some(0)
        } else {
            parse_integer(displacement).and_then(|value| i32::try_from(value).ok())
        };
        if let Some(displacement) = displacement {
            return UsdtOperand::Memory {
                register_offset,
                displacement,
            };
        }
    }
    UsdtOperand::Unsupported
}

fn parse_integer(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let value = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i64>().ok()?,
    };
    Some(if negative { -value } else { value })
}

/// The offset in x86-64 `struct pt_regs` of the 64-bit register that holds `name` (`rdi`,
/// `edi`, `di` and `dil` are all `rdi`).
fn register_offset(name: &str) -> Option<u32> {
    const REGISTERS: &[(u32, &[&str])] = &[
        (0, &["r15", "r15d", "r15w", "r15b"]),
        (8, &["r14", "r14d", "r14w", "r14b"]),
        (16, &["r13", "r13d", "r13w", "r13b"]),
        (24, &["r12", "r12d", "r12w", "r12b"]),
        (32, &["rbp", "ebp", "bp", "bpl"]),
        (40, &["rbx", "ebx", "bx", "bl", "bh"]),
        (48, &["r11", "r11d", "r11w", "r11b"]),
        (56, &["r10", "r10d", "r10w", "r10b"]),
        (64, &["r9", "r9d", "r9w", "r9b"]),
        (72, &["r8", "r8d", "r8w", "r8b"]),
        (80, &["rax", "eax", "ax", "al", "ah"]),
        (88, &["rcx", "ecx", "cx", "cl", "ch"]),
        (96, &["rdx", "edx", "dx", "dl", "dh"]),
        (104, &["rsi", "esi", "si", "sil"]),
        (112, &["rdi", "edi", "di", "dil"]),
        (128, &["rip", "eip"]),
        (152, &["rsp", "esp", "sp", "spl"]),
    ];
    // The high-byte registers (`%ah`) would need a shift; they are not used for arguments.
    if matches!(name, "ah" | "bh" | "ch" | "dh") {
        return None;
    }
    REGISTERS
        .iter()
        .find(|(_, names)| names.contains(&name))
        .map(|(offset, _)| *offset)
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn slice(&self, offset: u64, length: usize) -> Option<&[u8]> {
        let start = usize::try_from(offset).ok()?;
        self.bytes.get(start..start.checked_add(length)?)
    }

    fn u16(&self, offset: u64) -> Option<u16> {
        Some(u16::from_le_bytes(self.slice(offset, 2)?.try_into().ok()?))
    }

    fn u32(&self, offset: u64) -> Option<u32> {
        Some(u32::from_le_bytes(self.slice(offset, 4)?.try_into().ok()?))
    }

    fn u64(&self, offset: u64) -> Option<u64> {
        Some(u64::from_le_bytes(self.slice(offset, 8)?.try_into().ok()?))
    }

    fn string(&self, offset: u64) -> Option<&str> {
        let rest = self.bytes.get(usize::try_from(offset).ok()?..)?;
        let end = rest.iter().position(|byte| *byte == 0)?;
        std::str::from_utf8(&rest[..end]).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_specs_parse() {
        assert_eq!(
            parse_argument("-4@%edi"),
            UsdtArgument {
                size: 4,
                signed: true,
                operand: UsdtOperand::Register { offset: 112 },
                spec: "-4@%edi".into(),
            }
        );
        assert_eq!(parse_argument("8@$42").operand, UsdtOperand::Constant(42));
        assert_eq!(parse_argument("4@$-3").operand, UsdtOperand::Constant(-3));
        assert_eq!(
            parse_argument("4@-12(%rbp)").operand,
            UsdtOperand::Memory {
                register_offset: 32,
                displacement: -12
            }
        );
        assert_eq!(
            parse_argument("8@(%rax)").operand,
            UsdtOperand::Memory {
                register_offset: 80,
                displacement: 0
            }
        );
        assert_eq!(
            parse_argument("4@counter(%rip)").operand,
            UsdtOperand::Unsupported
        );
        assert_eq!(
            parse_argument("8@8(%rax,%rbx,8)").operand,
            UsdtOperand::Unsupported
        );
        assert_eq!(parse_argument("1@%al").size, 1);
    }
}
