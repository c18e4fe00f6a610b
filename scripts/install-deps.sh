#!/usr/bin/env bash
# Installs what building and testing btc need on Debian 12, and mounts tracefs.
# Idempotent: when everything is there it only checks, without touching the network.
# Rust itself comes from rustup (not apt); this script adds clippy and rustfmt if missing.
set -euo pipefail

# Building: a C toolchain and the static libelf/libz that libbpf-sys links (features = ["static"]).
# Testing: bpftool; coreutils (stdbuf, chroot, timeout), util-linux (setpriv, mount).
# Benchmark: bpftrace and libbpf-tools (compared against), python3 (the harness), binutils (strip).
# make vmtest (scripts/vmtest.sh): qemu-system-x86 (the VM, under TCG), busybox-static (the
# guest's userland and the initramfs packer), xz-utils, gzip, dpkg (unpacking Debian's kernel).
PACKAGES=(
    gcc libc6-dev make pkgconf libelf-dev zlib1g-dev binutils
    bpftool coreutils util-linux mount
    bpftrace libbpf-tools python3
    qemu-system-x86 busybox-static xz-utils gzip dpkg
)

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=()
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] && [ "${#SUDO[@]}" -eq 0 ]; then
        echo "install-deps: missing packages (${missing[*]}) and not root, no sudo" >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Rust: installed through rustup beforehand; make sure clippy and rustfmt are there.
if ! command -v cargo >/dev/null 2>&1; then
    echo "install-deps: cargo not found; install Rust with rustup (https://rustup.rs)" >&2
    exit 1
fi
if command -v rustup >/dev/null 2>&1; then
    cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
    cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
fi

# Tracepoints are found through tracefs.
if [ ! -d /sys/kernel/tracing/events ]; then
    if [ "$(id -u)" -eq 0 ] || [ "${#SUDO[@]}" -gt 0 ]; then
        "${SUDO[@]}" mount -t tracefs nodev /sys/kernel/tracing
    else
        echo "install-deps: tracefs is not mounted at /sys/kernel/tracing and not root" >&2
    fi
fi
