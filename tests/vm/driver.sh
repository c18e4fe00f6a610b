#!/bin/sh
# driver.sh - run btc-built tools against workloads and check their output.
#
# usage: driver.sh BINDIR CASEDIR WHERE
#
#   For every CASEDIR/NAME.case whose tool BINDIR/NAME exists, runs the tool, drives the
#   case's workload, and checks the output. WHERE (guest or host) goes into the result
#   lines and selects the cases: on the host only those with host=1 run.
#   Prints one line per case, which scripts/vmtest.sh counts:
#       RESULT PASS WHERE/NAME
#       RESULT FAIL WHERE/NAME: reason      (followed by the tool's output, indented)
#   Exit status: the number of failures (capped at 100).
#
# POSIX sh only: in the guest this runs under busybox sh with busybox applets, on the host
# under /bin/sh with coreutils. The case file format is described in tests/vm/README.md.

bindir=$1
casedir=$2
where=${3:-guest}
tmp=${TMPDIR:-/tmp}/btc-vmtest-driver.$$
mkdir -p "$tmp" || exit 100
fails=0

indent() { sed 's/^/    /' "$@"; }

# True while PID runs (a zombie that the shell has not reaped yet counts as gone).
alive() { [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

fail() { # name reason
    echo "RESULT FAIL $where/$1: $2"
    if [ -s "$tmp/out" ]; then echo "  stdout:"; indent "$tmp/out" | head -n 40; fi
    if [ -s "$tmp/err" ]; then echo "  stderr:"; indent "$tmp/err" | head -n 40; fi
    fails=$((fails + 1))
}

# Waits until FILE has a line matching the extended regular expression ^PREFIX, or PID exits, or SECS pass.
wait_line() { # file prefix pid secs
    n=0
    while [ "$n" -lt $(($4 * 10)) ]; do
        grep -Eq "^$2" "$1" 2>/dev/null && return 0
        alive "$3" || { grep -Eq "^$2" "$1" 2>/dev/null; return; }
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}

# Runs one case; the case file has been sourced in the current (sub)shell.
run_case() { # name tool
    name=$1 tool=$2
    : > "$tmp/out"; : > "$tmp/err"
    setup > "$tmp/setup" 2>&1 || { fail "$name" "setup failed: $(head -c 300 "$tmp/setup")"; return; }
    if [ "$mode" = run ]; then
        set -f # args is a word list on purpose, without filename expansion
        # shellcheck disable=SC2086
        timeout -s KILL "$limit" "$tool" $args > "$tmp/out" 2> "$tmp/err" < /dev/null
        rc=$?
        set +f
        [ $rc -eq 137 ] && { fail "$name" "did not exit within ${limit}s"; return; }
    else
        set -f
        # shellcheck disable=SC2086
        "$tool" $args > "$tmp/out" 2> "$tmp/err" < /dev/null &
        pid=$!
        set +f
        if ! wait_line "$tmp/err" Attached "$pid" "$limit"; then
            kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
            fail "$name" "no 'Attached' line on stderr within ${limit}s"
            return
        fi
        workload > "$tmp/workload" 2>&1
        # Let the runtime read the ring buffer, then stop the tool as Ctrl-C would.
        if [ -n "$until" ]; then
            wait_line "$tmp/out" "$until" "$pid" "$limit"
        else
            sleep "$settle"
        fi
        kill -INT "$pid" 2>/dev/null
        n=0
        while alive "$pid" && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
        if alive "$pid"; then
            kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
            fail "$name" "still running 10s after SIGINT"
            return
        fi
        wait "$pid"
        rc=$?
    fi
    if [ "$rc" -ne "${status:-0}" ]; then
        fail "$name" "exit status $rc, expected ${status:-0}"
        return
    fi
    # Every line of $expect is an extended regular expression that some stdout line matches.
    missing=$(printf '%s\n' "$expect" | while IFS= read -r re; do
        [ -z "$re" ] && continue
        grep -Eq -- "$re" "$tmp/out" || printf '%s\n' "$re"
    done)
    if [ -n "$missing" ]; then
        fail "$name" "no stdout line matches: $(printf '%s' "$missing" | tr '\n' '|')"
        return
    fi
    # Every line of $expect_err (optional) matches some stderr line.
    missing=$(printf '%s\n' "$expect_err" | while IFS= read -r re; do
        [ -z "$re" ] && continue
        grep -Eq -- "$re" "$tmp/err" || printf '%s\n' "$re"
    done)
    if [ -n "$missing" ]; then
        fail "$name" "no stderr line matches: $(printf '%s' "$missing" | tr '\n' '|')"
        return
    fi
    # Every line of $reject (optional) matches no stdout line.
    found=$(printf '%s\n' "$reject" | while IFS= read -r re; do
        [ -z "$re" ] && continue
        grep -Eq -- "$re" "$tmp/out" && printf '%s\n' "$re"
    done)
    if [ -n "$found" ]; then
        fail "$name" "stdout has a line matching: $(printf '%s' "$found" | tr '\n' '|')"
        return
    fi
    echo "RESULT PASS $where/$name"
}

for case in "$casedir"/*.case; do
    name=$(basename "$case" .case)
    tool=$bindir/$name
    [ -x "$tool" ] || continue # not built: the host has reported a SKIP or FAIL for it
    # Defaults, then the case's own settings.
    mode=trace args= binary= limit=20 settle=1 until= status=0 expect= expect_err= reject= host=0
    workload() { :; }
    setup() { :; }
    # shellcheck disable=SC1090
    . "$case"
    [ "$where" = host ] && [ "$host" != 1 ] && continue
    run_case "$name" "$tool"
done

rm -rf "$tmp"
[ $fails -gt 100 ] && fails=100
exit $fails
