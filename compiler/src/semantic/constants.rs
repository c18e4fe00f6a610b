//! Named constants a script may use without kernel headers: the object-like `#define`s of
//! its own preamble, and the common UAPI macros that tools otherwise take from headers.
//!
//! In: the preamble's `#define` lines and identifiers from the script. Out: integer values.
//! BTF carries enums but no preprocessor macros, which is why bpftrace's tools `#define
//! AF_INET 2` by hand when they run without headers; btc knows these values itself, so
//! `#include <linux/socket.h>` followed by `AF_INET` works on a machine without headers.
//! The values are the Linux x86-64 UAPI ones.

/// `(name, value)` of the built-in macros.
const UAPI: &[(&str, i64)] = &[
    // Address families (linux/socket.h).
    ("AF_UNSPEC", 0),
    ("AF_UNIX", 1),
    ("AF_LOCAL", 1),
    ("AF_INET", 2),
    ("AF_INET6", 10),
    ("AF_NETLINK", 16),
    ("AF_PACKET", 17),
    ("PF_UNSPEC", 0),
    ("PF_UNIX", 1),
    ("PF_INET", 2),
    ("PF_INET6", 10),
    // open(2) flags (asm-generic/fcntl.h).
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    // Signals (asm/signal.h).
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    // errno values (asm-generic/errno-base.h, errno.h).
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOSPC", 28),
    ("EPIPE", 32),
    ("ENOSYS", 38),
    ("ECONNREFUSED", 111),
    ("ETIMEDOUT", 110),
    ("EINPROGRESS", 115),
];

/// The value of a built-in UAPI macro, or of `__NR_NAME`, the x86-64 number of system
/// call NAME (`<syscall.h>`; the x32 numbers from 512 up are not these macros).
pub fn uapi(name: &str) -> Option<i64> {
    if let Some(call) = name.strip_prefix("__NR_") {
        return btc_payload::name_tables::SYSCALLS
            .iter()
            .find(|(number, known)| *known == call && *number < 512)
            .map(|(number, _)| i64::from(*number));
    }
    UAPI.iter()
        .find(|(known, _)| *known == name)
        .map(|(_, value)| *value)
}

/// Parses `#define NAME VALUE` where VALUE is an integer (decimal, hex or octal, possibly
/// negative or in parentheses). `Err` carries a reason for any other definition.
pub fn parse_define(text: &str) -> Result<(String, i64), String> {
    let rest = text.trim_start().trim_start_matches('#').trim_start();
    let rest = rest.strip_prefix("define").ok_or("not a #define")?;
    let mut parts = rest.trim().splitn(2, char::is_whitespace);
    let name = parts.next().unwrap_or("").to_string();
    if name.is_empty() || name.contains('(') {
        return Err(
            "only object-like #define NAME VALUE is supported, not function-like macros".into(),
        );
    }
    let value = parts.next().unwrap_or("").trim();
    let value = value.trim_start_matches('(').trim_end_matches(')').trim();
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest.trim()),
        None => (false, value),
    };
    let digits = digits.trim_end_matches(['u', 'U', 'l', 'L']);
    let parsed = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        i64::from_str_radix(hex, 16)
    } else if digits.len() > 1 && digits.starts_with('0') {
        i64::from_str_radix(&digits[1..], 8)
    } else {
        digits.parse::<i64>()
    };
    match parsed {
        Ok(number) => Ok((name, if negative { -number } else { number })),
        Err(_) => Err(format!(
            "the value of `{name}` is not an integer: only integer #defines are supported"
        )),
    }
}

/// The name and body of an object-like `#define NAME BODY`, with a trailing `//` or
/// `/* */` comment removed. bpftrace parses a body as an expression where the name is
/// used, and ignores a define without one (an include guard). A function-like macro
/// (`#define MAX(a, b) ...`) is given an empty body too: bpftrace only expands bare names,
/// so its uses (calls) are unknown functions there as here.
pub fn define_body(text: &str) -> Option<(String, String)> {
    let rest = text.trim_start().trim_start_matches('#').trim_start();
    let rest = rest.strip_prefix("define")?.trim_start();
    let name_end = rest
        .find(|character: char| !(character.is_ascii_alphanumeric() || character == '_'))
        .unwrap_or(rest.len());
    let (name, body) = rest.split_at(name_end);
    if name.is_empty() {
        return None;
    }
    if body.starts_with('(') {
        return Some((name.to_string(), String::new()));
    }
    let body = without_trailing_comment(body).trim();
    Some((name.to_string(), body.to_string()))
}

/// `text` without a `//` or `/* ... */` comment outside string and character literals.
fn without_trailing_comment(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match quote {
            Some(_) if byte == b'\\' => index += 1,
            Some(open) if byte == open => quote = None,
            Some(_) => {}
            None if byte == b'"' || byte == b'\'' => quote = Some(byte),
            None if text[index..].starts_with("//") || text[index..].starts_with("/*") => {
                return &text[..index];
            }
            None => {}
        }
        index += 1;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_call_numbers() {
        assert_eq!(uapi("__NR_read"), Some(0));
        assert_eq!(uapi("__NR_openat"), Some(257));
        // rt_sigaction is 13; its x32 twin (512) is not `__NR_rt_sigaction`.
        assert_eq!(uapi("__NR_rt_sigaction"), Some(13));
        assert_eq!(uapi("__NR_no_such_call"), None);
    }

    #[test]
    fn defines() {
        assert_eq!(parse_define("#define AF_INET 2"), Ok(("AF_INET".into(), 2)));
        assert_eq!(parse_define("#define MASK 0xff"), Ok(("MASK".into(), 255)));
        assert_eq!(parse_define("#define MODE 0644"), Ok(("MODE".into(), 420)));
        assert_eq!(parse_define("#define NEG (-5)"), Ok(("NEG".into(), -5)));
        assert!(parse_define("#define MAX(a, b) ((a) > (b))").is_err());
        assert!(parse_define("#define NAME \"text\"").is_err());
        assert_eq!(uapi("AF_INET6"), Some(10));
        assert_eq!(
            define_body("#define RED \"\\033[31m\" // red"),
            Some(("RED".into(), "\"\\033[31m\"".into()))
        );
        assert_eq!(
            define_body("#define LIMIT (BASE * 2) /* twice */"),
            Some(("LIMIT".into(), "(BASE * 2)".into()))
        );
        assert_eq!(
            define_body("#define MAX(a, b) ((a) > (b))"),
            Some(("MAX".into(), "".into()))
        );
        assert_eq!(
            define_body("#define EMPTY"),
            Some(("EMPTY".into(), "".into()))
        );
    }
}
