tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 2: tracepoint:syscalls:sys_exit_read /args.ret < 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +57
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +50
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 s>= 0 goto +47
; 3: @errno[-args.ret] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: r1 = *(u64 *)(r6 + 16)
   20: r1 = -r1
   21: *(u64 *)(r7 + 0) = r1
   22: r1 = map[AT_errno] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r6 = r0
   27: if r6 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_errno] ll
   33: r2 = r7
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_errno] ll
   38: r2 = r7
   39: call bpf_map_lookup_elem
   40: r6 = r0
   41: if r6 != 0 goto +18
   42: *(u64 *)(r7 + 8) = 0
   43: r1 = map[ringbuf] ll
   45: r7 += 8
   46: r2 = r7
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r6 + 0)
   61: r1 += 1
   62: *(u64 *)(r6 + 0) = r1
   63: r0 = 0
   64: exit
; 2: tracepoint:syscalls:sys_exit_read /args.ret < 0/ {
   65: r0 = 0
   66: exit

tp_syscalls_sys_exit_read_1 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 6: tracepoint:syscalls:sys_exit_read /args.ret == 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +58
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +51
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 != 0 goto +48
; 7: @eof[comm] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: *(u64 *)(r7 + 8) = 0
   20: r1 = r7
   21: r2 = 16
   22: call bpf_get_current_comm
   23: r1 = map[AT_eof] ll
   25: r2 = r7
   26: call bpf_map_lookup_elem
   27: r6 = r0
   28: if r6 != 0 goto +32
   29: *(u64 *)(r10 - 24) = 0
   30: r3 = r10
   31: r3 += -24
   32: r1 = map[AT_eof] ll
   34: r2 = r7
   35: r4 = 1
   36: call bpf_map_update_elem
   37: r1 = map[AT_eof] ll
   39: r2 = r7
   40: call bpf_map_lookup_elem
   41: r6 = r0
   42: if r6 != 0 goto +18
   43: *(u64 *)(r7 + 16) = 1
   44: r1 = map[ringbuf] ll
   46: r7 += 16
   47: r2 = r7
   48: r3 = 8
   49: r4 = 0
   50: call bpf_ringbuf_output
   51: if r0 == 0 goto +12
   52: r1 = map[lost_events] ll
   54: r2 = r10
   55: r2 += -8
   56: call bpf_map_lookup_elem
   57: if r0 == 0 goto +6
   58: r1 = 1
   59: lock *(u64 *)(r0 + 0) += r1
   60: goto +3
   61: r1 = *(u64 *)(r6 + 0)
   62: r1 += 1
   63: *(u64 *)(r6 + 0) = r1
   64: r0 = 0
   65: exit
; 6: tracepoint:syscalls:sys_exit_read /args.ret == 0/ {
   66: r0 = 0
   67: exit
