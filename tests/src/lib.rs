//! Shared helpers for btc's end-to-end tests (the targets in `tests/e2e/`).
//!
//! The tests run the real `btc` binary, and the tools it builds, against the running kernel:
//! nothing here is mocked. What goes in: a script (as a string or a file) and a workload to
//! drive. What comes out: the tool's exit status, stdout and stderr.
//!
//! * [`require_root`]: loading BPF programs needs root. When the tests do not run as root,
//!   each test prints `SKIP <name>: needs root` (to stdout and stderr) and returns. libtest
//!   still reports such a test as `ok`: **a skip is not a pass**, read the output.
//! * [`btc_path`]: `$BTC`, else the `btc` built by `cargo build --release` in the same target
//!   directory as the running test (`<target>/<triple>/release/btc`). `btc` finds its runtime
//!   stub through `$BTC_RUNTIME`, else next to itself, so that variable is simply inherited.
//! * [`TempDir`], [`build_source`], [`build_file`]: write a script and build it with
//!   `btc build SCRIPT -o OUT`.
//! * [`Tool`]: a running process whose stdout and stderr are captured in the background, so
//!   a test can wait for the `Attached N probes` line before it drives a workload, send
//!   SIGINT, and collect everything with a timeout.
//! * [`Chroot`]: a directory that holds only what a test copies in, plus `/proc`, `/sys` and
//!   `/sys/kernel/tracing` mounted; everything is unmounted when it is dropped.

use std::ffi::OsStr;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long a tool may take to print its `Attached` line.
pub const ATTACH_TIMEOUT: Duration = Duration::from_secs(20);
/// How long `btc build` may take for one small script.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(60);

/// The script used by the openat tests: prints the comm and the file name of every `openat`
/// made by a process called `cat`.
pub const OPENAT_CAT_SCRIPT: &str = "tracepoint:syscalls:sys_enter_openat /comm == \"cat\"/ \
     { printf(\"%s %s\\n\", comm, str(args->filename)); }\n";

/// The hello-world script: BEGIN prints one line and exits.
pub const HELLO_SCRIPT: &str = "BEGIN { printf(\"hello world\\n\"); exit(); }\n";

/// Returns true when the effective uid is 0. Otherwise prints `SKIP <name>: needs root` and
/// returns false; the caller then returns without checking anything. The line goes to the
/// test's stdout (kept by libtest, shown with `--nocapture`) and straight to the process's
/// stderr, which libtest does not capture, so a skip is visible in every run. libtest still
/// reports the test as `ok`: a skipped test is not a passing test.
pub fn require_root(name: &str) -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        return true;
    }
    let msg = format!("SKIP {name}: needs root");
    println!("{msg}");
    let _ = writeln!(std::io::stderr(), "{msg}");
    false
}

/// The repository root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The `btc` binary under test: `$BTC`, else `btc` in the release directory this test binary
/// was built into (`<target>/<triple>/release/deps/<test>` → `<target>/<triple>/release/btc`).
pub fn btc_path() -> PathBuf {
    if let Some(p) = std::env::var_os("BTC") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("path of the running test binary");
    let release = exe
        .parent()
        .and_then(Path::parent)
        .expect("test binary lives in <target>/<profile>/deps");
    let btc = release.join("btc");
    assert!(
        btc.is_file(),
        "btc not found at {}: run `cargo build --release` first (`make test` does), \
         or point BTC at a btc binary",
        btc.display()
    );
    btc
}

/// A name that is unique on this machine: `<prefix>-<pid>-<nanoseconds>-<counter>`.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_nanos();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}-{}-{nanos}-{n}", std::process::id())
}

/// A fresh directory under /tmp (mode 0755, so an unprivileged user can run a tool from it),
/// removed with everything in it when dropped.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let path = std::env::temp_dir().join(unique_name(&format!("btc-e2e-{tag}")));
        fs::create_dir(&path).unwrap_or_else(|e| panic!("mkdir {}: {e}", path.display()));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755))
            .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `self.path().join(name)`.
    pub fn join(&self, name: impl AsRef<Path>) -> PathBuf {
        self.path.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// Runs `btc` with `args` (stdin closed) and returns its result; panics if it hangs.
#[track_caller]
pub fn run_btc<I, S>(args: I) -> Finished
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = Command::new(btc_path());
    cmd.args(args);
    let done = Tool::spawn(&mut cmd).finish(BUILD_TIMEOUT);
    assert!(
        !done.timed_out,
        "btc did not finish within {BUILD_TIMEOUT:?}\n{done}"
    );
    done
}

