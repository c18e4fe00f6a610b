//! The stdlib functions that need more than the probe context: numbers the tool names when
//! it prints (`signal_name`, `syscall_name`, `cgroup_path`), addresses in the traced binary
//! (`uaddr`), compile-time values (`pton`), answers about the target kernel
//! (`kfunc_exist`, `kfunc_allowed`), the tool's named options (`getopt`), `memcmp` and
//! `nsecs(CLOCK)`.
//!
//! In: the call's arguments and the probe it is in. Out: a typed [`Expr`], often a
//! `.rodata` slot that the tool fills when it starts, or an error naming what is wrong.

use super::builtins::{INT32, PT_REGS_IP, probe_type};
use super::*;

impl Checker {
    /// `signal_name(n)`, `syscall_name(n)` and `cgroup_path(id[, filter])`: the number,
    /// which the tool prints as the name it stands for on the machine it runs on.
    pub(super) fn named_number(
        &mut self,
        scope: &mut Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let (number, filter) = match (name, expressions.as_slice()) {
            (_, [number]) => (*number, None),
            ("cgroup_path", [number, filter]) => match &filter.kind {
                AstExprKind::String(text) => (*number, Some(text.clone())),
                _ => {
                    self.error(
                        filter.span,
                        "cgroup_path()'s filter must be a string literal",
                    );
                    return None;
                }
            },
            ("cgroup_path", _) => {
                self.error(
                    span,
                    "cgroup_path() takes a cgroup id and an optional filter",
                );
                return None;
            }
            _ => {
                self.error(span, format!("{name}() takes one integer"));
                return None;
            }
        };
        let number = self.expression(scope, number)?;
        if !number.ty.is_integer_like() {
            self.error(
                number.span,
                format!("{name}() needs an integer, not {}", number.ty.describe()),
            );
            return None;
        }
        let resolved = match name {
            "signal_name" => btc_payload::Resolved::SignalName,
            "syscall_name" => btc_payload::Resolved::SyscallName,
            _ => {
                let filter = filter.unwrap_or_else(|| "*".to_string());
                let index = match self
                    .cgroup_path_filters
                    .iter()
                    .position(|known| *known == filter)
                {
                    Some(index) => index,
                    None => {
                        self.cgroup_path_filters.push(filter);
                        self.cgroup_path_filters.len() - 1
                    }
                };
                btc_payload::Resolved::CgroupPath {
                    filter: index as u32,
                }
            }
        };
        // bpftrace passes the number as an int32 to its signal and syscall tables.
        let number = if matches!(resolved, btc_payload::Resolved::CgroupPath { .. }) {
            number
        } else {
            Expr {
                span: number.span,
                kind: ExprKind::IntegerCast {
                    value: Box::new(number),
                    bits: 32,
                    signed: true,
                },
                ty: INT32,
            }
        };
        Some(Expr {
            kind: number.kind,
            ty: Type::Resolved(resolved),
            span,
        })
    }

