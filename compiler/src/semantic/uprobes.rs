//! uprobe targets: which file a uprobe names, and where in it the probe goes.
//!
//! In: the binary and function parts of `uprobe:BINARY:FUNCTION`. Out: the file's absolute
//! path (a name without `/` is looked up as bpftrace does: first as a library in
//! /etc/ld.so.cache, `libc` matching `libc.so.6`, then as a program on `PATH`), the function
//! symbols a wildcard matches (from the file's `.symtab` and `.dynsym`), and, for a raw
//! address `0x1234`, the file offset that libbpf attaches at (the address is an ELF virtual
//! address, turned into a file offset through the PT_LOAD program headers).

use crate::object::inspect::{u16_at, u32_at, u64_at};
use std::path::{Path, PathBuf};

/// The magic of the glibc ld.so.cache format (glibc 2.32 and later write only this one; older
/// caches put it after the old format's entries).
const LD_SO_CACHE_MAGIC: &[u8] = b"glibc-ld.so.cache1.1";
/// Bytes of the new-format header and of each of its entries.
const LD_SO_CACHE_HEADER_SIZE: usize = 48;
const LD_SO_CACHE_ENTRY_SIZE: usize = 24;

/// The absolute path of the uprobe target `name`.
pub fn resolve_binary(name: &str) -> Result<String, String> {
    if name.starts_with('/') {
        return Ok(name.to_string());
    }
    if let Ok(cache) = std::fs::read("/etc/ld.so.cache")
        && let Some(path) = library_from_cache(&cache, name)
    {
        return Ok(path);
    }
    if !name.contains('/') {
        let search = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".to_string());
        for directory in search.split(':').filter(|directory| !directory.is_empty()) {
            let candidate = Path::new(directory).join(name);
            if candidate.is_file() {
                return Ok(absolute(candidate));
            }
        }
    }
    Err(format!(
        "`{name}` is neither a library in /etc/ld.so.cache nor a program on PATH"
    ))
}

