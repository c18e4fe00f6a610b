//! The process a run is limited to: `-p PID` (a running process) or `-c CMD` (a child the
//! tool starts).
//!
//! In: the `-p` process id or the `-c` command line. Out: a [`Target`] whose [`Target::pid`]
//! the tracer writes into `.rodata` before loading, that [`Target::release`]s the child once
//! every probe is attached, and that tells the event loop when the process has exited
//! ([`Target::has_exited`]), so the run ends as bpftrace's does (END runs, maps print).
//!
//! As in bpftrace (`src/util/proc.cpp`):
//! - `-p`: the process is watched through a pidfd (`pidfd_open`), which becomes readable
//!   when the process exits, even while it is a zombie; `kill(pid, 0)` is the fallback on
//!   kernels without pidfds. A process that does not exist is a one-line error.
//! - `-c`: the command is split into words, its program found in `PATH` before forking, and
//!   the child forked at once (its pid must be known before loading) but held before
//!   `execve`: it blocks reading a pipe until the tool writes one byte after attaching. If
//!   the tool closes the pipe without writing (a failed load), the child exits without
//!   running the command; `PR_SET_PDEATHSIG` sends it SIGTERM if the tool dies. An `execve`
//!   failure comes back through a close-on-exec pipe. When the run stops while the child
//!   still runs (`exit()`, Ctrl-C), the child gets SIGTERM, then SIGKILL after a second.
//!   The child's exit status does not change the tool's exit code (bpftrace only logs it).
//!
//! Words of `-c` are split on whitespace; single quotes keep everything up to the next
//! single quote, double quotes keep everything up to the next unescaped double quote (with
//! `\"` and `\\` escapes), and a backslash outside quotes keeps the next character. bpftrace
//! itself splits on spaces only.

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

/// How long a child gets to exit after SIGTERM before it is killed.
const TERMINATE_GRACE: Duration = Duration::from_secs(1);

pub enum Target {
    /// `-p PID`: a process the tool did not start.
    Process {
        pid: u32,
        /// `None` on kernels without `pidfd_open` (before 5.3).
        pidfd: Option<OwnedFd>,
    },
    /// `-c CMD`: the tool's child.
    Child(Child),
}

pub struct Child {
    pid: u32,
    /// The command line, for messages.
    command: String,
    /// Writing one byte lets the child `execve`; closing it unwritten makes the child exit.
    go: Option<OwnedFd>,
    /// Readable with the child's `errno` when `execve` failed; at end of file once it
    /// succeeded.
    exec_result: Option<OwnedFd>,
    /// Set once `waitpid` reaped the child.
    reaped: bool,
}

impl Target {
    /// Watches the running process `pid`.
    pub fn process(pid: u32) -> Result<Target, String> {
        let pid_value = pid as libc::pid_t;
        // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid_value, 0) };
        if fd >= 0 {
            // SAFETY: the kernel just returned this descriptor; nothing else owns it.
            let pidfd = unsafe { OwnedFd::from_raw_fd(fd as i32) };
            return Ok(Target::Process {
                pid,
                pidfd: Some(pidfd),
            });
        }
        let error = std::io::Error::last_os_error();
        match error.raw_os_error() {
            Some(libc::ESRCH) => Err(format!("cannot trace process {pid}: no such process")),
            Some(libc::EINVAL) => Err(format!(
                "cannot trace process {pid}: it is a thread, not a process; pass its process id"
            )),
            Some(libc::ENOSYS) => {
                // SAFETY: signal 0 only checks that the process exists.
                if unsafe { libc::kill(pid_value, 0) } == 0
                    || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
                {
                    Ok(Target::Process { pid, pidfd: None })
                } else {
                    Err(format!("cannot trace process {pid}: no such process"))
                }
            }
            _ => Err(format!("cannot trace process {pid}: {}", reason(&error))),
        }
    }

