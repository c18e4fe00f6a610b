#!/usr/bin/env bash
# vmtest.sh - run btc-built tools on this kernel and, unchanged, on Debian's 6.1 kernel in qemu.
#
# usage: scripts/vmtest.sh [CASE...]          (default: every tests/vm/cases/*.case)
#
# 1. Builds each case's script with `btc build` (tests/vm/cases/NAME.bt, or the case's
#    `script=`). A script that btc rejects with "not supported yet" is a SKIP, any other build
#    error a FAIL.
# 2. As root with tracefs, runs the cases marked host=1 on this kernel (tests/vm/driver.sh).
# 3. Boots Debian's kernel (linux-image-amd64, i.e. 6.1 on bookworm) under qemu once, with an
#    initramfs holding busybox, the same tool binaries and the driver, which runs every case
#    in the guest. The guest also checks that its binaries are byte-identical to the host's.
# 4. Prints "vmtest: N passed, N failed, N skipped" and exits 1 if anything failed.
#
# environment:
#   BTC               the btc binary (default: the release build in $CARGO_TARGET_DIR or target/)
#   BTC_RUNTIME       the runtime stub (default: btc-runtime beside btc)
#   BTC_VMTEST_CACHE  kernel and busybox cache (default ${XDG_CACHE_HOME:-~/.cache}/btc-vmtest)
#   VMTEST_KERNEL     Debian kernel package (default: what linux-image-amd64 depends on)
#   VMTEST_TIMEOUT    seconds before the VM is killed (default 240)
#   VMTEST_HOST       0: skip the host runs
#   VMTEST_ACCEL      auto | kvm | tcg (default auto: KVM only with vmx/svm; see
#                     shared/vmtest/README.md for why a PVM /dev/kvm is useless here)
#   VMTEST_VERBOSE    1: copy the guest console to stderr; keep the work directory
#
# Fetching (apt-get download of the kernel and busybox-static, extraction of the PVH vmlinux)
# follows shared/vmtest/vmtest.sh; nothing is written inside the repository.
set -euo pipefail

t_start=$(date +%s.%N)
repo=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "vmtest: $*" >&2; exit 2; }
log() { [ "${VMTEST_VERBOSE:-0}" = 1 ] && echo "vmtest: $*" >&2 || true; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

target_dir=${CARGO_TARGET_DIR:-$repo/target}
btc=${BTC:-$target_dir/x86_64-unknown-linux-gnu/release/btc}
[ -x "$btc" ] || die "btc not found at $btc: run \`cargo build --release\` (make vmtest does)"
casedir=$repo/tests/vm/cases
cache=${BTC_VMTEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/btc-vmtest}
timeout_s=${VMTEST_TIMEOUT:-240}

# ------------------------------------------------------------------ fetching (cached)
command -v qemu-system-x86_64 >/dev/null ||
    die "qemu-system-x86_64 missing: run scripts/install-deps.sh (apt package qemu-system-x86)"
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
exec 9>"$cache/.lock"
flock 9 || die "cannot lock $cache/.lock"

apt_download() { # pkg dir -> path of the .deb in dir
    local pkg=$1 dir=$2 deb
    deb=$(ls "$dir"/"${pkg}"_*.deb 2>/dev/null | head -n1 || true)
    if [ -z "$deb" ]; then
        if ! (cd "$dir" && apt-get download "$pkg" >/dev/null 2>"$dir/apt.err"); then
            [ "$(id -u)" = 0 ] || die "apt-get download $pkg failed (run apt-get update?): $(cat "$dir/apt.err")"
            apt-get update >/dev/null 2>&1 || true
            (cd "$dir" && apt-get download "$pkg" >/dev/null 2>"$dir/apt.err") ||
                die "apt-get download $pkg failed: $(cat "$dir/apt.err")"
        fi
        deb=$(ls "$dir"/"${pkg}"_*.deb | head -n1)
        rm -f "$dir/apt.err"
    fi
    echo "$deb"
}

# The kernel: resolve the linux-image-amd64 metapackage once (apt-cache takes about 1 s) and
# remember the answer; delete $cache/kernel/*.resolved to pick up a newer kernel.
kpkg=${VMTEST_KERNEL:-linux-image-amd64}
case $kpkg in
    linux-image-amd64 | linux-image-cloud-amd64)
        mkdir -p "$cache/kernel"
        resolved=$cache/kernel/$kpkg.resolved
        real=$(cat "$resolved" 2>/dev/null || true)
        if [ -z "$real" ]; then
            resolve() { apt-cache depends "$kpkg" 2>/dev/null | awk '/Depends: linux-image-/ { print $2; exit }'; }
            real=$(resolve)
            if [ -z "$real" ] && [ "$(id -u)" = 0 ]; then
                apt-get update >/dev/null 2>&1 || true
                real=$(resolve)
            fi
            [ -n "$real" ] || die "cannot resolve $kpkg (apt-cache depends found nothing)"
            echo "$real" >"$resolved"
        fi
        kpkg=$real
        ;;
