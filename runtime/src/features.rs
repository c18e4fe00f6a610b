//! `--info`: the kernel facilities this machine offers, in bpftrace's `--info` layout.
//!
//! In: the running kernel. Out: the report text, one `name: value` line per facility under
//! bpftrace's section titles (`System`, `Build`, `Kernel helpers`, `Kernel features`,
//! `Probe types`). The names are the strings bpftrace's runtime test runner looks for
//! (`tests/runtime/engine/runner.py`, `get_bpffeature`: `btf: yes`, `Loop support: yes`,
//! `kprobe_multi: yes`, ...), plus the runtime's own `kprobes`, `uprobes`, `tracepoints`,
//! `fentry`, `raw_tracepoint`, `perf_event` and `ringbuf` lines.
//!
//! How each is found (bpftrace's `src/bpffeature.cpp` does the same, with its own loader):
//! - helpers: `libbpf_probe_bpf_helper` for a kprobe program (`probe_read_kernel`,
//!   `send_signal`, `get_tai_ns`, `get_func_ip`, `jiffies64`, `lookup_percpu_elem`, `loop`);
//! - `dpath`: a tiny fentry program on `dentry_open` that calls `bpf_d_path` must load;
//! - `Instruction limit`: a two-instruction kprobe program loaded with a verifier log, read
//!   from its `processed 2 insns (limit N)` line (-1 when it does not load);
//! - `Loop support`: a kprobe program with a bounded back-edge must load;
//! - `btf`: /sys/kernel/btf/vmlinux is readable; `module btf`: /sys/kernel/btf holds more;
//! - `kprobes`/`uprobes`: /sys/bus/event_source/devices/{kprobe,uprobe} exist;
//!   `tracepoints`: a tracefs `events` directory exists;
//! - `fentry`: a tiny fentry program on `dentry_open` must load *and* attach
//!   (`bpf_link_create`, detached at once). `libbpf_probe_bpf_prog_type(TRACING)` is not
//!   enough: it only checks that the program type exists, and some kernels know the type but
//!   refuse every load with EPERM;
//! - `kprobe_multi`/`kprobe_session`: a kprobe program must get a multi-kprobe link on
//!   `ksys_read` (closed at once); `uprobe_multi`: creating a multi-uprobe link on `/` must
//!   fail with EBADF (the kernel knows the link type and rejected only the path);
//! - `iter`: a tracing program for the `bpf_iter_task` target must load;
//! - `raw_tracepoint`, `perf_event`: `libbpf_probe_bpf_prog_type`; `ringbuf`:
//!   `libbpf_probe_bpf_map_type`.
//!
//! The BTF ids for `dentry_open` and `bpf_iter_task` come from the kernel's BTF, parsed once.
//! Without privileges to load BPF programs every probe says `no`.

use libbpf_sys as sys;
use std::ffi::{CStr, CString, c_char};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::Path;

/// One BPF instruction, laid out as the kernel's `struct bpf_insn` (destination register in
/// the low nibble of the second byte, source register in the high nibble).
#[repr(C)]
#[derive(Clone, Copy)]
struct Instruction {
    code: u8,
    registers: u8,
    offset: i16,
    immediate: i32,
}

/// `registers` is the destination register, plus the source register times 16.
const fn instruction(code: u8, registers: u8, offset: i16, immediate: i32) -> Instruction {
    Instruction {
        code,
        registers,
        offset,
        immediate,
    }
}

/// `r0 = 0` (BPF_ALU64 | BPF_MOV | BPF_K).
const MOVE_ZERO_TO_R0: Instruction = instruction(0xb7, 0, 0, 0);
/// `exit` (BPF_JMP | BPF_EXIT).
const EXIT: Instruction = instruction(0x95, 0, 0, 0);
/// `call helper` (BPF_JMP | BPF_CALL).
const fn call(helper: sys::bpf_func_id) -> Instruction {
    instruction(0x85, 0, 0, helper as i32)
}

