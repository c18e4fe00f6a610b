//! A thin, safe layer over the parts of libbpf the runtime uses.
//!
//! In: the BPF object bytes from the payload. Out: an opened and loaded [`Object`], its
//! programs' file descriptors, map lookups, attach links that detach when dropped, and
//! `BPF_PROG_TEST_RUN`. Errors carry the `errno` and, for a failed load, the name of the
//! program the kernel rejected and its verifier log.
//!
//! libbpf's own messages are captured through `libbpf_set_print` into a buffer
//! ([`take_libbpf_log`]): the runtime shows them when something fails, or as they happen
//! when the environment variable `BTC_DEBUG` is set.

use btc_payload::PerfSample;
use libbpf_sys as sys;
use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::ptr::NonNull;
use std::sync::Mutex;

/// Size of the verifier log buffer. Since Linux 6.4 the kernel keeps the tail of a log that
/// does not fit, and the tail is the part that explains a rejection.
const VERIFIER_LOG_SIZE: usize = 4 << 20;

/// `PERF_FLAG_FD_CLOEXEC` from linux/perf_event.h.
const PERF_FLAG_FD_CLOEXEC: libc::c_ulong = 1 << 3;

static LIBBPF_LOG: Mutex<String> = Mutex::new(String::new());

unsafe extern "C" {
    fn vsnprintf(
        buffer: *mut c_char,
        size: usize,
        format: *const c_char,
        arguments: *mut sys::__va_list_tag,
    ) -> c_int;
}

unsafe extern "C" fn libbpf_print(
    level: sys::libbpf_print_level,
    format: *const c_char,
    arguments: *mut sys::__va_list_tag,
) -> c_int {
    let debug = std::env::var_os("BTC_DEBUG").is_some();
    if level == sys::LIBBPF_DEBUG && !debug {
        return 0;
    }
    let mut buffer = [0u8; 1024];
    // SAFETY: libbpf hands us a printf format and its matching va_list; vsnprintf writes at
    // most `buffer.len()` bytes including the NUL.
    let written = unsafe { vsnprintf(buffer.as_mut_ptr().cast(), buffer.len(), format, arguments) };
    if written < 0 {
        return 0;
    }
    let end = buffer
        .iter()
        .position(|&byte| byte == 0)
        .unwrap_or(buffer.len());
    let text = String::from_utf8_lossy(&buffer[..end]);
    if debug {
        eprint!("{text}");
    }
    if let Ok(mut log) = LIBBPF_LOG.lock() {
        log.push_str(&text);
    }
    written
}

/// Routes libbpf's messages into the capture buffer. Call once, before anything else.
pub fn capture_libbpf_messages() {
    // SAFETY: `libbpf_print` has the signature libbpf expects and lives forever.
    unsafe { sys::libbpf_set_print(Some(libbpf_print)) };
}

/// The libbpf messages captured since the last call.
pub fn take_libbpf_log() -> String {
    LIBBPF_LOG
        .lock()
        .map(|mut log| std::mem::take(&mut *log))
        .unwrap_or_default()
}

/// An error from a libbpf call: what was being done and the `errno`.
#[derive(Debug)]
pub struct Error {
    pub what: String,
    pub errno: i32,
}

impl Error {
    fn last(what: impl Into<String>) -> Error {
        Error {
            what: what.into(),
            errno: std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        }
    }

    fn from_return(what: impl Into<String>, code: c_int) -> Error {
        Error {
            what: what.into(),
            errno: code.saturating_abs(),
        }
    }

    /// The `strerror` text of the errno.
    pub fn reason(&self) -> String {
        let text = std::io::Error::from_raw_os_error(self.errno).to_string();
        // Rust appends " (os error N)" to strerror's text; the text alone reads better.
        text.split(" (os error")
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.what, self.reason())
    }
}

/// A load that the kernel (or libbpf) refused.
#[derive(Debug)]
pub struct LoadError {
    pub error: Error,
    /// The first program that did not load, when the failure was a program's.
    pub program: Option<String>,
    /// The verifier log of that program (or of BTF loading), possibly empty.
    pub verifier_log: String,
}

