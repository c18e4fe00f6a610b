//! Packaging: the last step of `btc build`.
//!
//! In: the bytes of the static runtime stub (an ELF64 little-endian executable) and the
//! bytes of an encoded payload section (`btc_payload::Payload::encode`). Out: the bytes of
//! the finished tool, a copy of the stub with one more section, [`SECTION_NAME`]
//! (`SHT_PROGBITS`, no flags, so it is never loaded into memory), holding the payload.
//!
//! Nothing that the loader looks at moves: the program headers and every loaded byte stay
//! where they were. The payload, a new section-name string table (the old names plus the
//! new one) and a new section header table (the old headers plus one) are appended to the
//! end of the file, and the ELF header is pointed at the new table. The old string table
//! and header table stay in the file as unreferenced bytes. This is what `objcopy
//! --add-section` does, without needing objcopy. GNU `strip` keeps the section (it only
//! removes symbols and debug sections), which the tests check.
//!
//! [`find_section`] reads a section back by name; tests use it, and `btc` can use it to
//! inspect a built tool.

use btc_payload::SECTION_NAME;

const ELF_HEADER_LEN: usize = 64;
const SECTION_HEADER_LEN: usize = 64;
const ELFCLASS64: u8 = 2;
const ELFDATA2LSB: u8 = 1;
const SHT_PROGBITS: u32 = 1;
const SHT_STRTAB: u32 = 3;
/// Section indices from here on are reserved; a file with that many sections uses the
/// extended numbering that this module does not support.
const SHN_LORESERVE: usize = 0xff00;

/// Why a stub could not be packaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackageError {
    /// The stub does not start with the ELF magic.
    NotElf,
    /// The stub is ELF, but not 64-bit little-endian.
    UnsupportedElf(String),
    /// A header or table points outside the file, or has an impossible size.
    Malformed(String),
    /// The stub already carries a payload section: it is a built tool, not the stub.
    AlreadyHasPayload,
}

impl std::fmt::Display for PackageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackageError::NotElf => write!(f, "the runtime stub is not an ELF file"),
            PackageError::UnsupportedElf(why) => {
                write!(f, "the runtime stub is not supported: {why}")
            }
            PackageError::Malformed(why) => write!(f, "the runtime stub is malformed: {why}"),
            PackageError::AlreadyHasPayload => write!(
                f,
                "the runtime stub already has a `{SECTION_NAME}` section: it is a built tool, not the stub"
            ),
        }
    }
}

impl std::error::Error for PackageError {}

/// The fields of the ELF header and of the section-name string table that packaging needs.
struct Layout {
    section_header_offset: usize,
    section_count: usize,
    names_index: usize,
    names_offset: usize,
    names_size: usize,
}

/// Returns a copy of `stub` with one more section, [`SECTION_NAME`], holding
/// `payload_section`.
pub fn package(stub: &[u8], payload_section: &[u8]) -> Result<Vec<u8>, PackageError> {
    let layout = read_layout(stub)?;
    if find_section(stub, SECTION_NAME)?.is_some() {
        return Err(PackageError::AlreadyHasPayload);
    }
    if layout.section_count + 1 >= SHN_LORESERVE {
        return Err(PackageError::UnsupportedElf(
            "the stub has too many sections".into(),
        ));
    }

    let mut out = Vec::with_capacity(stub.len() + payload_section.len() + 4096);
    out.extend_from_slice(stub);

    pad_to(&mut out, 8);
    let payload_offset = out.len();
    out.extend_from_slice(payload_section);

    let names_offset = out.len();
    out.extend_from_slice(&stub[layout.names_offset..layout.names_offset + layout.names_size]);
    let new_name_offset = layout.names_size;
    out.extend_from_slice(SECTION_NAME.as_bytes());
    out.push(0);
    let names_size = out.len() - names_offset;

    pad_to(&mut out, 8);
    let table_offset = out.len();
    let old_table =
        &stub[layout.section_header_offset..][..layout.section_count * SECTION_HEADER_LEN];
    out.extend_from_slice(old_table);
    let names_header = table_offset + layout.names_index * SECTION_HEADER_LEN;
    put_u64(&mut out, names_header + 24, names_offset as u64);
    put_u64(&mut out, names_header + 32, names_size as u64);

    let mut header = [0u8; SECTION_HEADER_LEN];
    header[0..4].copy_from_slice(&(new_name_offset as u32).to_le_bytes());
    header[4..8].copy_from_slice(&SHT_PROGBITS.to_le_bytes());
    header[24..32].copy_from_slice(&(payload_offset as u64).to_le_bytes());
    header[32..40].copy_from_slice(&(payload_section.len() as u64).to_le_bytes());
    header[48..56].copy_from_slice(&1u64.to_le_bytes());
    out.extend_from_slice(&header);

    put_u64(&mut out, 40, table_offset as u64);
    put_u16(&mut out, 60, (layout.section_count + 1) as u16);
    put_u16(&mut out, 62, layout.names_index as u16);
    Ok(out)
}

