//! Stacks and symbols: the text of `kstack`, `ustack`, `ksym()` and `usym()` values.
//!
//! In: a stack value (a `bpf_get_stackid` id in the low 32 bits, the process id in the high
//! 32 bits for user stacks) or a kernel address, and the stack-trace maps of the loaded
//! object ([`register_stack_maps`]). Out: the text bpftrace v0.26 prints
//! (`BPFtrace::get_stack` in src/bpftrace.cpp): a newline, then per frame, in the default
//! mode, 8 spaces and `symbol+offset`; in perf mode a tab, the address in hex, a space and
//! `symbol+offset`, followed for user frames by ` (module path)`; in raw mode the address in
//! hex alone. An address no symbol holds prints as `0x` and hex (with ` ([unknown])` for a
//! user frame in perf mode).
//!
//! Kernel addresses are named from /proc/kallsyms (read once): the symbol at the highest
//! address not above the frame, as bcc's symbol cache does. User addresses are named
//! through the process's /proc/PID/maps: the mapping that holds the address gives the file
//! and the file offset, the file's PT_LOAD program headers turn that into the ELF virtual
//! address, and its `.symtab` and `.dynsym` function symbols (read with a small ELF64
//! reader, cached by path) name it when it lies inside one. A process that has already
//! exited has no mappings left, so its frames print as addresses.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use btc_payload::{MAX_STACK_FRAMES, StackMode, stack_map_name};

use crate::bpf::{Map, Object};

/// Spaces before each frame in the default stack mode (bpftrace's `indent` of 8).
const FRAME_INDENT: &str = "        ";

#[derive(Default)]
struct State {
    /// The stack-trace map for each frame limit the object uses.
    stack_maps: HashMap<u32, Map>,
    /// /proc/kallsyms, sorted by address; loaded on first use.
    kernel: Option<Rc<KernelSymbols>>,
    /// ELF function symbols by file path.
    files: HashMap<String, Rc<FileSymbols>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Finds the stack-trace maps of a loaded object, one per frame limit used.
pub fn register_stack_maps(object: &Object) {
    STATE.with(|state| {
        let mut state = state.borrow_mut();
        for limit in 1..=MAX_STACK_FRAMES {
            if let Some(map) = object.map(&stack_map_name(limit)) {
                state.stack_maps.insert(limit, map);
            }
        }
    });
}

/// The text of a `kstack`/`ustack` value.
pub fn stack_text(raw: u64, user: bool, limit: u32, mode: StackMode) -> Vec<u8> {
    let id = raw as u32;
    let pid = (raw >> 32) as u32;
    let frames = STATE.with(|state| {
        let state = state.borrow();
        let map = state.stack_maps.get(&limit)?;
        let value = map.lookup(&id.to_le_bytes())?;
        Some(
            value
                .chunks_exact(8)
                .map(|chunk| u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])))
                .take_while(|address| *address != 0)
                .collect::<Vec<u64>>(),
        )
    });
    let frames = frames.unwrap_or_default();
    let mut text = String::from("\n");
    if mode == StackMode::Raw {
        for address in frames {
            text.push_str(&format!("{address:x}\n"));
        }
        return text.into_bytes();
    }
    let process = user.then(|| ProcessMappings::read(pid));
    for address in frames {
        let symbol = if let Some(process) = &process {
            let found = process.resolve(address);
            match (found, mode) {
                (Some((name, offset, path)), StackMode::Perf) => {
                    format!("{name}+{offset} ({path})")
                }
                (Some((name, offset, _)), _) => format!("{name}+{offset}"),
                (None, StackMode::Perf) => format!("{address:#x} ([unknown])"),
                (None, _) => format!("{address:#x}"),
            }
        } else {
            match kernel_symbol(address) {
                Some((name, offset)) => format!("{name}+{offset}"),
                None => format!("{address:#x}"),
            }
        };
        match mode {
            StackMode::Perf => text.push_str(&format!("\t{address:x} {symbol}\n")),
            _ => {
                text.push_str(FRAME_INDENT);
                text.push_str(&symbol);
                text.push('\n');
            }
        }
    }
    text.into_bytes()
}

/// The text of a `ksym()` value: the symbol's name without offset, or the address in hex.
pub fn kernel_symbol_text(address: u64) -> Vec<u8> {
    match kernel_symbol(address) {
        Some((name, _)) => name.into_bytes(),
        None => format!("{address:#x}").into_bytes(),
    }
}

/// The text of a `usym()` value: the name of the symbol of process `pid` that holds
/// `address`, without offset, or the address in hex.
pub fn user_symbol_text(address: u64, pid: u32) -> Vec<u8> {
    match ProcessMappings::read(pid).resolve(address) {
        Some((name, _, _)) => name.into_bytes(),
        None => format!("{address:#x}").into_bytes(),
    }
}