/// An opened BPF object. Dropping it closes every program and map.
pub struct Object {
    raw: NonNull<sys::bpf_object>,
    /// libbpf writes verifier logs here; it must outlive the object.
    verifier_log: Vec<u8>,
}

impl Object {
    /// Opens an object from its ELF bytes. `name` is the object name libbpf uses in
    /// messages and as the prefix of internal map names.
    pub fn open(bytes: &[u8], name: &str) -> Result<Object, Error> {
        let name = CString::new(name.replace('\0', "")).unwrap_or_default();
        let mut verifier_log = vec![0u8; VERIFIER_LOG_SIZE];
        let options = sys::bpf_object_open_opts {
            sz: std::mem::size_of::<sys::bpf_object_open_opts>() as sys::size_t,
            object_name: name.as_ptr(),
            kernel_log_buf: verifier_log.as_mut_ptr().cast(),
            kernel_log_size: verifier_log.len() as sys::size_t,
            ..Default::default()
        };
        // SAFETY: libbpf copies the object bytes and the name during the call; the log
        // buffer lives in the returned Object.
        let raw = unsafe {
            sys::bpf_object__open_mem(bytes.as_ptr().cast(), bytes.len() as sys::size_t, &options)
        };
        match NonNull::new(raw) {
            Some(raw) => Ok(Object { raw, verifier_log }),
            None => Err(Error::last("cannot open the BPF object")),
        }
    }

    /// Replaces the initial contents of the `.rodata` map, if the object has one: `edit`
    /// receives a copy of the section's bytes. Must be called before [`Object::load`].
    pub fn edit_rodata(&mut self, edit: impl FnOnce(&mut [u8])) -> Result<(), Error> {
        let Some(map) = self.maps().find(|map| map_name(*map).ends_with(".rodata")) else {
            return Ok(());
        };
        let mut size: sys::size_t = 0;
        // SAFETY: `map` belongs to this object; the returned pointer covers `size` bytes.
        let current = unsafe { sys::bpf_map__initial_value(map, &mut size) };
        if current.is_null() {
            return Ok(());
        }
        // SAFETY: as above.
        let mut contents =
            unsafe { std::slice::from_raw_parts(current.cast::<u8>(), size as usize) }.to_vec();
        edit(&mut contents);
        // SAFETY: `contents` has `size` bytes, the map's value size.
        let result = unsafe {
            sys::bpf_map__set_initial_value(
                map,
                contents.as_ptr().cast(),
                contents.len() as sys::size_t,
            )
        };
        if result < 0 {
            return Err(Error::from_return(
                "cannot set the initial value of .rodata",
                result,
            ));
        }
        Ok(())
    }

    /// Loads every program and creates every map.
    pub fn load(&mut self) -> Result<(), LoadError> {
        // SAFETY: the object is open and not yet loaded.
        let result = unsafe { sys::bpf_object__load(self.raw.as_ptr()) };
        if result == 0 {
            return Ok(());
        }
        let error = Error::from_return("cannot load the BPF programs", result);
        // A failed load closes every program, so the failed one is only named in libbpf's
        // messages: "prog 'NAME': BPF program load failed: ...".
        let program = failed_program(&LIBBPF_LOG.lock().map(|log| log.clone()).unwrap_or_default());
        let end = self
            .verifier_log
            .iter()
            .position(|&byte| byte == 0)
            .unwrap_or(self.verifier_log.len());
        Err(LoadError {
            error,
            program,
            verifier_log: String::from_utf8_lossy(&self.verifier_log[..end]).into_owned(),
        })
    }

