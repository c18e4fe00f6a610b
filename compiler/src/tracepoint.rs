//! Tracepoints of the build host: which exist, and the layout of their records.
//!
//! In: a tracefs directory (normally /sys/kernel/tracing) and attach-point patterns such as
//! `syscalls:sys_enter_exec*`. Out: the matching `(category, event)` pairs, sorted, and for
//! each event its [`Format`]: the fields of the record the program's context points to
//! (name, offset, size, signedness and C type), parsed from `events/CAT/EVENT/format`.

use std::fs;
use std::path::{Path, PathBuf};

/// The tracefs mount points, in the order they are tried.
pub const TRACEFS_CANDIDATES: [&str; 2] = ["/sys/kernel/tracing", "/sys/kernel/debug/tracing"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    /// The C declaration without the name, e.g. `const char *`, `unsigned long[6]`.
    pub c_type: String,
    pub offset: u32,
    pub size: u32,
    pub signed: bool,
    /// `__data_loc`: the field holds `u16 offset | u16 length << 16` of data in the record.
    pub data_location: bool,
}

impl Field {
    /// Pointer fields (`const char *`): their value is an address.
    pub fn is_pointer(&self) -> bool {
        !self.data_location && self.c_type.contains('*') && self.size == 8
    }

    /// How many pointer levels the C type has (`const char *const *` has two).
    pub fn pointer_depth(&self) -> usize {
        self.c_type.matches('*').count()
    }