/// The report, ready to print.
pub fn report(btc_version: &str) -> String {
    let kernel_btf = KernelBtf::load();
    let fentry_target = kernel_btf.function("dentry_open");

    let helper = |id: sys::bpf_func_id| -> bool {
        // SAFETY: probing loads and closes a two-instruction program; no options.
        unsafe {
            sys::libbpf_probe_bpf_helper(sys::BPF_PROG_TYPE_KPROBE, id, std::ptr::null()) == 1
        }
    };
    let program_type = |prog_type: sys::bpf_prog_type| -> bool {
        // SAFETY: as above.
        unsafe { sys::libbpf_probe_bpf_prog_type(prog_type, std::ptr::null()) == 1 }
    };

    let fentry = fentry_target.is_some_and(fentry_attaches);
    let helpers = [
        (
            "probe_read_kernel",
            yes(helper(sys::BPF_FUNC_probe_read_kernel)),
        ),
        ("send_signal", yes(helper(sys::BPF_FUNC_send_signal))),
        ("dpath", yes(fentry_target.is_some_and(d_path_loads))),
        ("get_tai_ns", yes(helper(sys::BPF_FUNC_ktime_get_tai_ns))),
        ("get_func_ip", yes(helper(sys::BPF_FUNC_get_func_ip))),
        ("jiffies64", yes(helper(sys::BPF_FUNC_jiffies64))),
        (
            "lookup_percpu_elem",
            yes(helper(sys::BPF_FUNC_map_lookup_percpu_elem)),
        ),
        ("loop", yes(helper(sys::BPF_FUNC_loop))),
    ];
    let module_btf = std::fs::read_dir("/sys/kernel/btf").is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|entry| entry.file_name() != "vmlinux")
    });
    let features = [
        ("Instruction limit", instruction_limit().to_string()),
        ("btf", yes(kernel_btf.available).to_string()),
        ("module btf", yes(module_btf).to_string()),
        ("Loop support", yes(bounded_loop_loads()).to_string()),
        (
            "ringbuf",
            // SAFETY: probing creates and closes a small map; no options.
            yes(unsafe {
                sys::libbpf_probe_bpf_map_type(sys::BPF_MAP_TYPE_RINGBUF, std::ptr::null()) == 1
            })
            .to_string(),
        ),
    ];
    let tracefs_events = [
        "/sys/kernel/tracing/events",
        "/sys/kernel/debug/tracing/events",
    ]
    .iter()
    .any(|path| Path::new(path).is_dir());
    let probe_types = [
        (
            "kprobes",
            yes(Path::new("/sys/bus/event_source/devices/kprobe").exists()),
        ),
        (
            "uprobes",
            yes(Path::new("/sys/bus/event_source/devices/uprobe").exists()),
        ),
        ("tracepoints", yes(tracefs_events)),
        (
            "raw_tracepoint",
            yes(program_type(sys::BPF_PROG_TYPE_RAW_TRACEPOINT)),
        ),
        (
            "perf_event",
            yes(program_type(sys::BPF_PROG_TYPE_PERF_EVENT)),
        ),
        ("fentry", yes(fentry)),
        (
            "kprobe_multi",
            yes(multi_kprobe_links(sys::BPF_TRACE_KPROBE_MULTI)),
        ),
        ("uprobe_multi", yes(multi_uprobe_links())),
        (
            "kprobe_session",
            yes(multi_kprobe_links(sys::BPF_TRACE_KPROBE_SESSION)),
        ),
        (
            "iter",
            yes(kernel_btf
                .function("bpf_iter_task")
                .is_some_and(iterator_loads)),
        ),
    ];

    let mut text = String::new();
    let (system, release, version, machine) = uname();
    text.push_str("System\n");
    text.push_str(&format!("  OS: {system} {release} {version}\n"));
    text.push_str(&format!("  Arch: {machine}\n\n"));
    text.push_str("Build\n");
    text.push_str(&format!("  version: btc {btc_version}\n"));
    text.push_str("  libdw (DWARF support): no\n");
    text.push_str("  blazesym (advanced symbolization): no\n");
    text.push_str("  dwunwind (DWARF stack unwinding): no\n\n");
    section(&mut text, "Kernel helpers", &helpers);
    section(&mut text, "Kernel features", &features);
    section(&mut text, "Probe types", &probe_types);
    text
}

