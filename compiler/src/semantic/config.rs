//! The `config = { key = value; ... }` block.
//!
//! In: the block's entries. Out: changed checker [`Options`] (`max_strlen`,
//! `max_map_keys`) and a [`btc_payload::RuntimeConfig`] for the tool (`print_maps_on_exit`,
//! `str_trunc_trailer`, `missing_probes`), or diagnostics. Every key bpftrace v0.26 knows is
//! accepted by name, with the same spellings (`max_strlen`, `MAX_STRLEN`,
//! `BPFTRACE_MAX_STRLEN`) and the same value checks; the ones that only tune bpftrace's own
//! loader or symboliser are accepted and have no effect. Unknown, renamed and
//! environment-only keys are refused with bpftrace's messages.

use super::*;
use crate::syntax::ast::ConfigValue;

/// How a key's value is checked, and what it sets.
enum Setting {
    MaxStringLength,
    MaxMapKeys,
    PrintMapsOnExit,
    TruncationTrailer,
    MissingProbes,
    StackMode,
    License,
    UserSymbolCache,
    Unstable,
    /// A number btc does not use.
    IgnoredNumber,
    /// A boolean btc does not use.
    IgnoredBoolean,
}

fn setting(key: &str) -> Option<Setting> {
    Some(match key {
        "max_strlen" => Setting::MaxStringLength,
        "max_map_keys" => Setting::MaxMapKeys,
        "print_maps_on_exit" => Setting::PrintMapsOnExit,
        "str_trunc_trailer" => Setting::TruncationTrailer,
        "missing_probes" => Setting::MissingProbes,
        "stack_mode" => Setting::StackMode,
        "license" => Setting::License,
        "cache_user_symbols" => Setting::UserSymbolCache,
        "log_size" | "max_bpf_progs" | "max_cat_bytes" | "max_probes" | "on_stack_limit"
        | "perf_rb_pages" => Setting::IgnoredNumber,
        "cpp_demangle" | "lazy_symbolication" | "use_blazesym" | "show_debug_info" => {
            Setting::IgnoredBoolean
        }
        "unstable_import_statement"
        | "unstable_tseries"
        | "unstable_typeinfo"
        | "unstable_dw_ustack" => Setting::Unstable,
        _ => return None,
    })
}

/// bpftrace's licenses for the BPF object.
const LICENSES: &[&str] = &[
    "GPL",
    "GPL v2",
    "GPL and additional rights",
    "Dual BSD/GPL",
    "Dual MIT/GPL",
    "Dual MPL/GPL",
];

impl Checker {
    pub(super) fn config(&mut self, config: &ast::Config) {
        for entry in &config.entries {
            if let Err(message) = self.config_entry(entry) {
                self.error(entry.span, message);
            }
        }
    }

    fn config_entry(&mut self, entry: &ast::ConfigEntry) -> Result<(), String> {
        let original = entry.key.text.as_str();
        let lower = original.to_lowercase();
        let key = lower.strip_prefix("bpftrace_").unwrap_or(&lower);
        let Some(setting) = setting(key) else {
            let renamed = match key {
                "strlen" => Some("max_strlen"),
                "no_cpp_demangle" => Some("cpp_demangle"),
                "cat_bytes_max" => Some("max_cat_bytes"),
                "map_keys_max" => Some("max_map_keys"),
                _ => None,
            };
            if let Some(renamed) = renamed {
                return Err(format!("key has been renamed to '{renamed}'"));
            }
            if matches!(key, "btf" | "kernel_build" | "kernel_source" | "vmlinux") {
                return Err(format!(
                    "{original}: can only be set as an environment variable"
                ));
            }
            return Err(format!("{original}: not a known configuration option"));
        };
        let text = match &entry.value {
            ConfigValue::String(text) | ConfigValue::Identifier(text) => Some(text.clone()),
            ConfigValue::Boolean(value) => Some(value.to_string()),
            ConfigValue::Integer(_) => None,
        };
        let number = match &entry.value {
            ConfigValue::Integer(number) => Some(*number),
            _ => None,
        };
        let boolean = || match (&entry.value, text.as_deref()) {
            (ConfigValue::Integer(number), _) => Ok(*number != 0),
            (_, Some("true" | "1")) => Ok(true),
            (_, Some("false" | "0")) => Ok(false),
            _ => Err(format!(
                "{original}: Invalid bool value: valid values are true, false, 1 or 0."
            )),
        };
        let expect_number = || {
            number.ok_or_else(|| {
                format!(
                    "{original}: expecting a number, got {}",
                    text.clone().unwrap_or_default()
                )
            })
        };
        match setting {
            Setting::MaxStringLength => {
                let length = expect_number()?;
                // The string buffers live in per-CPU scratch and in map values: keep them
                // well inside what one BPF map value may hold.
                if !(1..=64 * 1024).contains(&length) {
                    return Err(format!(
                        "{original}: btc supports string lengths from 1 to 65536"
                    ));
                }
                self.options.max_string_length = length as u32;
            }
            Setting::MaxMapKeys => {
                let keys = expect_number()?;
                self.options.max_map_keys = u32::try_from(keys).unwrap_or(u32::MAX).max(1);
            }
            Setting::PrintMapsOnExit => {
                self.runtime_config.print_maps_on_exit = boolean()?;
            }
            Setting::TruncationTrailer => {
                self.runtime_config.truncation_trailer = match (&text, number) {
                    (Some(text), _) => text.clone(),
                    (None, Some(number)) => number.to_string(),
                    (None, None) => String::new(),
                };
            }
            Setting::MissingProbes => {
                self.runtime_config.missing_probes =
                    match text.as_deref().map(str::to_lowercase).as_deref() {
                        Some("ignore") => btc_payload::MissingProbes::Ignore,
                        Some("warn") => btc_payload::MissingProbes::Warn,
                        Some("error") => btc_payload::MissingProbes::Error,
                        _ => {
                            return Err(format!(
                                "{original}: Invalid value for missing_probes: valid values \
                                 are ignore, warn, and error."
                            ));
                        }
                    };
            }
            Setting::StackMode => match text.as_deref() {
                Some("bpftrace" | "perf" | "raw" | "build_id") => {}
                _ => {
                    return Err(format!(
                        "{original}: Invalid value for stack_mode: valid values are bpftrace, \
                         perf, raw and build_id."
                    ));
                }
            },
            Setting::License => {
                let value = text
                    .clone()
                    .unwrap_or_else(|| number.unwrap_or(0).to_string());
                if !LICENSES.contains(&value.as_str()) {
                    return Err(format!(
                        "Invalid value for license. Found: {value}. Valid values: {}",
                        LICENSES.join(", ")
                    ));
                }
            }
            Setting::UserSymbolCache => match (text.as_deref(), number) {
                (Some("PER_PID" | "PER_PROGRAM" | "NONE"), _) | (None, Some(_)) => {}
                _ => {
                    return Err(format!(
                        "{original}: Invalid value for cache_user_symbols: valid values are \
                         PER_PID, PER_PROGRAM, and NONE."
                    ));
                }
            },
            Setting::Unstable => {
                match (text.as_deref().map(str::to_lowercase).as_deref(), number) {
                    (Some("enable" | "warn" | "error" | "true" | "false" | "1" | "0"), _)
                    | (None, Some(_)) => {}
                    _ => {
                        return Err(format!(
                            "{original}: Invalid value for unstable config: valid values are \
                         enable, warn, and error."
                        ));
                    }
                }
            }
            Setting::IgnoredNumber => {
                expect_number()?;
            }
            Setting::IgnoredBoolean => {
                boolean()?;
            }
        }
        Ok(())
    }
}