    /// The program called `name` (its ELF symbol name).
    pub fn program(&self, name: &str) -> Option<Program<'_>> {
        let name = CString::new(name).ok()?;
        // SAFETY: the object is valid and `name` is NUL-terminated.
        let raw =
            unsafe { sys::bpf_object__find_program_by_name(self.raw.as_ptr(), name.as_ptr()) };
        NonNull::new(raw).map(|raw| Program {
            raw,
            _object: std::marker::PhantomData,
        })
    }

    /// The map called `name`.
    pub fn map(&self, name: &str) -> Option<Map> {
        let name = CString::new(name).ok()?;
        // SAFETY: the object is valid and `name` is NUL-terminated.
        let raw = unsafe { sys::bpf_object__find_map_by_name(self.raw.as_ptr(), name.as_ptr()) };
        if raw.is_null() {
            return None;
        }
        // SAFETY: `raw` is a map of this object.
        unsafe {
            Some(Map {
                fd: sys::bpf_map__fd(raw),
                map_type: sys::bpf_map__type(raw),
                key_size: sys::bpf_map__key_size(raw) as usize,
                value_size: sys::bpf_map__value_size(raw) as usize,
            })
        }
    }

    fn maps(&self) -> impl Iterator<Item = *mut sys::bpf_map> + '_ {
        let object = self.raw.as_ptr();
        // SAFETY: iterating an object's maps with libbpf's own cursor.
        let first = unsafe { sys::bpf_object__next_map(object, std::ptr::null()) };
        std::iter::successors(Some(first).filter(|map| !map.is_null()), move |map| {
            // SAFETY: as above.
            Some(unsafe { sys::bpf_object__next_map(object, *map) }).filter(|map| !map.is_null())
        })
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        // SAFETY: the object is valid and closed once.
        unsafe { sys::bpf_object__close(self.raw.as_ptr()) };
    }
}

fn map_name(map: *mut sys::bpf_map) -> String {
    // SAFETY: libbpf returns a NUL-terminated name that lives as long as the map.
    unsafe { CStr::from_ptr(sys::bpf_map__name(map)) }
        .to_string_lossy()
        .into_owned()
}

/// The program named in libbpf's last "prog 'NAME': BPF program load failed" message.
fn failed_program(libbpf_log: &str) -> Option<String> {
    libbpf_log.lines().rev().find_map(|line| {
        let rest = &line[line.find("prog '")? + "prog '".len()..];
        let (name, message) = rest.split_once('\'')?;
        (message.starts_with(": BPF program load failed")
            || message.starts_with(": failed to load"))
        .then(|| name.to_string())
    })
}

/// A program of a loaded object.
pub struct Program<'object> {
    raw: NonNull<sys::bpf_program>,
    _object: std::marker::PhantomData<&'object Object>,
}