    /// `uaddr("symbol")`: the address of a symbol of the binary the uprobe is in, as a
    /// pointer to an unsigned integer as wide as the symbol (1, 2, 4 or 8 bytes; else 8).
    /// The symbol is read from the build host's binary, like the probe's own offset. In a
    /// fixed-address executable that is the address; a position-independent binary is
    /// loaded elsewhere in each process, so the program adds the distance between where
    /// the probe fired (`ip`) and the probed address in the file.
    pub(super) fn user_address(
        &mut self,
        scope: &Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, "uaddr() takes one symbol name");
            return None;
        };
        let AstExprKind::String(name) = &argument.kind else {
            self.error(argument.span, "uaddr() needs a string literal");
            return None;
        };
        let probe_type = probe_type(&scope.probe_name);
        if !matches!(probe_type, "uprobe" | "uretprobe" | "usdt") {
            self.error(
                span,
                format!("uaddr() can not be used for this probetype: {probe_type}"),
            );
            return None;
        }
        let mut parts = scope.probe_name.splitn(3, ':');
        let (_, binary, spelled) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        let bytes = std::fs::read(binary).unwrap_or_default();
        let Some((value, size)) = uprobes::symbol(&bytes, name) else {
            self.error(
                argument.span,
                format!("Could not resolve symbol: {binary}:{name}"),
            );
            return None;
        };
        let bits = match size {
            1 | 2 | 4 => size as u8 * 8,
            _ => 64,
        };
        let ty = Type::Pointer {
            user: true,
            depth: 1,
            pointee: None,
            integer: Some(typed::IntegerPointee {
                bits,
                signed: false,
            }),
        };
        let integer = |value: u64| Expr {
            kind: ExprKind::Integer(value as i64),
            ty: Type::U64,
            span,
        };
        if uprobes::is_fixed_executable(&bytes) {
            return Some(Expr {
                ty,
                ..integer(value)
            });
        }
        let probed = if probe_type == "uprobe" {
            let (function, offset) = match spelled.split_once('+') {
                Some((function, offset)) => (function, offset),
                None => (spelled, "0"),
            };
            let offset = match offset.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => offset.parse().ok(),
            };
            match (function.strip_prefix("0x"), offset) {
                (Some(hex), _) => u64::from_str_radix(hex, 16).ok(),
                (None, Some(offset)) => {
                    uprobes::symbol(&bytes, function).map(|(address, _)| address + offset)
                }
                (None, None) => None,
            }
        } else {
            None
        };
        let Some(probed) = probed else {
            self.unsupported(
                span,
                &format!(
                    "uaddr() in {probe_type} probes on position-independent binaries (only uprobes at a function or address)"
                ),
            );
            return None;
        };
        let instruction_pointer = Expr {
            kind: ExprKind::ContextField {
                offset: PT_REGS_IP,
                size: 8,
                signed: false,
                access: None,
                return_if_null: false,
            },
            ty: Type::U64,
            span,
        };
        let load_bias = Expr {
            kind: ExprKind::Binary {
                operation: Arithmetic::Subtract,
                left: Box::new(instruction_pointer),
                right: Box::new(integer(probed)),
            },
            ty: Type::U64,
            span,
        };
        Some(Expr {
            kind: ExprKind::Binary {
                operation: Arithmetic::Add,
                left: Box::new(load_bias),
                right: Box::new(integer(value)),
            },
            ty,
            span,
        })
    }

    /// `pton("1.2.3.4")` and `pton("::1")`: the address's bytes in network order, as a
    /// `uint8[4]` or `uint8[16]` known when the script is built. As in bpftrace, a `.`
    /// makes the text an IPv4 address and a `:` an IPv6 one.
    pub(super) fn pton(&mut self, arguments: &[ast::CallArgument], span: Span) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, "pton() takes one address");
            return None;
        };
        let AstExprKind::String(text) = &argument.kind else {
            self.error(
                argument.span,
                "pton() expects an string literal at the first argument",
            );
            return None;
        };
        let bytes = if text.contains('.') {
            text.parse::<std::net::Ipv4Addr>()
                .ok()
                .map(|address| address.octets().to_vec())
        } else if text.contains(':') {
            text.parse::<std::net::Ipv6Addr>()
                .ok()
                .map(|address| address.octets().to_vec())
        } else {
            self.error(
                argument.span,
                format!("pton() expects an string argument of an IPv4/IPv6 address, got {text}"),
            );
            return None;
        };
        let Some(bytes) = bytes else {
            self.error(
                argument.span,
                format!("pton() expects a valid IPv4/IPv6 address, got {text}"),
            );
            return None;
        };
        Some(Expr {
            ty: Type::Array {
                element_bytes: 1,
                signed: false,
                length: bytes.len() as u32,
            },
            kind: ExprKind::StringLiteral(bytes),
            span,
        })
    }

    /// `kfunc_exist("name")` and `kfunc_allowed("name")`: answered by the tool when it
    /// starts, for the kernel it runs on (bpftrace answers for the kernel it compiles on),
    /// and written into `.rodata`, where the verifier sees them as constants and skips the
    /// branch they rule out.
    pub(super) fn kfunc_check(
        &mut self,
        scope: &Scope,
        name: &str,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [argument] = expressions.as_slice() else {
            self.error(span, format!("{name}() takes one kfunc name"));
            return None;
        };
        let AstExprKind::String(kfunc) = &argument.kind else {
            self.error(argument.span, format!("{name}() needs a string literal"));
            return None;
        };
        let source = if name == "kfunc_exist" {
            btc_payload::RuntimeValueSource::KfuncExists(kfunc.clone())
        } else {
            // bpftrace's program type for each probe type (`progtype()`), as
            // `enum bpf_prog_type` numbers.
            let program_type = match probe_type(&scope.probe_name) {
                "kprobe" | "kretprobe" | "uprobe" | "uretprobe" | "usdt" => 2,
                "tracepoint" => 5,
                "profile" | "interval" | "software" | "hardware" | "watchpoint" => 7,
                "special" => 17,
                _ => 26,
            };
            btc_payload::RuntimeValueSource::KfuncAllowed {
                name: kfunc.clone(),
                program_type,
            }
        };
        Some(self.runtime_slot(source, span))
    }

    /// `getopt("name"[, default[, "description"]])`: the tool's named option `--name`,
    /// typed by its default: a boolean (no default, `true` or `false`), an integer or a
    /// string. The tool parses `--name=VALUE` and writes the value into `.rodata`; `--help`
    /// lists the options.
    pub(super) fn getopt(&mut self, arguments: &[ast::CallArgument], span: Span) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let usage =
            "getopt() takes an option name, an optional default and an optional description";
        let (name, default, description) = match expressions.as_slice() {
            [name] => (*name, None, None),
            [name, default] => (*name, Some(*default), None),
            [name, default, description] => (*name, Some(*default), Some(*description)),
            _ => {
                self.error(span, usage);
                return None;
            }
        };
        let AstExprKind::String(name) = &name.kind else {
            self.error(name.span, "getopt()'s option name must be a string literal");
            return None;
        };
        if name.is_empty()
            || !name
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-')
            || matches!(
                name.as_str(),
                "format"
                    | "output"
                    | "pid"
                    | "cmd"
                    | "quiet"
                    | "verify-only"
                    | "info"
                    | "help"
                    | "version"
            )
        {
            self.error(
                span,
                format!("`{name}` cannot be an option name (letters, digits, `_` and `-`, and not one of the tool's own options)"),
            );
            return None;
        }
        let description = match description.map(|description| &description.kind) {
            None => String::new(),
            Some(AstExprKind::String(text)) => text.clone(),
            Some(_) => {
                self.error(span, "getopt()'s description must be a string literal");
                return None;
            }
        };
        let default = match default.map(|default| &default.kind) {
            None => btc_payload::OptionValue::Boolean(false),
            Some(AstExprKind::Boolean(flag)) => btc_payload::OptionValue::Boolean(*flag),
            Some(AstExprKind::Integer(number)) => btc_payload::OptionValue::Integer(*number as i64),
            Some(AstExprKind::Unary {
                operator: UnaryOperator::Negate,
                operand,
            }) if matches!(operand.kind, AstExprKind::Integer(_)) => {
                let AstExprKind::Integer(number) = operand.kind else {
                    unreachable!("checked by the guard")
                };
                btc_payload::OptionValue::Integer((number as i64).wrapping_neg())
            }
            Some(AstExprKind::String(text)) => {
                if text.len() >= 8 * btc_payload::OPTION_TEXT_SLOTS {
                    self.error(
                        span,
                        format!(
                            "getopt()'s default text is longer than {} bytes",
                            8 * btc_payload::OPTION_TEXT_SLOTS - 1
                        ),
                    );
                    return None;
                }
                btc_payload::OptionValue::Text(text.clone())
            }
            Some(_) => {
                self.error(
                    span,
                    "getopt()'s default must be a literal: a boolean, an integer or a string",
                );
                return None;
            }
        };
        let earlier = self.runtime_values.iter().find_map(|known| match known {
            btc_payload::RuntimeValueSource::NamedOption {
                name: known,
                default,
                ..
            } if known == name => Some(default.clone()),
            _ => None,
        });
        if let Some(earlier) = earlier
            && std::mem::discriminant(&earlier) != std::mem::discriminant(&default)
        {
            self.error(
                span,
                format!("the option `--{name}` is used with defaults of different types"),
            );
            return None;
        }
        let slot = |checker: &mut Self, chunk: u8| {
            checker.runtime_slot(
                btc_payload::RuntimeValueSource::NamedOption {
                    name: name.clone(),
                    default: default.clone(),
                    description: description.clone(),
                    chunk,
                },
                span,
            )
        };
        match &default {
            btc_payload::OptionValue::Boolean(_) => Some(slot(self, 0)),
            btc_payload::OptionValue::Integer(_) => Some(Expr {
                ty: Type::I64,
                ..slot(self, 0)
            }),
            btc_payload::OptionValue::Text(_) => {
                let first = slot(self, 0);
                for chunk in 1..btc_payload::OPTION_TEXT_SLOTS as u8 {
                    slot(self, chunk);
                }
                Some(Expr {
                    ty: Type::String {
                        size: (8 * btc_payload::OPTION_TEXT_SLOTS) as u32,
                    },
                    ..first
                })
            }
        }
    }

    /// `memcmp(left, right, count)`: two strings or arrays compared over their first
    /// `count` bytes (a literal no larger than either), unrolled like the string functions.
    pub(super) fn memory_compare(
        &mut self,
        scope: &mut Scope,
        arguments: &[ast::CallArgument],
        span: Span,
    ) -> Option<Expr> {
        let expressions = self.call_expressions(arguments, span)?;
        let [left, right, count] = expressions.as_slice() else {
            self.error(span, "memcmp() takes two values and a byte count");
            return None;
        };
        let AstExprKind::Integer(count_value) = count.kind else {
            self.unsupported(
                count.span,
                "a memcmp() count that is not an integer literal",
            );
            return None;
        };
        let left = self.expression(scope, left)?;
        let right = self.expression(scope, right)?;
        let mut smallest = u32::MAX;
        for operand in [&left, &right] {
            let size = match operand.ty {
                Type::String { size } => size,
                other => match other.array_size() {
                    Some(size) => size,
                    None => {
                        self.error(
                            operand.span,
                            format!(
                                "memcmp() compares strings and arrays, not {}",
                                operand.ty.describe()
                            ),
                        );
                        return None;
                    }
                },
            };
            smallest = smallest.min(size);
        }
        if count_value > u64::from(smallest) {
            self.error(
                count.span,
                format!("memcmp() cannot compare {count_value} bytes of values of {smallest}"),
            );
            return None;
        }
        Some(Expr {
            kind: ExprKind::MemoryCompare {
                left: Box::new(left),
                right: Box::new(right),
                count: count_value as u32,
            },
            ty: Type::I64,
            span,
        })
    }

    /// `nsecs(CLOCK)`: nanoseconds of the clock bpftrace names `monotonic`
    /// (CLOCK_MONOTONIC), `boot` (CLOCK_BOOTTIME, what `nsecs` reads), `tai` (CLOCK_TAI) or
    /// `sw_tai` (boot time plus the TAI − boot offset the tool measures when it starts,
    /// for kernels before 6.1, which lack `bpf_ktime_get_tai_ns`).
    pub(super) fn clock_nanoseconds(
        &mut self,
        arguments: &[&ast::Expr],
        span: Span,
    ) -> Option<Expr> {
        let [clock] = arguments else {
            self.error(
                span,
                "nsecs() takes one clock: monotonic, boot, tai or sw_tai",
            );
            return None;
        };
        let AstExprKind::Identifier(clock_name) = &clock.kind else {
            self.error(
                clock.span,
                "nsecs() takes one clock: monotonic, boot, tai or sw_tai",
            );
            return None;
        };
        let builtin = |builtin| Expr {
            kind: ExprKind::Builtin(builtin),
            ty: Type::U64,
            span,
        };
        match clock_name.as_str() {
            "monotonic" => Some(builtin(Builtin::MonotonicNsecs)),
            "boot" => Some(builtin(Builtin::Nsecs)),
            "tai" => Some(builtin(Builtin::TaiNsecs)),
            "sw_tai" => {
                let offset = self.runtime_slot(btc_payload::RuntimeValueSource::TaiOffset, span);
                Some(Expr {
                    kind: ExprKind::Binary {
                        operation: Arithmetic::Add,
                        left: Box::new(builtin(Builtin::Nsecs)),
                        right: Box::new(offset),
                    },
                    ty: Type::U64,
                    span,
                })
            }
            other => {
                self.error(clock.span, format!("Invalid timestamp mode: {other}"));
                None
            }
        }
    }
}