/// The contents of the section called `name` in the ELF64 little-endian file `elf`, or
/// `None` when it has no such section.
pub fn find_section<'a>(elf: &'a [u8], name: &str) -> Result<Option<&'a [u8]>, PackageError> {
    let layout = read_layout(elf)?;
    let names = &elf[layout.names_offset..layout.names_offset + layout.names_size];
    for index in 0..layout.section_count {
        let header = layout.section_header_offset + index * SECTION_HEADER_LEN;
        let name_offset = get_u32(elf, header) as usize;
        let Some(rest) = names.get(name_offset..) else {
            return Err(PackageError::Malformed(format!(
                "section {index} has a name outside the string table"
            )));
        };
        let section_name = rest.split(|&byte| byte == 0).next().unwrap_or_default();
        if section_name != name.as_bytes() {
            continue;
        }
        let offset = get_u64(elf, header + 24);
        let size = get_u64(elf, header + 32);
        return match checked_range(elf, offset, size) {
            Some(range) => Ok(Some(&elf[range])),
            None => Err(PackageError::Malformed(format!(
                "section `{name}` lies outside the file"
            ))),
        };
    }
    Ok(None)
}

fn read_layout(elf: &[u8]) -> Result<Layout, PackageError> {
    if elf.len() < 4 || elf[..4] != *b"\x7fELF" {
        return Err(PackageError::NotElf);
    }
    if elf.len() < ELF_HEADER_LEN {
        return Err(PackageError::Malformed(
            "the ELF header is truncated".into(),
        ));
    }
    if elf[4] != ELFCLASS64 {
        return Err(PackageError::UnsupportedElf(
            "it is not a 64-bit ELF file".into(),
        ));
    }
    if elf[5] != ELFDATA2LSB {
        return Err(PackageError::UnsupportedElf(
            "it is not little-endian".into(),
        ));
    }
    let section_header_offset = get_u64(elf, 40);
    let entry_size = usize::from(get_u16(elf, 58));
    let section_count = usize::from(get_u16(elf, 60));
    let names_index = usize::from(get_u16(elf, 62));
    if section_header_offset == 0 || section_count == 0 {
        return Err(PackageError::Malformed(
            "it has no section header table (or uses extended section numbering)".into(),
        ));
    }
    if entry_size != SECTION_HEADER_LEN {
        return Err(PackageError::Malformed(format!(
            "section headers are {entry_size} bytes, expected 64"
        )));
    }
    let table_size = (section_count * SECTION_HEADER_LEN) as u64;
    let Some(table) = checked_range(elf, section_header_offset, table_size) else {
        return Err(PackageError::Malformed(
            "the section header table lies outside the file".into(),
        ));
    };
    if names_index >= section_count {
        return Err(PackageError::Malformed(
            "it has no section-name string table".into(),
        ));
    }
    let names_header = table.start + names_index * SECTION_HEADER_LEN;
    if get_u32(elf, names_header + 4) != SHT_STRTAB {
        return Err(PackageError::Malformed(
            "the section-name table is not a string table".into(),
        ));
    }
    let Some(names) = checked_range(
        elf,
        get_u64(elf, names_header + 24),
        get_u64(elf, names_header + 32),
    ) else {
        return Err(PackageError::Malformed(
            "the section-name table lies outside the file".into(),
        ));
    };
    Ok(Layout {
        section_header_offset: table.start,
        section_count,
        names_index,
        names_offset: names.start,
        names_size: names.len(),
    })
}

/// `offset..offset + size` when it lies inside `bytes`.
fn checked_range(bytes: &[u8], offset: u64, size: u64) -> Option<std::ops::Range<usize>> {
    let start = usize::try_from(offset).ok()?;
    let end = start.checked_add(usize::try_from(size).ok()?)?;
    (end <= bytes.len()).then_some(start..end)
}

fn pad_to(bytes: &mut Vec<u8>, alignment: usize) {
    while !bytes.len().is_multiple_of(alignment) {
        bytes.push(0);
    }
}

