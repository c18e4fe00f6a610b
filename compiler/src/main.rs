//! The `btc` command line: `btc build`, `btc run` and `btc check`.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use btc::compile::{self, CompileError};
use btc::diagnostic;
use btc::semantic::Options;

#[derive(Parser)]
#[command(
    name = "btc",
    version,
    about = "Compile bpftrace scripts into standalone executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Read kernel types from this BTF file instead of /sys/kernel/btf/vmlinux (for a
    /// build host without BTF, or to check a script against another kernel).
    #[arg(long, global = true, value_name = "FILE")]
    btf: Option<PathBuf>,
    /// Allow the functions that change the traced system (`system`, `signal`, `override`),
    /// as bpftrace's `--unsafe` does. The tool is built with them; it takes no flag to run.
    #[arg(long, global = true)]
    r#unsafe: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a script into a standalone tool.
    Build {
        script: PathBuf,
        /// Where to write the tool (default: the script's name without `.bt`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write an intermediate form instead of the tool.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// The runtime stub to copy (default: $BTC_RUNTIME, else btc-runtime beside btc).
        #[arg(long)]
        runtime: Option<PathBuf>,
    },
    /// Compile a script to a temporary tool and run it.
    Run {
        script: PathBuf,
        /// Arguments for the tool (options such as -q or -f json, and positional parameters).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        arguments: Vec<String>,
        #[arg(long)]
        runtime: Option<PathBuf>,
    },
    /// Check a script without compiling it: syntax, names and types.
    Check {
        script: PathBuf,
        /// Print the time the front end (parse and check) took, for bench/bench.py.
        #[arg(long, hide = true)]
        time: bool,
    },
    /// List the probes of this machine, like `bpftrace -l` (e.g. `btc list 'tracepoint:sched:*'`).
    List {
        /// A probe pattern with `*` and `?`; `uprobe:/path/binary:*` lists a binary's functions.
        pattern: Option<String>,
        /// Also print the fields of each tracepoint.
        #[arg(short)]
        verbose: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    /// The BPF assembly of every program.
    Asm,
    /// The BPF ELF object.
    Obj,
}

/// A failure already explained to the user on stderr.
struct Reported;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let options = Options {
        btf: cli.btf.clone(),
        allow_unsafe: cli.r#unsafe,
        ..Options::default()
    };
    let result = match cli.command {
        Command::Build {
            script,
            output,
            emit,
            runtime,
        } => build(&script, output, emit, runtime, &options),
        Command::Run {
            script,
            arguments,
            runtime,
        } => run(&script, &arguments, runtime, &options),
        Command::Check { script, time } => check(&script, time, &options),
        Command::List { pattern, verbose } => {
            if btc::list::run(pattern.as_deref(), verbose) {
                Ok(())
            } else {
                Err(Reported)
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Reported) => ExitCode::FAILURE,
    }
}

fn read_script(script: &Path) -> Result<String, Reported> {
    std::fs::read_to_string(script).map_err(|error| {
        eprintln!("btc: error: cannot read {}: {error}", script.display());
        Reported
    })
}

fn script_name(script: &Path) -> String {
    script.file_name().map_or_else(
        || script.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

fn compile_script(
    script: &Path,
    options: &Options,
) -> Result<(String, compile::Compilation), Reported> {
    let source = read_script(script)?;
    let display_name = script.display().to_string();
    match compile::compile(&source, &script_name(script), options) {
        Ok(compilation) => {
            eprint!(
                "{}",
                diagnostic::render(&compilation.warnings, &display_name, &source)
            );
            Ok((source, compilation))
        }
        Err(CompileError::Script(diagnostics)) => {
            eprint!(
                "{}",
                diagnostic::render(&diagnostics, &display_name, &source)
            );
            Err(Reported)
        }
        Err(error) => {
            eprintln!("{display_name}: error: {error}");
            Err(Reported)
        }
    }
}

fn find_runtime(explicit: Option<PathBuf>) -> Result<PathBuf, Reported> {
    let candidate = explicit
        .or_else(|| std::env::var_os("BTC_RUNTIME").map(PathBuf::from))
        .or_else(|| {
            std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|directory| directory.join("btc-runtime")))
        });
    match candidate {
        Some(path) if path.is_file() => Ok(path),
        Some(path) => {
            eprintln!(
                "btc: error: the runtime stub {} does not exist; build it with `cargo build --release -p btc-runtime` \
                 or point --runtime or BTC_RUNTIME at it",
                path.display()
            );
            Err(Reported)
        }
        None => {
            eprintln!(
                "btc: error: cannot locate the runtime stub; pass --runtime or set BTC_RUNTIME"
            );
            Err(Reported)
        }
    }
}