/// The kernel symbol holding `address` and the offset into it.
fn kernel_symbol(address: u64) -> Option<(String, u64)> {
    let symbols = STATE.with(|state| {
        let mut state = state.borrow_mut();
        state
            .kernel
            .get_or_insert_with(|| Rc::new(KernelSymbols::load()))
            .clone()
    });
    symbols.resolve(address)
}

/// /proc/kallsyms.
struct KernelSymbols {
    /// (address, name), sorted by address.
    symbols: Vec<(u64, String)>,
}

impl KernelSymbols {
    fn load() -> KernelSymbols {
        let text = std::fs::read_to_string("/proc/kallsyms").unwrap_or_default();
        let mut symbols: Vec<(u64, String)> = text
            .lines()
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                let address = u64::from_str_radix(words.next()?, 16).ok()?;
                let kind = words.next()?;
                let name = words.next()?;
                // Absolute symbols are not code; a zero address means they are hidden.
                (address != 0 && !matches!(kind, "a" | "A")).then(|| (address, name.to_string()))
            })
            .collect();
        symbols.sort_by_key(|(address, _)| *address);
        KernelSymbols { symbols }
    }

    fn resolve(&self, address: u64) -> Option<(String, u64)> {
        let after = self.symbols.partition_point(|(start, _)| *start <= address);
        let (start, _) = self.symbols.get(after.checked_sub(1)?)?;
        // Of several names at one address (aliases), the first kallsyms lists.
        let first = self.symbols.partition_point(|(other, _)| other < start);
        let (_, name) = &self.symbols[first];
        Some((name.clone(), address - start))
    }
}

/// One file-backed mapping of /proc/PID/maps.
struct Mapping {
    start: u64,
    end: u64,
    file_offset: u64,
    path: String,
}

/// A process's file mappings, read once per stack.
struct ProcessMappings {
    pid: u32,
    mappings: Vec<Mapping>,
}

impl ProcessMappings {
    fn read(pid: u32) -> ProcessMappings {
        let text = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
        let mappings = text.lines().filter_map(parse_mapping).collect();
        ProcessMappings { pid, mappings }
    }

    /// (symbol, offset into it, file path) of a user address.
    fn resolve(&self, address: u64) -> Option<(String, u64, String)> {
        let mapping = self
            .mappings
            .iter()
            .find(|mapping| (mapping.start..mapping.end).contains(&address))?;
        let file = file_symbols(self.pid, &mapping.path)?;
        let file_offset = address - mapping.start + mapping.file_offset;
        let virtual_address = file.virtual_address(file_offset)?;
        let (name, offset) = file.resolve(virtual_address)?;
        Some((name, offset, mapping.path.clone()))
    }
}

/// `start-end perms offset device inode path` when the mapping has a file path.
fn parse_mapping(line: &str) -> Option<Mapping> {
    let mut words = line.split_whitespace();
    let (start, end) = words.next()?.split_once('-')?;
    let _permissions = words.next()?;
    let file_offset = u64::from_str_radix(words.next()?, 16).ok()?;
    let _device = words.next()?;
    let _inode = words.next()?;
    let path = words.collect::<Vec<&str>>().join(" ");
    if !path.starts_with('/') {
        return None;
    }
    Some(Mapping {
        start: u64::from_str_radix(start, 16).ok()?,
        end: u64::from_str_radix(end, 16).ok()?,
        file_offset,
        path,
    })
}

/// The symbols of the file at `path` as process `pid` sees it, cached by path.
fn file_symbols(pid: u32, path: &str) -> Option<Rc<FileSymbols>> {
    let cached = STATE.with(|state| state.borrow().files.get(path).cloned());
    if let Some(cached) = cached {
        return Some(cached);
    }
    // Through the process's root, so that a process in another mount namespace resolves.
    let bytes = std::fs::read(format!("/proc/{pid}/root{path}"))
        .or_else(|_| std::fs::read(path))
        .ok()?;
    let symbols = Rc::new(FileSymbols::parse(&bytes).unwrap_or_default());
    STATE.with(|state| {
        state
            .borrow_mut()
            .files
            .insert(path.to_string(), symbols.clone())
    });
    Some(symbols)
}

/// The loadable segments and function symbols of one ELF64 little-endian file.
#[derive(Default)]
struct FileSymbols {
    /// (file offset, file size, virtual address) of each PT_LOAD segment.
    segments: Vec<(u64, u64, u64)>,
    /// (address, size, name), sorted by address.
    functions: Vec<(u64, u64, String)>,
}

const PT_LOAD: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_DYNSYM: u32 = 11;
const STT_FUNC: u8 = 2;
const STT_GNU_IFUNC: u8 = 10;

