#!/usr/bin/env python3
"""Compare btc's execsnoop with `bpftrace tools/execsnoop.bt` and libbpf-tools' execsnoop.

Run as root from `make bench` (which builds btc first). Python 3 standard library only.
Prints a markdown report and writes it to docs/benchmarks.md. All figures come from one run
of this script, on this machine:

* exec → header: wall time from just before the tool is started (fork+exec) until its header
  line (`TIME(ms) ...` or `PCOMM ...`) has been read from its stdout, a pipe. Every tool prints
  its header only once its probes are attached, so this is the time to attach. Median, with the
  minimum and maximum, of --runs runs; the tools take turns, after one discarded warm-up run each.
* peak RSS: VmHWM of the tool's process from /proc/PID/status, read after the header appeared
  and after the tool has printed events for 20 execs of /bin/true, just before SIGINT stops it.
  One process each: bpftrace compiles in-process, libbpf-tools' execsnoop runs under
  `stdbuf -oL` (which execs it, so the pid and /proc/PID/status are execsnoop's own).
* build: wall time of `btc build tools/execsnoop.bt -o FILE` (median of --runs runs).
  bpftrace compiles at every start (inside its start-up time); libbpf-tools ships prebuilt.
* list: wall time of `btc list 'tracepoint:*'` and `bpftrace -l 'tracepoint:*'` (median of
  --runs runs, output to a pipe that is read to the end).
* front end: `btc check --time` of a script of FRONTEND_SCRIPT_LINES lines that
  frontend_script() generates (the same text every run: tracepoint probes with predicates,
  maps of every aggregation, printf, if/else, an interval probe): the wall time of the
  process, and the parse + check time that btc reports. `--only frontend` measures just this
  (as any user) and prints the rows without writing docs/benchmarks.md.
* stripped size: `strip` of a copy of the executable. The "with shared libraries" row adds
  the files that `ldd` lists (btc's tools are static, so nothing is added for them).

* printf throughput: a driver process makes a burst of --events getppid() calls as fast as it
  can; each fires `tracepoint:syscalls:sys_enter_getppid` in the tool, whose probe (limited to
  the driver's pid, passed as $1) prints one printf line with three arguments. The tool's
  stdout is a file; once it has not grown for half a second the bench stops the tool with
  SIGINT, counts the lines and adds up the lost-event counts it reported. Lines per second =
  lines printed / (time the file last grew - start of the burst). Median of --printf-runs
  runs. `--only printf` runs this row alone and prints it without writing the report.

If btc cannot build tools/execsnoop.bt yet, the btc column says so and the rest still runs.
"""

import argparse
import datetime
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "tools" / "execsnoop.bt"
BPFTRACE = Path("/usr/bin/bpftrace")
LIBBPF_EXECSNOOP = Path("/usr/sbin/execsnoop")
HEADER_TIMEOUT_S = 30.0
MIB = 1024 * 1024

# Targets for btc, printed beside the figures.
TARGETS = {
    "startup": ("≤ 30 ms", lambda v: v <= 30.0),
    "rss": ("≤ 10 MiB", lambda v: v <= 10 * 1024),  # KiB
    "build": ("≤ 50 ms", lambda v: v <= 50.0),
    "size": ("≤ 2 MB", lambda v: v <= 2_000_000),
    "list": ("≤ 20 ms", lambda v: v <= 20.0),
    "frontend": ("≤ 10 ms", lambda v: v <= 10.0),
}
# The generated script of the front-end row has at least this many lines.
FRONTEND_SCRIPT_LINES = 500
LIST_PATTERN = "tracepoint:*"


class Subject:
    """One tool under test: how to start it and what it has measured so far."""

    def __init__(self, name, version, argv, header_prefix, executable):
        self.name = name
        self.version = version
        self.argv = argv
        self.header_prefix = header_prefix
        self.executable = executable
        self.startup_ms = []
        self.rss_kib = []
        self.build_ms = []
        self.list_ms = []
        self.failures = []
        self.note = None


def run_capture(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, **kw)


def read_vmhwm_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for pid {pid}")


