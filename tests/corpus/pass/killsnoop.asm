tp_syscalls_sys_enter_kill_0 (tracepoint/syscalls/sys_enter_kill), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_kill {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +75
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +68
   15: r7 = r0
; 3: @target[tid] = args.pid;
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 <<= 32
   19: r0 >>= 32
   20: *(u64 *)(r7 + 0) = r0
   21: r1 = *(u64 *)(r6 + 16)
   22: *(u64 *)(r10 - 24) = r1
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_target] ll
   27: r2 = r7
   28: r4 = 0
   29: call bpf_map_update_elem
   30: if r0 != -7 goto +17
   31: *(u64 *)(r7 + 8) = 0
   32: r1 = map[ringbuf] ll
   34: r2 = r7
   35: r2 += 8
   36: r3 = 8
   37: r4 = 0
   38: call bpf_ringbuf_output
   39: if r0 == 0 goto +8
   40: r1 = map[lost_events] ll
   42: r2 = r10
   43: r2 += -8
   44: call bpf_map_lookup_elem
   45: if r0 == 0 goto +2
   46: r1 = 1
   47: lock *(u64 *)(r0 + 0) += r1
; 4: @signal[tid] = args.sig;
   48: *(u64 *)(r7 + 16) = 0
   49: call bpf_get_current_pid_tgid
   50: r0 <<= 32
   51: r0 >>= 32
   52: *(u64 *)(r7 + 16) = r0
   53: r2 = r7
   54: r2 += 16
   55: r1 = *(u64 *)(r6 + 24)
   56: *(u64 *)(r10 - 24) = r1
   57: r3 = r10
   58: r3 += -24
   59: r1 = map[AT_signal] ll
   61: r4 = 0
   62: call bpf_map_update_elem
   63: if r0 != -7 goto +17
   64: *(u64 *)(r7 + 24) = 1
   65: r1 = map[ringbuf] ll
   67: r7 += 24
   68: r2 = r7
   69: r3 = 8
   70: r4 = 0
   71: call bpf_ringbuf_output
   72: if r0 == 0 goto +8
   73: r1 = map[lost_events] ll
   75: r2 = r10
   76: r2 += -8
   77: call bpf_map_lookup_elem
   78: if r0 == 0 goto +2
   79: r1 = 1
   80: lock *(u64 *)(r0 + 0) += r1
   81: r0 = 0
   82: exit
; 2: tracepoint:syscalls:sys_enter_kill {
   83: r0 = 0
   84: exit

tp_syscalls_sys_exit_kill_0 (tracepoint/syscalls/sys_exit_kill), stack 8 bytes:
; 7: tracepoint:syscalls:sys_exit_kill /has_key(@target, tid)/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +94
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +87
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 <<= 32
   19: r0 >>= 32
   20: *(u64 *)(r7 + 0) = r0
   21: r1 = map[AT_target] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: if r0 == 0 goto +76
; 8: printf("%-6d %-16s %4d %-6d %d\n", pid, comm, @signal[tid], @target[tid], args.ret);
   26: *(u64 *)(r7 + 8) = 2
   27: call bpf_get_current_pid_tgid
   28: r0 >>= 32
   29: *(u32 *)(r7 + 16) = r0
   30: r1 = r7
   31: r1 += 24
   32: r2 = 16
   33: call bpf_get_current_comm
   34: *(u64 *)(r7 + 64) = 0
   35: call bpf_get_current_pid_tgid
   36: r0 <<= 32
   37: r0 >>= 32
   38: *(u64 *)(r7 + 64) = r0
   39: r2 = r7
   40: r2 += 64
   41: r1 = map[AT_signal] ll
   43: call bpf_map_lookup_elem
   44: r1 = 0
   45: if r0 == 0 goto +1
   46: r1 = *(u64 *)(r0 + 0)
   47: *(u64 *)(r7 + 40) = r1
   48: *(u64 *)(r7 + 72) = 0
   49: call bpf_get_current_pid_tgid
   50: r0 <<= 32
   51: r0 >>= 32
   52: *(u64 *)(r7 + 72) = r0
   53: r2 = r7
   54: r2 += 72
   55: r1 = map[AT_target] ll
   57: call bpf_map_lookup_elem
   58: r1 = 0
   59: if r0 == 0 goto +1
   60: r1 = *(u64 *)(r0 + 0)
   61: *(u64 *)(r7 + 48) = r1
   62: r1 = *(u64 *)(r6 + 16)
   63: *(u64 *)(r7 + 56) = r1
   64: r1 = map[ringbuf] ll
   66: r2 = r7
   67: r2 += 8
   68: r3 = 56
   69: r4 = 0
   70: call bpf_ringbuf_output
   71: if r0 == 0 goto +8
   72: r1 = map[lost_events] ll
   74: r2 = r10
   75: r2 += -8
   76: call bpf_map_lookup_elem
   77: if r0 == 0 goto +2
   78: r1 = 1
   79: lock *(u64 *)(r0 + 0) += r1
; 9: delete(@target, tid);
   80: *(u64 *)(r7 + 80) = 0
   81: call bpf_get_current_pid_tgid
   82: r0 <<= 32
   83: r0 >>= 32
   84: *(u64 *)(r7 + 80) = r0
   85: r2 = r7
   86: r2 += 80
   87: r1 = map[AT_target] ll
   89: call bpf_map_delete_elem
; 10: delete(@signal, tid);
   90: *(u64 *)(r7 + 88) = 0
   91: call bpf_get_current_pid_tgid
   92: r0 <<= 32
   93: r0 >>= 32
   94: *(u64 *)(r7 + 88) = r0
   95: r7 += 88
   96: r1 = map[AT_signal] ll
   98: r2 = r7
   99: call bpf_map_delete_elem
  100: r0 = 0
  101: exit
; 7: tracepoint:syscalls:sys_exit_kill /has_key(@target, tid)/ {
  102: r0 = 0
  103: exit