    /// `char name[16]`: a fixed string inside the record.
    pub fn is_char_array(&self) -> bool {
        !self.data_location && self.c_type.contains("char") && self.c_type.contains('[')
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Format {
    pub category: String,
    pub event: String,
    /// The event's own fields, without the `common_*` header.
    pub fields: Vec<Field>,
}

impl Format {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TracepointError {
    /// No tracefs is mounted.
    NoTracefs,
    /// The pattern matched nothing.
    NoMatch { pattern: String, tracefs: PathBuf },
    /// The format file exists but cannot be read or parsed.
    BadFormat { path: PathBuf, detail: String },
}

impl std::fmt::Display for TracepointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TracepointError::NoTracefs => write!(
                f,
                "tracefs is not mounted (looked in {}); mount it with `mount -t tracefs nodev /sys/kernel/tracing`",
                TRACEFS_CANDIDATES.join(" and ")
            ),
            TracepointError::NoMatch { pattern, tracefs } => {
                write!(
                    f,
                    "no tracepoint matches `{pattern}` on this machine (looked in {}/events)",
                    tracefs.display()
                )
            }
            TracepointError::BadFormat { path, detail } => {
                write!(
                    f,
                    "cannot read the tracepoint format {}: {detail}",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for TracepointError {}

/// The tracefs directory of this machine.
pub fn tracefs() -> Result<PathBuf, TracepointError> {
    TRACEFS_CANDIDATES
        .iter()
        .map(PathBuf::from)
        .find(|path| path.join("events").is_dir())
        .ok_or(TracepointError::NoTracefs)
}

/// Shell-style matching with `*` and `?` (shared with the runtime, which expands kprobe
/// wildcards on the target).
pub use btc_payload::wildcard_match;

fn sorted_entries(directory: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(directory)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                // The directory entry's own type: no stat() per entry.
                .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
                .filter_map(|entry| entry.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Every `(category, event)` matching the two patterns, sorted.
pub fn expand(
    tracefs: &Path,
    category: &str,
    event: &str,
) -> Result<Vec<(String, String)>, TracepointError> {
    let events = tracefs.join("events");
    let mut matches = Vec::new();
    // A name without wildcards is looked up directly: listing the ~100 categories and their
    // events for each probe of a script made the front end 20 times slower.
    let categories = if has_wildcard(category) {
        sorted_entries(&events)
    } else {
        vec![category.to_string()]
    };
    for found_category in categories {
        if !wildcard_match(category, &found_category) {
            continue;
        }
        if !has_wildcard(event) {
            let format = events.join(&found_category).join(event).join("format");
            if format.exists() {
                matches.push((found_category, event.to_string()));
            }
            continue;
        }
        for found_event in sorted_entries(&events.join(&found_category)) {
            if wildcard_match(event, &found_event)
                && events
                    .join(&found_category)
                    .join(&found_event)
                    .join("format")
                    .exists()
            {
                matches.push((found_category.clone(), found_event));
            }
        }
    }
    if matches.is_empty() {
        return Err(TracepointError::NoMatch {
            pattern: format!("{category}:{event}"),
            tracefs: tracefs.to_path_buf(),
        });
    }
    Ok(matches)
}

fn has_wildcard(pattern: &str) -> bool {
    pattern.contains(['*', '?'])
}

/// Reads and parses `events/CATEGORY/EVENT/format`.
pub fn read_format(tracefs: &Path, category: &str, event: &str) -> Result<Format, TracepointError> {
    let path = tracefs
        .join("events")
        .join(category)
        .join(event)
        .join("format");
    let text = fs::read_to_string(&path).map_err(|error| TracepointError::BadFormat {
        path: path.clone(),
        detail: error.to_string(),
    })?;
    parse_format(category, event, &text)
        .map_err(|detail| TracepointError::BadFormat { path, detail })
}

/// Parses the text of a format file.
pub fn parse_format(category: &str, event: &str, text: &str) -> Result<Format, String> {
    let mut fields = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("field:") else {
            continue;
        };
        let mut declaration = None;
        let mut offset = None;
        let mut size = None;
        let mut signed = false;
        for part in rest
            .split(';')
            .map(str::trim)
            .filter(|part| !part.is_empty())
        {
            if let Some(value) = part.strip_prefix("offset:") {
                offset = value.parse::<u32>().ok();
            } else if let Some(value) = part.strip_prefix("size:") {
                size = value.parse::<u32>().ok();
            } else if let Some(value) = part.strip_prefix("signed:") {
                signed = value == "1";
            } else if declaration.is_none() {
                declaration = Some(part.to_string());
            }
        }
        let (Some(declaration), Some(offset), Some(size)) = (declaration, offset, size) else {
            return Err(format!("cannot parse the field line `{line}`"));
        };
        let (name, c_type, data_location) = split_declaration(&declaration);
        if name.starts_with("common_") {
            continue;
        }
        fields.push(Field {
            name,
            c_type,
            offset,
            size,
            signed,
            data_location,
        });
    }
    Ok(Format {
        category: category.to_string(),
        event: event.to_string(),
        fields,
    })
}

/// `const char * filename` → (`filename`, `const char *`); `char comm[16]` →
/// (`comm`, `char[16]`); `__data_loc char[] name` → (`name`, `char[]`, data location).
fn split_declaration(declaration: &str) -> (String, String, bool) {
    let (declaration, data_location) = match declaration.strip_prefix("__data_loc ") {
        Some(rest) => (rest.trim(), true),
        None => (declaration, false),
    };
    let (declaration, array) = match declaration.find('[') {
        Some(bracket) if declaration.ends_with(']') => {
            (&declaration[..bracket], &declaration[bracket..])
        }
        _ => (declaration, ""),
    };
    let declaration = declaration.trim_end();
    let name_start = declaration
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |index| index + 1);
    let name = declaration[name_start..].to_string();
    let c_type = format!("{}{array}", declaration[..name_start].trim_end());
    (name, c_type, data_location)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXECVE: &str = "name: sys_enter_execve
ID: 862
format:
\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;
\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;

\tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;
\tfield:const char * filename;\toffset:16;\tsize:8;\tsigned:0;
\tfield:const char *const * argv;\toffset:24;\tsize:8;\tsigned:0;
\tfield:char comm[16];\toffset:32;\tsize:16;\tsigned:0;
\tfield:__data_loc char[] name;\toffset:48;\tsize:4;\tsigned:0;
";

    #[test]
    fn parses_fields() {
        let format = parse_format("syscalls", "sys_enter_execve", EXECVE).unwrap();
        let names: Vec<&str> = format
            .fields
            .iter()
            .map(|field| field.name.as_str())
            .collect();
        assert_eq!(names, ["__syscall_nr", "filename", "argv", "comm", "name"]);
        let argv = format.field("argv").unwrap();
        assert_eq!((argv.offset, argv.size, argv.pointer_depth()), (24, 8, 2));
        assert_eq!(argv.c_type, "const char *const *");
        assert!(format.field("comm").unwrap().is_char_array());
        assert!(format.field("name").unwrap().data_location);
        assert!(format.field("__syscall_nr").unwrap().signed);
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match("sys_enter_exec*", "sys_enter_execveat"));
        assert!(wildcard_match("*", ""));
        assert!(wildcard_match("a?c", "abc"));
        assert!(!wildcard_match("sys_enter_exec*", "sys_exit_execve"));
        assert!(wildcard_match("*open*", "sys_enter_openat2"));
        assert!(!wildcard_match("*x", "abc"));
    }

    #[test]
    fn expands_on_this_machine() {
        let Ok(tracefs) = tracefs() else {
            eprintln!("SKIP expands_on_this_machine: tracefs is not mounted");
            return;
        };
        let found = expand(&tracefs, "syscalls", "sys_enter_exec*").unwrap();
        assert!(found.contains(&("syscalls".to_string(), "sys_enter_execve".to_string())));
        assert!(expand(&tracefs, "syscalls", "no_such_event").is_err());
    }
}