/// `btc build SCRIPT -o OUT`; panics with btc's output unless it succeeds and OUT exists.
#[track_caller]
pub fn build_file(script: &Path, out: &Path) -> PathBuf {
    let done = run_btc([
        OsStr::new("build"),
        script.as_os_str(),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert!(
        done.success(),
        "`btc build {} -o {}` failed\n{done}",
        script.display(),
        out.display()
    );
    assert!(
        out.is_file(),
        "btc build succeeded but wrote no {}",
        out.display()
    );
    out.to_path_buf()
}

/// Writes `source` to `<dir>/<name>.bt` and builds it into `<dir>/<name>`.
#[track_caller]
pub fn build_source(dir: &TempDir, name: &str, source: &str) -> PathBuf {
    let script = dir.join(format!("{name}.bt"));
    fs::write(&script, source).unwrap_or_else(|e| panic!("write {}: {e}", script.display()));
    build_file(&script, &dir.join(name))
}

/// Looks `name` up in `$PATH` and the sbin directories; for commands run with a cleared
/// environment, which would otherwise be searched in the default `/bin:/usr/bin` only.
pub fn find_program(name: &str) -> PathBuf {
    let path = std::env::var("PATH").unwrap_or_default();
    path.split(':')
        .chain(["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"])
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("program {name} not found in PATH or sbin"))
}

/// What a finished (or killed) process left behind.
#[derive(Debug)]
pub struct Finished {
    /// The exit status. After a timeout this is the status of the SIGKILL that ended it.
    pub status: ExitStatus,
    /// True when the process had to be killed because it did not exit in time.
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    /// Exited on its own with status 0.
    pub fn success(&self) -> bool {
        !self.timed_out && self.status.success()
    }

    /// The exit code; None when a signal ended it.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }
}

impl std::fmt::Display for Finished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = match (self.timed_out, self.status.code(), self.status.signal()) {
            (true, _, _) => "killed after a timeout".to_string(),
            (false, Some(c), _) => format!("exit code {c}"),
            (false, None, Some(s)) => format!("killed by signal {s}"),
            (false, None, None) => format!("{:?}", self.status),
        };
        write!(
            f,
            "--- {how}\n--- stdout:\n{}\n--- stderr:\n{}\n---",
            self.stdout, self.stderr
        )
    }
}

/// One captured output stream: the bytes so far and whether it has reached end of file.
#[derive(Default)]
struct Stream {
    state: Mutex<(Vec<u8>, bool)>,
    grew: Condvar,
}

impl Stream {
    fn pump(self: Arc<Self>, mut from: impl Read + Send + 'static) {
        thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                let n = from.read(&mut chunk).unwrap_or(0);
                let mut st = self.state.lock().unwrap();
                if n == 0 {
                    st.1 = true;
                    self.grew.notify_all();
                    return;
                }
                st.0.extend_from_slice(&chunk[..n]);
                self.grew.notify_all();
            }
        });
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.state.lock().unwrap().0).into_owned()
    }

    /// Waits until `pred` holds for the complete lines written so far (text up to the last
    /// newline), or end of file, or `timeout`. Returns the text when `pred` held.
    fn wait_lines(&self, timeout: Duration, pred: &dyn Fn(&str) -> bool) -> Option<String> {
        let deadline = Instant::now() + timeout;
        let mut st = self.state.lock().unwrap();
        loop {
            let text = String::from_utf8_lossy(&st.0);
            let complete = &text[..text.rfind('\n').map_or(0, |i| i + 1)];
            if pred(complete) {
                return Some(complete.to_string());
            }
            let now = Instant::now();
            if st.1 || now >= deadline {
                return None;
            }
            st = self.grew.wait_timeout(st, deadline - now).unwrap().0;
        }
    }

    fn wait_eof(&self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let mut st = self.state.lock().unwrap();
        while !st.1 {
            let now = Instant::now();
            if now >= deadline {
                return;
            }
            st = self.grew.wait_timeout(st, deadline - now).unwrap().0;
        }
    }
}

