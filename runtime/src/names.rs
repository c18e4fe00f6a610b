//! Names the tool prints for numbers the probes record: user names for `username`, signal
//! and system call names for `signal_name()` and `syscall_name()`, cgroup paths for
//! `cgroup_path()`.
//!
//! In: a [`Resolved`] kind and the number a probe wrote. Out: the text bpftrace prints for
//! it. Everything is looked up on the machine the tool runs on, when the value is printed,
//! as bpftrace does; the stub is static and must not use NSS, so users come from reading
//! /etc/passwd directly (bpftrace reads the file too). Tables read from files are read
//! once and kept.

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::sync::OnceLock;

use btc_payload::Resolved;

use btc_payload::name_tables::{SIGNALS, SYSCALLS};

const PASSWD: &str = "/etc/passwd";
const MOUNTS: &str = "/proc/mounts";

/// The `cgroup_path()` filters of the script, set once at start.
static CGROUP_FILTERS: OnceLock<Vec<String>> = OnceLock::new();

/// Keeps the script's `cgroup_path()` hierarchy filters for [`resolved_text`].
pub fn set_cgroup_path_filters(filters: &[String]) {
    let _ = CGROUP_FILTERS.set(filters.to_vec());
}

/// The text of `number` as `kind` names it.
pub fn resolved_text(kind: Resolved, number: u64) -> String {
    match kind {
        Resolved::UserName => user_name(number),
        Resolved::SignalName => signal_name(number as i32).to_string(),
        Resolved::SyscallName => syscall_name(number as i32).to_string(),
        Resolved::CgroupPath { filter } => {
            let filter = CGROUP_FILTERS
                .get()
                .and_then(|filters| filters.get(filter as usize))
                .map_or("*", String::as_str);
            cgroup_path(number, filter)
        }
    }
}

/// bpftrace's `signal_name()`: the description of signals 0 to 64, `N/A` for others.
fn signal_name(signal: i32) -> &'static str {
    usize::try_from(signal)
        .ok()
        .and_then(|index| SIGNALS.get(index))
        .copied()
        .unwrap_or("N/A")
}

/// bpftrace's `syscall_name()`: the x86-64 name, `Unknown syscall` for numbers without one.
fn syscall_name(number: i32) -> &'static str {
    u16::try_from(number)
        .ok()
        .and_then(|number| {
            SYSCALLS
                .binary_search_by_key(&number, |(known, _)| *known)
                .ok()
        })
        .map_or("Unknown syscall", |index| SYSCALLS[index].1)
}

/// bpftrace's `cgroup_path(id, filter)`: `NAME:PATH` for each cgroup hierarchy mounted
/// (cgroup2 ones named `unified` and listed first, then cgroup v1 ones by the name of
/// their directory, sorted) whose name matches `filter` (`*` wildcards) and that holds a
/// directory with inode number `id`, joined by commas.
fn cgroup_path(id: u64, filter: &str) -> String {
    let mounts = std::fs::read_to_string(MOUNTS).unwrap_or_default();
    let mut version2 = Vec::new();
    let mut version1 = Vec::new();
    for line in mounts.lines() {
        let mut fields = line.split(' ');
        let (Some(device), Some(directory)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !Path::new(directory).is_dir() {
            continue;
        }
        match device {
            "cgroup2" => version2.push(("unified".to_string(), directory.to_string())),
            "cgroup" => {
                let name = Path::new(directory)
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                version1.push((name, directory.to_string()));
            }
            _ => {}
        }
    }
    let mut paths: Vec<(String, String)> = Vec::new();
    for (name, root) in version2 {
        if wildcard_match(filter, &name) {
            paths.push((name, path_in_hierarchy(id, &root)));
        }
    }
    let mut older: Vec<(String, String)> = version1
        .into_iter()
        .filter(|(name, _)| wildcard_match(filter, name))
        .map(|(name, root)| {
            let path = path_in_hierarchy(id, &root);
            (name, path)
        })
        .collect();
    older.sort();
    paths.extend(older);
    paths
        .into_iter()
        .filter(|(_, path)| !path.is_empty())
        .map(|(name, path)| format!("{name}:{path}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// The path, from the hierarchy's root, of the directory whose inode number is `id` (`/`
/// for the root itself); empty when there is none.
fn path_in_hierarchy(id: u64, root: &str) -> String {
    if std::fs::metadata(root).is_ok_and(|found| found.ino() == id) {
        return "/".to_string();
    }
    let mut pending = vec![std::path::PathBuf::from(root)];
    while let Some(directory) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&directory) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(found) = std::fs::metadata(&path) else {
                return String::new();
            };
            if found.ino() == id {
                return path
                    .to_string_lossy()
                    .strip_prefix(root)
                    .unwrap_or_default()
                    .to_string();
            }
            if found.is_dir() && !entry.file_type().is_ok_and(|kind| kind.is_symlink()) {
                pending.push(path);
            }
        }
    }
    String::new()
}

/// Whether `text` matches `pattern`, where each `*` stands for any run of characters.
/// As in bpftrace, each piece between stars is found at its first place after the
/// previous one, so a pattern without a trailing `*` must end exactly there.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let pieces: Vec<&str> = pattern
        .split('*')
        .filter(|piece| !piece.is_empty())
        .collect();
    if pieces.is_empty() {
        return pattern.contains('*') || text.is_empty();
    }
    let mut next = 0;
    if !pattern.starts_with('*') && !text.starts_with(pieces[0]) {
        return false;
    }
    for piece in &pieces {
        match text[next..].find(piece) {
            Some(at) => next += at + piece.len(),
            None => return false,
        }
    }
    pattern.ends_with('*') || next == text.len()
}