    /// Forks the child that will run `command`, held before `execve` until [`release`].
    ///
    /// [`release`]: Target::release
    pub fn spawn(command: &str) -> Result<Target, String> {
        let words = split_command(command)?;
        let Some(program) = words.first() else {
            return Err("option `-c` needs a command".to_string());
        };
        let path = find_program(program)?;
        let path = CString::new(path.into_bytes())
            .map_err(|_| format!("cannot run `{command}`: the program name contains a NUL"))?;
        let arguments: Vec<CString> = words
            .iter()
            .map(|word| CString::new(word.as_bytes()))
            .collect::<Result<_, _>>()
            .map_err(|_| format!("cannot run `{command}`: an argument contains a NUL"))?;
        let mut argv: Vec<*const libc::c_char> =
            arguments.iter().map(|argument| argument.as_ptr()).collect();
        argv.push(std::ptr::null());

        let (go_read, go_write) = pipe().map_err(|error| spawn_error(command, &error))?;
        let (result_read, result_write) = pipe().map_err(|error| spawn_error(command, &error))?;
        // SAFETY: the runtime has one thread here. The child only makes async-signal-safe
        // calls on memory prepared before the fork, then execs or exits.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(spawn_error(command, &std::io::Error::last_os_error()));
        }
        if pid == 0 {
            // SAFETY: in the child; see `child_main`.
            unsafe {
                child_main(
                    go_read.as_raw_fd(),
                    go_write.as_raw_fd(),
                    result_read.as_raw_fd(),
                    result_write.as_raw_fd(),
                    &path,
                    &argv,
                )
            }
        }
        drop(go_read);
        drop(result_write);
        Ok(Target::Child(Child {
            pid: pid as u32,
            command: command.to_string(),
            go: Some(go_write),
            exec_result: Some(result_read),
            reaped: false,
        }))
    }

    /// The process id the probes are limited to.
    pub fn pid(&self) -> u32 {
        match self {
            Target::Process { pid, .. } => *pid,
            Target::Child(child) => child.pid,
        }
    }

    /// Lets the child run its command, and waits until `execve` succeeded or failed. Does
    /// nothing for `-p`.
    pub fn release(&mut self) -> Result<(), String> {
        let Target::Child(child) = self else {
            return Ok(());
        };
        let Some(go) = child.go.take() else {
            return Ok(());
        };
        let byte = [b'g'];
        // SAFETY: writing one byte from a live buffer to a descriptor we own.
        let written = unsafe { libc::write(go.as_raw_fd(), byte.as_ptr().cast(), 1) };
        if written != 1 {
            return Err(spawn_error(
                &child.command,
                &std::io::Error::last_os_error(),
            ));
        }
        drop(go);
        let Some(result) = child.exec_result.take() else {
            return Ok(());
        };
        let mut errno = [0u8; 4];
        let read = loop {
            // SAFETY: reading at most 4 bytes into a live buffer from a descriptor we own.
            let read = unsafe { libc::read(result.as_raw_fd(), errno.as_mut_ptr().cast(), 4) };
            if read < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            break read;
        };
        if read == 4 {
            let error = std::io::Error::from_raw_os_error(i32::from_ne_bytes(errno));
            return Err(format!(
                "cannot run `{}`: {}",
                child.command,
                reason(&error)
            ));
        }
        Ok(())
    }

    /// Whether the process has exited (a child is reaped then).
    pub fn has_exited(&mut self) -> bool {
        match self {
            Target::Process { pid, pidfd } => match pidfd {
                Some(pidfd) => {
                    let mut poll = libc::pollfd {
                        fd: pidfd.as_raw_fd(),
                        events: libc::POLLIN,
                        revents: 0,
                    };
                    // SAFETY: one pollfd, no waiting.
                    let ready = unsafe { libc::poll(&mut poll, 1, 0) };
                    ready > 0 && poll.revents != 0
                }
                None => {
                    // SAFETY: signal 0 only checks that the process exists.
                    let result = unsafe { libc::kill(*pid as libc::pid_t, 0) };
                    result != 0
                        && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
                }
            },
            Target::Child(child) => child.try_reap(),
        }
    }

    /// Ends a child that still runs: SIGTERM, then SIGKILL after [`TERMINATE_GRACE`]. A
    /// child never released just exits once its pipe closes. Does nothing for `-p`.
    pub fn stop(&mut self) {
        if let Target::Child(child) = self {
            child.stop();
        }
    }
}