fn write_file(path: &Path, bytes: &[u8], executable: bool) -> Result<(), Reported> {
    use std::os::unix::fs::PermissionsExt;
    let written = std::fs::write(path, bytes).and_then(|()| {
        if executable {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        } else {
            Ok(())
        }
    });
    written.map_err(|error| {
        eprintln!("btc: error: cannot write {}: {error}", path.display());
        Reported
    })
}

fn package_tool(
    compilation: &compile::Compilation,
    runtime: Option<PathBuf>,
) -> Result<Vec<u8>, Reported> {
    let runtime = find_runtime(runtime)?;
    let stub = std::fs::read(&runtime).map_err(|error| {
        eprintln!(
            "btc: error: cannot read the runtime stub {}: {error}",
            runtime.display()
        );
        Reported
    })?;
    btc::package::package(&stub, &compilation.payload().encode()).map_err(|error| {
        eprintln!(
            "btc: error: cannot package the tool with {}: {error}",
            runtime.display()
        );
        Reported
    })
}

fn build(
    script: &Path,
    output: Option<PathBuf>,
    emit: Option<Emit>,
    runtime: Option<PathBuf>,
    options: &Options,
) -> Result<(), Reported> {
    let (source, compilation) = compile_script(script, options)?;
    match emit {
        Some(Emit::Asm) => {
            let listing = compilation.listing(&source);
            match output {
                Some(path) => write_file(&path, listing.as_bytes(), false),
                None => {
                    print!("{listing}");
                    Ok(())
                }
            }
        }
        Some(Emit::Obj) => {
            let path = output.unwrap_or_else(|| script.with_extension("o"));
            write_file(&path, &compilation.object, false)
        }
        None => {
            let tool = package_tool(&compilation, runtime)?;
            let path = output.unwrap_or_else(|| script.with_extension(""));
            if path == script {
                eprintln!("btc: error: the output would overwrite the script; pass -o");
                return Err(Reported);
            }
            write_file(&path, &tool, true)
        }
    }
}

fn run(
    script: &Path,
    arguments: &[String],
    runtime: Option<PathBuf>,
    options: &Options,
) -> Result<(), Reported> {
    let (_, compilation) = compile_script(script, options)?;
    let tool = package_tool(&compilation, runtime)?;
    let stem = script
        .file_stem()
        .map_or_else(|| "tool".into(), |stem| stem.to_string_lossy().into_owned());
    let directory = std::env::temp_dir().join(format!("btc-run-{}", std::process::id()));
    std::fs::create_dir_all(&directory).map_err(|error| {
        eprintln!("btc: error: cannot create {}: {error}", directory.display());
        Reported
    })?;
    let path = directory.join(stem);
    write_file(&path, &tool, true)?;
    // The tool deletes nothing itself: remove the file now, the kernel keeps it alive
    // for exec through the open file of the running process... exec needs a path, so the
    // file stays until the next run cleans the directory.
    let error = std::process::Command::new(&path).args(arguments).exec();
    eprintln!("btc: error: cannot run {}: {error}", path.display());
    Err(Reported)
}

fn check(script: &Path, time: bool, options: &Options) -> Result<(), Reported> {
    let source = read_script(script)?;
    let display_name = script.display().to_string();
    let started = std::time::Instant::now();
    let checked = compile::check(&source, options);
    if time {
        // The parse and the check only: not the process start, nor reading the script.
        let elapsed = started.elapsed();
        eprintln!("btc: front end: {:.3} ms", elapsed.as_secs_f64() * 1000.0);
    }
    match checked {
        Ok((_, warnings)) => {
            eprint!("{}", diagnostic::render(&warnings, &display_name, &source));
            Ok(())
        }
        Err(diagnostics) => {
            eprint!(
                "{}",
                diagnostic::render(&diagnostics, &display_name, &source)
            );
            Err(Reported)
        }
    }
}