esac
kdir=$cache/kernel/$kpkg
if [ ! -s "$kdir/vmlinux" ] && [ ! -s "$kdir/vmlinuz" ]; then
    mkdir -p "$kdir"
    echo "vmtest: fetching $kpkg (once; cached in $cache)" >&2
    deb=$(apt_download "$kpkg" "$kdir")
    # Only ./boot is needed: skip the ~400 MB of modules.
    dpkg-deb --fsys-tarfile "$deb" | tar -C "$kdir" -x --wildcards './boot/*'
    cp "$(ls "$kdir"/boot/vmlinuz-* | head -n1)" "$kdir/vmlinuz.tmp"
    cp "$kdir"/boot/config-* "$kdir/config" 2>/dev/null || true
    # The uncompressed ELF vmlinux boots through the PVH entry point, which skips the
    # real-mode setup and the decompressor: about 2.2 s instead of 5.5 s under TCG.
    off=$(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$kdir/vmlinuz.tmp" | head -n1 | cut -d: -f1 || true)
    if [ -n "$off" ] && grep -q '^CONFIG_PVH=y' "$kdir/config" 2>/dev/null &&
        { tail -c +$((off + 1)) "$kdir/vmlinuz.tmp" || true; } | xz -dc --single-stream >"$kdir/vmlinux.tmp" 2>/dev/null &&
        [ "$(head -c 4 "$kdir/vmlinux.tmp" | od -An -c | tr -d ' ')" = '177ELF' ]; then
        mv "$kdir/vmlinux.tmp" "$kdir/vmlinux"
    else
        rm -f "$kdir/vmlinux.tmp"
        log "no PVH-bootable vmlinux extracted; booting the bzImage"
    fi
    mv "$kdir/vmlinuz.tmp" "$kdir/vmlinuz"
    rm -rf "$kdir/boot" "$deb"
fi
kernel=$kdir/vmlinuz
[ -s "$kdir/vmlinux" ] && kernel=$kdir/vmlinux

# A few modules of the same package, which cases load with `insmod` in their setup() (probes
# on module functions): extracted once, the rest of the package is not kept.
guest_modules=(drivers/net/dummy.ko)
if [ ! -s "$kdir/modules/dummy.ko" ]; then
    echo "vmtest: fetching $kpkg for its modules (once; cached in $cache)" >&2
    mkdir -p "$kdir/modules"
    deb=$(apt_download "$kpkg" "$kdir")
    for module in "${guest_modules[@]}"; do
        dpkg-deb --fsys-tarfile "$deb" | tar -C "$kdir/modules" -x --wildcards "./lib/modules/*/kernel/$module" &&
            find "$kdir/modules/lib" -name "$(basename "$module")" -exec mv {} "$kdir/modules/" \; ||
            log "cannot extract $module from $deb"
    done
    rm -rf "$kdir/modules/lib" "$deb"
fi

bbdir=$cache/busybox
if [ ! -x "$bbdir/busybox" ]; then
    mkdir -p "$bbdir"
    echo "vmtest: fetching busybox-static (once)" >&2
    deb=$(apt_download busybox-static "$bbdir")
    dpkg-deb --fsys-tarfile "$deb" | tar -C "$bbdir" -x ./bin/busybox
    mv "$bbdir/bin/busybox" "$bbdir/busybox" && rmdir "$bbdir/bin" && rm -f "$deb"
fi
bb=$bbdir/busybox
flock -u 9
exec 9>&-

# ------------------------------------------------------------------ building the tools
work=$(mktemp -d "${TMPDIR:-/tmp}/btc-vmtest.XXXXXX")
qpid=
cleanup() {
    [ -n "$qpid" ] && kill "$qpid" 2>/dev/null
    if [ "${VMTEST_VERBOSE:-0}" = 1 ]; then echo "vmtest: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
root=$work/root
mkdir -p "$root"/{bin,sbin,proc,sys,dev,tmp,run,etc} "$root/vmtest/bin" "$root/vmtest/cases"
mkdir -p "$root/vmtest/modules"
cp "$kdir"/modules/*.ko "$root/vmtest/modules/" 2>/dev/null || true

passed=0 failed=0 skipped=0
failures=()

# The guest kernel's own BTF, for cases built with `btf=guest` (`btc build --btf`): a tool
# built against 6.1's types must run on this kernel too, since CO-RE relocates its offsets.
guest_btf=
if [ -s "$kdir/vmlinux" ] && objcopy -O binary --only-section=.BTF "$kdir/vmlinux" "$work/guest.btf" 2>/dev/null &&
    [ -s "$work/guest.btf" ]; then
    guest_btf=$work/guest.btf
fi

if [ $# -gt 0 ]; then
    cases=()
    for c in "$@"; do
        [ -f "$casedir/$c.case" ] || die "no such case: $casedir/$c.case"
        cases+=("$casedir/$c.case")
    done
else
    cases=("$casedir"/*.case)
fi

for case in "${cases[@]}"; do
    name=$(basename "$case" .case)
    settings=$( (script= binary= btf=; . "$case" >/dev/null 2>&1; echo "$btf:$binary:$script"))
    btf=${settings%%:*}
    settings=${settings#*:}
    script=${settings#*:}
    script=${script:-tests/vm/cases/$name.bt}
    build_flags=()
    if [ "$( (unsafe=; . "$case" >/dev/null 2>&1; echo "$unsafe"))" = 1 ]; then
        build_flags+=(--unsafe)
    fi
    if [ "$btf" = guest ]; then
        if [ -z "$guest_btf" ]; then
            echo "SKIP $name: the guest kernel's BTF could not be extracted from its vmlinux"
            skipped=$((skipped + 1))
            continue
        fi
        build_flags=(--btf "$guest_btf")
    fi
    cp "$case" "$root/vmtest/cases/"
    if [ "${settings%%:*}" = btc ]; then
        # The case runs btc itself (a static binary too), e.g. `btc list`.
        cp "$btc" "$root/vmtest/bin/$name"
        continue
    fi
    if out=$("$btc" build "${build_flags[@]}" "$repo/$script" -o "$root/vmtest/bin/$name" 2>&1); then
        continue
    fi
    rm -f "$root/vmtest/bin/$name"
    if grep -q 'not supported yet' <<<"$out"; then
        reason=$(grep -o 'not supported yet.*' <<<"$out" | head -n1)
        echo "SKIP $name: btc build: $reason"
        skipped=$((skipped + 1))
    else
        echo "RESULT FAIL build/$name: btc build $script failed:"
        sed 's/^/    /' <<<"$out" | head -n 20
        failed=$((failed + 1))
        failures+=("build/$name")
    fi
done
(cd "$root/vmtest/bin" && sha256sum -- * >../SHA256SUMS 2>/dev/null) || : >"$root/vmtest/SHA256SUMS"
cp "$repo/tests/vm/driver.sh" "$root/vmtest/driver.sh"

tally() { # file with RESULT lines
    local p f
    p=$(grep -c '^RESULT PASS ' "$1" || true)
    f=$(grep '^RESULT FAIL ' "$1" | sed 's/^RESULT FAIL \([^:]*\):.*/\1/' || true)
    passed=$((passed + p))
    for x in $f; do
        failed=$((failed + 1))
        failures+=("$x")
    done
}

# ------------------------------------------------------------------ this kernel
if [ "${VMTEST_HOST:-1}" = 0 ]; then
    echo "vmtest: host runs turned off (VMTEST_HOST=0)"
elif [ "$(id -u)" != 0 ]; then
    echo "vmtest: not root: no host runs (the guest still runs everything)"
elif [ ! -d /sys/kernel/tracing/events ]; then
    echo "vmtest: tracefs not mounted at /sys/kernel/tracing: no host runs"
else
    t_host=$(date +%s.%N)
    echo "vmtest: host $(uname -r): running the cases marked host=1"
    sh "$root/vmtest/driver.sh" "$root/vmtest/bin" "$root/vmtest/cases" host 2>&1 | tee "$work/host.out" || true
    tally "$work/host.out"
    echo "vmtest: host runs took $(since "$t_host") s"
fi

# ------------------------------------------------------------------ the guest
cp "$bb" "$root/bin/busybox"
cat >"$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/sbin HOME=/tmp
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
mount -t tracefs tracefs /sys/kernel/tracing
mount -t debugfs debugfs /sys/kernel/debug
mount -t bpf bpf /sys/fs/bpf 2>/dev/null
mount -t cgroup2 cgroup2 /sys/fs/cgroup 2>/dev/null
ulimit -l unlimited 2>/dev/null
echo 0 > /proc/sys/kernel/kptr_restrict 2>/dev/null
echo vmtest > /etc/hostname
out=/dev/ttyS1
[ -c $out ] || out=/dev/console
stty -F $out raw -echo 2>/dev/null
cd /tmp
{
    echo "GUEST $(uname -r) up $(cut -d' ' -f1 /proc/uptime) s"
    [ -d /sys/kernel/tracing/events ] || echo "GUEST warning: no tracefs"
    if (cd /vmtest/bin && sha256sum -c -s ../SHA256SUMS); then
        echo "RESULT PASS guest/identical-binaries"
    else
        echo "RESULT FAIL guest/identical-binaries: sha256 differs from the host's build"
    fi
    sh /vmtest/driver.sh /vmtest/bin /vmtest/cases guest
    echo "GUEST done up $(cut -d' ' -f1 /proc/uptime) s"
} > $out 2>&1 < /dev/null
echo "VMTEST_EXIT=0"
sync
poweroff -f
EOF
chmod 755 "$root/init"
(cd "$root" && find . | "$bb" cpio -o -H newc -R 0:0 2>/dev/null) | gzip -1 >"$work/initrd.gz"

accel=${VMTEST_ACCEL:-auto}
if [ "$accel" = auto ]; then
    accel=tcg
    if [ -r /dev/kvm ] && [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo; then accel=kvm; fi
fi
case $accel in
    kvm) accel_args=(-accel kvm -cpu host) ;;
    tcg) accel_args=(-accel tcg -cpu max) ;;
    *) die "VMTEST_ACCEL must be auto, kvm or tcg" ;;