impl Program<'_> {
    pub fn fd(&self) -> c_int {
        // SAFETY: the program belongs to a live object.
        unsafe { sys::bpf_program__fd(self.raw.as_ptr()) }
    }

    pub fn attach_tracepoint(&self, category: &str, event: &str) -> Result<Link, Error> {
        let what = format!("cannot attach to tracepoint {category}:{event}");
        let (Ok(category), Ok(event)) = (CString::new(category), CString::new(event)) else {
            return Err(Error {
                what,
                errno: libc::EINVAL,
            });
        };
        // SAFETY: the program is loaded; the names are NUL-terminated.
        let raw = unsafe {
            sys::bpf_program__attach_tracepoint(
                self.raw.as_ptr(),
                category.as_ptr(),
                event.as_ptr(),
            )
        };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(what))
    }

    /// Attaches to a software cpu-clock perf event on CPU 0 that fires every `period_ns`.
    pub fn attach_interval(&self, period_ns: u64) -> Result<Link, Error> {
        let sample = PerfSample::Period(period_ns);
        self.attach_perf_event(
            sys::PERF_TYPE_SOFTWARE,
            u64::from(sys::PERF_COUNT_SW_CPU_CLOCK),
            sample,
            0,
        )
    }

    /// Opens a perf event of `event_type` and `config` on `cpu` (for every process) and
    /// attaches the program to it.
    pub fn attach_perf_event(
        &self,
        event_type: u32,
        config: u64,
        sample: PerfSample,
        cpu: c_int,
    ) -> Result<Link, Error> {
        let (frequency, period) = match sample {
            PerfSample::Period(period) => (false, period),
            PerfSample::Frequency(hertz) => (true, hertz),
        };
        let mut attr = sys::perf_event_attr {
            type_: event_type,
            size: std::mem::size_of::<sys::perf_event_attr>() as u32,
            config,
            __bindgen_anon_1: sys::perf_event_attr__bindgen_ty_1 {
                sample_period: period,
            },
            ..Default::default()
        };
        attr.set_freq(u64::from(frequency));
        self.attach_perf_event_attribute(&attr, -1, cpu, || {
            format!("cannot open a perf event (type {event_type}, config {config}) on CPU {cpu}")
        })
    }

    /// Attaches to a hardware breakpoint (`watchpoint:ADDRESS:LENGTH:MODE`) on `address`:
    /// `kind` is the `HW_BREAKPOINT_R|W|X` bits; for thread `tid` on any CPU, or for every
    /// thread on `cpu` when `tid` is -1. Every hit runs the program.
    pub fn attach_breakpoint(
        &self,
        address: u64,
        length: u64,
        kind: u32,
        tid: libc::pid_t,
        cpu: c_int,
    ) -> Result<Link, Error> {
        const PERF_TYPE_BREAKPOINT: u32 = 5;
        let mut attr = sys::perf_event_attr {
            type_: PERF_TYPE_BREAKPOINT,
            size: std::mem::size_of::<sys::perf_event_attr>() as u32,
            bp_type: kind,
            __bindgen_anon_1: sys::perf_event_attr__bindgen_ty_1 { sample_period: 1 },
            __bindgen_anon_3: sys::perf_event_attr__bindgen_ty_3 { bp_addr: address },
            __bindgen_anon_4: sys::perf_event_attr__bindgen_ty_4 { bp_len: length },
            ..Default::default()
        };
        // Threads the traced process creates later are watched too.
        attr.set_inherit(1);
        self.attach_perf_event_attribute(&attr, tid, cpu, || {
            format!("cannot open a breakpoint on {address:#x} (thread {tid}, CPU {cpu})")
        })
    }

    fn attach_perf_event_attribute(
        &self,
        attr: &sys::perf_event_attr,
        pid: libc::pid_t,
        cpu: c_int,
        what: impl FnOnce() -> String,
    ) -> Result<Link, Error> {
        let group: c_int = -1;
        // SAFETY: perf_event_open reads `attr` and returns a new fd or -1.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_perf_event_open,
                attr as *const sys::perf_event_attr,
                pid,
                cpu,
                group,
                PERF_FLAG_FD_CLOEXEC,
            )
        };
        if fd < 0 {
            return Err(Error::last(what()));
        }
        let fd = fd as c_int;
        // SAFETY: the program is loaded and `fd` is a perf event.
        let raw = unsafe { sys::bpf_program__attach_perf_event(self.raw.as_ptr(), fd) };
        match NonNull::new(raw) {
            // The link owns the perf event fd from now on and closes it when destroyed.
            Some(raw) => Ok(Link { raw }),
            None => {
                let error = Error::last("cannot attach to the perf event");
                // SAFETY: `fd` is ours and not owned by anything else.
                unsafe { libc::close(fd) };
                Err(error)
            }
        }
    }

    /// Attaches a kprobe or kretprobe to a kernel function.
    pub fn attach_kprobe(
        &self,
        function: &str,
        offset: u64,
        return_probe: bool,
    ) -> Result<Link, Error> {
        let kind = if return_probe { "kretprobe" } else { "kprobe" };
        let what = if offset == 0 {
            format!("cannot attach {kind}:{function}")
        } else {
            format!("cannot attach {kind}:{function}+{offset}")
        };
        let Ok(name) = CString::new(function) else {
            return Err(Error {
                what,
                errno: libc::EINVAL,
            });
        };
        let options = sys::bpf_kprobe_opts {
            sz: std::mem::size_of::<sys::bpf_kprobe_opts>() as _,
            retprobe: return_probe,
            offset: offset as _,
            ..Default::default()
        };
        // SAFETY: the program is loaded; the name is NUL-terminated; the options are sized.
        let raw = unsafe {
            sys::bpf_program__attach_kprobe_opts(self.raw.as_ptr(), name.as_ptr(), &options)
        };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(what))
    }

    /// Attaches a uprobe or uretprobe to `function` in `binary`, `offset` bytes in; libbpf
    /// finds the function's file offset in the binary's ELF symbols. An empty `function`
    /// makes `offset` the file offset itself. A nonzero `semaphore` is the file offset of
    /// a USDT semaphore that the kernel increments while the probe is attached.
    pub fn attach_uprobe(
        &self,
        binary: &str,
        function: &str,
        offset: u64,
        return_probe: bool,
        semaphore: u64,
    ) -> Result<Link, Error> {
        let kind = if return_probe { "uretprobe" } else { "uprobe" };
        let what = if function.is_empty() {
            format!("cannot attach {kind}:{binary} at file offset {offset:#x}")
        } else if offset != 0 {
            format!("cannot attach {kind}:{binary}:{function}+{offset}")
        } else {
            format!("cannot attach {kind}:{binary}:{function}")
        };
        let (Ok(binary), Ok(function)) = (CString::new(binary), CString::new(function)) else {
            return Err(Error {
                what,
                errno: libc::EINVAL,
            });
        };
        let options = sys::bpf_uprobe_opts {
            sz: std::mem::size_of::<sys::bpf_uprobe_opts>() as _,
            retprobe: return_probe,
            ref_ctr_offset: semaphore as _,
            func_name: if function.is_empty() {
                std::ptr::null()
            } else {
                function.as_ptr()
            },
            ..Default::default()
        };
        let every_process: libc::pid_t = -1;
        // SAFETY: the program is loaded; the strings outlive the call; the options are sized.
        let raw = unsafe {
            sys::bpf_program__attach_uprobe_opts(
                self.raw.as_ptr(),
                every_process,
                binary.as_ptr(),
                offset,
                &options,
            )
        };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(what))
    }

    /// Attaches a raw tracepoint program to the tracepoint `name`.
    pub fn attach_raw_tracepoint(&self, name: &str) -> Result<Link, Error> {
        let what = format!("cannot attach rawtracepoint:{name}");
        let Ok(name) = CString::new(name) else {
            return Err(Error {
                what,
                errno: libc::EINVAL,
            });
        };
        // SAFETY: the program is valid.
        let program_type = unsafe { sys::bpf_program__type(self.raw.as_ptr()) };
        let raw = if program_type == sys::BPF_PROG_TYPE_TRACING {
            // A tp_btf program: the kernel found its tracepoint through BTF at load time,
            // and attaching it takes no name.
            // SAFETY: the program is loaded.
            unsafe { sys::bpf_program__attach(self.raw.as_ptr()) }
        } else {
            // SAFETY: the program is loaded; the name is NUL-terminated.
            unsafe { sys::bpf_program__attach_raw_tracepoint(self.raw.as_ptr(), name.as_ptr()) }
        };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(what))
    }

    /// Attaches the program where its section says (fentry/fexit: the target libbpf
    /// resolved in the kernel's BTF at load time).
    pub fn attach_from_section(&self, what: &str) -> Result<Link, Error> {
        // SAFETY: the program is loaded.
        let raw = unsafe { sys::bpf_program__attach(self.raw.as_ptr()) };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(format!("cannot attach {what}")))
    }

    /// Whether the object's load loads this program; before the object is loaded.
    pub fn set_autoload(&self, load: bool) {
        // SAFETY: the program is valid and the object not yet loaded.
        unsafe { sys::bpf_program__set_autoload(self.raw.as_ptr(), load) };
    }

    /// Makes the program a kprobe.multi program; before the object is loaded.
    pub fn set_expected_attach_type(&self, attach_type: sys::bpf_attach_type) {
        // SAFETY: the program is valid; libbpf only records the type until the load.
        unsafe { sys::bpf_program__set_expected_attach_type(self.raw.as_ptr(), attach_type) };
    }

    /// Whether the program was set up as a kprobe.multi program.
    pub fn is_kprobe_multi(&self) -> bool {
        // SAFETY: the program is valid.
        let attach_type = unsafe { sys::bpf_program__expected_attach_type(self.raw.as_ptr()) };
        attach_type == sys::BPF_TRACE_KPROBE_MULTI
    }

    /// Attaches a kprobe.multi program to every kernel function `pattern` matches.
    pub fn attach_kprobe_multi(&self, pattern: &str, return_probe: bool) -> Result<Link, Error> {
        let kind = if return_probe { "kretprobe" } else { "kprobe" };
        let what = format!("cannot attach {kind}:{pattern}");
        let Ok(pattern) = CString::new(pattern) else {
            return Err(Error {
                what,
                errno: libc::EINVAL,
            });
        };
        let options = sys::bpf_kprobe_multi_opts {
            sz: std::mem::size_of::<sys::bpf_kprobe_multi_opts>() as _,
            retprobe: return_probe,
            ..Default::default()
        };
        // SAFETY: the program is loaded; the pattern is NUL-terminated; the options are sized.
        let raw = unsafe {
            sys::bpf_program__attach_kprobe_multi_opts(
                self.raw.as_ptr(),
                pattern.as_ptr(),
                &options,
            )
        };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(what))
    }

    /// Attaches an iterator program (`iter/NAME`); reading [`Link::open_iterator`] runs it.
    pub fn attach_iterator(&self, what: &str) -> Result<Link, Error> {
        // SAFETY: the program is loaded; null options mean the iterator's defaults.
        let raw = unsafe { sys::bpf_program__attach_iter(self.raw.as_ptr(), std::ptr::null()) };
        NonNull::new(raw)
            .map(|raw| Link { raw })
            .ok_or_else(|| Error::last(format!("cannot attach {what}")))
    }

    /// Runs the program once with `BPF_PROG_TEST_RUN` (BEGIN and END, which are raw_tp
    /// programs).
    pub fn test_run(&self) -> Result<(), Error> {
        let mut options = sys::bpf_test_run_opts {
            sz: std::mem::size_of::<sys::bpf_test_run_opts>() as sys::size_t,
            ..Default::default()
        };
        // SAFETY: the program is loaded; the options are initialised with their size.
        let result = unsafe { sys::bpf_prog_test_run_opts(self.fd(), &mut options) };
        if result < 0 {
            return Err(Error::from_return("BPF_PROG_TEST_RUN failed", result));
        }
        Ok(())
    }
}

