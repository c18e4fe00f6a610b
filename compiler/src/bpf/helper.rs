//! The kernel helper functions btc calls, with their ids (`enum bpf_func_id` in
//! include/uapi/linux/bpf.h), names and argument counts.
//!
//! In: a [`Helper`] chosen by lowering. Out: the `imm` of a `call` instruction, the name
//! the assembly listing shows, and how many of r1-r5 the call reads (which the register
//! allocator needs to know what stays live into the call).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Helper {
    MapLookupElement,
    MapUpdateElement,
    MapDeleteElement,
    KtimeGetNanoseconds,
    GetSmpProcessorId,
    GetCurrentPidTgid,
    GetCurrentUidGid,
    GetCurrentComm,
    GetCurrentTask,
    GetCurrentCgroupId,
    /// The legacy `bpf_probe_read`: reads kernel or user memory on x86-64.
    ProbeRead,
    /// The legacy `bpf_probe_read_str`.
    ProbeReadString,
    ProbeReadUser,
    ProbeReadKernel,
    ProbeReadUserString,
    ProbeReadKernelString,
    KtimeGetBootNanoseconds,
    RingbufOutput,
    /// `bpf_map_lookup_percpu_elem` (5.19+): one CPU's value of a per-CPU map.
    MapLookupPercpuElement,
    GetStackId,
    /// `bpf_for_each_map_elem` (5.13+): calls a callback subprogram for each element.
    ForEachMapElement,
    SendSignal,
    /// `bpf_send_signal_thread` (5.5+): to the current thread only.
    SendSignalThread,
    /// `bpf_override_return` (kprobes on error-injectable functions, with
    /// CONFIG_BPF_KPROBE_OVERRIDE).
    OverrideReturn,
    /// `bpf_seq_write` (5.8+): appends bytes to an iterator's seq_file.
    SeqWrite,
    /// `bpf_get_prandom_u32`: `rand`.
    GetPrandomU32,
    /// `bpf_get_numa_node_id` (4.10+): `numaid`.
    GetNumaNodeId,
    /// `bpf_jiffies64` (5.5+): `jiffies`.
    Jiffies64,
    /// `bpf_ktime_get_tai_ns` (6.1+): `nsecs(tai)`.
    KtimeGetTaiNanoseconds,
    /// `bpf_per_cpu_ptr` (5.10+): a per-CPU kernel variable's address on one CPU, or NULL.
    PerCpuPointer,
    /// `bpf_this_cpu_ptr` (5.10+): a per-CPU kernel variable's address on this CPU.
    ThisCpuPointer,
    /// `bpf_d_path` (5.10+): the full path of a `struct path`, in the functions the kernel
    /// allows it in.
    DPath,
}