esac

echo "vmtest: booting $kpkg ($accel) with $(ls "$root/vmtest/bin" | wc -l) tools"
t_boot=$(date +%s.%N)
: >"$work/out"
qemu-system-x86_64 "${accel_args[@]}" -M pc -m 1G -smp 2 \
    -display none -no-reboot -nodefaults -vga none \
    -chardev file,id=con,path="$work/console" -serial chardev:con \
    -chardev file,id=out,path="$work/out" -serial chardev:out \
    -kernel "$kernel" -initrd "$work/initrd.gz" \
    -append "console=ttyS0 panic=-1 quiet loglevel=3" \
    </dev/null >"$work/qemu.log" 2>&1 &
qpid=$!
tpid=
if [ "${VMTEST_VERBOSE:-0}" = 1 ]; then
    tail -n +1 -F --pid=$qpid "$work/console" 2>/dev/null | tr -d '\r' >&2 &
    tpid=$!
fi
# Stream the guest's results as they arrive.
tail -n +1 -F --pid=$qpid "$work/out" 2>/dev/null &
opid=$!
timed_out=0
for ((i = 0; i < timeout_s * 10; i++)); do
    kill -0 "$qpid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$qpid" 2>/dev/null; then
    timed_out=1
    kill "$qpid" 2>/dev/null || true