/// An attachment; dropping it detaches.
pub struct Link {
    raw: NonNull<sys::bpf_link>,
}

impl Link {
    /// Opens a new iterator on an iterator link: each read runs the program over the next
    /// objects and returns what it wrote, until end of file.
    pub fn open_iterator(&self) -> Result<std::fs::File, Error> {
        // SAFETY: the link is valid.
        let link_fd = unsafe { sys::bpf_link__fd(self.raw.as_ptr()) };
        // SAFETY: plain syscall wrapper on a file descriptor.
        let fd = unsafe { sys::bpf_iter_create(link_fd) };
        if fd < 0 {
            return Err(Error::from_return("cannot open the iterator", fd));
        }
        // SAFETY: `fd` is a new descriptor that nothing else owns.
        Ok(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) })
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        // SAFETY: the link is valid and destroyed once.
        unsafe { sys::bpf_link__destroy(self.raw.as_ptr()) };
    }
}

/// A map of a loaded object, used through its file descriptor.
#[derive(Debug, Clone, Copy)]
pub struct Map {
    pub fd: c_int,
    pub map_type: sys::bpf_map_type,
    pub key_size: usize,
    pub value_size: usize,
}

impl Map {
    pub fn is_per_cpu(&self) -> bool {
        matches!(
            self.map_type,
            sys::BPF_MAP_TYPE_PERCPU_HASH
                | sys::BPF_MAP_TYPE_PERCPU_ARRAY
                | sys::BPF_MAP_TYPE_LRU_PERCPU_HASH
        )
    }

