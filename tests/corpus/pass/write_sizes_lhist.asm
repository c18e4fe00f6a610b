tp_syscalls_sys_enter_write_0 (tracepoint/syscalls/sys_enter_write), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_write /args.count <= 1024/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +69
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +62
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 32)
   17: if r1 > 1024 goto +59
; 3: @sizes = lhist(args.count, 0, 1024, 64);
   18: r1 = *(u64 *)(r6 + 32)
   19: *(u64 *)(r7 + 0) = 0
   20: *(u64 *)(r7 + 8) = 0
   21: r2 = 0
   22: r3 = 1024
   23: if r1 s< r2 goto +8
   24: if r1 s>= r3 goto +5
   25: r1 -= r2
   26: r2 = 64
   27: r1 /= r2
   28: r1 += 1
   29: goto +3
   30: r1 = 17
   31: goto +1
   32: r1 = 0
   33: *(u64 *)(r7 + 8) = r1
   34: r1 = map[AT_sizes] ll
   36: r2 = r7
   37: call bpf_map_lookup_elem
   38: r6 = r0
   39: if r6 != 0 goto +32
   40: *(u64 *)(r10 - 24) = 0
   41: r3 = r10
   42: r3 += -24
   43: r1 = map[AT_sizes] ll
   45: r2 = r7
   46: r4 = 1
   47: call bpf_map_update_elem
   48: r1 = map[AT_sizes] ll
   50: r2 = r7
   51: call bpf_map_lookup_elem
   52: r6 = r0
   53: if r6 != 0 goto +18
   54: *(u64 *)(r7 + 16) = 0
   55: r1 = map[ringbuf] ll
   57: r7 += 16
   58: r2 = r7
   59: r3 = 8
   60: r4 = 0
   61: call bpf_ringbuf_output
   62: if r0 == 0 goto +12
   63: r1 = map[lost_events] ll
   65: r2 = r10
   66: r2 += -8
   67: call bpf_map_lookup_elem
   68: if r0 == 0 goto +6
   69: r1 = 1
   70: lock *(u64 *)(r0 + 0) += r1
   71: goto +3
   72: r1 = *(u64 *)(r6 + 0)
   73: r1 += 1
   74: *(u64 *)(r6 + 0) = r1
   75: r0 = 0
   76: exit
; 2: tracepoint:syscalls:sys_enter_write /args.count <= 1024/ {
   77: r0 = 0
   78: exit
