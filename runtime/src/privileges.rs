//! The privilege check that runs before anything touches the kernel.
//!
//! In: the effective capability set (`CapEff` in `/proc/self/status`). Out: whether the
//! process may load and attach BPF programs: it needs `CAP_SYS_ADMIN`, or both `CAP_BPF`
//! and `CAP_PERFMON` (Linux ≥ 5.8). Root normally has them all. When the status file cannot
//! be read the check passes and the kernel has the last word.

const CAP_SYS_ADMIN: u32 = 21;
const CAP_PERFMON: u32 = 38;
const CAP_BPF: u32 = 39;

/// Whether the effective capabilities allow loading BPF programs.
pub fn may_load_bpf() -> bool {
    match std::fs::read_to_string("/proc/self/status") {
        Ok(status) => effective_capabilities(&status).is_none_or(capabilities_suffice),
        Err(_) => true,
    }
}

fn effective_capabilities(status: &str) -> Option<u64> {
    let line = status
        .lines()
        .find_map(|line| line.strip_prefix("CapEff:"))?;
    u64::from_str_radix(line.trim(), 16).ok()
}

fn capabilities_suffice(capabilities: u64) -> bool {
    let has = |capability: u32| capabilities & (1u64 << capability) != 0;
    has(CAP_SYS_ADMIN) || (has(CAP_BPF) && has(CAP_PERFMON))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cap_eff() {
        let status = "Name:\tx\nCapInh:\t0000000000000000\nCapEff:\t000001ffffffffff\n";
        assert_eq!(effective_capabilities(status), Some(0x1ff_ffff_ffff));
        assert!(capabilities_suffice(0x1ff_ffff_ffff));
    }

    #[test]
    fn needs_sys_admin_or_bpf_and_perfmon() {
        assert!(!capabilities_suffice(0));
        assert!(capabilities_suffice(1 << CAP_SYS_ADMIN));
        assert!(!capabilities_suffice(1 << CAP_BPF));
        assert!(capabilities_suffice((1 << CAP_BPF) | (1 << CAP_PERFMON)));
    }
}
