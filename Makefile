# btc: build, try, test and benchmark. `make run` and `make test` are the README's commands.
# cargo's default target directory is used, unless CARGO_TARGET_DIR says otherwise.

CARGO       ?= cargo
TARGET_DIR  := $(or $(CARGO_TARGET_DIR),target)
RELEASE_DIR := $(abspath $(TARGET_DIR))/x86_64-unknown-linux-gnu/release
BTC         := $(RELEASE_DIR)/btc
BTC_RUNTIME := $(RELEASE_DIR)/btc-runtime
TOOLS_DIR   := $(abspath $(TARGET_DIR))/tools
# Loading BPF programs needs root.
SUDO        := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps build run test vmtest bench clean fmt fuzz-smoke

all: build

# Installs missing apt packages and mounts tracefs; only checks when all is there.
deps:
	scripts/install-deps.sh

build: deps
	$(CARGO) build --release

# Builds tools/execsnoop.bt with btc and runs it for 5 s while a few programs are exec'ed.
run: build
	mkdir -p $(TOOLS_DIR)
	BTC_RUNTIME=$(BTC_RUNTIME) $(BTC) build tools/execsnoop.bt -o $(TOOLS_DIR)/execsnoop
	@echo "--- $(TOOLS_DIR)/execsnoop for 5 s (it then gets SIGINT, as from Ctrl-C):"
	@( sleep 1; for i in 1 2 3; do /bin/echo "hello from make run $$i" >/dev/null; \
	   ls / >/dev/null; sleep 0.5; done ) & \
	status=0; $(SUDO) timeout -s INT 5 $(TOOLS_DIR)/execsnoop || status=$$?; wait; \
	[ $$status -eq 0 ] || [ $$status -eq 124 ]

# Unit tests and the end-to-end tests (tests/e2e, which run the release btc against this
# kernel as root), then lints. An e2e test that is not run as root prints "SKIP ...".
test: build
	BTC=$(BTC) BTC_RUNTIME=$(BTC_RUNTIME) $(CARGO) test --workspace --release --no-fail-fast
	$(CARGO) clippy --workspace --all-targets --release -- -D warnings
	$(CARGO) fmt --all -- --check

# Runs tests/vm/cases on this kernel and, with the same binaries, on Debian's 6.1 kernel
# under qemu (one boot; kernel and busybox cached in ~/.cache/btc-vmtest). See tests/vm/README.md.
vmtest: build
	$(SUDO) env BTC=$(BTC) BTC_RUNTIME=$(BTC_RUNTIME) scripts/vmtest.sh

# Runs each fuzz target of the front end (fuzz/) for 20 s; fails on a crash or a hang.
# Needs cargo-fuzz (cargo install cargo-fuzz); FUZZ_SECONDS=N changes the time per target.
fuzz-smoke:
	scripts/fuzz-smoke.sh

# Writes docs/benchmarks.md.
bench: build
	$(SUDO) env BTC=$(BTC) BTC_RUNTIME=$(BTC_RUNTIME) python3 bench/bench.py

clean:
	$(CARGO) clean

fmt:
	$(CARGO) fmt --all