def measure_once(subject):
    """Starts the tool, times its header, drives execs, reads VmHWM, stops it with SIGINT."""
    header_seen = threading.Event()
    header_time = [None]

    t0 = time.perf_counter()
    proc = subprocess.Popen(
        subject.argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )

    def drain():
        # Keep reading after the header so that the pipe never fills up.
        for raw in proc.stdout:
            if not header_seen.is_set() and raw.decode(errors="replace").startswith(
                subject.header_prefix
            ):
                header_time[0] = time.perf_counter()
                header_seen.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        if not header_seen.wait(HEADER_TIMEOUT_S):
            raise RuntimeError(
                f"no line starting with {subject.header_prefix!r} within {HEADER_TIMEOUT_S:.0f} s"
            )
        startup_ms = (header_time[0] - t0) * 1000.0
        for _ in range(20):
            subprocess.run(["/bin/true"], check=True)
        time.sleep(0.3)
        rss = read_vmhwm_kib(proc.pid)
        return startup_ms, rss
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader.join(timeout=5)


def measure_list(argv, runs):
    """Wall times (ms) of a probe listing command; [] if it fails."""
    times = []
    for _ in range(runs + 1):  # the first run warms the page cache; discarded
        t0 = time.perf_counter()
        out = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
        elapsed = (time.perf_counter() - t0) * 1000.0
        if out.returncode != 0 or not out.stdout:
            return []
        times.append(elapsed)
    return times[1:]


def stripped_size(path, tmp):
    copy = Path(tmp) / f"strip-{path.name}-{os.getpid()}"
    shutil.copyfile(path, copy)
    subprocess.run(["strip", "-o", str(copy), str(copy)], check=True)
    size = copy.stat().st_size
    copy.unlink()
    return size


def shared_libraries_size(path):
    """Sum of the sizes of the shared libraries that ldd lists (0 for a static binary)."""
    out = run_capture(["ldd", str(path)])
    total = 0
    for line in out.stdout.splitlines():
        parts = line.split()
        lib = None
        if "=>" in parts:
            i = parts.index("=>")
            if i + 1 < len(parts) and parts[i + 1].startswith("/"):
                lib = parts[i + 1]
        elif parts and parts[0].startswith("/"):
            lib = parts[0]
        if lib:
            total += os.stat(os.path.realpath(lib)).st_size
    return total


def git_version():
    rev = run_capture(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]).stdout.strip()
    dirty = run_capture(["git", "-C", str(REPO), "status", "--porcelain"]).stdout.strip()
    return f"git {rev}{'-dirty' if dirty else ''}" if rev else "unknown"


def btc_subject(btc, runs, tmp):
    version = None
    if btc.is_file():
        out = run_capture([str(btc), "--version"])
        if out.returncode == 0 and out.stdout.strip():
            version = out.stdout.strip().splitlines()[0]
    subject = Subject("btc", version or git_version(), None, "TIME(ms)", None)
    if not btc.is_file():
        subject.note = f"btc not found at {btc} (run `make build`)"
        return subject
    tool = Path(tmp) / "execsnoop-btc"
    for i in range(runs):
        out_path = tool if i == 0 else Path(tmp) / f"execsnoop-btc-{i}"
        t0 = time.perf_counter()
        out = run_capture([str(btc), "build", str(SCRIPT), "-o", str(out_path)])
        elapsed = (time.perf_counter() - t0) * 1000.0
        if out.returncode != 0:
            first = (out.stderr.strip().splitlines() or ["(no message)"])[0]
            subject.note = f"`btc build tools/execsnoop.bt` failed (exit {out.returncode}): {first}"
            return subject
        if not out_path.is_file():
            subject.note = "`btc build tools/execsnoop.bt -o FILE` exited 0 but wrote no FILE"
            return subject
        subject.build_ms.append(elapsed)
    subject.argv = [str(tool)]
    subject.executable = tool
    return subject


