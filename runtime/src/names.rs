//! Names the tool prints for numbers the probes record: user names for `username`.
//!
//! In: a [`Resolved`] kind and the number a probe wrote. Out: the text bpftrace prints for
//! it. Everything is looked up on the machine the tool runs on, when the value is printed,
//! as bpftrace does; the stub is static and must not use NSS, so users come from reading
//! /etc/passwd directly (bpftrace reads the file too). Tables read from files are read
//! once and kept.

use std::collections::HashMap;
use std::sync::OnceLock;

use btc_payload::Resolved;

const PASSWD: &str = "/etc/passwd";

/// The text of `number` as `kind` names it.
pub fn resolved_text(kind: Resolved, number: u64) -> String {
    match kind {
        Resolved::UserName => user_name(number),
    }
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
}
