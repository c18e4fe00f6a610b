//! The event stream: the ring buffer that carries every record from the BPF programs, and
//! what the runtime does with each record.
//!
//! In: the ring buffer map's fd, the metadata's `actions`, the user maps, and the [`Output`].
//! Out: printf, join, time, value and map text on the output, `clear`/`zero` applied to the
//! maps, and the exit state ([`EventState`]): whether `exit()` ran and with which code.
//!
//! As in bpftrace (`AsyncHandlers` in `src/async_action.cpp`), `print(@m)`, `clear(@m)` and
//! `zero(@m)` act on the map when the record is handled, not when the probe ran.
//!
//! Every record starts with a `u64` action id indexing `Metadata::actions`; the action says
//! how the bytes after it are laid out. As in bpftrace (`event_printer` in
//! `src/bpftrace.cpp`), records that arrive after `exit()` ran, or after a stop signal, are
//! dropped until the ring is empty, and END's records are read by a final drain.

use crate::maps::{self, MapHandle};
use crate::output::Output;
use crate::printf;
use crate::timefmt;
use crate::value::{self, Value};
use btc_payload::format::Format;
use btc_payload::{Action, Field, MAX_CAT_BYTES};
use libbpf_sys as sys;
use std::ffi::{c_int, c_void};
use std::ptr::NonNull;

/// What the records said about stopping.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventState {
    /// `exit()` ran, or a stop signal arrived: drop records until the ring is empty.
    pub finalizing: bool,
    /// The code passed to `exit()`.
    pub exit_code: Option<i64>,
}

/// Everything the ring buffer callback needs.
pub struct Consumer {
    pub actions: Vec<Action>,
    /// Indexed like `Metadata::maps`, the map ids of the actions.
    pub maps: Vec<MapHandle>,
    pub output: Output,
    pub state: EventState,
    /// Set by the signal handler's flag; checked for every record.
    pub stop_requested: fn() -> bool,
    /// The script's file name, which run-time warnings and `errorf()`/`warnf()` messages
    /// start with.
    pub script_name: String,
    /// The `MapFull` actions already reported: each update site warns once.
    pub warned: std::collections::HashSet<usize>,
    /// Addresses passed to `unwatch()` whose watchpoints the tracer has not detached yet.
    pub unwatched: Vec<u64>,
}

impl Consumer {
    fn handle(&mut self, record: &[u8]) {
        if self.state.finalizing {
            return;
        }
        if (self.stop_requested)() {
            self.state.finalizing = true;
            return;
        }
        let Some(id) = read_u64(record, 0) else {
            eprintln!(
                "WARNING: dropped a ring buffer record of {} bytes: too short",
                record.len()
            );
            return;
        };
        let Some(action) = usize::try_from(id).ok().and_then(|id| self.actions.get(id)) else {
            eprintln!("WARNING: dropped a ring buffer record with unknown action id {id}");
            return;
        };
        match action {
            Action::Printf { format, arguments } => {
                let Some(text) = formatted(record, format, arguments, "printf") else {
                    return;
                };
                self.output.printf(&text);
            }
            Action::Cat { format, arguments } => {
                let Some(path) = formatted(record, format, arguments, "cat") else {
                    return;
                };
                match read_start(&path) {
                    Ok(contents) => self.output.cat(&contents),
                    Err(error) => eprintln!(
                        "ERROR: failed to open file '{}' ({})",
                        String::from_utf8_lossy(&path),
                        os_error_text(&error)
                    ),
                }
            }
            Action::System { format, arguments } => {
                let Some(command) = formatted(record, format, arguments, "system") else {
                    return;
                };
                // The command blocks the event loop until it ends, as in bpftrace.
                self.output.flush();
                match run_command(&command) {
                    Ok(printed) => self.output.system(&printed),
                    Err(message) => eprintln!("ERROR: {message}"),
                }
            }
            Action::Diagnostic {
                severity,
                location,
                format,
                arguments,
            } => {
                let Some(message) = formatted(record, format, arguments, "errorf") else {
                    return;
                };
                self.output
                    .diagnostic(*severity, &self.script_name, location, &message);
            }
            Action::Join {
                separator,
                max_elements,
                element_size,
            } => {
                let text = render_join(record, separator.as_bytes(), *max_elements, *element_size);
                self.output.join(&text);
            }
            Action::Unwatch => {
                if let Some(address) = read_u64(record, 8) {
                    self.unwatched.push(address);
                }
            }
            Action::Exit => {
                let code = read_u64(record, 8).unwrap_or(0) as i64;
                self.state.exit_code = Some(code);
                self.state.finalizing = true;
            }
            Action::PrintMap { map, top, divisor } => {
                let Some(handle) = self.map(*map) else { return };
                if let Some(printed) = maps::read(handle, *top, *divisor) {
                    self.output.map(&printed);
                }
            }
            Action::ClearMap { map } => {
                if let Some(handle) = self.map(*map) {
                    maps::clear(handle);
                }
            }
            Action::ZeroMap { map } => {
                if let Some(handle) = self.map(*map) {
                    maps::zero(handle);
                }
            }
            Action::PrintValue { ty } => match value::decode_at(record, 8, ty) {
                Ok(value) => self.output.value(&value),
                Err(error) => eprintln!("WARNING: dropped a print record: {error}"),
            },
            Action::Time { format } => match timefmt::format_now(format) {
                Some(text) => self.output.time(&text),
                None => eprintln!("ERROR: strftime returned zero for time(\"{format}\")"),
            },
            Action::MapFull {
                location, context, ..
            } => {
                if self.warned.insert(id as usize) {
                    // bpftrace's words (src/output/text.cpp); helper 2 is
                    // bpf_map_update_elem, -7 is -E2BIG.
                    eprintln!(
                        "{}:{location}: WARNING: Map full; can't update element. Try increasing \
                         max_map_keys config or manually setting the max entries in a map \
                         declaration e.g. `let @a = hash(5000)`\n\
                         Additional Info - helper: 2, retcode: -7\n{context}",
                        self.script_name
                    );
                }
            }
        }
    }
}