def bpftrace_subject():
    if not BPFTRACE.is_file():
        s = Subject("bpftrace", "missing", None, "TIME(ms)", None)
        s.note = f"{BPFTRACE} not installed (scripts/install-deps.sh installs it)"
        return s
    version = run_capture([str(BPFTRACE), "--version"]).stdout.strip() or "unknown"
    return Subject("bpftrace", version, [str(BPFTRACE), str(SCRIPT)], "TIME(ms)", BPFTRACE)


def libbpf_subject():
    version = run_capture(["dpkg-query", "-W", "-f=${Version}", "libbpf-tools"]).stdout.strip()
    if not LIBBPF_EXECSNOOP.is_file():
        s = Subject("libbpf-tools execsnoop", "missing", None, "PCOMM", None)
        s.note = f"{LIBBPF_EXECSNOOP} not installed (package libbpf-tools)"
        return s
    return Subject(
        "libbpf-tools execsnoop",
        f"libbpf-tools {version}" if version else "unknown",
        ["stdbuf", "-oL", str(LIBBPF_EXECSNOOP)],
        "PCOMM",
        LIBBPF_EXECSNOOP,
    )


def spread(values, fmt):
    if not values:
        return None
    med = statistics.median(values)
    if len(values) == 1:
        return fmt(med)
    return f"{fmt(med)} ({fmt(min(values))}–{fmt(max(values))})"


def ms(v):
    return f"{v:.1f} ms"


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def size_str(b):
    return f"{b / 1_000_000:.2f} MB" if b >= 100_000 else f"{b / 1000:.1f} kB"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


# Tracepoints of the generated script, with one integer field each: all exist on any x86-64
# kernel that btc supports.
FRONTEND_TRACEPOINTS = [
    ("syscalls:sys_enter_read", "count"),
    ("syscalls:sys_enter_write", "count"),
    ("syscalls:sys_exit_read", "ret"),
    ("syscalls:sys_exit_write", "ret"),
    ("syscalls:sys_enter_openat", "flags"),
    ("syscalls:sys_exit_openat", "ret"),
    ("syscalls:sys_enter_close", "fd"),
    ("sched:sched_switch", "next_pid"),
    ("sched:sched_wakeup", "pid"),
    ("raw_syscalls:sys_enter", "id"),
]


def frontend_script(min_lines=FRONTEND_SCRIPT_LINES):
    """A deterministic bpftrace script of at least `min_lines` lines, as an SRE writes them:
    many probes with predicates, per-thread start times, maps of every aggregation, printf
    with several conversions, if/else chains, and an interval probe that prints and clears."""
    lines = [
        "// Generated by bench/bench.py for the front-end benchmark.",
        "BEGIN {",
        '  printf("%-8s %-16s %8s %s\\n", "PID", "COMM", "VALUE", "PROBE");',
        "  @start_time = nsecs;",
        "}",
        "",
    ]
    section = 0
    while len(lines) < min_lines - 12:
        tracepoint, field = FRONTEND_TRACEPOINTS[section % len(FRONTEND_TRACEPOINTS)]
        n = section
        lines += [
            f"tracepoint:{tracepoint} /pid > {n} && comm != \"bench{n}\"/ {{",
            f"  $value = args.{field};",
            f"  $bucket = $value % {n + 7};",
            f"  @calls_{n}[comm] = count();",
            f"  @total_{n} = sum($value);",
            f"  @sizes_{n} = hist($value);",
            f"  @linear_{n} = lhist($bucket, 0, {n + 7}, 1);",
            f"  @seen_{n}[tid] = nsecs;",
            f"  if ($value > {1000 + n}) {{",
            f'    printf("%-8d %-16s %8d big {n}\\n", pid, comm, $value);',
            f"    @big_{n}[pid, comm] = max($value);",
            f"  }} else if ($value == {n}) {{",
            f"    @exact_{n}++;",
            "  } else {",
            f"    @small_{n} = avg($value);",
            "  }",
            "}",
            "",
        ]
        section += 1
    lines += [
        "interval:s:10 {",
        '  printf("%d s\\n", (nsecs - @start_time) / 1000000000);',
    ]
    for n in range(min(section, 8)):
        lines.append(f"  print(@calls_{n}, 5);")
    lines += ["  exit();", "}", "", "END {", "  clear(@start_time);", "}"]
    return "\n".join(lines) + "\n"


