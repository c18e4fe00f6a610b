//! btc-runtime: the static stub that every tool built by btc is a copy of.
//!
//! In: the tool's own file (which carries the payload section that `btc build` added) and
//! its command line. Out: the script's output, and an exit code: 0, the code the script
//! passed to `exit()`, or 1 after an error message on stderr.
//!
//! The modules, in the order a run uses them: [`embedded`] finds and checks the payload,
//! [`cli`] parses the command line ([`features`] answers `--info`), [`privileges`] checks
//! capabilities, [`target`] finds or starts the `-p`/`-c` process, [`tracer`] loads,
//! attaches and runs the event loop (with [`bpf`] over libbpf, [`events`] for the ring
//! buffer, [`printf`] and [`value`] to render records, [`timefmt`] for wall-clock times,
//! [`maps`] and [`histogram`] to read and shape the maps, [`output`] for the text and JSON
//! formats, and [`signals`] for Ctrl-C).

mod bpf;
mod cli;
mod embedded;
mod errno;
mod events;
mod features;
mod histogram;
mod maps;
mod names;
mod output;
mod positional;
mod printf;
mod privileges;
mod relocation;
mod resolve;
mod signals;
mod symbols;
mod target;
mod timefmt;
mod tracer;
mod value;

use btc_payload::Payload;

fn main() {
    std::process::exit(run());
}

fn run() -> i32 {
    let tool = tool_name();
    let arguments: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|argument| argument.to_string_lossy().into_owned())
        .collect();
    let payload = match embedded::load_own_payload() {
        Ok(payload) => payload,
        Err(error) => {
            eprintln!("ERROR: {error}");
            return 1;
        }
    };
    let script_options: Vec<&str> = payload
        .metadata
        .runtime_values
        .iter()
        .filter_map(|value| match &value.source {
            btc_payload::RuntimeValueSource::NamedOption { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let options = match cli::parse(&arguments, &script_options) {
        Ok(cli::Command::Run(options)) => options,
        Ok(cli::Command::Help) => {
            print!("{}", help_text(&tool, &payload));
            return 0;
        }
        Ok(cli::Command::Version) => {
            let metadata = &payload.metadata;
            println!(
                "{tool}: built by btc {} from {} (sha256 {})",
                metadata.btc_version, metadata.script_name, metadata.script_sha256
            );
            return 0;
        }
        Ok(cli::Command::Info) => {
            print!("{}", features::report(&payload.metadata.btc_version));
            return 0;
        }
        Err(error) => {
            eprintln!("ERROR: {error}; see `{tool} --help`");
            return 1;
        }
    };
    if !privileges::may_load_bpf() {
        eprintln!(
            "ERROR: {tool} needs root privileges (or CAP_BPF and CAP_PERFMON) to load BPF programs; run it with sudo"
        );
        return 1;
    }
    bpf::capture_libbpf_messages();
    tracer::run(&tool, &payload, &options)
}

/// The name the tool was started as, for messages.
fn tool_name() -> String {
    std::env::args_os()
        .next()
        .map(|path| {
            std::path::Path::new(&path)
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "tool".to_string())
}

/// The script's named options (`getopt()`), one line each, for `--help`.
fn named_options_help(metadata: &btc_payload::Metadata) -> String {
    // One line per option: the first use with a description describes it.
    let mut lines: Vec<(&str, bool, String)> = Vec::new();
    for value in &metadata.runtime_values {
        let btc_payload::RuntimeValueSource::NamedOption {
            name,
            default,
            description,
            chunk: 0,
        } = &value.source
        else {
            continue;
        };
        let (spelling, default) = match default {
            btc_payload::OptionValue::Boolean(default) => {
                (format!("--{name}[=BOOL]"), default.to_string())
            }
            btc_payload::OptionValue::Integer(default) => {
                (format!("--{name}=INT"), default.to_string())
            }
            btc_payload::OptionValue::Text(default) => {
                (format!("--{name}=TEXT"), format!("\"{default}\""))
            }
        };
        let mut line = format!("  {spelling:<20} ");
        if !description.is_empty() {
            line.push_str(description);
            line.push(' ');
        }
        line.push_str(&format!("(default: {default})\n"));
        let described = !description.is_empty();
        match lines
            .iter_mut()
            .find(|(known, _, _)| *known == name.as_str())
        {
            Some(entry) if described && !entry.1 => *entry = (name, described, line),
            Some(_) => {}
            None => lines.push((name, described, line)),
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let lines: Vec<String> = lines.into_iter().map(|(_, _, line)| line).collect();
    format!("\nScript options:\n{}", lines.concat())
}

fn help_text(tool: &str, payload: &Payload) -> String {
    let metadata = &payload.metadata;
    let mut text = format!(
        "{tool}: built by btc {} from {}\n",
        metadata.btc_version, metadata.script_name
    );
    let description = metadata.description.trim_end();
    if !description.is_empty() {
        text.push('\n');
        text.push_str(description);
        text.push('\n');
    }
    text.push_str(&format!(
        "\nUsage: {tool} [OPTIONS] [ARGUMENTS...]\n\
         \n\
         Options:\n\
         \x20 -f, --format FORMAT  output format: text (the default) or json\n\
         \x20 -o, --output FILE    write the output to FILE instead of stdout\n\
         \x20 -p, --pid PID        trace only process PID, and stop when it exits\n\
         \x20 -c, --cmd CMD        run CMD, trace only it, and stop when it exits\n\
         \x20 -q, --quiet          do not print the \"Attached N probes\" line\n\
         \x20     --verify-only    load the programs into the kernel's verifier, then exit\n\
         \x20     --info           print the kernel's BPF facilities, then exit\n\
         \x20 -h, --help           print this help\n\
         \x20 -V, --version        print the btc version and the script's sha256\n\
         \n\
         ARGUMENTS are the script's positional parameters ($1, $2, ...).\n\
         Loading BPF programs needs root (or CAP_BPF and CAP_PERFMON).\n"
    ));
    text.push_str(&named_options_help(metadata));
    text
}
