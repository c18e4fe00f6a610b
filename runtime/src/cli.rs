//! The command line of a generated tool.
//!
//! In: the arguments after the program name. Out: a [`Command`]: run with [`Options`], or
//! print the help or the version. A bad command line gives a one-line [`CliError`].
//!
//! Accepted: `-f FORMAT`/`-fFORMAT`/`--format FORMAT`/`--format=FORMAT` (`text` or `json`),
//! `-o FILE` (same spellings, `--output`), `-p PID` (`--pid`), `-c CMD` (`--cmd`),
//! `-q`/`--quiet`, `--verify-only`, `--info`, `-h`/`--help`, `-V`/`--version`, short flags
//! grouped (`-qf json`), `--` to end the options, and positional arguments (kept for the
//! script's `$1`, `$2`, ...). A lone `-` and anything that looks like a negative number
//! (`-5`) are positional arguments too.
//!
//! As in bpftrace, `-p` takes a process id from 1 to 4194304 (the largest `pid_max`), and
//! `-p` and `-c` cannot be used together.

use crate::output::OutputFormat;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub format: OutputFormat,
    pub output: Option<String>,
    pub quiet: bool,
    pub verify_only: bool,
    /// `-p PID`: trace only this process, and stop when it exits.
    pub pid: Option<u32>,
    /// `-c CMD`: run this command line, trace only it, and stop when it exits.
    pub command: Option<String>,
    pub positional: Vec<String>,
    /// The script's named options (`getopt()`) given as `--name` or `--name=value`.
    pub named: Vec<(String, Option<String>)>,
}

/// The largest process id Linux hands out (`PID_MAX_LIMIT` on 64-bit systems).
const PID_MAX_LIMIT: u32 = 4_194_304;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run(Options),
    Help,
    Version,
    /// `--info`: print the kernel facilities this machine has.
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError(pub String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses the tool's command line; `script_options` are the names of the script's named
/// options (`getopt()`), accepted as `--name` and `--name=value`.
pub fn parse(arguments: &[String], script_options: &[&str]) -> Result<Command, CliError> {
    let mut options = Options {
        format: OutputFormat::Text,
        output: None,
        quiet: false,
        verify_only: false,
        pid: None,
        command: None,
        positional: Vec::new(),
        named: Vec::new(),
    };
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        if argument == "--" {
            options.positional.extend(rest.by_ref().cloned());
            break;
        }
        if let Some(long) = argument.strip_prefix("--") {
            let (name, inline_value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (long, None),
            };
            if script_options.contains(&name) {
                options.named.push((name.to_string(), inline_value));
                continue;
            }
            let takes_value = matches!(name, "format" | "output" | "pid" | "cmd");
            if inline_value.is_some() && !takes_value {
                return Err(CliError(format!("option `--{name}` takes no value")));
            }
            match name {
                "help" => return Ok(Command::Help),
                "version" => return Ok(Command::Version),
                "quiet" => options.quiet = true,
                "verify-only" => options.verify_only = true,
                "info" => return Ok(Command::Info),
                "format" | "output" | "pid" | "cmd" => {
                    let value = match inline_value {
                        Some(value) => value,
                        None => next_value(&mut rest, &format!("--{name}"))?,
                    };
                    apply_value(&mut options, name, value)?;
                }
                _ => return Err(CliError(format!("unknown option `{argument}`"))),
            }
            continue;
        }
        let is_option = argument.len() > 1
            && argument.starts_with('-')
            && !argument[1..].starts_with(|c: char| c.is_ascii_digit());
        if !is_option {
            options.positional.push(argument.clone());
            continue;
        }
        let flags = &argument[1..];
        for (index, flag) in flags.char_indices() {
            match flag {
                'h' => return Ok(Command::Help),
                'V' => return Ok(Command::Version),
                'q' => options.quiet = true,
                'f' | 'o' | 'p' | 'c' => {
                    let attached = &flags[index + 1..];
                    let value = if attached.is_empty() {
                        next_value(&mut rest, &format!("-{flag}"))?
                    } else {
                        attached.to_string()
                    };
                    let name = match flag {
                        'f' => "format",
                        'o' => "output",
                        'p' => "pid",
                        _ => "cmd",
                    };
                    apply_value(&mut options, name, value)?;
                    break;
                }
                _ => return Err(CliError(format!("unknown option `-{flag}`"))),
            }
        }
    }
    if options.pid.is_some() && options.command.is_some() {
        return Err(CliError(
            "`-p` and `-c` cannot be used together".to_string(),
        ));
    }
    Ok(Command::Run(options))
}

