//! Values a tool looks up on the machine it runs on: kernel symbol addresses (`kaddr()`),
//! cgroup ids (`cgroupid()`) and the `-c` child's process id (`cpid`).
//!
//! In: the payload's [`RuntimeValue`]s. Out: `(offset in .rodata, u64)` pairs the tracer
//! writes before loading. Addresses come from this kernel's /proc/kallsyms, never from the
//! build host, so a tool keeps working on another kernel or after a reboot with KASLR; a
//! cgroup id is the inode number of the cgroup v2 directory, which is how the kernel
//! numbers cgroups (kernfs node ids).

use std::os::unix::fs::MetadataExt;

use btc_payload::{OptionValue, RuntimeValue, RuntimeValueSource};

const KALLSYMS: &str = "/proc/kallsyms";

/// Each value's `.rodata` offset and its value on this machine; `child_pid` is the `-c`
/// child's process id (0 without `-c`), `named` the `--name[=value]` options given.
pub fn resolve(
    values: &[RuntimeValue],
    child_pid: u64,
    named: &[(String, Option<String>)],
) -> Result<Vec<(usize, u64)>, String> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let needs_symbols = values
        .iter()
        .any(|value| matches!(value.source, RuntimeValueSource::KernelSymbol(_)));
    let kallsyms = if needs_symbols {
        std::fs::read_to_string(KALLSYMS)
            .map_err(|error| format!("kaddr(): cannot read {KALLSYMS}: {error}"))?
    } else {
        String::new()
    };
    values
        .iter()
        .map(|value| {
            let resolved = match &value.source {
                RuntimeValueSource::KernelSymbol(name) => symbol_address(&kallsyms, name)?,
                RuntimeValueSource::CgroupId(path) => std::fs::metadata(path)
                    .map_err(|error| format!("cgroupid(\"{path}\"): {error}"))?
                    .ino(),
                RuntimeValueSource::ChildPid => child_pid,
                RuntimeValueSource::NamedOption {
                    name,
                    default,
                    chunk,
                    ..
                } => option_value(name, default, *chunk, named)?,
                RuntimeValueSource::KfuncExists(name) => {
                    u64::from(crate::features::kfunc_exists(name))
                }
                RuntimeValueSource::KfuncAllowed { name, program_type } => {
                    u64::from(crate::features::kfunc_allowed(name, *program_type))
                }
                RuntimeValueSource::TaiOffset => {
                    crate::timefmt::offset_from_boot_clock(libc::CLOCK_TAI) as u64
                }
            };
            Ok((value.offset as usize, resolved))
        })
        .collect()
}

/// Slot `chunk` of the named option `name`: its value from the command line (the last
/// `--name` given wins), else its default. Booleans are 0 or 1, integers their 64 bits,
/// texts 8 bytes of the NUL-padded string per chunk.
fn option_value(
    name: &str,
    default: &OptionValue,
    chunk: u8,
    named: &[(String, Option<String>)],
) -> Result<u64, String> {
    let given = named
        .iter()
        .rev()
        .find(|(known, _)| known == name)
        .map(|(_, value)| value.as_deref());
    match (default, given) {
        (OptionValue::Boolean(default), None) => Ok(u64::from(*default)),
        (OptionValue::Boolean(_), Some(None | Some("true" | "1"))) => Ok(1),
        (OptionValue::Boolean(_), Some(Some("false" | "0"))) => Ok(0),
        (OptionValue::Boolean(_), Some(Some(other))) => Err(format!(
            "option `--{name}` is a boolean: true, false, 1 or 0, not `{other}`"
        )),
        (OptionValue::Integer(default), None) => Ok(*default as u64),
        (OptionValue::Integer(_), Some(Some(text))) => text
            .parse::<i64>()
            .map(|number| number as u64)
            .map_err(|_| format!("option `--{name}` needs an integer, not `{text}`")),
        (OptionValue::Text(default), None) => Ok(text_chunk(default, chunk)),
        (OptionValue::Text(_), Some(Some(text))) => {
            if text.len() >= 8 * btc_payload::OPTION_TEXT_SLOTS {
                return Err(format!(
                    "option `--{name}` is longer than {} bytes",
                    8 * btc_payload::OPTION_TEXT_SLOTS - 1
                ));
            }
            Ok(text_chunk(text, chunk))
        }
        (OptionValue::Integer(_) | OptionValue::Text(_), Some(None)) => {
            Err(format!("option `--{name}` needs a value: --{name}=VALUE"))
        }
    }
}

/// Bytes `8 * chunk` to `8 * chunk + 8` of `text` followed by NULs, as a little-endian u64.
fn text_chunk(text: &str, chunk: u8) -> u64 {
    let mut bytes = [0u8; 8];
    let start = 8 * usize::from(chunk);
    for (index, byte) in text.bytes().skip(start).take(8).enumerate() {
        bytes[index] = byte;
    }
    u64::from_le_bytes(bytes)
}

/// The address of `name` in a /proc/kallsyms text (`ADDRESS TYPE NAME [MODULE]` lines).
fn symbol_address(kallsyms: &str, name: &str) -> Result<u64, String> {
    let address = kallsyms
        .lines()
        .find_map(|line| {
            let mut fields = line.split_whitespace();
            let address = fields.next()?;
            let _kind = fields.next()?;
            (fields.next()? == name).then(|| u64::from_str_radix(address, 16).ok())?
        })
        .ok_or_else(|| format!("kaddr(\"{name}\"): this kernel has no symbol `{name}`"))?;
    if address == 0 {
        // kptr_restrict hides addresses from processes without CAP_SYSLOG.
        return Err(format!(
            "kaddr(\"{name}\"): {KALLSYMS} shows no addresses to this process (kptr_restrict)"
        ));
    }
    Ok(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_symbols() {
        let kallsyms = "ffffffff81000000 T _stext\n\
                        ffffffff82a1b2c0 D jiffies_64\n\
                        ffffffffc0001000 t helper\t[some_module]\n";
        assert_eq!(
            symbol_address(kallsyms, "jiffies_64"),
            Ok(0xffffffff82a1b2c0)
        );
        assert_eq!(symbol_address(kallsyms, "helper"), Ok(0xffffffffc0001000));
        assert!(symbol_address(kallsyms, "missing").is_err());
        let hidden = "0000000000000000 D jiffies_64\n";
        assert!(
            symbol_address(hidden, "jiffies_64")
                .unwrap_err()
                .contains("kptr_restrict")
        );
    }
}