def measure_frontend(btc, runs, tmp):
    """`btc check` of the generated script: the wall time of the process, and the front end
    alone as btc reports it (`btc check --time`). Median lists of `runs` runs after one
    warm-up run; raises when btc refuses the script."""
    script = Path(tmp) / "frontend.bt"
    script.write_text(frontend_script())
    wall, frontend = [], []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        done = subprocess.run([str(btc), "check", "--time", str(script)],
                              capture_output=True, text=True)
        elapsed = (time.perf_counter() - t0) * 1000.0
        if done.returncode != 0:
            raise RuntimeError(f"btc check refused the generated script: {done.stderr[:500]}")
        if i == 0:
            continue  # warm-up
        wall.append(elapsed)
        for line in done.stderr.splitlines():
            if line.startswith("btc: front end:"):
                frontend.append(float(line.split(":")[2].split()[0]))
    lines = len(script.read_text().splitlines())
    return lines, wall, frontend


def frontend_rows(other_columns, runs, frontend):
    """The rows of the front-end figures: btc's column, then `other_columns` cells of n/a
    (the other tools have no separate front end to time)."""
    if frontend is None:
        return []
    lines, wall, alone = frontend
    target, ok = TARGETS["frontend"]
    others = " | ".join("n/a" for _ in range(other_columns))
    rows = []
    for label, values in (
        (f"`btc check` of a {lines}-line script, wall time, median (min–max) of {runs}", wall),
        (f"front end alone (parse + check) of that script, median (min–max) of {runs}", alone),
    ):
        met = ("yes" if ok(statistics.median(values)) else "no") if values else "not measured"
        cell = spread(values, ms) or "failed"
        rows.append(f"| {label} | {cell} | {others} | {target} | {met} |")
    return rows


def only_frontend(btc, runs):
    """`--only frontend`: measures the front-end rows and prints them (no root needed)."""
    tmp = tempfile.mkdtemp(prefix="btc-bench-")
    try:
        frontend = measure_frontend(btc, runs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(frontend_rows(2, runs, frontend)))


def report(subjects, runs, sizes):
    """The markdown report: one row per figure, one column per tool, then btc's target."""
    btc = subjects[0]
    header = (
        "| | "
        + " | ".join(f"{s.name} ({s.version})" for s in subjects)
        + " | btc target | btc meets it |"
    )
    sep = "|---" * (len(subjects) + 3) + "|"

    def row(label, key, values_of, fmt, na):
        cells = []
        for s in subjects:
            if s.note and s.argv is None and key not in ("build", "list"):
                cells.append("skipped")
                continue
            val = spread(values_of(s), fmt)
            cells.append(val if val is not None else na(s))
        target, ok = TARGETS[key]
        vals = values_of(btc)
        met = ("yes" if ok(statistics.median(vals)) else "no") if vals else "not measured"
        return f"| {label} | " + " | ".join(cells) + f" | {target} | {met} |"

    def na_run(s):
        return "failed" if s.failures else "n/a"

    def na_build(s):
        if s is btc:
            return "failed" if s.note else "n/a"
        return "n/a (compiles at every start)" if s.name == "bpftrace" else "n/a (prebuilt)"

    lines = [
        header,
        sep,
        row(f"exec → header, median (min–max) of {runs}", "startup",
            lambda s: s.startup_ms, ms, na_run),
        row("peak RSS (VmHWM), median (min–max)", "rss", lambda s: s.rss_kib, mib, na_run),
        row(f"`btc build` wall time, median (min–max) of {runs}", "build",
            lambda s: s.build_ms, ms, na_build),
        row(f"`list '{LIST_PATTERN}'` wall time, median (min–max) of {runs}", "list",
            lambda s: s.list_ms, ms, lambda s: "n/a"),
        row("stripped executable", "size",
            lambda s: [sizes[s.name][0]] if s.name in sizes else [], size_str,
            lambda s: "skipped"),
    ]
    libs = ["| stripped executable + shared libraries (ldd) | "]
    libs.append(
        " | ".join(
            size_str(sizes[s.name][0] + sizes[s.name][1]) if s.name in sizes else "skipped"
            for s in subjects
        )
    )
    libs.append(" | | |")
    lines.append("".join(libs))

    notes = []
    for s in subjects:
        if s.note:
            notes.append(f"- {s.name}: {s.note}")
        for f in s.failures:
            notes.append(f"- {s.name}: a run failed: {f}")
    return lines, notes