fn section<V: std::fmt::Display>(text: &mut String, title: &str, lines: &[(&str, V)]) {
    text.push_str(title);
    text.push('\n');
    for (name, value) in lines {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    text.push('\n');
}

fn yes(found: bool) -> &'static str {
    if found { "yes" } else { "no" }
}

/// The kernel's BTF, when it has one, for looking up function ids.
struct KernelBtf {
    raw: *mut sys::btf,
    available: bool,
}

impl KernelBtf {
    fn load() -> KernelBtf {
        let available = std::fs::File::open("/sys/kernel/btf/vmlinux").is_ok();
        let raw = if available {
            // SAFETY: libbpf parses /sys/kernel/btf/vmlinux; null (or an error pointer that
            // libbpf 1.x never returns in its default mode) on failure.
            unsafe { sys::btf__load_vmlinux_btf() }
        } else {
            std::ptr::null_mut()
        };
        KernelBtf { raw, available }
    }

    /// The BTF id of the kernel function `name`.
    fn function(&self, name: &str) -> Option<u32> {
        if self.raw.is_null() {
            return None;
        }
        let name = CString::new(name).ok()?;
        // SAFETY: `raw` is a live BTF object and `name` is NUL-terminated.
        let id =
            unsafe { sys::btf__find_by_name_kind(self.raw, name.as_ptr(), sys::BTF_KIND_FUNC) };
        u32::try_from(id).ok().filter(|id| *id > 0)
    }
}

impl Drop for KernelBtf {
    fn drop(&mut self) {
        if !self.raw.is_null() {
            // SAFETY: freed once, by its owner.
            unsafe { sys::btf__free(self.raw) };
        }
    }
}

/// `kfunc_exist(name)`: whether this kernel's BTF has the function `name`.
pub fn kfunc_exists(name: &str) -> bool {
    KernelBtf::load().function(name).is_some()
}

/// `kfunc_allowed(name)`: whether a program of type `program_type` may call the kfunc
/// `name` on this kernel, as bpftrace checks it: a program that only calls it loads, or
/// the verifier refuses it for another reason than "calling kernel function NAME is not
/// allowed" (a kfunc that takes arguments sees them uninitialised).
pub fn kfunc_allowed(name: &str, program_type: u32) -> bool {
    let Some(id) = KernelBtf::load().function(name) else {
        return false;
    };
    // call kfunc (BPF_PSEUDO_KFUNC_CALL = 2 as the source register); exit.
    let program = [instruction(0x85, 2 << 4, 0, id as i32), EXIT];
    let mut log = vec![0u8; 4096];
    let mut options = sys::bpf_prog_load_opts {
        log_level: 1,
        log_size: log.len() as u32,
        log_buf: log.as_mut_ptr().cast::<c_char>(),
        ..Default::default()
    };
    if load(program_type, &program, &mut options).is_some() {
        return true;
    }
    let text = CStr::from_bytes_until_nul(&log)
        .map(|text| text.to_string_lossy().into_owned())
        .unwrap_or_default();
    !text.contains(&format!("calling kernel function {name} is not allowed"))
}

/// Loads a GPL program; its descriptor closes when dropped.
fn load(
    prog_type: sys::bpf_prog_type,
    instructions: &[Instruction],
    options: &mut sys::bpf_prog_load_opts,
) -> Option<OwnedFd> {
    options.sz = std::mem::size_of::<sys::bpf_prog_load_opts>() as sys::size_t;
    let license = c"GPL";
    // SAFETY: `Instruction` has the layout of `struct bpf_insn`; the slice, the license and
    // the options live across the call.
    let fd = unsafe {
        sys::bpf_prog_load(
            prog_type,
            std::ptr::null(),
            license.as_ptr(),
            instructions.as_ptr().cast(),
            instructions.len() as sys::size_t,
            options,
        )
    };
    // SAFETY: a non-negative return is a new descriptor that nothing else owns.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
}