    /// The bytes a lookup returns: one value, or one 8-byte-aligned slot per possible CPU for
    /// a per-CPU map.
    pub fn lookup_size(&self) -> usize {
        if self.is_per_cpu() {
            self.value_size.next_multiple_of(8) * possible_cpus()
        } else {
            self.value_size
        }
    }

    /// The value stored under `key`, or `None` when there is none.
    pub fn lookup(&self, key: &[u8]) -> Option<Vec<u8>> {
        if key.len() != self.key_size {
            return None;
        }
        let mut value = vec![0u8; self.lookup_size()];
        // SAFETY: `key` has the map's key size and `value` the size the kernel writes.
        let result = unsafe {
            sys::bpf_map_lookup_elem(self.fd, key.as_ptr().cast(), value.as_mut_ptr().cast())
        };
        (result == 0).then_some(value)
    }

    /// Replaces the value under an existing `key` (`BPF_EXIST`); `value` holds
    /// [`Map::lookup_size`] bytes. Returns the negative errno on failure.
    pub fn update_existing(&self, key: &[u8], value: &[u8]) -> Result<(), c_int> {
        if key.len() != self.key_size || value.len() != self.lookup_size() {
            return Err(-libc::EINVAL);
        }
        // SAFETY: `key` and `value` have the sizes the kernel reads.
        let result = unsafe {
            sys::bpf_map_update_elem(
                self.fd,
                key.as_ptr().cast(),
                value.as_ptr().cast(),
                u64::from(sys::BPF_EXIST),
            )
        };
        if result == 0 { Ok(()) } else { Err(result) }
    }

