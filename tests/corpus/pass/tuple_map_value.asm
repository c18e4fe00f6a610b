tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 8 bytes:
; 2: tracepoint:syscalls:sys_enter_openat {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +51
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +44
   15: r7 = r0
; 3: @last[pid] = (comm, nsecs, args.flags);
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 >>= 32
   19: *(u64 *)(r7 + 0) = r0
   20: *(u64 *)(r7 + 8) = 0
   21: *(u64 *)(r7 + 16) = 0
   22: *(u64 *)(r7 + 24) = 0
   23: *(u64 *)(r7 + 32) = 0
   24: r1 = r7
   25: r1 += 8
   26: r2 = 16
   27: call bpf_get_current_comm
   28: call bpf_ktime_get_boot_ns
   29: *(u64 *)(r7 + 24) = r0
   30: r1 = *(u64 *)(r6 + 32)
   31: *(u64 *)(r7 + 32) = r1
   32: r3 = r7
   33: r3 += 8
   34: r1 = map[AT_last] ll
   36: r2 = r7
   37: r4 = 0
   38: call bpf_map_update_elem
   39: if r0 != -7 goto +17
   40: *(u64 *)(r7 + 40) = 0
   41: r1 = map[ringbuf] ll
   43: r7 += 40
   44: r2 = r7
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +8
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +2
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: r0 = 0
   58: exit
; 2: tracepoint:syscalls:sys_enter_openat {
   59: r0 = 0
   60: exit