fn instruction_limit() -> i64 {
    // r0 = 0 as a 64-bit immediate load (two instructions), then exit.
    let program = [instruction(0x18, 0, 0, 0), instruction(0, 0, 0, 0), EXIT];
    let mut log = vec![0u8; 4096];
    let mut options = sys::bpf_prog_load_opts {
        log_level: 1,
        log_size: log.len() as u32,
        log_buf: log.as_mut_ptr().cast::<c_char>(),
        ..Default::default()
    };
    if load(sys::BPF_PROG_TYPE_KPROBE, &program, &mut options).is_none() {
        return -1;
    }
    let text = CStr::from_bytes_until_nul(&log)
        .map(|text| text.to_string_lossy().into_owned())
        .unwrap_or_default();
    text.find("processed 2 insns (limit ")
        .map(|start| &text[start + "processed 2 insns (limit ".len()..])
        .and_then(|rest| rest.split(')').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or(-1)
}

fn bounded_loop_loads() -> bool {
    // r0 = 0; again: r0 += 1; if r0 < 4 goto again; exit
    let program = [
        MOVE_ZERO_TO_R0,
        instruction(0x07, 0, 0, 1),
        instruction(0xa5, 0, -2, 4),
        EXIT,
    ];
    load(sys::BPF_PROG_TYPE_KPROBE, &program, &mut Default::default()).is_some()
}

fn fentry_program(target_btf_id: u32, body: &[Instruction]) -> Option<OwnedFd> {
    let mut options = sys::bpf_prog_load_opts {
        expected_attach_type: sys::BPF_TRACE_FENTRY,
        attach_btf_id: target_btf_id,
        ..Default::default()
    };
    load(sys::BPF_PROG_TYPE_TRACING, body, &mut options)
}

/// Whether an fentry program on the kernel function `name` loads and attaches here.
pub(crate) fn fentry_works(name: &str) -> bool {
    KernelBtf::load()
        .function(name)
        .is_some_and(fentry_attaches)
}

fn fentry_attaches(target_btf_id: u32) -> bool {
    let Some(program) = fentry_program(target_btf_id, &[MOVE_ZERO_TO_R0, EXIT]) else {
        return false;
    };
    link(&program, 0, sys::BPF_TRACE_FENTRY, &Default::default()).is_some()
}

fn d_path_loads(target_btf_id: u32) -> bool {
    // r1 = *(u64 *)(r1 + 0) (the file's path pointer); r2 = fp - 8; *(u64 *)(fp - 8) = 0;
    // r3 = 8; call bpf_d_path; r0 = 0; exit
    let program = [
        instruction(0x79, 1 | (1 << 4), 0, 0),
        instruction(0xbf, 2 | (10 << 4), 0, 0),
        instruction(0x07, 2, 0, -8),
        instruction(0x7a, 10, -8, 0),
        instruction(0xb7, 3, 0, 8),
        call(sys::BPF_FUNC_d_path),
        MOVE_ZERO_TO_R0,
        EXIT,
    ];
    fentry_program(target_btf_id, &program).is_some()
}

fn iterator_loads(target_btf_id: u32) -> bool {
    let mut options = sys::bpf_prog_load_opts {
        expected_attach_type: sys::BPF_TRACE_ITER,
        attach_btf_id: target_btf_id,
        ..Default::default()
    };
    load(
        sys::BPF_PROG_TYPE_TRACING,
        &[MOVE_ZERO_TO_R0, EXIT],
        &mut options,
    )
    .is_some()
}

/// `bpf_link_create`; the link closes (and detaches) when dropped. `Err(errno)` on failure.
fn link(
    program: &OwnedFd,
    target: i32,
    attach_type: sys::bpf_attach_type,
    options: &sys::bpf_link_create_opts,
) -> Option<OwnedFd> {
    link_result(program, target, attach_type, options).ok()
}

fn link_result(
    program: &OwnedFd,
    target: i32,
    attach_type: sys::bpf_attach_type,
    options: &sys::bpf_link_create_opts,
) -> Result<OwnedFd, i32> {
    use std::os::fd::AsRawFd;
    let mut options = *options;
    options.sz = std::mem::size_of::<sys::bpf_link_create_opts>() as sys::size_t;
    // SAFETY: the program descriptor is live and the options (and what they point to) live
    // across the call.
    let fd = unsafe { sys::bpf_link_create(program.as_raw_fd(), target, attach_type, &options) };
    if fd >= 0 {
        // SAFETY: a new descriptor that nothing else owns.
        Ok(unsafe { OwnedFd::from_raw_fd(fd) })
    } else {
        Err(fd.saturating_abs())
    }
}

fn kprobe_program(attach_type: sys::bpf_attach_type) -> Option<OwnedFd> {
    let mut options = sys::bpf_prog_load_opts {
        expected_attach_type: attach_type,
        ..Default::default()
    };
    load(
        sys::BPF_PROG_TYPE_KPROBE,
        &[MOVE_ZERO_TO_R0, EXIT],
        &mut options,
    )
}

pub(crate) fn multi_kprobe_links(attach_type: sys::bpf_attach_type) -> bool {
    let Some(program) = kprobe_program(attach_type) else {
        return false;
    };
    let mut symbol: *const c_char = c"ksys_read".as_ptr();
    let mut options = sys::bpf_link_create_opts::default();
    options.__bindgen_anon_1.kprobe_multi = sys::bpf_link_create_opts__bindgen_ty_1__bindgen_ty_2 {
        cnt: 1,
        syms: &mut symbol,
        ..Default::default()
    };
    link(&program, 0, attach_type, &options).is_some()
}

fn multi_uprobe_links() -> bool {
    let Some(program) = kprobe_program(sys::BPF_TRACE_UPROBE_MULTI) else {
        return false;
    };
    let offset: std::ffi::c_ulong = 0;
    let mut options = sys::bpf_link_create_opts::default();
    options.__bindgen_anon_1.uprobe_multi = sys::bpf_link_create_opts__bindgen_ty_1__bindgen_ty_3 {
        cnt: 1,
        path: c"/".as_ptr(),
        offsets: &offset,
        ..Default::default()
    };
    matches!(
        link_result(&program, 0, sys::BPF_TRACE_UPROBE_MULTI, &options),
        Err(libc::EBADF)
    )
}

/// `uname`'s system name, release, version and machine.
fn uname() -> (String, String, String, String) {
    // SAFETY: a zeroed utsname is valid, and uname fills it.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::uname(&mut names) } != 0 {
        return Default::default();
    }
    let field = |bytes: &[c_char]| -> String {
        let bytes: Vec<u8> = bytes
            .iter()
            .take_while(|&&byte| byte != 0)
            .map(|&byte| byte as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (
        field(&names.sysname),
        field(&names.release),
        field(&names.version),
        field(&names.machine),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_have_the_kernel_layout() {
        assert_eq!(std::mem::size_of::<Instruction>(), 8);
        assert_eq!(
            std::mem::size_of::<Instruction>(),
            std::mem::size_of::<sys::bpf_insn>()
        );
    }

    #[test]
    fn the_report_has_every_section() {
        let text = report("0.0.0");
        for title in [
            "System",
            "Build",
            "Kernel helpers",
            "Kernel features",
            "Probe types",
        ] {
            assert!(text.lines().any(|line| line == title), "{text}");
        }
        assert!(text.contains("  btf: "), "{text}");
        assert!(text.contains("  fentry: "), "{text}");
    }
}