PRINTF_SCRIPT = """BEGIN { printf("ready\\n"); }
tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("%d %s %d\\n", tid, comm, cpu); }
"""

# The driver waits for a line on stdin (the tool is attached), then makes the burst.
PRINTF_DRIVER = """
import os, sys
count = int(sys.argv[1])
sys.stdin.readline()
getppid = os.getppid
for _ in range(count):
    getppid()
"""

QUIET_S = 0.5


class PrintfResult:
    """One tool's printf throughput runs."""

    def __init__(self, name, version):
        self.name = name
        self.version = version
        self.lines = []
        self.lost = []
        self.rate = []
        self.failures = []
        self.note = None


def printf_once(argv_of_pid, events, tmp):
    """One burst: returns (lines printed, lost events, lines per second).

    The tool writes to a file (in the temporary directory), not to a pipe read by Python, so
    that the reader costs nothing: on 2 CPUs a Python reader would slow the driver and
    hide the tool's own limit. The file is polled for its `ready` line, then for growth."""
    output_path = Path(tmp) / "printf-output"
    driver = subprocess.Popen(
        [sys.executable, "-c", PRINTF_DRIVER, str(events)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    tool = None
    try:
        with open(output_path, "wb") as output, tempfile.TemporaryFile() as errors:
            tool = subprocess.Popen(
                argv_of_pid(driver.pid),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=errors,
                cwd=REPO,
            )
            deadline = time.perf_counter() + HEADER_TIMEOUT_S
            while True:
                with open(output_path, "rb") as f:
                    # bpftrace prints "Attaching N probes..." before it.
                    if b"ready\n" in f.read(4096):
                        break
                if time.perf_counter() > deadline or tool.poll() is not None:
                    raise RuntimeError(f"no `ready` line within {HEADER_TIMEOUT_S:.0f} s")
                time.sleep(0.01)
            start = time.perf_counter()
            driver.stdin.write(b"go\n")
            driver.stdin.close()
            # Until the file has not grown for QUIET_S: the time it last grew is the end.
            size = output_path.stat().st_size
            last_growth = start
            while time.perf_counter() - last_growth < QUIET_S or driver.poll() is None:
                time.sleep(0.005)
                now_size = output_path.stat().st_size
                if now_size != size:
                    size = now_size
                    last_growth = time.perf_counter()
            tool.send_signal(signal.SIGINT)
            tool.wait(timeout=30)
            errors.seek(0)
            stderr_text = errors.read().decode(errors="replace")
        lost = 0
        for line in stderr_text.splitlines():
            words = line.split()
            # "Lost N events", printed by both tools as the losses happen.
            if len(words) == 3 and words[0] == "Lost" and words[2] == "events":
                lost += int(words[1])
        with open(output_path, "rb") as f:
            printed = f.read()
        # The lines after `ready`.
        lines = printed[printed.index(b"ready\n") + 6:].count(b"\n")
        elapsed = last_growth - start
        rate = lines / elapsed if elapsed > 0 else 0.0
        return lines, lost, rate
    finally:
        for process in (tool, driver):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


def measure_printf(btc, events, runs, tmp):
    """The printf throughput of btc's tool and of bpftrace on the same script."""
    script = Path(tmp) / "printf_burst.bt"
    script.write_text(PRINTF_SCRIPT)
    results = []
    btc_result = PrintfResult("btc", "")
    tool = Path(tmp) / "printf-burst-btc"
    if btc.is_file():
        out = run_capture([str(btc), "build", str(script), "-o", str(tool)])
        if out.returncode != 0:
            first = (out.stderr.strip().splitlines() or ["(no message)"])[0]
            btc_result.note = f"`btc build` of the printf script failed: {first}"
    else:
        btc_result.note = f"btc not found at {btc}"
    results.append((btc_result, None if btc_result.note else
                    (lambda pid: [str(tool), str(pid)])))
    bpftrace_result = PrintfResult("bpftrace", "")
    if BPFTRACE.is_file():
        bpftrace_result.version = run_capture([str(BPFTRACE), "--version"]).stdout.strip()
        argv = lambda pid: [str(BPFTRACE), str(script), str(pid)]  # noqa: E731
    else:
        bpftrace_result.note = f"{BPFTRACE} not installed"
        argv = None
    results.append((bpftrace_result, argv))
    for _ in range(runs):
        for result, argv_of_pid in results:
            if argv_of_pid is None:
                continue
            try:
                lines, lost, rate = printf_once(argv_of_pid, events, tmp)
                result.lines.append(lines)
                result.lost.append(lost)
                result.rate.append(rate)
            except Exception as e:  # noqa: BLE001 - reported in the table
                result.failures.append(str(e))
            print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return [result for result, _ in results]


def printf_report(results, events, runs):
    """The printf throughput table: one row per tool."""
    lines = [
        f"| printf burst of {events:,} events, median of {runs} runs | lines printed | "
        "lost events | lines per second |",
        "|---|---|---|---|",
    ]
    notes = []
    for r in results:
        label = f"{r.name} ({r.version})" if r.version else r.name
        if not r.rate:
            lines.append(f"| {label} | {r.note or 'failed'} | | |")
        else:
            lines.append(
                f"| {label} | {statistics.median(r.lines):,.0f} | "
                f"{statistics.median(r.lost):,.0f} | {statistics.median(r.rate):,.0f} |"
            )
        for f in r.failures:
            notes.append(f"- printf, {r.name}: a run failed: {f}")
    return lines, notes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="measured runs per tool (default 7)")
    ap.add_argument(
        "--btc",
        type=Path,
        default=Path(os.environ.get("BTC", REPO / "target/x86_64-unknown-linux-gnu/release/btc")),
        help="the btc binary (default: $BTC, else the release build in target/)",
    )
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    ap.add_argument(
        "--only",
        choices=["printf", "frontend"],
        help="run only this measure and print it; docs/benchmarks.md is not written",
    )
    ap.add_argument("--events", type=int, default=500_000,
                    help="events in each printf burst (default 500000)")
    ap.add_argument("--printf-runs", type=int, default=3,
                    help="printf bursts per tool (default 3)")
    args = ap.parse_args()
    if args.runs < 5:
        ap.error("--runs must be at least 5")
    if args.only == "frontend":
        only_frontend(args.btc.resolve(), args.runs)
        return
    if os.geteuid() != 0:
        sys.exit("bench: needs root (the tools load BPF programs); run `sudo make bench`")

    if args.only == "printf":
        tmp = tempfile.mkdtemp(prefix="btc-bench-")
        try:
            results = measure_printf(args.btc.resolve(), args.events, args.printf_runs, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        printf_lines, printf_notes = printf_report(results, args.events, args.printf_runs)
        print("\n".join(printf_lines))
        for n in printf_notes:
            print(n)
        return

    tmp = tempfile.mkdtemp(prefix="btc-bench-")
    try:
        subjects = [btc_subject(args.btc.resolve(), args.runs, tmp), bpftrace_subject(),
                    libbpf_subject()]
        runnable = [s for s in subjects if s.argv is not None]
        btc_path = args.btc.resolve()
        if btc_path.is_file():
            subjects[0].list_ms = measure_list([str(btc_path), "list", LIST_PATTERN], args.runs)
        if BPFTRACE.is_file():
            subjects[1].list_ms = measure_list([str(BPFTRACE), "-l", LIST_PATTERN], args.runs)
        sizes = {}
        for s in runnable:
            sizes[s.name] = (stripped_size(s.executable, tmp), shared_libraries_size(s.executable))

        for s in runnable:  # warm-up: page cache, BTF parsing caches; discarded
            try:
                measure_once(s)
            except Exception as e:  # noqa: BLE001 - reported in the table
                s.failures.append(f"warm-up: {e}")
        for i in range(args.runs):
            order = runnable[i % len(runnable):] + runnable[: i % len(runnable)]
            for s in order:
                try:
                    startup, rss = measure_once(s)
                    s.startup_ms.append(startup)
                    s.rss_kib.append(rss)
                except Exception as e:  # noqa: BLE001 - reported in the table
                    s.failures.append(str(e))
                print(".", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)

        frontend = None
        if btc_path.is_file():
            try:
                frontend = measure_frontend(btc_path, args.runs, tmp)
            except Exception as e:  # noqa: BLE001 - reported in the notes
                subjects[0].failures.append(f"front end: {e}")

        lines, notes = report(subjects, args.runs, sizes)
        lines += frontend_rows(len(subjects) - 1, args.runs, frontend)
        results = measure_printf(args.btc.resolve(), args.events, args.printf_runs, tmp)
        printf_lines, printf_notes = printf_report(results, args.events, args.printf_runs)
        notes += printf_notes
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    machine = (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu_model()}), "
        f"load average {load} at the end, {today}"
    )
    table = "\n".join(lines)
    printf_table = "\n".join(printf_lines)
    print(table)
    print()
    print(printf_table)
    for n in notes:
        print(n)

    doc = f"""# Benchmarks

Written by `make bench` (bench/bench.py); rerun it rather than editing this file.
All figures below come from one run, on: {machine}.

{table}

What is measured (all three tools trace execve/execveat and print one line per exec):
- **btc**: the tool that `btc build tools/execsnoop.bt` makes, run as is.
- **bpftrace**: `bpftrace tools/execsnoop.bt`, the same script, with Debian's bpftrace
  ({subjects[1].version}); it parses, compiles (LLVM) and loads the script at every start.
- **libbpf-tools**: Debian's prebuilt CO-RE `execsnoop` (C + libbpf), run under `stdbuf -oL`
  so that its header is not held back in a stdio buffer.

How:
- *exec → header*: wall time from just before fork+exec of the tool until its header line has
  been read from its stdout (a pipe). Each tool prints the header only after its probes are
  attached. Median (min–max) of {args.runs} runs; the tools take turns, after one discarded
  warm-up run each.
- *peak RSS*: VmHWM of the tool's process (/proc/PID/status), read after it has printed the
  events for 20 execs of /bin/true, just before SIGINT stops it. One process per tool in
  every case, so the same measure is fair to all three.
- *build*: wall time of `btc build tools/execsnoop.bt -o FILE`.
- *front end*: `btc check --time` of a generated script of {FRONTEND_SCRIPT_LINES}+ lines
  (bench/bench.py's frontend_script(): tracepoint probes with predicates, maps of every
  aggregation, printf, if/else chains): the process's wall time, and the parse + check time
  that btc prints (without process start-up and reading the file).
- *list*: wall time of `btc list 'tracepoint:*'` and of `bpftrace -l 'tracepoint:*'` (the same
  set of probes, checked by tests/e2e/list.rs), output read to the end through a pipe.
- *stripped executable*: size of a `strip`ped copy; the next row adds the shared libraries
  that `ldd` lists (btc's tools are static).

## printf throughput

{printf_table}

The same script for both tools (Debian's bpftrace {results[1].version or "(not installed)"}):

```
{PRINTF_SCRIPT}```

A driver process makes {args.events:,} getppid() calls as fast as it can; each prints one line
through the tool, whose stdout is a file (a pipe read by the Python bench would slow the
driver on 2 CPUs and hide the tool's own limit). *lost events* is what the
tool reports when it stops (`Lost N events`: its ring or perf buffer was full); *lines per
second* is the lines printed divided by the time from the start of the burst to the last line.
Median of {args.printf_runs} runs each (`python3 bench/bench.py --only printf` runs this part
alone).
"""
    if notes:
        doc += "\nNotes from this run:\n" + "\n".join(notes) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(doc)
    print(f"\nwritten to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