// The readers below are only called at offsets that `read_layout` checked.
fn get_u16(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn get_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

fn get_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

fn put_u16(bytes: &mut [u8], at: usize, value: u16) {
    bytes[at..at + 2].copy_from_slice(&value.to_le_bytes());
}

fn put_u64(bytes: &mut [u8], at: usize, value: u64) {
    bytes[at..at + 8].copy_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    /// A scratch directory for one test, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(test: &str) -> Scratch {
            let path =
                std::env::temp_dir().join(format!("btc-package-{test}-{}", std::process::id()));
            std::fs::create_dir_all(&path).unwrap();
            Scratch(path)
        }

        fn write_executable(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            std::fs::write(&path, bytes).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
            path
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn true_binary() -> Vec<u8> {
        std::fs::read("/bin/true").expect("/bin/true exists")
    }

    fn tool_available(tool: &str) -> bool {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|output| output.status.success())
    }

    fn readelf_sections(path: &Path) -> String {
        let output = Command::new("readelf")
            .arg("-SW")
            .arg(path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "readelf failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    #[test]
    fn the_section_reads_back_and_nothing_loaded_moves() {
        let stub = true_binary();
        let payload: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
        let tool = package(&stub, &payload).unwrap();
        assert_eq!(
            find_section(&tool, SECTION_NAME).unwrap(),
            Some(payload.as_slice())
        );
        // Every byte of the stub is still where it was; only the header's section fields
        // (e_shoff at 40, e_shnum at 60) changed.
        assert_eq!(tool[..40], stub[..40]);
        assert_eq!(tool[48..60], stub[48..60]);
        assert_eq!(tool[64..stub.len()], stub[64..]);
        // The old sections are still found by name.
        assert_eq!(
            find_section(&tool, ".text").unwrap(),
            find_section(&stub, ".text").unwrap()
        );
    }

    #[test]
    fn empty_payload_is_fine() {
        let tool = package(&true_binary(), &[]).unwrap();
        assert_eq!(find_section(&tool, SECTION_NAME).unwrap(), Some(&[][..]));
    }

    #[test]
    fn bad_stubs_are_rejected() {
        assert_eq!(package(b"#!/bin/sh\n", b"x"), Err(PackageError::NotElf));
        assert_eq!(package(b"", b"x"), Err(PackageError::NotElf));
        let stub = true_binary();
        assert!(matches!(
            package(&stub[..40], b"x"),
            Err(PackageError::Malformed(_))
        ));
        let mut big_endian = stub.clone();
        big_endian[5] = 2;
        assert!(matches!(
            package(&big_endian, b"x"),
            Err(PackageError::UnsupportedElf(_))
        ));
        let mut thirty_two_bit = stub.clone();
        thirty_two_bit[4] = 1;
        assert!(matches!(
            package(&thirty_two_bit, b"x"),
            Err(PackageError::UnsupportedElf(_))
        ));
        let mut table_outside = stub.clone();
        table_outside[40..48].copy_from_slice(&(stub.len() as u64).to_le_bytes());
        assert!(matches!(
            package(&table_outside, b"x"),
            Err(PackageError::Malformed(_))
        ));
        let truncated = &stub[..stub.len() - 100];
        assert!(matches!(
            package(truncated, b"x"),
            Err(PackageError::Malformed(_))
        ));
    }

    #[test]
    fn a_tool_cannot_be_packaged_again() {
        let tool = package(&true_binary(), b"payload").unwrap();
        assert_eq!(
            package(&tool, b"payload"),
            Err(PackageError::AlreadyHasPayload)
        );
    }

    #[test]
    fn the_tool_runs_and_readelf_lists_the_section() {
        if !tool_available("readelf") {
            eprintln!("skipped: readelf is not installed");
            return;
        }
        let scratch = Scratch::new("runs");
        let tool =
            scratch.write_executable("tool", &package(&true_binary(), b"hello payload").unwrap());
        let sections = readelf_sections(&tool);
        let line = sections
            .lines()
            .find(|line| line.contains(SECTION_NAME))
            .expect("section listed");
        assert!(line.contains("PROGBITS"), "{line}");
        let status = Command::new(&tool).status().unwrap();
        assert!(status.success());
    }

    #[test]
    fn strip_keeps_the_section() {
        if !tool_available("strip") {
            eprintln!("skipped: strip is not installed");
            return;
        }
        let scratch = Scratch::new("strip");
        let payload = b"payload that must survive strip".repeat(50);
        let tool = scratch.write_executable("tool", &package(&true_binary(), &payload).unwrap());
        let status = Command::new("strip").arg(&tool).status().unwrap();
        assert!(status.success());
        let stripped = std::fs::read(&tool).unwrap();
        assert_eq!(
            find_section(&stripped, SECTION_NAME).unwrap(),
            Some(payload.as_slice())
        );
        assert!(Command::new(&tool).status().unwrap().success());
        // `strip --strip-all` and `-s` are the same thing for GNU strip; check the explicit
        // spelling too, since packagers use it.
        let status = Command::new("strip")
            .arg("--strip-all")
            .arg(&tool)
            .status()
            .unwrap();
        assert!(status.success());
        let stripped = std::fs::read(&tool).unwrap();
        assert_eq!(
            find_section(&stripped, SECTION_NAME).unwrap(),
            Some(payload.as_slice())
        );
    }
}
