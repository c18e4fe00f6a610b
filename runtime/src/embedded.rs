//! Finding the payload in the tool's own file.
//!
//! In: the path of the running executable (`/proc/self/exe`). Out: the decoded, checked
//! `Payload` from the ELF section `btc_payload::SECTION_NAME`, or an [`EmbeddedError`] that
//! says why not: the file cannot be read, it is the bare runtime stub (no section), or the
//! section is corrupt.
//!
//! The section is found by walking the ELF64 section headers by hand; `btc build` added it
//! (compiler/src/package.rs) as a non-allocated section, so it is only in the file, not in
//! memory.

use btc_payload::{DecodeError, Payload, SECTION_NAME};

#[derive(Debug)]
pub enum EmbeddedError {
    Unreadable(std::io::Error),
    NotElf(String),
    NoPayload,
    Corrupt(DecodeError),
}

impl std::fmt::Display for EmbeddedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmbeddedError::Unreadable(error) => {
                write!(f, "cannot read the tool's own file: {error}")
            }
            EmbeddedError::NotElf(why) => {
                write!(f, "cannot read the tool's own ELF headers: {why}")
            }
            EmbeddedError::NoPayload => write!(
                f,
                "this is the btc runtime stub; build a tool with `btc build script.bt -o tool`"
            ),
            EmbeddedError::Corrupt(error) => write!(f, "the tool's payload is damaged: {error}"),
        }
    }
}

/// Reads and decodes the payload of the running executable.
pub fn load_own_payload() -> Result<Payload, EmbeddedError> {
    let file = std::fs::read("/proc/self/exe").map_err(EmbeddedError::Unreadable)?;
    let section = find_section(&file, SECTION_NAME)
        .map_err(EmbeddedError::NotElf)?
        .ok_or(EmbeddedError::NoPayload)?;
    Payload::decode(section).map_err(EmbeddedError::Corrupt)
}

/// The contents of the section called `name` in an ELF64 little-endian file.
pub fn find_section<'a>(elf: &'a [u8], name: &str) -> Result<Option<&'a [u8]>, String> {
    if elf.get(..4) != Some(b"\x7fELF".as_slice()) {
        return Err("not an ELF file".into());
    }
    if elf.len() < 64 || elf[4] != 2 || elf[5] != 1 {
        return Err("not a 64-bit little-endian ELF file".into());
    }
    let table = read_u64(elf, 40).ok_or("truncated ELF header")?;
    let entry_size = usize::from(read_u16(elf, 58).ok_or("truncated ELF header")?);
    let count = usize::from(read_u16(elf, 60).ok_or("truncated ELF header")?);
    let names_index = usize::from(read_u16(elf, 62).ok_or("truncated ELF header")?);
    if entry_size != 64 || names_index >= count {
        return Err("unexpected section header layout".into());
    }
    let header = |index: usize| -> Result<usize, String> {
        let offset = usize::try_from(table).map_err(|_| "section headers out of range")?;
        let at = offset
            .checked_add(index * 64)
            .ok_or("section headers out of range")?;
        if at.checked_add(64).is_none_or(|end| end > elf.len()) {
            return Err("section headers out of range".into());
        }
        Ok(at)
    };
    let contents = |at: usize| -> Result<&'a [u8], String> {
        let offset = read_u64(elf, at + 24).and_then(|offset| usize::try_from(offset).ok());
        let size = read_u64(elf, at + 32).and_then(|size| usize::try_from(size).ok());
        offset
            .zip(size)
            .and_then(|(offset, size)| elf.get(offset..offset.checked_add(size)?))
            .ok_or_else(|| "a section lies outside the file".to_string())
    };
    let names = contents(header(names_index)?)?;
    for index in 0..count {
        let at = header(index)?;
        let name_offset = read_u32(elf, at).ok_or("truncated section header")? as usize;
        let section_name = names.get(name_offset..).unwrap_or_default();
        let section_name = section_name
            .split(|&byte| byte == 0)
            .next()
            .unwrap_or_default();
        if section_name == name.as_bytes() {
            return contents(at).map(Some);
        }
    }
    Ok(None)
}

fn read_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn read_u64(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_sections_of_a_real_binary() {
        let elf = std::fs::read("/proc/self/exe").unwrap();
        assert!(
            find_section(&elf, ".text")
                .unwrap()
                .is_some_and(|text| !text.is_empty())
        );
        assert_eq!(find_section(&elf, SECTION_NAME).unwrap(), None);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(find_section(b"", ".text").is_err());
        assert!(find_section(b"\x7fELF", ".text").is_err());
        let mut elf = std::fs::read("/proc/self/exe").unwrap();
        elf[40..48].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(find_section(&elf, ".text").is_err());
    }
}