impl Consumer {
    fn map(&self, index: usize) -> Option<&MapHandle> {
        let handle = self.maps.get(index);
        if handle.is_none() {
            eprintln!("WARNING: dropped a record about unknown map id {index}");
        }
        handle
    }
}

fn read_u64(record: &[u8], offset: usize) -> Option<u64> {
    let bytes = record.get(offset..offset.checked_add(8)?)?;
    Some(u64::from_le_bytes(bytes.try_into().ok()?))
}

/// The text of a printf-like record, or `None` (after a warning) when it is malformed.
fn formatted(record: &[u8], format: &Format, arguments: &[Field], what: &str) -> Option<Vec<u8>> {
    match read_fields(record, arguments) {
        Ok(values) => Some(printf::render(format, &values)),
        Err(error) => {
            eprintln!("WARNING: dropped a {what} record: {error}");
            None
        }
    }
}

/// Up to `MAX_CAT_BYTES` of the file at `path`, as bpftrace's `cat()` reads it: only a
/// failure to open is an error; what could be read before a read error (nothing, for a
/// directory) is printed.
fn read_start(path: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    use std::os::unix::ffi::OsStrExt;
    let file = std::fs::File::open(std::ffi::OsStr::from_bytes(path))?;
    let mut contents = Vec::new();
    let _ = file.take(MAX_CAT_BYTES as u64).read_to_end(&mut contents);
    Ok(contents)
}

/// The C library's text for an OS error, which bpftrace prints (Rust's adds the number).
fn os_error_text(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        // SAFETY: strerror returns a valid NUL-terminated string, copied before any other
        // call can change it; the runtime prints from one thread.
        Some(code) => unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) }
            .to_string_lossy()
            .into_owned(),
        None => error.to_string(),
    }
}

/// Runs `command` with `sh -c`, as bpftrace's `system()` does, and returns what it wrote on
/// stdout and stderr (one pipe, so the two stay in order); an error message when it could
/// not run or did not exit 0.
fn run_command(command: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    use std::os::unix::ffi::OsStrExt;
    let (mut reader, writer) = std::io::pipe().map_err(|_| "pipe() failed".to_string())?;
    let error_writer = writer
        .try_clone()
        .map_err(|_| "pipe() failed".to_string())?;
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(command))
        .stdin(std::process::Stdio::null())
        .stdout(writer)
        .stderr(error_writer)
        .spawn()
        .map_err(|_| "fork() failed".to_string())?;
    let mut printed = Vec::new();
    let read = reader.read_to_end(&mut printed);
    let status = child.wait().map_err(|_| "waitpid() failed".to_string())?;
    read.map_err(|error| format!("cannot read the command's output: {error}"))?;
    match status.code() {
        Some(0) => Ok(printed),
        Some(code) => Err(format!("command exited with code {code}")),
        None => Err("child process did not exit normally".to_string()),
    }
}

fn read_fields(record: &[u8], fields: &[Field]) -> Result<Vec<Value>, value::OutOfBounds> {
    fields
        .iter()
        .map(|field| value::decode_at(record, field.offset as usize, &field.ty))
        .collect()
}

/// `join`: up to `max_elements` strings, separated; as in bpftrace (`AsyncHandlers::join`),
/// the list ends at the first empty string.
fn render_join(record: &[u8], separator: &[u8], max_elements: u32, element_size: u32) -> Vec<u8> {
    let count = read_u64(record, 8)
        .unwrap_or(0)
        .min(u64::from(max_elements)) as usize;
    let element_size = element_size as usize;
    let mut text = Vec::new();
    for index in 0..count {
        let Some(start) = index
            .checked_mul(element_size)
            .and_then(|offset| offset.checked_add(16))
        else {
            break;
        };
        let Some(buffer) = record.get(start..start.saturating_add(element_size).min(record.len()))
        else {
            break;
        };
        let end = buffer
            .iter()
            .position(|&byte| byte == 0)
            .unwrap_or(buffer.len());
        if end == 0 {
            break;
        }
        if index > 0 {
            text.extend_from_slice(separator);
        }
        text.extend_from_slice(&buffer[..end]);
    }
    text
}