impl Helper {
    pub fn id(self) -> i32 {
        match self {
            Helper::MapLookupElement => 1,
            Helper::MapUpdateElement => 2,
            Helper::MapDeleteElement => 3,
            Helper::KtimeGetNanoseconds => 5,
            Helper::GetSmpProcessorId => 8,
            Helper::GetCurrentPidTgid => 14,
            Helper::GetCurrentUidGid => 15,
            Helper::GetCurrentComm => 16,
            Helper::GetCurrentTask => 35,
            Helper::GetCurrentCgroupId => 80,
            Helper::ProbeRead => 4,
            Helper::ProbeReadString => 45,
            Helper::ProbeReadUser => 112,
            Helper::ProbeReadKernel => 113,
            Helper::ProbeReadUserString => 114,
            Helper::ProbeReadKernelString => 115,
            Helper::KtimeGetBootNanoseconds => 125,
            Helper::RingbufOutput => 130,
            Helper::MapLookupPercpuElement => 195,
            Helper::GetStackId => 27,
            Helper::ForEachMapElement => 164,
            Helper::SendSignal => 109,
            Helper::SendSignalThread => 117,
            Helper::OverrideReturn => 58,
            Helper::SeqWrite => 127,
            Helper::GetPrandomU32 => 7,
            Helper::GetNumaNodeId => 42,
            Helper::Jiffies64 => 118,
            Helper::KtimeGetTaiNanoseconds => 208,
            Helper::PerCpuPointer => 153,
            Helper::ThisCpuPointer => 154,
            Helper::DPath => 147,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Helper::MapLookupElement => "bpf_map_lookup_elem",
            Helper::MapUpdateElement => "bpf_map_update_elem",
            Helper::MapDeleteElement => "bpf_map_delete_elem",
            Helper::KtimeGetNanoseconds => "bpf_ktime_get_ns",
            Helper::GetSmpProcessorId => "bpf_get_smp_processor_id",
            Helper::GetCurrentPidTgid => "bpf_get_current_pid_tgid",
            Helper::GetCurrentUidGid => "bpf_get_current_uid_gid",
            Helper::GetCurrentComm => "bpf_get_current_comm",
            Helper::GetCurrentTask => "bpf_get_current_task",
            Helper::GetCurrentCgroupId => "bpf_get_current_cgroup_id",
            Helper::ProbeRead => "bpf_probe_read",
            Helper::ProbeReadString => "bpf_probe_read_str",
            Helper::ProbeReadUser => "bpf_probe_read_user",
            Helper::ProbeReadKernel => "bpf_probe_read_kernel",
            Helper::ProbeReadUserString => "bpf_probe_read_user_str",
            Helper::ProbeReadKernelString => "bpf_probe_read_kernel_str",
            Helper::KtimeGetBootNanoseconds => "bpf_ktime_get_boot_ns",
            Helper::RingbufOutput => "bpf_ringbuf_output",
            Helper::MapLookupPercpuElement => "bpf_map_lookup_percpu_elem",
            Helper::GetStackId => "bpf_get_stackid",
            Helper::ForEachMapElement => "bpf_for_each_map_elem",
            Helper::SendSignal => "bpf_send_signal",
            Helper::SendSignalThread => "bpf_send_signal_thread",
            Helper::OverrideReturn => "bpf_override_return",
            Helper::SeqWrite => "bpf_seq_write",
            Helper::GetPrandomU32 => "bpf_get_prandom_u32",
            Helper::GetNumaNodeId => "bpf_get_numa_node_id",
            Helper::Jiffies64 => "bpf_jiffies64",
            Helper::KtimeGetTaiNanoseconds => "bpf_ktime_get_tai_ns",
            Helper::PerCpuPointer => "bpf_per_cpu_ptr",
            Helper::ThisCpuPointer => "bpf_this_cpu_ptr",
            Helper::DPath => "bpf_d_path",
        }
    }

    pub fn argument_count(self) -> usize {
        match self {
            Helper::KtimeGetNanoseconds
            | Helper::GetSmpProcessorId
            | Helper::GetCurrentPidTgid
            | Helper::GetCurrentUidGid
            | Helper::GetCurrentTask
            | Helper::GetCurrentCgroupId
            | Helper::KtimeGetBootNanoseconds
            | Helper::GetPrandomU32
            | Helper::GetNumaNodeId
            | Helper::Jiffies64
            | Helper::KtimeGetTaiNanoseconds => 0,
            Helper::SendSignal | Helper::SendSignalThread | Helper::ThisCpuPointer => 1,
            Helper::MapLookupElement
            | Helper::MapDeleteElement
            | Helper::GetCurrentComm
            | Helper::PerCpuPointer
            | Helper::OverrideReturn => 2,
            Helper::ProbeRead
            | Helper::ProbeReadString
            | Helper::ProbeReadUser
            | Helper::ProbeReadKernel
            | Helper::ProbeReadUserString
            | Helper::ProbeReadKernelString
            | Helper::MapLookupPercpuElement
            | Helper::GetStackId
            | Helper::SeqWrite
            | Helper::DPath => 3,
            Helper::MapUpdateElement | Helper::RingbufOutput | Helper::ForEachMapElement => 4,
        }
    }
}