/// A running process with its stdout and stderr captured in the background. Killed (SIGKILL)
/// if it is still running when dropped.
pub struct Tool {
    child: Child,
    started: Instant,
    stdout: Arc<Stream>,
    stderr: Arc<Stream>,
    status: Option<ExitStatus>,
}

impl Tool {
    /// Starts `cmd` with stdin closed and stdout/stderr captured.
    pub fn spawn(cmd: &mut Command) -> Tool {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let started = Instant::now();
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        let stdout = Arc::new(Stream::default());
        let stderr = Arc::new(Stream::default());
        let out: ChildStdout = child.stdout.take().expect("piped stdout");
        let err: ChildStderr = child.stderr.take().expect("piped stderr");
        stdout.clone().pump(out);
        stderr.clone().pump(err);
        Tool {
            child,
            started,
            stdout,
            stderr,
            status: None,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// When the process was started (just before fork+exec).
    pub fn started(&self) -> Instant {
        self.started
    }

    /// Everything written to stdout so far.
    pub fn stdout(&self) -> String {
        self.stdout.text()
    }

    /// Everything written to stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.text()
    }

    /// True while the process has not exited.
    pub fn running(&mut self) -> bool {
        self.poll().is_none()
    }

    fn poll(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("waitpid");
        }
        self.status
    }

    /// Waits for a complete stdout line that satisfies `pred` and returns it.
    pub fn wait_for_line(&self, timeout: Duration, pred: impl Fn(&str) -> bool) -> Option<String> {
        self.stdout
            .wait_lines(timeout, &|text| text.lines().any(&pred))
            .and_then(|text| text.lines().find(|l| pred(l)).map(str::to_string))
    }

    /// Waits for the `Attached N probes` line on stderr. Panics with everything the tool has
    /// printed if it exits or takes longer than [`ATTACH_TIMEOUT`].
    #[track_caller]
    pub fn wait_attached(&mut self) {
        let attached = self
            .stderr
            .wait_lines(ATTACH_TIMEOUT, &|t| {
                t.lines().any(|l| l.starts_with("Attached "))
            })
            .is_some();
        if !attached {
            let done = self.finish(Duration::from_secs(5));
            panic!("the tool did not print `Attached N probes` on stderr\n{done}");
        }
    }

    /// Sends SIGINT, as Ctrl-C would.
    pub fn interrupt(&self) {
        self.signal(libc::SIGINT);
    }

    fn signal(&self, sig: libc::c_int) {
        let pid = libc::pid_t::try_from(self.pid()).expect("pid fits pid_t");
        // SAFETY: kill only sends a signal; the pid is our own unreaped child.
        unsafe { libc::kill(pid, sig) };
    }

    /// Waits up to `timeout` for the process to exit (SIGKILL after that) and returns its
    /// status and all of its output.
    pub fn finish(&mut self, timeout: Duration) -> Finished {
        let deadline = Instant::now() + timeout;
        let mut timed_out = false;
        let status = loop {
            if let Some(status) = self.poll() {
                break status;
            }
            if Instant::now() >= deadline {
                timed_out = true;
                let _ = self.child.kill();
                let status = self.child.wait().expect("waitpid");
                self.status = Some(status);
                break status;
            }
            thread::sleep(Duration::from_millis(5));
        };
        // The pipes close when the process is gone, unless it left children holding them.
        self.stdout.wait_eof(Duration::from_secs(2));
        self.stderr.wait_eof(Duration::from_secs(2));
        Finished {
            status,
            timed_out,
            stdout: self.stdout(),
            stderr: self.stderr(),
        }
    }

    /// Sends SIGINT and collects the result (SIGKILL if it does not exit within `timeout`).
    pub fn interrupt_and_finish(&mut self, timeout: Duration) -> Finished {
        if self.running() {
            self.interrupt();
        }
        self.finish(timeout)
    }
}

