tp_raw_syscalls_sys_exit_0 (tracepoint/raw_syscalls/sys_exit), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_exit /args.ret < 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +61
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +54
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)  ; CO-RE field offset [11321] 0:2
   17: if r1 s>= 0 goto +51
; 3: @errors[comm, args.id] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: *(u64 *)(r7 + 8) = 0
   20: *(u64 *)(r7 + 16) = 0
   21: r1 = r7
   22: r2 = 16
   23: call bpf_get_current_comm
   24: r1 = *(u64 *)(r6 + 8)  ; CO-RE field offset [11321] 0:1
   25: *(u64 *)(r7 + 16) = r1
   26: r1 = map[AT_errors] ll
   28: r2 = r7
   29: call bpf_map_lookup_elem
   30: r6 = r0
   31: if r6 != 0 goto +32
   32: *(u64 *)(r10 - 24) = 0
   33: r3 = r10
   34: r3 += -24
   35: r1 = map[AT_errors] ll
   37: r2 = r7
   38: r4 = 1
   39: call bpf_map_update_elem
   40: r1 = map[AT_errors] ll
   42: r2 = r7
   43: call bpf_map_lookup_elem
   44: r6 = r0
   45: if r6 != 0 goto +18
   46: *(u64 *)(r7 + 24) = 0
   47: r1 = map[ringbuf] ll
   49: r7 += 24
   50: r2 = r7
   51: r3 = 8
   52: r4 = 0
   53: call bpf_ringbuf_output
   54: if r0 == 0 goto +12
   55: r1 = map[lost_events] ll
   57: r2 = r10
   58: r2 += -8
   59: call bpf_map_lookup_elem
   60: if r0 == 0 goto +6
   61: r1 = 1
   62: lock *(u64 *)(r0 + 0) += r1
   63: goto +3
   64: r1 = *(u64 *)(r6 + 0)
   65: r1 += 1
   66: *(u64 *)(r6 + 0) = r1
   67: r0 = 0
   68: exit
; 2: tracepoint:raw_syscalls:sys_exit /args.ret < 0/ {
   69: r0 = 0
   70: exit

interval_0 (perf_event), stack 8 bytes:
; 6: interval:s:10 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +53
    7: r6 = r0
; 7: time("%H:%M:%S\n");
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
; 8: print(@errors, 20);
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
; 9: clear(@errors);
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
; 6: interval:s:10 {
   60: r0 = 0
   61: exit
