tp_syscalls_sys_enter_read_0 (tracepoint/syscalls/sys_enter_read), stack 24 bytes:
; 5: tracepoint:syscalls:sys_enter_read {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +42
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +35
   14: r6 = r0
; 6: @start[tid] = nsecs;
   15: *(u64 *)(r6 + 0) = 0
   16: call bpf_get_current_pid_tgid
   17: r0 <<= 32
   18: r0 >>= 32
   19: *(u64 *)(r6 + 0) = r0
   20: call bpf_ktime_get_boot_ns
   21: *(u64 *)(r10 - 24) = r0
   22: r3 = r10
   23: r3 += -24
   24: r1 = map[AT_start] ll
   26: r2 = r6
   27: r4 = 0
   28: call bpf_map_update_elem
   29: if r0 != -7 goto +17
   30: *(u64 *)(r6 + 8) = 0
   31: r1 = map[ringbuf] ll
   33: r6 += 8
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +8
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +2
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: r0 = 0
   48: exit
; 5: tracepoint:syscalls:sys_enter_read {
   49: r0 = 0
   50: exit

tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 9: tracepoint:syscalls:sys_exit_read /@start[tid]/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +82
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +75
   14: r6 = r0
   15: *(u64 *)(r6 + 0) = 0
   16: call bpf_get_current_pid_tgid
   17: r0 <<= 32
   18: r0 >>= 32
   19: *(u64 *)(r6 + 0) = r0
   20: r1 = map[AT_start] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r1 = 0
   25: if r0 == 0 goto +1
   26: r1 = *(u64 *)(r0 + 0)
   27: if r1 == 0 goto +61
; 10: @counts[comm] = count();
   28: *(u64 *)(r6 + 8) = 0
   29: *(u64 *)(r6 + 16) = 0
   30: r1 = r6
   31: r1 += 8
   32: r2 = 16
   33: call bpf_get_current_comm
   34: r7 = r6
   35: r7 += 8
   36: r1 = map[AT_counts] ll
   38: r2 = r7
   39: call bpf_map_lookup_elem
   40: r8 = r0
   41: if r8 != 0 goto +32
   42: *(u64 *)(r10 - 24) = 0
   43: r3 = r10
   44: r3 += -24
   45: r1 = map[AT_counts] ll
   47: r2 = r7
   48: r4 = 1
   49: call bpf_map_update_elem
   50: r1 = map[AT_counts] ll
   52: r2 = r7
   53: call bpf_map_lookup_elem
   54: r8 = r0
   55: if r8 != 0 goto +18
   56: *(u64 *)(r6 + 24) = 1
   57: r1 = map[ringbuf] ll
   59: r2 = r6
   60: r2 += 24
   61: r3 = 8
   62: r4 = 0
   63: call bpf_ringbuf_output
   64: if r0 == 0 goto +12
   65: r1 = map[lost_events] ll
   67: r2 = r10
   68: r2 += -8
   69: call bpf_map_lookup_elem
   70: if r0 == 0 goto +6
   71: r1 = 1
   72: lock *(u64 *)(r0 + 0) += r1
   73: goto +3
   74: r1 = *(u64 *)(r8 + 0)
   75: r1 += 1
   76: *(u64 *)(r8 + 0) = r1
; 11: delete(@start, tid);
   77: *(u64 *)(r6 + 32) = 0
   78: call bpf_get_current_pid_tgid
   79: r0 <<= 32
   80: r0 >>= 32
   81: *(u64 *)(r6 + 32) = r0
   82: r6 += 32
   83: r1 = map[AT_start] ll
   85: r2 = r6
   86: call bpf_map_delete_elem
   87: r0 = 0
   88: exit
; 9: tracepoint:syscalls:sys_exit_read /@start[tid]/ {
   89: r0 = 0
   90: exit