/// The ring buffer and its consumer. The consumer lives at a fixed address for libbpf's
/// callback, and is reachable between polls through [`RingBuffer::consumer`].
pub struct RingBuffer {
    raw: NonNull<sys::ring_buffer>,
    consumer: NonNull<Consumer>,
}

impl Consumer {
    /// Handles the complete records at the start of `pending`, bytes read from an
    /// iterator, and removes them; an incomplete last record stays for the next read.
    /// Each record's size is the upper half of its action id (see `Attach::Iterator`).
    pub fn handle_stream(&mut self, pending: &mut Vec<u8>) {
        let mut start = 0;
        while let Some(header) = pending.get(start..start + 8) {
            let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
            if size < 8 {
                // Not a record boundary: the stream cannot be read further.
                start = pending.len();
                break;
            }
            let Some(bytes) = pending.get(start..start + size) else {
                break;
            };
            let mut record = bytes.to_vec();
            record[4..8].fill(0);
            self.handle(&record);
            start += size;
        }
        pending.drain(..start);
    }
}

unsafe extern "C" fn on_record(
    context: *mut c_void,
    data: *mut c_void,
    size: sys::size_t,
) -> c_int {
    // SAFETY: `context` is the consumer that `RingBuffer::new` registered, and only this
    // callback touches it while libbpf polls; `data` points to `size` bytes of the record.
    let (consumer, record) = unsafe {
        (
            &mut *context.cast::<Consumer>(),
            std::slice::from_raw_parts(data.cast::<u8>(), size as usize),
        )
    };
    consumer.handle(record);
    0
}

impl RingBuffer {
    pub fn new(map_fd: c_int, consumer: Consumer) -> Result<RingBuffer, crate::bpf::Error> {
        let consumer = NonNull::from(Box::leak(Box::new(consumer)));
        // SAFETY: `on_record` matches libbpf's callback type; the consumer outlives the ring
        // buffer (both are freed in Drop, the ring buffer first).
        let raw = unsafe {
            sys::ring_buffer__new(
                map_fd,
                Some(on_record),
                consumer.as_ptr().cast(),
                std::ptr::null(),
            )
        };
        match NonNull::new(raw) {
            Some(raw) => Ok(RingBuffer { raw, consumer }),
            None => {
                let error = std::io::Error::last_os_error();
                // SAFETY: the consumer was leaked above and nothing else refers to it.
                drop(unsafe { Box::from_raw(consumer.as_ptr()) });
                Err(crate::bpf::Error {
                    what: "cannot open the ring buffer".into(),
                    errno: error.raw_os_error().unwrap_or(0),
                })
            }
        }
    }

    /// Waits up to `timeout_ms` for records and handles them. Returns the number of records
    /// read, or the negative errno.
    pub fn poll(&mut self, timeout_ms: c_int) -> c_int {
        // SAFETY: the ring buffer is valid; `&mut self` keeps `consumer()` borrows out.
        unsafe { sys::ring_buffer__poll(self.raw.as_ptr(), timeout_ms) }
    }

    /// Handles every record available now, without waiting.
    pub fn consume(&mut self) -> c_int {
        // SAFETY: as in `poll`.
        unsafe { sys::ring_buffer__consume(self.raw.as_ptr()) }
    }

    pub fn consumer(&mut self) -> &mut Consumer {
        // SAFETY: the consumer is only used by the callback during `poll`/`consume`, which
        // need `&mut self` too, so this borrow is exclusive.
        unsafe { self.consumer.as_mut() }
    }
}

impl Drop for RingBuffer {
    fn drop(&mut self) {
        // SAFETY: freed once, ring buffer before the consumer it calls back into.
        unsafe {
            sys::ring_buffer__free(self.raw.as_ptr());
            drop(Box::from_raw(self.consumer.as_ptr()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join_record(count: u64, elements: &[&[u8]], element_size: usize) -> Vec<u8> {
        let mut record = 7u64.to_le_bytes().to_vec();
        record.extend_from_slice(&count.to_le_bytes());
        for element in elements {
            let mut buffer = element.to_vec();
            buffer.resize(element_size, 0);
            record.extend_from_slice(&buffer);
        }
        record
    }

    #[test]
    fn join_stops_at_the_count_and_at_an_empty_string() {
        let record = join_record(3, &[b"ls", b"-l", b"/tmp", b""], 8);
        assert_eq!(render_join(&record, b" ", 4, 8), b"ls -l /tmp");
        let record = join_record(4, &[b"a", b"", b"c", b"d"], 4);
        assert_eq!(render_join(&record, b",", 4, 4), b"a");
        // A count larger than the buffers is bounded by max_elements and the record.
        let record = join_record(99, &[b"a", b"b"], 4);
        assert_eq!(render_join(&record, b",", 2, 4), b"a,b");
        let record = join_record(99, &[b"a"], 4);
        assert_eq!(render_join(&record, b",", 5, 4), b"a");
    }
}
