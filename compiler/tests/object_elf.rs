//! Tests of the BPF ELF writer against the tools that read its output: llvm-readelf,
//! bpftool's BTF dumper, and, as root, the kernel through `bpftool prog loadall` (which
//! opens the object with libbpf, relocates maps, `.rodata` and CO-RE against
//! /sys/kernel/btf/vmlinux, and runs the verifier on every program).

use std::path::{Path, PathBuf};
use std::process::Command;

use btc::object::btf::{Btf, IntEncoding, Member, TypeId};
use btc::object::elf::{ObjectError, write};
use btc::object::{
    CoreRelocation, CoreRelocationKind, LineInfo, MapDefinition, MapKind, ObjectFile, ProgramCode,
    Relocation, RelocationTarget,
};

/// The few instructions these tests need, encoded by hand (the real encoder lives in
/// compiler/src/bpf/).
mod assemble {
    pub fn instruction(
        opcode: u8,
        destination: u8,
        source: u8,
        offset: i16,
        immediate: i32,
    ) -> [u8; 8] {
        let mut bytes = [0u8; 8];
        bytes[0] = opcode;
        bytes[1] = (source << 4) | destination;
        bytes[2..4].copy_from_slice(&offset.to_le_bytes());
        bytes[4..8].copy_from_slice(&immediate.to_le_bytes());
        bytes
    }

    /// Builds a program slot by slot.
    #[derive(Default)]
    pub struct Code {
        pub bytes: Vec<u8>,
    }

    impl Code {
        pub fn slot(&self) -> usize {
            self.bytes.len() / 8
        }
        fn push(&mut self, instruction: [u8; 8]) -> usize {
            let slot = self.slot();
            self.bytes.extend_from_slice(&instruction);
            slot
        }
        /// `dst = imm` (64-bit).
        pub fn move_immediate(&mut self, destination: u8, immediate: i32) -> usize {
            self.push(instruction(0xb7, destination, 0, 0, immediate))
        }
        /// `dst = src` (64-bit).
        pub fn move_register(&mut self, destination: u8, source: u8) -> usize {
            self.push(instruction(0xbf, destination, source, 0, 0))
        }
        /// `dst += imm` (64-bit).
        pub fn add_immediate(&mut self, destination: u8, immediate: i32) -> usize {
            self.push(instruction(0x07, destination, 0, 0, immediate))
        }
        /// `dst += src` (64-bit).
        pub fn add_register(&mut self, destination: u8, source: u8) -> usize {
            self.push(instruction(0x0f, destination, source, 0, 0))
        }
        /// `dst = imm64`, two slots; returns the first.
        pub fn load_immediate64(&mut self, destination: u8, immediate: i32) -> usize {
            let slot = self.push(instruction(0x18, destination, 0, 0, immediate));
            self.push([0; 8]);
            slot
        }
        /// `*(u64 *)(dst + offset) = imm`.
        pub fn store_immediate64(&mut self, destination: u8, offset: i16, immediate: i32) -> usize {
            self.push(instruction(0x7a, destination, 0, offset, immediate))
        }
        /// `dst = *(u32 *)(src + offset)`.
        pub fn load32(&mut self, destination: u8, source: u8, offset: i16) -> usize {
            self.push(instruction(0x61, destination, source, offset, 0))
        }
        /// `if dst == imm goto +offset`.
        pub fn jump_if_equal(&mut self, destination: u8, immediate: i32, offset: i16) -> usize {
            self.push(instruction(0x15, destination, 0, offset, immediate))
        }
        pub fn call(&mut self, helper: i32) -> usize {
            self.push(instruction(0x85, 0, 0, 0, helper))
        }
        pub fn exit(&mut self) -> usize {
            self.push(instruction(0x95, 0, 0, 0, 0))
        }
    }
}

use assemble::Code;

const HELPER_MAP_LOOKUP_ELEM: i32 = 1;
const HELPER_GET_CURRENT_TASK: i32 = 35;
const HELPER_PROBE_READ_KERNEL: i32 = 113;
const HELPER_RINGBUF_OUTPUT: i32 = 130;