    /// Deletes `key`. Returns the negative errno on failure.
    pub fn delete(&self, key: &[u8]) -> Result<(), c_int> {
        if key.len() != self.key_size {
            return Err(-libc::EINVAL);
        }
        // SAFETY: `key` has the map's key size.
        let result = unsafe { sys::bpf_map_delete_elem(self.fd, key.as_ptr().cast()) };
        if result == 0 { Ok(()) } else { Err(result) }
    }

    /// Every key, in the kernel's iteration order.
    pub fn keys(&self) -> Vec<Vec<u8>> {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        loop {
            let mut next = vec![0u8; self.key_size];
            let previous: *const c_void = keys
                .last()
                .map_or(std::ptr::null(), |key| key.as_ptr().cast());
            // SAFETY: `previous` is null or a key of the map's size; `next` has the key size.
            let result =
                unsafe { sys::bpf_map_get_next_key(self.fd, previous, next.as_mut_ptr().cast()) };
            if result != 0 {
                return keys;
            }
            keys.push(next);
        }
    }
}

/// The number of possible CPUs, the number of slots in a per-CPU map value.
/// The CPUs that are online now, from /sys/devices/system/cpu/online (`0-3,5`).
pub fn online_cpus() -> Vec<c_int> {
    let text =
        std::fs::read_to_string("/sys/devices/system/cpu/online").unwrap_or_else(|_| "0".into());
    let mut cpus = Vec::new();
    for range in text.trim().split(',').filter(|range| !range.is_empty()) {
        let (first, last) = range.split_once('-').unwrap_or((range, range));
        if let (Ok(first), Ok(last)) = (first.parse::<c_int>(), last.parse::<c_int>()) {
            cpus.extend(first..=last);
        }
    }
    cpus
}

pub fn possible_cpus() -> usize {
    // SAFETY: a plain query; libbpf caches the answer.
    let count = unsafe { sys::libbpf_num_possible_cpus() };
    usize::try_from(count).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_failed_program_is_found_in_libbpf_messages() {
        let log = "libbpf: prog 'bad': found map 5 (ticks, sec 15, off 144) for insn #4\n\
                   libbpf: prog 'bad': BPF program load failed: -EACCES\n\
                   libbpf: prog 'bad': failed to load: -EACCES\n\
                   libbpf: failed to load object 'btc'\n";
        assert_eq!(failed_program(log).as_deref(), Some("bad"));
        assert_eq!(
            failed_program("libbpf: failed to load object 'btc'\n"),
            None
        );
    }
}