impl FileSymbols {
    fn parse(bytes: &[u8]) -> Option<FileSymbols> {
        let elf = ElfReader { bytes };
        if bytes.get(..4)? != b"\x7fELF" || *bytes.get(4)? != 2 || *bytes.get(5)? != 1 {
            return None;
        }
        let mut symbols = FileSymbols::default();
        let program_headers = elf.u64(0x20)?;
        let program_header_size = u64::from(elf.u16(0x36)?);
        for index in 0..u64::from(elf.u16(0x38)?) {
            let header = program_headers + index * program_header_size;
            if elf.u32(header)? == PT_LOAD {
                symbols.segments.push((
                    elf.u64(header + 8)?,
                    elf.u64(header + 32)?,
                    elf.u64(header + 16)?,
                ));
            }
        }
        let section_headers = elf.u64(0x28)?;
        let section_header_size = u64::from(elf.u16(0x3a)?);
        let section_count = u64::from(elf.u16(0x3c)?);
        let section = |index: u64| section_headers + index * section_header_size;
        for index in 0..section_count {
            let header = section(index);
            let kind = elf.u32(header + 4)?;
            if kind != SHT_SYMTAB && kind != SHT_DYNSYM {
                continue;
            }
            let offset = elf.u64(header + 24)?;
            let size = elf.u64(header + 32)?;
            let strings = section(u64::from(elf.u32(header + 40)?));
            let strings_offset = elf.u64(strings + 24)?;
            let entry_size = elf.u64(header + 56)?.max(24);
            for entry in (offset..offset + size).step_by(entry_size as usize) {
                let info = *bytes.get(entry as usize + 4)?;
                let value = elf.u64(entry + 8)?;
                let symbol_size = elf.u64(entry + 16)?;
                if !matches!(info & 0xf, STT_FUNC | STT_GNU_IFUNC) || value == 0 {
                    continue;
                }
                let name = elf.string(strings_offset + u64::from(elf.u32(entry)?))?;
                // Versioned dynamic names (`malloc@@GLIBC_2.2.5`) print without the version.
                let name = name.split('@').next().unwrap_or(name);
                symbols
                    .functions
                    .push((value, symbol_size, name.to_string()));
            }
        }
        symbols.functions.sort();
        symbols.functions.dedup_by_key(|(address, _, _)| *address);
        Some(symbols)
    }

    fn virtual_address(&self, file_offset: u64) -> Option<u64> {
        self.segments
            .iter()
            .find(|(offset, size, _)| (*offset..offset + size.max(&1)).contains(&file_offset))
            .map(|(offset, _, address)| file_offset - offset + address)
    }

    fn resolve(&self, address: u64) -> Option<(String, u64)> {
        let after = self
            .functions
            .partition_point(|(start, _, _)| *start <= address);
        let (start, size, name) = self.functions.get(after.checked_sub(1)?)?;
        let offset = address - start;
        (offset < (*size).max(1)).then(|| (name.clone(), offset))
    }
}

/// Bounds-checked little-endian reads from an ELF file.
struct ElfReader<'a> {
    bytes: &'a [u8],
}

impl ElfReader<'_> {
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
        let start = usize::try_from(offset).ok()?;
        let rest = self.bytes.get(start..)?;
        let end = rest.iter().position(|byte| *byte == 0)?;
        std::str::from_utf8(&rest[..end]).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_symbols_resolve_to_the_closest_symbol_below() {
        let symbols = KernelSymbols {
            symbols: vec![
                (0x1000, "first".into()),
                (0x2000, "second".into()),
                (0x2000, "alias".into()),
            ],
        };
        assert_eq!(symbols.resolve(0x1010), Some(("first".into(), 0x10)));
        assert_eq!(symbols.resolve(0x2000), Some(("second".into(), 0)));
        assert_eq!(symbols.resolve(0xfff), None);
    }

    #[test]
    fn mappings_parse_from_proc_maps_lines() {
        let mapping = parse_mapping(
            "55d0c6a4d000-55d0c6a4e000 r-xp 00001000 08:01 1234   /usr/bin/probe target",
        )
        .expect("a file mapping");
        assert_eq!(mapping.start, 0x55d0c6a4d000);
        assert_eq!(mapping.end, 0x55d0c6a4e000);
        assert_eq!(mapping.file_offset, 0x1000);
        assert_eq!(mapping.path, "/usr/bin/probe target");
        assert!(parse_mapping("7ffd1000-7ffd2000 r-xp 00000000 00:00 0   [vdso]").is_none());
    }

    #[test]
    fn the_runtime_names_its_own_functions() {
        let bytes = std::fs::read("/proc/self/exe").expect("own executable");
        let symbols = FileSymbols::parse(&bytes).expect("an ELF64 file");
        let main = symbols
            .functions
            .iter()
            .find(|(_, _, name)| name == "main")
            .expect("a main symbol");
        assert_eq!(symbols.resolve(main.0 + 1), Some(("main".to_string(), 1)));
    }
}