impl Drop for Tool {
    fn drop(&mut self) {
        if self.poll().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Runs `cmd` to completion (SIGKILL after `timeout`).
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Finished {
    Tool::spawn(cmd).finish(timeout)
}

/// Starts `cmd`, sends it SIGINT after `after`, and collects the result (SIGKILL if it has
/// not exited `timeout` after the SIGINT).
pub fn run_interrupted(cmd: &mut Command, after: Duration, timeout: Duration) -> Finished {
    let mut tool = Tool::spawn(cmd);
    thread::sleep(after);
    tool.interrupt_and_finish(timeout)
}

/// Runs a short workload command and panics unless it exits 0 within 60 s.
#[track_caller]
pub fn run_workload(cmd: &mut Command) -> Finished {
    let desc = format!("{cmd:?}");
    let done = run_with_timeout(cmd, Duration::from_secs(60));
    assert!(done.success(), "workload {desc} failed\n{done}");
    done
}

/// The stdout lines of a tool that are not blank, trimmed of trailing whitespace.
pub fn nonblank_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A root directory for `chroot`: starts with `/proc`, `/sys` and `/sys/kernel/tracing`
/// mounted and nothing else. Dropping it unmounts them (lazily if busy) and removes the
/// directory, but only once nothing is mounted under it any more.
pub struct Chroot {
    root: PathBuf,
    mounts: Vec<PathBuf>,
}

impl Chroot {
    pub fn new(tag: &str) -> Chroot {
        let root = std::env::temp_dir().join(unique_name(&format!("btc-e2e-chroot-{tag}")));
        fs::create_dir(&root).unwrap_or_else(|e| panic!("mkdir {}: {e}", root.display()));
        let mut chroot = Chroot {
            root,
            mounts: Vec::new(),
        };
        chroot.mount(&["-t", "proc", "proc"], "proc");
        chroot.mount(&["--bind", "/sys"], "sys");
        chroot.mount(&["-t", "tracefs", "nodev"], "sys/kernel/tracing");
        chroot
    }

    fn mount(&mut self, args: &[&str], target: &str) {
        let target = self.root.join(target);
        fs::create_dir_all(&target).unwrap_or_else(|e| panic!("mkdir {}: {e}", target.display()));
        let done = run_with_timeout(
            Command::new(find_program("mount")).args(args).arg(&target),
            Duration::from_secs(30),
        );
        assert!(
            done.success(),
            "mount {args:?} {} failed\n{done}",
            target.display()
        );
        self.mounts.push(target);
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Copies `file` to `/<name>` inside the root and returns its path inside the chroot.
    pub fn install(&self, file: &Path, name: &str) -> String {
        let dest = self.root.join(name);
        fs::copy(file, &dest)
            .unwrap_or_else(|e| panic!("copy {} → {}: {e}", file.display(), dest.display()));
        format!("/{name}")
    }

    /// `chroot ROOT PROGRAM ARGS...` with an empty environment, as a command to spawn.
    pub fn command(&self, program_inside: &str) -> Command {
        let mut cmd = Command::new(find_program("chroot"));
        cmd.env_clear().arg(&self.root).arg(program_inside);
        cmd
    }

    fn mounted_under_root(&self) -> bool {
        let info = fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
        let root = self.root.to_string_lossy();
        info.lines()
            .filter_map(|l| l.split(' ').nth(4))
            .any(|mp| mp.starts_with(root.as_ref()))
    }
}

impl Drop for Chroot {
    fn drop(&mut self) {
        let umount = find_program("umount");
        for target in self.mounts.iter().rev() {
            let ok = Command::new(&umount)
                .arg(target)
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                let _ = Command::new(&umount).arg("-l").arg(target).status();
            }
        }
        if self.mounted_under_root() {
            // Never recurse into a live /proc or /sys: leave the directory behind instead.
            eprintln!(
                "warning: {} still has mounts; not removing it",
                self.root.display()
            );
        } else {
            let _ = fs::remove_dir_all(&self.root);
        }
    }
}

/// Compiles tests/fixtures/probe_target.c, the program the probe tests trace, into `dir`
/// with the system C compiler (a test fixture only: btc itself never needs one).
#[track_caller]
pub fn build_probe_target(dir: &TempDir) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/probe_target.c");
    let binary = dir.join("probe_target");
    let done = run_with_timeout(
        Command::new("cc")
            .arg("-O2")
            .arg("-fno-omit-frame-pointer")
            .arg("-o")
            .arg(&binary)
            .arg(&source),
        Duration::from_secs(60),
    );
    assert!(
        done.success(),
        "cc failed to build the probe target\n{done}"
    );
    binary
}