fi
wait "$qpid" 2>/dev/null || true
qpid=
wait "$opid" 2>/dev/null || true
[ -n "$tpid" ] && { wait "$tpid" 2>/dev/null || true; }
boot_s=$(since "$t_boot")

tally "$work/out"
if [ $timed_out = 1 ]; then
    echo "RESULT FAIL guest/boot: the VM did not finish within ${timeout_s}s; console tail:"
    tail -n 30 "$work/console" | tr -d '\r' | sed 's/^/    /'
    failed=$((failed + 1))
    failures+=(guest/boot)
elif ! grep -q '^GUEST done' "$work/out"; then
    echo "RESULT FAIL guest/boot: the guest driver did not finish; qemu log and console tail:"
    sed 's/^/    /' "$work/qemu.log"
    tail -n 40 "$work/console" | tr -d '\r' | sed 's/^/    /'
    failed=$((failed + 1))
    failures+=(guest/boot)
fi
echo "vmtest: VM boot to poweroff took $boot_s s (up to the driver: $(sed -n 's/^GUEST .* up \(.*\) s$/\1/p' "$work/out" | head -n1) s guest time)"
echo "vmtest: total $(since "$t_start") s"
[ $failed -gt 0 ] && echo "vmtest: failed: ${failures[*]}"
echo "vmtest: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
