tp_raw_syscalls_sys_enter_0 (tracepoint/raw_syscalls/sys_enter), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_enter {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +54
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +47
   14: r6 = r0
; 3: @[cgroup] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: call bpf_get_current_cgroup_id
   17: *(u64 *)(r6 + 0) = r0
   18: r1 = map[AT_] ll
   20: r2 = r6
   21: call bpf_map_lookup_elem
   22: r7 = r0
   23: if r7 != 0 goto +32
   24: *(u64 *)(r10 - 24) = 0
   25: r3 = r10
   26: r3 += -24
   27: r1 = map[AT_] ll
   29: r2 = r6
   30: r4 = 1
   31: call bpf_map_update_elem
   32: r1 = map[AT_] ll
   34: r2 = r6
   35: call bpf_map_lookup_elem
   36: r7 = r0
   37: if r7 != 0 goto +18
   38: *(u64 *)(r6 + 8) = 0
   39: r1 = map[ringbuf] ll
   41: r6 += 8
   42: r2 = r6
   43: r3 = 8
   44: r4 = 0
   45: call bpf_ringbuf_output
   46: if r0 == 0 goto +12
   47: r1 = map[lost_events] ll
   49: r2 = r10
   50: r2 += -8
   51: call bpf_map_lookup_elem
   52: if r0 == 0 goto +6
   53: r1 = 1
   54: lock *(u64 *)(r0 + 0) += r1
   55: goto +3
   56: r1 = *(u64 *)(r7 + 0)
   57: r1 += 1
   58: *(u64 *)(r7 + 0) = r1
   59: r0 = 0
   60: exit
; 2: tracepoint:raw_syscalls:sys_enter {
   61: r0 = 0
   62: exit
