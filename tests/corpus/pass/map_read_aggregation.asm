tp_raw_syscalls_sys_enter_0 (tracepoint/raw_syscalls/sys_enter), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_enter {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +92
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +85
   14: r6 = r0
; 3: @calls = count();
   15: r7 = r10
   16: r7 += -8
   17: r1 = map[AT_calls] ll
   19: r2 = r7
   20: call bpf_map_lookup_elem
   21: r8 = r0
   22: if r8 != 0 goto +31
   23: *(u64 *)(r10 - 24) = 0
   24: r3 = r10
   25: r3 += -24
   26: r1 = map[AT_calls] ll
   28: r2 = r7
   29: r4 = 1
   30: call bpf_map_update_elem
   31: r1 = map[AT_calls] ll
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
; 4: if (@calls > 1000) {
   57: r7 = r10
   58: r7 += -8
   59: r8 = 0
   60: r1 = 0
   61: r9 = 0
   62: r1 = .rodata + 0 ll
   64: r1 = *(u64 *)(r1 + 24)
   65: if r9 >= r1 goto +10
   66: r1 = map[AT_calls] ll
   68: r2 = r7
   69: r3 = r9
   70: call bpf_map_lookup_percpu_elem
   71: if r0 == 0 goto +4
   72: r1 = *(u64 *)(r0 + 0)
   73: r8 += r1
   74: r9 += 1
   75: goto -14
   76: if r8 <= 1000 goto +20
; 5: exit();
   77: *(u64 *)(r6 + 8) = 1
   78: *(u64 *)(r6 + 16) = 0
   79: r1 = map[ringbuf] ll
   81: r6 += 8
   82: r2 = r6
   83: r3 = 16
   84: r4 = 0
   85: call bpf_ringbuf_output
   86: if r0 == 0 goto +8
   87: r1 = map[lost_events] ll
   89: r2 = r10
   90: r2 += -8
   91: call bpf_map_lookup_elem
   92: if r0 == 0 goto +2
   93: r1 = 1
   94: lock *(u64 *)(r0 + 0) += r1
   95: r0 = 0
   96: exit
   97: r0 = 0
   98: exit
; 2: tracepoint:raw_syscalls:sys_enter {
   99: r0 = 0
  100: exit