impl Child {
    fn try_reap(&mut self) -> bool {
        if self.reaped {
            return true;
        }
        let mut status = 0;
        // SAFETY: waitpid on our own child, without blocking.
        let result = unsafe { libc::waitpid(self.pid as libc::pid_t, &mut status, libc::WNOHANG) };
        if result == self.pid as libc::pid_t
            && (libc::WIFEXITED(status) || libc::WIFSIGNALED(status))
        {
            self.reaped = true;
        } else if result < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD)
        {
            // Reaped elsewhere: it is gone either way.
            self.reaped = true;
        }
        self.reaped
    }

    fn stop(&mut self) {
        if self.try_reap() {
            return;
        }
        if self.go.take().is_some() {
            // Never released: with its pipe closed, the child exits by itself.
            self.exec_result = None;
            self.wait_until(Instant::now() + TERMINATE_GRACE);
            if self.reaped {
                return;
            }
        }
        // SAFETY: signalling our own child.
        unsafe { libc::kill(self.pid as libc::pid_t, libc::SIGTERM) };
        self.wait_until(Instant::now() + TERMINATE_GRACE);
        if !self.reaped {
            // SAFETY: as above.
            unsafe { libc::kill(self.pid as libc::pid_t, libc::SIGKILL) };
            self.wait_until(Instant::now() + TERMINATE_GRACE);
        }
    }

    fn wait_until(&mut self, deadline: Instant) {
        while !self.try_reap() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The child between `fork` and `execve`: only async-signal-safe calls, no allocation.
///
/// # Safety
/// Call only in the child of a `fork`, with descriptors and strings prepared before it.
unsafe fn child_main(
    go_read: i32,
    go_write: i32,
    result_read: i32,
    result_write: i32,
    path: &CString,
    argv: &[*const libc::c_char],
) -> ! {
    // SAFETY: every call below is async-signal-safe and uses memory that outlives it.
    unsafe {
        libc::close(go_write);
        libc::close(result_read);
        // Ask for SIGTERM if the tool dies. A tool that died before the prctl closed its end
        // of the pipe, so the read below sees end of file. (No getppid() check: the child
        // runs as the traced process, and a system call of its own would be traced.)
        if libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGTERM as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        ) != 0
        {
            libc::_exit(1);
        }
        let mut byte = 0u8;
        let read = loop {
            let read = libc::read(go_read, (&raw mut byte).cast(), 1);
            if read < 0 && *libc::__errno_location() == libc::EINTR {
                continue;
            }
            break read;
        };
        if read != 1 {
            // The tool gave up (a load failed, or it died): do not run the command.
            libc::_exit(1);
        }
        // The Rust runtime ignores SIGPIPE, and ignored signals survive execve; the command
        // gets the default, as from a shell. The tool's SIGINT and SIGTERM handlers are
        // reset by execve itself.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::execv(path.as_ptr(), argv.as_ptr());
        let errno = (*libc::__errno_location()).to_ne_bytes();
        libc::write(result_write, errno.as_ptr().cast(), errno.len());
        libc::_exit(127);
    }
}

/// A close-on-exec pipe: (read end, write end).
fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 fills two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn spawn_error(command: &str, error: &std::io::Error) -> String {
    format!("cannot start `{command}`: {}", reason(error))
}