/// The name of user id `uid` in /etc/passwd: the first line whose third field is the uid.
/// Empty when no line has it, as in bpftrace.
fn user_name(uid: u64) -> String {
    static USERS: OnceLock<HashMap<u64, String>> = OnceLock::new();
    let users = USERS.get_or_init(|| match std::fs::read_to_string(PASSWD) {
        Ok(text) => parse_passwd(&text),
        Err(error) => {
            eprintln!("ERROR: {error}: {PASSWD}");
            HashMap::new()
        }
    });
    users.get(&uid).cloned().unwrap_or_default()
}

/// uid → name for each `name:password:uid:...` line; the first line of a uid wins.
fn parse_passwd(text: &str) -> HashMap<u64, String> {
    let mut users = HashMap::new();
    for line in text.lines() {
        let mut fields = line.split(':');
        let (Some(name), Some(_), Some(uid)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        if let Ok(uid) = uid.parse::<u64>() {
            users.entry(uid).or_insert_with(|| name.to_string());
        }
    }
    users
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_passwd_lines() {
        let users = parse_passwd(
            "root:x:0:0:root:/root:/bin/bash\n\
             # comment\n\
             daemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n\
             again:x:0:0::/:/bin/sh\n",
        );
        assert_eq!(users.get(&0).map(String::as_str), Some("root"));
        assert_eq!(users.get(&1).map(String::as_str), Some("daemon"));
        assert_eq!(users.get(&2), None);
    }

    #[test]
    fn names_signals_and_syscalls() {
        assert_eq!(signal_name(2), "Interrupt");
        assert_eq!(signal_name(0), "Unknown signal 0");
        assert_eq!(signal_name(64), "Real-time signal 30");
        assert_eq!(signal_name(65), "N/A");
        assert_eq!(signal_name(-1), "N/A");
        assert_eq!(syscall_name(0), "read");
        assert_eq!(syscall_name(257), "openat");
        assert_eq!(syscall_name(547), "pwritev2");
        assert_eq!(syscall_name(400), "Unknown syscall");
        assert_eq!(syscall_name(-5), "Unknown syscall");
    }

    #[test]
    fn matches_wildcards() {
        assert!(wildcard_match("*", "unified"));
        assert!(wildcard_match("uni*", "unified"));
        assert!(wildcard_match("*fied", "unified"));
        assert!(wildcard_match("c*u*", "cpuacct"));
        assert!(!wildcard_match("cpu", "cpuacct"));
        assert!(wildcard_match("cpu", "cpu"));
        assert!(!wildcard_match("a*a", "a"));
        assert!(!wildcard_match("a*b", "abab"));
    }
}
