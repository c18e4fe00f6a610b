#!/usr/bin/env bash
# Runs each fuzz target of btc's front end (fuzz/) for a short time and fails on a crash,
# a hang (a run longer than 10 s), or a leak of unbounded memory.
#
#   scripts/fuzz-smoke.sh              # every target for 20 s
#   FUZZ_SECONDS=600 scripts/fuzz-smoke.sh lexer parser
#
# cargo-fuzz needs nightly compiler flags (-Zsanitizer=address, sanitizer coverage); on a
# stable toolchain RUSTC_BOOTSTRAP=1 unlocks them. Install it with `cargo install
# cargo-fuzz`. The seed corpus is fuzz/seeds plus every script in tools/,
# compiler/tests/scripts/ and tests/corpus/; what a run discovers goes to fuzz/corpus/TARGET (not in git), a
# crashing input to fuzz/artifacts/TARGET/crash-* (reproduce with
# `cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET artifacts/TARGET/crash-...`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${FUZZ_SECONDS:-20}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(lexer parser check compile)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz-smoke: cargo-fuzz is not installed; run \`cargo install cargo-fuzz\`" >&2
    exit 2
fi

export RUSTC_BOOTSTRAP=1
cd "$root/fuzz"
if ! build_log=$(cargo fuzz build 2>&1); then
    echo "$build_log" >&2
    exit 1
fi

status=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    log=$(mktemp)
    echo "fuzz-smoke: $target for ${seconds} s"
    if cargo fuzz run "$target" "corpus/$target" seeds "$root/tools" \
        "$root/compiler/tests/scripts" "$root"/tests/corpus/{run,pass,fail,pending} -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -dict=bpftrace.dict -print_final_stats=1 >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
        echo "fuzz-smoke: $target ok, ${runs:-?} executions"
    else
        status=1
        echo "fuzz-smoke: $target FAILED; the end of its log:" >&2
        tail -n 40 "$log" >&2
        ls -t "artifacts/$target" 2>/dev/null | head -n 3 | sed "s|^|  fuzz/artifacts/$target/|" >&2
    fi
    rm -f "$log"
done
exit $status