const HASH_MAP: usize = 0;
const PER_CPU_ARRAY: usize = 1;
const RING_BUFFER: usize = 2;

const SOURCE: &str = "\
tracepoint:syscalls:sys_enter_getpid { @counts[0] = count(); print(\"hello\") }
BEGIN { @scratch[0] = 1 }
END { print(\"bye\") }
tracepoint:syscalls:sys_exit_getpid { $tgid = curtask->tgid }
";

fn line(slot: usize, line: u32, column: u32) -> LineInfo {
    LineInfo { slot, line, column }
}

/// `key = 0` on the stack at r10-8, then `r0 = lookup(map, &key)`.
fn lookup_zero_key(code: &mut Code, relocations: &mut Vec<Relocation>, map: usize) {
    code.store_immediate64(10, -8, 0);
    code.move_register(2, 10);
    code.add_immediate(2, -8);
    let slot = code.load_immediate64(1, 0);
    relocations.push(Relocation {
        slot,
        target: RelocationTarget::Map(map),
    });
    code.call(HELPER_MAP_LOOKUP_ELEM);
}

/// `ringbuf_output(ringbuf, r10-16, 8, 0)` with a zeroed 8-byte record.
fn ring_output(code: &mut Code, relocations: &mut Vec<Relocation>) {
    code.store_immediate64(10, -16, 0);
    let slot = code.load_immediate64(1, 0);
    relocations.push(Relocation {
        slot,
        target: RelocationTarget::Map(RING_BUFFER),
    });
    code.move_register(2, 10);
    code.add_immediate(2, -16);
    code.move_immediate(3, 8);
    code.move_immediate(4, 0);
    code.call(HELPER_RINGBUF_OUTPUT);
}

/// `r0 = *(u32 *)(.rodata + offset)`.
fn read_rodata(code: &mut Code, relocations: &mut Vec<Relocation>, offset: i32) {
    let slot = code.load_immediate64(1, offset);
    relocations.push(Relocation {
        slot,
        target: RelocationTarget::Rodata,
    });
    code.load32(0, 1, 0);
}

fn return_zero(code: &mut Code) {
    code.move_immediate(0, 0);
    code.exit();
}

/// Hash lookup, `.rodata` read and ring buffer output.
fn getpid_program() -> ProgramCode {
    let mut code = Code::default();
    let mut relocations = Vec::new();
    lookup_zero_key(&mut code, &mut relocations, HASH_MAP);
    let rodata_line = code.slot();
    read_rodata(&mut code, &mut relocations, 8);
    let output_line = code.slot();
    ring_output(&mut code, &mut relocations);
    return_zero(&mut code);
    ProgramCode {
        name: "tracepoint_syscalls_sys_enter_getpid_1".to_string(),
        section: "tracepoint/syscalls/sys_enter_getpid".to_string(),
        code: code.bytes,
        relocations,
        lines: vec![
            line(0, 1, 40),
            line(rodata_line, 1, 60),
            line(output_line, 1, 60),
        ],
        core_relocations: vec![],
        subprogram: false,
    }
}

/// Per-CPU array lookup and store.
fn begin_program() -> ProgramCode {
    let mut code = Code::default();
    let mut relocations = Vec::new();
    lookup_zero_key(&mut code, &mut relocations, PER_CPU_ARRAY);
    let store_line = code.slot();
    code.jump_if_equal(0, 0, 1);
    code.store_immediate64(0, 0, 1);
    return_zero(&mut code);
    ProgramCode {
        name: "BEGIN_1".to_string(),
        section: "raw_tp".to_string(),
        code: code.bytes,
        relocations,
        lines: vec![line(0, 2, 9), line(store_line, 2, 20)],
        core_relocations: vec![],
        subprogram: false,
    }
}

/// Ring buffer output and a `.rodata` read, in the same section as BEGIN.
fn end_program() -> ProgramCode {
    let mut code = Code::default();
    let mut relocations = Vec::new();
    read_rodata(&mut code, &mut relocations, 0);
    ring_output(&mut code, &mut relocations);
    return_zero(&mut code);
    ProgramCode {
        name: "END_1".to_string(),
        section: "raw_tp".to_string(),
        code: code.bytes,
        relocations,
        lines: vec![line(0, 3, 7)],
        core_relocations: vec![],
        subprogram: false,
    }
}

/// `probe_read_kernel(r10-8, 4, current_task + offsetof(task_struct, tgid))` with the
/// offset as a CO-RE FIELD_BYTE_OFFSET on `r1 = 0` (its local offset).
fn core_program(task_struct: TypeId) -> ProgramCode {
    let mut code = Code::default();
    code.call(HELPER_GET_CURRENT_TASK);
    code.move_register(3, 0);
    let offset_slot = code.move_immediate(1, 0);
    code.add_register(3, 1);
    code.move_register(1, 10);
    code.add_immediate(1, -8);
    code.move_immediate(2, 4);
    code.call(HELPER_PROBE_READ_KERNEL);
    return_zero(&mut code);
    ProgramCode {
        name: "tracepoint_syscalls_sys_exit_getpid_1".to_string(),
        section: "tracepoint/syscalls/sys_exit_getpid".to_string(),
        code: code.bytes,
        relocations: vec![],
        lines: vec![line(0, 4, 1), line(offset_slot, 4, 47)],
        core_relocations: vec![CoreRelocation {
            slot: offset_slot,
            root: task_struct,
            access: "0:0".to_string(),
            kind: CoreRelocationKind::FieldByteOffset,
        }],
        subprogram: false,
    }
}

fn map(
    name: &str,
    kind: MapKind,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
) -> MapDefinition {
    MapDefinition {
        name: name.to_string(),
        kind,
        key_size,
        value_size,
        max_entries,
        flags: 0,
    }
}

/// The object the kernel test loads: four programs (two sharing `raw_tp`), a hash map, a
/// per-CPU array, a ring buffer, 16 bytes of `.rodata` and a CO-RE relocation.
fn sample_object() -> ObjectFile {
    let mut types = Btf::new();
    let int = types.add_int("int", 4, IntEncoding::Signed);
    let task_struct = types.add_struct("task_struct", 4, &[Member::new("tgid", int, 0)]);
    ObjectFile {
        programs: vec![
            getpid_program(),
            begin_program(),
            end_program(),
            core_program(task_struct),
        ],
        maps: vec![
            map("AT_counts", MapKind::Hash, 8, 8, 1024),
            map("scratch", MapKind::PerCpuArray, 4, 64, 1),
            map("ringbuf", MapKind::RingBuffer, 0, 0, 1 << 16),
        ],
        rodata: (1..=16).collect(),
        license: "GPL".to_string(),
        source_name: "sample.bt".to_string(),
        source: SOURCE.to_string(),
        types,
        kernel_variables: vec![],
    }
}

fn temporary_directory(test: &str) -> PathBuf {
    let directory = std::env::temp_dir().join(format!("btc-object-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

fn tool(candidates: &[&str]) -> Option<PathBuf> {
    candidates
        .iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

fn run(program: &Path, arguments: &[&str], file: &Path) -> String {
    let output = Command::new(program)
        .args(arguments)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{} {:?} failed: {}",
        program.display(),
        arguments,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn write_sample(directory: &Path) -> (ObjectFile, Vec<u8>, PathBuf) {
    let object = sample_object();
    let bytes = write(&object).expect("the sample object is valid");
    let path = directory.join("sample.o");
    std::fs::write(&path, &bytes).unwrap();
    (object, bytes, path)
}

#[test]
fn output_is_deterministic() {
    assert_eq!(
        write(&sample_object()).unwrap(),
        write(&sample_object()).unwrap()
    );
}

#[test]
fn instruction_bytes_are_copied_unchanged() {
    let object = sample_object();
    let bytes = write(&object).unwrap();
    for program in &object.programs {
        let found = bytes
            .windows(program.code.len())
            .any(|window| window == program.code.as_slice());
        assert!(
            found,
            "the code of {} is not in the object verbatim",
            program.name
        );
    }
}

#[test]
fn readelf_shows_sections_symbols_and_relocations() {
    let Some(readelf) = tool(&["/usr/bin/llvm-readelf-14", "/usr/bin/llvm-readelf"]) else {
        eprintln!(
            "SKIPPED readelf_shows_sections_symbols_and_relocations: llvm-readelf is not installed"
        );
        return;
    };
    let directory = temporary_directory("readelf");
    let (object, _, path) = write_sample(&directory);
    let text = run(&readelf, &["-h", "-S", "-s", "-r"], &path);
    std::fs::remove_dir_all(&directory).unwrap();

    assert!(text.contains("REL (Relocatable file)"), "{text}");
    assert!(
        text.contains("EM_BPF") || text.contains("Linux BPF"),
        "{text}"
    );
    let section_line = |name: &str| -> String {
        text.lines()
            .find(|line| line.split_whitespace().any(|word| word == name) && line.contains(']'))
            .unwrap_or_else(|| panic!("no section {name} in\n{text}"))
            .to_string()
    };
    for (name, kind, flags) in [
        ("tracepoint/syscalls/sys_enter_getpid", "PROGBITS", " AX "),
        ("raw_tp", "PROGBITS", " AX "),
        ("tracepoint/syscalls/sys_exit_getpid", "PROGBITS", " AX "),
        (".rodata", "PROGBITS", " A "),
        (".maps", "PROGBITS", " WA "),
        ("license", "PROGBITS", " WA "),
        (".BTF", "PROGBITS", ""),
        (".BTF.ext", "PROGBITS", ""),
        (".reltracepoint/syscalls/sys_enter_getpid", "REL", ""),
        (".relraw_tp", "REL", ""),
        (".symtab", "SYMTAB", ""),
        (".strtab", "STRTAB", ""),
        (".shstrtab", "STRTAB", ""),
    ] {
        let line = section_line(name);
        assert!(line.contains(kind), "{line}");
        assert!(line.contains(flags), "{line}");
    }
    // No relocation section for the CO-RE program, which has no ld_imm64 relocation.
    assert!(!text.contains(".reltracepoint/syscalls/sys_exit_getpid"));

    // Symbols: name -> (size, type, bind).
    let symbol = |name: &str| -> Vec<String> {
        text.lines()
            .find(|line| {
                let words: Vec<&str> = line.split_whitespace().collect();
                words.first().is_some_and(|word| word.ends_with(':')) && words.last() == Some(&name)
            })
            .unwrap_or_else(|| panic!("no symbol {name} in\n{text}"))
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let begin_size = object.programs[1].code.len();
    let end_size = object.programs[2].code.len();
    let begin = symbol("BEGIN_1");
    assert_eq!(begin[1], "0000000000000000", "{begin:?}");
    assert_eq!(begin[2], begin_size.to_string());
    assert_eq!((begin[3].as_str(), begin[4].as_str()), ("FUNC", "GLOBAL"));
    let end = symbol("END_1");
    assert_eq!(end[1], format!("{begin_size:016x}"), "{end:?}");
    assert_eq!(end[2], end_size.to_string());
    assert_eq!(end[6], begin[6], "BEGIN and END share one section");
    for (name, offset, size) in [
        ("AT_counts", 0, 40),
        ("scratch", 40, 40),
        ("ringbuf", 80, 16),
    ] {
        let entry = symbol(name);
        assert_eq!(entry[1], format!("{offset:016x}"), "{entry:?}");
        assert_eq!(entry[2], size.to_string(), "{entry:?}");
        assert_eq!((entry[3].as_str(), entry[4].as_str()), ("OBJECT", "GLOBAL"));
    }
    assert_eq!(symbol("btc_rodata")[2], "16");
    assert_eq!(symbol("LICENSE")[2], "4");

    // Relocations: R_BPF_64_64 at each ld_imm64, against the map or the .rodata section.
    let relocations: Vec<(u64, String)> = text
        .lines()
        .filter(|line| line.contains("R_BPF_64_64"))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            (
                u64::from_str_radix(words[0], 16).unwrap(),
                words[4].to_string(),
            )
        })
        .collect();
    let expected: Vec<(u64, String)> = [
        (24, "AT_counts"),
        (48, ".rodata"),
        (80, "ringbuf"),
        (24, "scratch"),
        (begin_size as u64, ".rodata"),
        (begin_size as u64 + 32, "ringbuf"),
    ]
    .iter()
    .map(|&(offset, name)| (offset, name.to_string()))
    .collect();
    assert_eq!(relocations, expected, "{text}");
}

#[test]
fn bpftool_dumps_the_btf() {
    let Some(bpftool) = tool(&["/usr/sbin/bpftool", "/usr/bin/bpftool"]) else {
        eprintln!("SKIPPED bpftool_dumps_the_btf: bpftool is not installed");
        return;
    };
    let directory = temporary_directory("btf");
    let (_, _, path) = write_sample(&directory);
    let text = run(&bpftool, &["btf", "dump", "file"], &path);
    std::fs::remove_dir_all(&directory).unwrap();

    let expected_lines = [
        "[1] INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED",
        "[2] STRUCT 'task_struct' size=4 vlen=1",
        "\t'tgid' type_id=1 bits_offset=0",
        "[3] INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED",
        "[4] INT '__ARRAY_SIZE_TYPE__' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED",
        "[5] PTR '(anon)' type_id=0",
        "[6] FUNC_PROTO '(anon)' ret_type_id=3 vlen=1",
        "\t'ctx' type_id=5",
        "[7] FUNC 'tracepoint_syscalls_sys_enter_getpid_1' type_id=6 linkage=global",
        "[8] FUNC 'BEGIN_1' type_id=6 linkage=global",
        "[9] FUNC 'END_1' type_id=6 linkage=global",
        "[10] FUNC 'tracepoint_syscalls_sys_exit_getpid_1' type_id=6 linkage=global",
        // AT_counts: type 1 (hash), 1024 entries, 8-byte key and value, no flags.
        "[11] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=1",
        "[12] PTR '(anon)' type_id=11",
        "[13] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=1024",
        "[14] PTR '(anon)' type_id=13",
        "[15] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=8",
        "[16] PTR '(anon)' type_id=15",
        "[17] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=0",
        "[18] PTR '(anon)' type_id=17",
        "[19] STRUCT '(anon)' size=40 vlen=5",
        "\t'type' type_id=12 bits_offset=0",
        "\t'max_entries' type_id=14 bits_offset=64",
        "\t'key_size' type_id=16 bits_offset=128",
        "\t'value_size' type_id=16 bits_offset=192",
        "\t'map_flags' type_id=18 bits_offset=256",
        "[20] VAR 'AT_counts' type_id=19, linkage=global",
        "[21] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=6",
        "[22] PTR '(anon)' type_id=21",
        "[23] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=4",
        "[24] PTR '(anon)' type_id=23",
        "[25] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=64",
        "[26] PTR '(anon)' type_id=25",
        "[27] STRUCT '(anon)' size=40 vlen=5",
        "\t'type' type_id=22 bits_offset=0",
        "\t'max_entries' type_id=12 bits_offset=64",
        "\t'key_size' type_id=24 bits_offset=128",
        "\t'value_size' type_id=26 bits_offset=192",
        "\t'map_flags' type_id=18 bits_offset=256",
        "[28] VAR 'scratch' type_id=27, linkage=global",
        "[29] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=27",
        "[30] PTR '(anon)' type_id=29",
        "[31] ARRAY '(anon)' type_id=3 index_type_id=4 nr_elems=65536",
        "[32] PTR '(anon)' type_id=31",
        "[33] STRUCT '(anon)' size=16 vlen=2",
        "\t'type' type_id=30 bits_offset=0",
        "\t'max_entries' type_id=32 bits_offset=64",
        "[34] VAR 'ringbuf' type_id=33, linkage=global",
        "[35] DATASEC '.maps' size=96 vlen=3",
        "\ttype_id=20 offset=0 size=40 (VAR 'AT_counts')",
        "\ttype_id=28 offset=40 size=40 (VAR 'scratch')",
        "\ttype_id=34 offset=80 size=16 (VAR 'ringbuf')",
        "[36] INT 'unsigned char' size=1 bits_offset=0 nr_bits=8 encoding=(none)",
        "[37] ARRAY '(anon)' type_id=36 index_type_id=4 nr_elems=16",
        "[38] VAR 'btc_rodata' type_id=37, linkage=global",
        "[39] DATASEC '.rodata' size=16 vlen=1",
        "\ttype_id=38 offset=0 size=16 (VAR 'btc_rodata')",
    ];
    let expected = expected_lines.join("\n") + "\n";
    assert_eq!(text, expected);
}

#[test]
fn invalid_objects_are_rejected() {
    let mut object = sample_object();
    object.programs[2].name = "BEGIN_1".to_string();
    assert_eq!(
        write(&object),
        Err(ObjectError::DuplicateName("BEGIN_1".to_string()))
    );

    let mut object = sample_object();
    object.programs[0].name = "bad-name".to_string();
    assert_eq!(
        write(&object),
        Err(ObjectError::InvalidName("bad-name".to_string()))
    );

    let mut object = sample_object();
    object.programs[0].section = ".maps".to_string();
    assert!(matches!(
        write(&object),
        Err(ObjectError::InvalidSectionName { .. })
    ));

    let mut object = sample_object();
    object.programs[0].code.pop();
    assert!(matches!(
        write(&object),
        Err(ObjectError::CodeLength { .. })
    ));

    let mut object = sample_object();
    object.programs[0].relocations[0].slot += 1; // the second half of the ld_imm64
    assert!(matches!(
        write(&object),
        Err(ObjectError::RelocationNotOnLoadImm64 { slot: 4, .. })
    ));

    let mut object = sample_object();
    object.programs[0].relocations[0].target = RelocationTarget::Map(7);
    assert!(matches!(
        write(&object),
        Err(ObjectError::UnknownMap { map: 7, .. })
    ));

    let mut object = sample_object();
    object.rodata.clear();
    assert!(matches!(
        write(&object),
        Err(ObjectError::EmptyRodata { .. })
    ));

    let mut object = sample_object();
    object.programs[0].lines[0].slot = 1;
    assert!(matches!(
        write(&object),
        Err(ObjectError::InvalidLine { slot: 1, .. })
    ));

    let mut object = sample_object();
    object.programs[0].lines.swap(1, 2);
    assert!(matches!(
        write(&object),
        Err(ObjectError::InvalidLine { .. })
    ));

    let mut object = sample_object();
    object.programs[3].core_relocations[0].root = TypeId(9);
    assert!(matches!(
        write(&object),
        Err(ObjectError::UnknownCoreType { .. })
    ));

    let mut object = sample_object();
    object.maps[1].name = "ringbuf".to_string();
    assert_eq!(
        write(&object),
        Err(ObjectError::DuplicateName("ringbuf".to_string()))
    );
}

#[test]
fn an_object_without_maps_or_rodata_is_valid() {
    let mut code = Code::default();
    return_zero(&mut code);
    let object = ObjectFile {
        programs: vec![ProgramCode {
            name: "BEGIN_1".to_string(),
            section: "raw_tp".to_string(),
            code: code.bytes,
            relocations: vec![],
            lines: vec![],
            core_relocations: vec![],
            subprogram: false,
        }],
        maps: vec![],
        rodata: vec![],
        license: "GPL".to_string(),
        source_name: "empty.bt".to_string(),
        source: String::new(),
        types: Btf::new(),
        kernel_variables: vec![],
    };
    let bytes = write(&object).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
}

/// True when /sys/fs/bpf is a BPF file system (mounting it when it is not).
fn bpf_file_system() -> Result<(), String> {
    let is_bpf_fs = || {
        Command::new("stat")
            .args(["-f", "-c", "%T", "/sys/fs/bpf"])
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "bpf_fs")
            .unwrap_or(false)
    };
    if is_bpf_fs() {
        return Ok(());
    }
    let status = Command::new("mount")
        .args(["-t", "bpf", "bpf", "/sys/fs/bpf"])
        .status()
        .map_err(|error| error.to_string())?;
    if status.success() && is_bpf_fs() {
        Ok(())
    } else {
        Err("cannot mount a BPF file system on /sys/fs/bpf".to_string())
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false)
}

/// The byte offset of `task_struct.tgid` in the running kernel's BTF.
fn kernel_tgid_offset(bpftool: &Path) -> u32 {
    let text = run(
        bpftool,
        &["btf", "dump", "file"],
        Path::new("/sys/kernel/btf/vmlinux"),
    );
    let mut in_task_struct = false;
    for line in text.lines() {
        if line.starts_with('[') {
            in_task_struct = line.contains(" STRUCT 'task_struct' ");
        } else if in_task_struct && line.trim_start().starts_with("'tgid' ") {
            let bits: u32 = line
                .split_whitespace()
                .find_map(|word| word.strip_prefix("bits_offset="))
                .unwrap()
                .parse()
                .unwrap();
            return bits / 8;
        }
    }
    panic!("no task_struct.tgid in vmlinux BTF");
}

#[test]
fn the_kernel_loads_the_object() {
    if !is_root() {
        eprintln!("SKIPPED the_kernel_loads_the_object: loading BPF programs needs root");
        return;
    }
    let Some(bpftool) = tool(&["/usr/sbin/bpftool", "/usr/bin/bpftool"]) else {
        eprintln!("SKIPPED the_kernel_loads_the_object: bpftool is not installed");
        return;
    };
    if !Path::new("/sys/kernel/btf/vmlinux").exists() {
        eprintln!("SKIPPED the_kernel_loads_the_object: no /sys/kernel/btf/vmlinux for CO-RE");
        return;
    }
    if let Err(reason) = bpf_file_system() {
        eprintln!("SKIPPED the_kernel_loads_the_object: {reason}");
        return;
    }
    let directory = temporary_directory("kernel");
    let (object, _, path) = write_sample(&directory);
    let pin_directory = PathBuf::from(format!(
        "/sys/fs/bpf/btc_test_object_{}",
        std::process::id()
    ));
    let output = Command::new(&bpftool)
        .args(["-d", "prog", "loadall"])
        .arg(&path)
        .arg(&pin_directory)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&output.stderr).to_string();
    let mut pinned = Vec::new();
    let mut dumps = Vec::new();
    if output.status.success() {
        for program in &object.programs {
            let pin = pin_directory.join(&program.name);
            pinned.push((program.name.clone(), pin.exists()));
            let dump = Command::new(&bpftool)
                .args(["prog", "dump", "xlated", "pinned"])
                .arg(&pin)
                .output()
                .unwrap();
            dumps.push(String::from_utf8_lossy(&dump.stdout).to_string());
        }
    }
    let _ = std::fs::remove_dir_all(&pin_directory);
    std::fs::remove_dir_all(&directory).unwrap();

    assert!(
        output.status.success(),
        "bpftool prog loadall failed:\n{log}"
    );
    for (name, exists) in &pinned {
        assert!(exists, "program {name} was not loaded and pinned:\n{log}");
    }
    // The kernel took the BTF, and libbpf found the function and line records and the
    // CO-RE relocation.
    assert!(!log.contains("Error loading"), "{log}");
    assert!(!log.contains("missing .BTF.ext"), "{log}");
    assert!(log.contains("found 1 CO-RE relocations"), "{log}");
    // The CO-RE relocation moved `r1 = 0` to the kernel's offset of tgid.
    let offset = kernel_tgid_offset(&bpftool);
    let core_dump = &dumps[3];
    assert!(
        core_dump.contains(&format!("r1 = {offset}\n")),
        "expected `r1 = {offset}` in\n{core_dump}"
    );
    // line_info reached the kernel, also for END, the second program in `raw_tp`; the
    // dumps show the script's lines and the prototype from the FUNC.
    assert!(
        core_dump.contains("; tracepoint:syscalls:sys_exit_getpid { $tgid = curtask->tgid }"),
        "{core_dump}"
    );
    let end_dump = &dumps[2];
    assert!(
        end_dump.starts_with("int END_1(void * ctx):\n; END {"),
        "{end_dump}"
    );
    // Map and .rodata references became map pointers.
    assert!(end_dump.contains("r1 = map[id:"), "{end_dump}");
    assert_eq!(dumps[0].matches("r1 = map[id:").count(), 3, "{}", dumps[0]);
    assert!(dumps[0].contains("][0]+8\n"), "{}", dumps[0]);
}