fn next_value<'a>(
    rest: &mut impl Iterator<Item = &'a String>,
    option: &str,
) -> Result<String, CliError> {
    rest.next()
        .cloned()
        .ok_or_else(|| CliError(format!("option `{option}` needs a value")))
}

fn apply_value(options: &mut Options, name: &str, value: String) -> Result<(), CliError> {
    match name {
        "format" => {
            options.format = match value.as_str() {
                "text" => OutputFormat::Text,
                "json" => OutputFormat::Json,
                _ => {
                    return Err(CliError(format!(
                        "unknown output format `{value}`; expected `text` or `json`"
                    )));
                }
            };
        }
        "pid" => options.pid = Some(parse_pid(&value)?),
        "cmd" => {
            if value.trim().is_empty() {
                return Err(CliError("option `-c` needs a command".to_string()));
            }
            options.command = Some(value);
        }
        _ => options.output = Some(value),
    }
    Ok(())
}

fn parse_pid(value: &str) -> Result<u32, CliError> {
    match value.parse::<u32>() {
        Ok(pid) if (1..=PID_MAX_LIMIT).contains(&pid) => Ok(pid),
        Ok(_) => Err(CliError(format!(
            "process id {value} is out of range (1 to {PID_MAX_LIMIT})"
        ))),
        Err(_) => Err(CliError(format!(
            "option `-p` needs a process id, not `{value}`"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &str) -> Result<Command, CliError> {
        let arguments: Vec<String> = words.split_whitespace().map(String::from).collect();
        parse(&arguments, &[])
    }

    fn run(words: &str) -> Options {
        match parse_words(words) {
            Ok(Command::Run(options)) => options,
            other => panic!("{words}: {other:?}"),
        }
    }

    #[test]
    fn options_in_every_spelling() {
        assert_eq!(run("").format, OutputFormat::Text);
        assert_eq!(run("-f json").format, OutputFormat::Json);
        assert_eq!(run("-fjson").format, OutputFormat::Json);
        assert_eq!(run("--format json").format, OutputFormat::Json);
        assert_eq!(run("--format=json").format, OutputFormat::Json);
        assert_eq!(run("-o out.txt").output.as_deref(), Some("out.txt"));
        assert_eq!(run("--output=out.txt").output.as_deref(), Some("out.txt"));
        let grouped = run("-qf json");
        assert!(grouped.quiet);
        assert_eq!(grouped.format, OutputFormat::Json);
        assert!(run("--quiet").quiet);
        assert!(run("--verify-only").verify_only);
        assert_eq!(run("-p 42").pid, Some(42));
        assert_eq!(run("-p42").pid, Some(42));
        assert_eq!(run("--pid=42").pid, Some(42));
        assert_eq!(run("-qp 42").pid, Some(42));
        assert_eq!(run("-c ls").command.as_deref(), Some("ls"));
        assert_eq!(run("--cmd ls").command.as_deref(), Some("ls"));
        let with_arguments = parse(&["-c".to_string(), "ls -l /".to_string()], &[]);
        match with_arguments {
            Ok(Command::Run(options)) => assert_eq!(options.command.as_deref(), Some("ls -l /")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn positional_arguments_are_kept() {
        assert_eq!(run("1 -q two -5 -").positional, ["1", "two", "-5", "-"]);
        assert_eq!(run("a -- -q --help").positional, ["a", "-q", "--help"]);
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_words("-h"), Ok(Command::Help));
        assert_eq!(parse_words("-q --help"), Ok(Command::Help));
        assert_eq!(parse_words("-V"), Ok(Command::Version));
        assert_eq!(parse_words("--version"), Ok(Command::Version));
        assert_eq!(parse_words("--info"), Ok(Command::Info));
    }

    #[test]
    fn errors_are_one_line() {
        for words in [
            "-x",
            "--nope",
            "-f",
            "-f xml",
            "--quiet=1",
            "-qz",
            "-p",
            "-p abc",
            "-p 0",
            "-p 99999999",
            "-p 1 -c ls",
            "--info=1",
        ] {
            let error = parse_words(words).unwrap_err();
            assert!(!error.0.contains('\n'), "{words}: {error}");
        }
        assert_eq!(parse_words("-x").unwrap_err().0, "unknown option `-x`");
    }
}