/// strerror's text without Rust's " (os error N)".
fn reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    text.split(" (os error")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The program to run: a name with a `/` as it is, any other name searched in `PATH`
/// (`/usr/local/bin:/usr/bin:/bin` when unset), as a shell would.
fn find_program(program: &str) -> Result<String, String> {
    if program.contains('/') {
        if is_executable(program) {
            return Ok(program.to_string());
        }
        return Err(format!(
            "cannot run `{program}`: it does not exist or is not executable"
        ));
    }
    let search = std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into());
    search
        .split(':')
        .map(|directory| if directory.is_empty() { "." } else { directory })
        .map(|directory| format!("{directory}/{program}"))
        .find(|candidate| is_executable(candidate))
        .ok_or_else(|| format!("cannot run `{program}`: no such program in PATH"))
}

fn is_executable(path: &str) -> bool {
    let is_file = std::fs::metadata(path).is_ok_and(|metadata| metadata.is_file());
    let Ok(path) = CString::new(path) else {
        return false;
    };
    // SAFETY: access reads a NUL-terminated path.
    is_file && unsafe { libc::access(path.as_ptr(), libc::X_OK) } == 0
}

/// Splits a `-c` command line into words (see the module comment).
pub fn split_command(command: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut characters = command.chars();
    while let Some(character) = characters.next() {
        match character {
            '\'' => {
                in_word = true;
                loop {
                    match characters.next() {
                        Some('\'') => break,
                        Some(quoted) => word.push(quoted),
                        None => return Err(unterminated(command, '\'')),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match characters.next() {
                        Some('"') => break,
                        Some('\\') => match characters.next() {
                            Some(escaped @ ('"' | '\\')) => word.push(escaped),
                            Some(other) => {
                                word.push('\\');
                                word.push(other);
                            }
                            None => return Err(unterminated(command, '"')),
                        },
                        Some(quoted) => word.push(quoted),
                        None => return Err(unterminated(command, '"')),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(escaped) = characters.next() {
                    word.push(escaped);
                }
            }
            blank if blank.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            other => {
                in_word = true;
                word.push(other);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

fn unterminated(command: &str, quote: char) -> String {
    format!("cannot run `{command}`: a {quote} quote is not closed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_like_a_shell() {
        assert_eq!(split_command("ls -l  /tmp ").unwrap(), ["ls", "-l", "/tmp"]);
        assert_eq!(
            split_command("sh -c 'echo a  b'").unwrap(),
            ["sh", "-c", "echo a  b"]
        );
        assert_eq!(
            split_command(r#"echo "a \"b\"" c\ d ''"#).unwrap(),
            ["echo", "a \"b\"", "c d", ""]
        );
        assert!(split_command("echo 'open").is_err());
        assert!(split_command("echo \"open").is_err());
        assert!(split_command("   ").unwrap().is_empty());
    }

    #[test]
    fn programs_are_found_in_path() {
        assert!(find_program("sh").is_ok());
        assert!(find_program("/bin/sh").is_ok());
        assert!(find_program("no-such-program-btc").is_err());
        assert!(find_program("/no/such/program").is_err());
    }

    #[test]
    fn missing_processes_are_reported() {
        let error = Target::process(4_194_304).err().unwrap_or_default();
        assert!(error.contains("no such process"), "{error}");
    }

    #[test]
    fn a_child_runs_only_once_released() {
        let Ok(mut target) = Target::spawn("true") else {
            panic!("cannot fork");
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(!target.has_exited());
        assert_eq!(target.release(), Ok(()));
        let deadline = Instant::now() + Duration::from_secs(5);
        while !target.has_exited() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(target.has_exited());
    }

    #[test]
    fn an_unreleased_child_exits_when_stopped() {
        let Ok(mut target) = Target::spawn("sleep 100") else {
            panic!("cannot fork");
        };
        let started = Instant::now();
        target.stop();
        assert!(target.has_exited());
        assert!(started.elapsed() < Duration::from_secs(1));
    }
}