fn absolute(path: PathBuf) -> String {
    std::fs::canonicalize(&path)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The path of the first library in an ld.so.cache whose name is `name.so...` or
/// `libname.so...` (x86-64 entries come first in Debian's cache, as ldconfig sorts them).
fn library_from_cache(cache: &[u8], name: &str) -> Option<String> {
    let start = cache
        .windows(LD_SO_CACHE_MAGIC.len())
        .position(|window| window == LD_SO_CACHE_MAGIC)?;
    let header = cache.get(start..start + LD_SO_CACHE_HEADER_SIZE)?;
    let count = u32::from_le_bytes(header[20..24].try_into().ok()?) as usize;
    let string = |offset: u32| -> Option<&str> {
        // String offsets count from the start of the new-format header.
        let rest = cache.get(start + offset as usize..)?;
        let end = rest.iter().position(|byte| *byte == 0)?;
        std::str::from_utf8(&rest[..end]).ok()
    };
    let wanted = [format!("{name}.so"), format!("lib{name}.so")];
    (0..count).find_map(|index| {
        let entry_start = start + LD_SO_CACHE_HEADER_SIZE + index * LD_SO_CACHE_ENTRY_SIZE;
        let entry = cache.get(entry_start..entry_start + LD_SO_CACHE_ENTRY_SIZE)?;
        let key = string(u32::from_le_bytes(entry[4..8].try_into().ok()?))?;
        let value = string(u32::from_le_bytes(entry[8..12].try_into().ok()?))?;
        let matches = wanted.iter().any(|prefix| {
            key == prefix.as_str()
                || key
                    .strip_prefix(prefix.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        });
        matches.then(|| value.to_string())
    })
}

/// The file offset of the ELF virtual address `address` in `bytes` (a 64-bit
/// little-endian ELF file), through the PT_LOAD segment that maps it.
pub fn file_offset(bytes: &[u8], address: u64) -> Option<u64> {
    if bytes.get(..4)? != b"\x7fELF" || *bytes.get(4)? != 2 || *bytes.get(5)? != 1 {
        return None;
    }
    let headers = usize::try_from(u64_at(bytes, 0x20)?).ok()?;
    let size = usize::from(u16_at(bytes, 0x36)?);
    (0..usize::from(u16_at(bytes, 0x38)?)).find_map(|index| {
        let header = headers + index * size;
        const PT_LOAD: u32 = 1;
        if u32_at(bytes, header)? != PT_LOAD {
            return None;
        }
        let offset = u64_at(bytes, header + 8)?;
        let virtual_address = u64_at(bytes, header + 16)?;
        let file_size = u64_at(bytes, header + 32)?;
        (virtual_address..virtual_address + file_size)
            .contains(&address)
            .then(|| address - virtual_address + offset)
    })
}

/// Whether `bytes` is an ELF executable loaded at its link addresses (`ET_EXEC`), rather
/// than a position-independent executable or a shared library (`ET_DYN`).
pub fn is_fixed_executable(bytes: &[u8]) -> bool {
    const ET_EXEC: u16 = 2;
    bytes.get(..4) == Some(b"\x7fELF")
        && bytes
            .get(16..18)
            .is_some_and(|kind| u16::from_le_bytes([kind[0], kind[1]]) == ET_EXEC)
}

/// The value (virtual address) and size of the defined symbol `name` of any type in the
/// `.symtab` or `.dynsym` of `bytes`, a 64-bit little-endian ELF file.
pub fn symbol(bytes: &[u8], name: &str) -> Option<(u64, u64)> {
    if bytes.get(..4)? != b"\x7fELF" || *bytes.get(4)? != 2 || *bytes.get(5)? != 1 {
        return None;
    }
    let section_headers = usize::try_from(u64_at(bytes, 0x28)?).ok()?;
    let header_size = usize::from(u16_at(bytes, 0x3a)?);
    let section = |index: usize| -> Option<(u32, usize, usize, usize, usize)> {
        let at = section_headers + index * header_size;
        Some((
            u32_at(bytes, at + 4)?,                           // sh_type
            usize::try_from(u64_at(bytes, at + 0x18)?).ok()?, // sh_offset
            usize::try_from(u64_at(bytes, at + 0x20)?).ok()?, // sh_size
            u32_at(bytes, at + 0x28)? as usize,               // sh_link
            usize::try_from(u64_at(bytes, at + 0x38)?).ok()?, // sh_entsize
        ))
    };
    const SHT_SYMTAB: u32 = 2;
    const SHT_DYNSYM: u32 = 11;
    for index in 0..usize::from(u16_at(bytes, 0x3c)?) {
        let (kind, offset, size, link, entry_size) = section(index)?;
        if kind != SHT_SYMTAB && kind != SHT_DYNSYM {
            continue;
        }
        let (_, strings_offset, strings_size, _, _) = section(link)?;
        let strings = bytes.get(strings_offset..strings_offset + strings_size)?;
        let entry_size = if entry_size == 0 { 24 } else { entry_size };
        for entry in (offset..offset + size).step_by(entry_size) {
            let name_offset = u32_at(bytes, entry)? as usize;
            let defined = u16_at(bytes, entry + 6)? != 0;
            let Some(rest) = strings.get(name_offset..) else {
                continue;
            };
            let end = rest
                .iter()
                .position(|byte| *byte == 0)
                .unwrap_or(rest.len());
            if defined && &rest[..end] == name.as_bytes() {
                return Some((u64_at(bytes, entry + 8)?, u64_at(bytes, entry + 16)?));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new-format cache with the given (name, path) entries.
    fn cache(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut strings = Vec::new();
        let strings_start = LD_SO_CACHE_HEADER_SIZE + entries.len() * LD_SO_CACHE_ENTRY_SIZE;
        let mut table = Vec::new();
        for (name, path) in entries {
            let key = strings_start + strings.len();
            strings.extend_from_slice(name.as_bytes());
            strings.push(0);
            let value = strings_start + strings.len();
            strings.extend_from_slice(path.as_bytes());
            strings.push(0);
            table.extend_from_slice(&0x303i32.to_le_bytes());
            table.extend_from_slice(&(key as u32).to_le_bytes());
            table.extend_from_slice(&(value as u32).to_le_bytes());
            table.extend_from_slice(&[0; 12]);
        }
        let mut bytes = LD_SO_CACHE_MAGIC.to_vec();
        bytes.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&(strings.len() as u32).to_le_bytes());
        bytes.resize(LD_SO_CACHE_HEADER_SIZE, 0);
        bytes.extend_from_slice(&table);
        bytes.extend_from_slice(&strings);
        bytes
    }

    #[test]
    fn libraries_are_found_by_short_name() {
        let bytes = cache(&[
            ("libcrypt.so.1", "/lib/libcrypt.so.1"),
            ("libc.so.6", "/lib/libc.so.6"),
            ("libc.so", "/lib/libc.so"),
        ]);
        assert_eq!(
            library_from_cache(&bytes, "libc").as_deref(),
            Some("/lib/libc.so.6")
        );
        assert_eq!(
            library_from_cache(&bytes, "c").as_deref(),
            Some("/lib/libc.so.6")
        );
        assert_eq!(
            library_from_cache(&bytes, "libcrypt").as_deref(),
            Some("/lib/libcrypt.so.1")
        );
        assert_eq!(library_from_cache(&bytes, "libz"), None);
    }

    #[test]
    fn programs_are_found_on_the_path() {
        let found = resolve_binary("sh").expect("sh on PATH");
        assert!(found.starts_with('/'), "{found}");
    }
}
