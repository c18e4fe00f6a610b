tp_raw_syscalls_sys_enter_0 (tracepoint/raw_syscalls/sys_enter), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_enter {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +52
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +45
   14: r6 = r0
; 3: @rate = count();
   15: r7 = r10
   16: r7 += -8
   17: r1 = map[AT_rate] ll
   19: r2 = r7
   20: call bpf_map_lookup_elem
   21: r8 = r0
   22: if r8 != 0 goto +31
   23: *(u64 *)(r10 - 24) = 0
   24: r3 = r10
   25: r3 += -24
   26: r1 = map[AT_rate] ll
   28: r2 = r7
   29: r4 = 1
   30: call bpf_map_update_elem
   31: r1 = map[AT_rate] ll
   33: r2 = r7
   34: call bpf_map_lookup_elem
   35: r8 = r0
   36: if r8 != 0 goto +17
   37: *(u64 *)(r6 + 0) = 0
   38: r1 = map[ringbuf] ll
   40: r2 = r6
   41: r3 = 8
   42: r4 = 0
   43: call bpf_ringbuf_output
   44: if r0 == 0 goto +12
   45: r1 = map[lost_events] ll
   47: r2 = r10
   48: r2 += -8
   49: call bpf_map_lookup_elem
   50: if r0 == 0 goto +6
   51: r1 = 1
   52: lock *(u64 *)(r0 + 0) += r1
   53: goto +3
   54: r1 = *(u64 *)(r8 + 0)
   55: r1 += 1
   56: *(u64 *)(r8 + 0) = r1
   57: r0 = 0
   58: exit
; 2: tracepoint:raw_syscalls:sys_enter {
   59: r0 = 0
   60: exit

interval_0 (perf_event), stack 8 bytes:
; 6: i:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +53
    7: r6 = r0
; 7: time("%H:%M:%S ");
    8: *(u64 *)(r6 + 0) = 1
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
   13: r4 = 0
   14: call bpf_ringbuf_output
   15: if r0 == 0 goto +8
   16: r1 = map[lost_events] ll
   18: r2 = r10
   19: r2 += -8
   20: call bpf_map_lookup_elem
   21: if r0 == 0 goto +2
   22: r1 = 1
   23: lock *(u64 *)(r0 + 0) += r1
; 8: print(@rate);
   24: *(u64 *)(r6 + 8) = 2
   25: r1 = map[ringbuf] ll
   27: r2 = r6
   28: r2 += 8
   29: r3 = 8
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
; 9: clear(@rate);
   41: *(u64 *)(r6 + 16) = 3
   42: r1 = map[ringbuf] ll
   44: r6 += 16
   45: r2 = r6
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +8
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +2
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: r0 = 0
   59: exit
; 6: i:s:1 {
   60: r0 = 0
   61: exit
