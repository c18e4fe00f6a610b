tp_raw_syscalls_sys_enter_0 (tracepoint/raw_syscalls/sys_enter), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_enter /rand % 100 == 0/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +59
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +52
   14: r6 = r0
   15: call bpf_get_prandom_u32
   16: r0 %= 100
   17: if r0 != 0 goto +48
; 3: @sampled[comm] = count();
   18: *(u64 *)(r6 + 0) = 0
   19: *(u64 *)(r6 + 8) = 0
   20: r1 = r6
   21: r2 = 16
   22: call bpf_get_current_comm
   23: r1 = map[AT_sampled] ll
   25: r2 = r6
   26: call bpf_map_lookup_elem
   27: r7 = r0
   28: if r7 != 0 goto +32
   29: *(u64 *)(r10 - 24) = 0
   30: r3 = r10
   31: r3 += -24
   32: r1 = map[AT_sampled] ll
   34: r2 = r6
   35: r4 = 1
   36: call bpf_map_update_elem
   37: r1 = map[AT_sampled] ll
   39: r2 = r6
   40: call bpf_map_lookup_elem
   41: r7 = r0
   42: if r7 != 0 goto +18
   43: *(u64 *)(r6 + 16) = 0
   44: r1 = map[ringbuf] ll
   46: r6 += 16
   47: r2 = r6
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
   61: r1 = *(u64 *)(r7 + 0)
   62: r1 += 1
   63: *(u64 *)(r7 + 0) = r1
   64: r0 = 0
   65: exit
; 2: tracepoint:raw_syscalls:sys_enter /rand % 100 == 0/ {
   66: r0 = 0
   67: exit
