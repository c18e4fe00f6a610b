//! Wall-clock times: `time([format])` and the timestamps made by `strftime(format, ns)`.
//!
//! In: a strftime(3) format, and for `strftime()` a `u64` boot-clock time in nanoseconds
//! (what `nsecs` reads). Out: the formatted local time, as bytes.
//!
//! Facts from bpftrace v0.26:
//! - `time()` (`AsyncHandlers::time`): the current time, `localtime_r`, `strftime` into a
//!   64-byte buffer; an empty or too long result prints nothing (bpftrace reports an error).
//! - `strftime()` (`BPFtrace::format_timestamp`): the boot-clock time plus the offset between
//!   CLOCK_REALTIME and CLOCK_BOOTTIME measured once at start (`get_boottime` in main.cpp),
//!   then `localtime_r`; in the format, every `%f` becomes the microseconds (6 digits), then
//!   every `%k` the nanoseconds (9 digits), then every `%l` the milliseconds (3 digits);
//!   then `strftime` into a buffer of `max_strlen` (1024) bytes. A time whose seconds are 0,
//!   or an empty or too long result, prints `(?)`.

use std::ffi::CString;
use std::sync::OnceLock;

/// bpftrace's `AsyncHandlers::MAX_TIME_STR_LEN`.
const TIME_BUFFER: usize = 64;
/// bpftrace's default `max_strlen`, the buffer of a formatted `strftime()`.
const TIMESTAMP_BUFFER: usize = 1024;
const NANOS_PER_SECOND: i128 = 1_000_000_000;

/// CLOCK_REALTIME minus CLOCK_BOOTTIME, in nanoseconds, measured once.
static BOOT_OFFSET: OnceLock<i128> = OnceLock::new();

/// Measures the boot-to-wall-clock offset now, so that later timestamps do not depend on
/// when the first one is printed. Call once at start.
pub fn init() {
    boot_offset();
}

fn boot_offset() -> i128 {
    *BOOT_OFFSET.get_or_init(|| offset_from_boot_clock(libc::CLOCK_REALTIME))
}

/// `clock` minus CLOCK_BOOTTIME, in nanoseconds (CLOCK_REALTIME for wall-clock times,
/// CLOCK_TAI for `nsecs(sw_tai)`).
pub fn offset_from_boot_clock(clock: libc::clockid_t) -> i128 {
    // Read BOOTTIME, the clock, BOOTTIME a few times and keep the tightest bracket, as
    // bpftrace does, so that a preemption between the reads does not skew the offset.
    let mut best: Option<(i128, i128)> = None;
    for _ in 0..10 {
        let before = clock_ns(libc::CLOCK_BOOTTIME);
        let other = clock_ns(clock);
        let after = clock_ns(libc::CLOCK_BOOTTIME);
        let window = after - before;
        let offset = other - (before + window / 2);
        if best.is_none_or(|(best_window, _)| window < best_window) {
            best = Some((window, offset));
        }
    }
    best.map_or(0, |(_, offset)| offset)
}

fn clock_ns(clock: libc::clockid_t) -> i128 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec.
    unsafe { libc::clock_gettime(clock, &mut now) };
    i128::from(now.tv_sec) * NANOS_PER_SECOND + i128::from(now.tv_nsec)
}

/// `strftime(format, boot_ns)` as bpftrace prints it.
pub fn format_boot_time(boot_ns: u64, format: &str) -> Vec<u8> {
    format_wall_time(boot_offset() + i128::from(boot_ns), format)
}

/// Formats a wall-clock time in nanoseconds since the epoch with bpftrace's extensions.
fn format_wall_time(wall_ns: i128, format: &str) -> Vec<u8> {
    let seconds = wall_ns.div_euclid(NANOS_PER_SECOND);
    let nanos = wall_ns.rem_euclid(NANOS_PER_SECOND);
    if seconds == 0 {
        return b"(?)".to_vec();
    }
    let format = expand_subsecond(format, nanos as u64);
    let Ok(seconds) = libc::time_t::try_from(seconds) else {
        return b"(?)".to_vec();
    };
    local_strftime(seconds, &format, TIMESTAMP_BUFFER).unwrap_or_else(|| b"(?)".to_vec())
}

/// Replaces bpftrace's format extensions: `%f` microseconds, `%k` nanoseconds, `%l`
/// milliseconds, in that order.
fn expand_subsecond(format: &str, nanos: u64) -> String {
    format
        .replace("%f", &format!("{:06}", nanos / 1_000))
        .replace("%k", &format!("{nanos:09}"))
        .replace("%l", &format!("{:03}", nanos / 1_000_000))
}

/// `time(format)`: the current local time. `None` when strftime produced nothing.
pub fn format_now(format: &str) -> Option<Vec<u8>> {
    // SAFETY: time(NULL) only returns the current time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    local_strftime(now, format, TIME_BUFFER)
}

/// `localtime_r` then `strftime` into a buffer of `buffer` bytes; `None` when the result is
/// empty or does not fit (strftime returns 0).
fn local_strftime(seconds: libc::time_t, format: &str, buffer: usize) -> Option<Vec<u8>> {
    let format = CString::new(format).ok()?;
    // SAFETY: an all-zero tm is a valid value for localtime_r to overwrite.
    let mut broken_down: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    if unsafe { libc::localtime_r(&seconds, &mut broken_down) }.is_null() {
        return None;
    }
    let mut text = vec![0u8; buffer];
    // SAFETY: strftime writes at most `buffer` bytes, including the NUL, into `text`.
    let length = unsafe {
        libc::strftime(
            text.as_mut_ptr().cast(),
            text.len(),
            format.as_ptr(),
            &broken_down,
        )
    };
    if length == 0 {
        return None;
    }
    text.truncate(length);
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsecond_extensions_follow_bpftrace() {
        assert_eq!(expand_subsecond("%s.%f", 123_456_789), "%s.123456");
        assert_eq!(
            expand_subsecond("%k|%l|%f", 5_000_123),
            "005000123|005|005000"
        );
        // Like bpftrace's regex replacement, `%%f` still contains a `%f`.
        assert_eq!(expand_subsecond("%%f", 0), "%000000");
    }

    #[test]
    fn wall_times_format_in_local_time() {
        // Seconds are independent of the time zone; `%s` is the epoch seconds.
        let wall = 1_700_000_000 * NANOS_PER_SECOND + 123_000;
        assert_eq!(format_wall_time(wall, "%s.%f"), b"1700000000.000123");
        assert_eq!(format_wall_time(123, "%s"), b"(?)");
        assert_eq!(format_wall_time(wall, ""), b"(?)");
        let long = "x".repeat(TIMESTAMP_BUFFER);
        assert_eq!(format_wall_time(wall, &long), b"(?)");
    }

    #[test]
    fn boot_times_are_near_now() {
        let boot = clock_ns(libc::CLOCK_BOOTTIME) as u64;
        let text = format_boot_time(boot, "%s");
        let seconds: i64 = String::from_utf8(text).unwrap().parse().unwrap();
        // SAFETY: time(NULL) only returns the current time.
        let now = unsafe { libc::time(std::ptr::null_mut()) };
        assert!((seconds - now).abs() <= 1);
        assert!(format_now("%H:%M:%S\n").is_some_and(|text| text.len() == 9));
        assert_eq!(format_now(&"y".repeat(64)), None);
    }
}
