tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 2: tracepoint:syscalls:sys_exit_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +59
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +52
   15: r7 = r0
; 3: @result[args.ret < 0 ? "error" : "ok"] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 16)
   18: if r1 s>= 0 goto +3
   19: *(u32 *)(r7 + 0) = 1869771365
   20: *(u16 *)(r7 + 4) = 114
   21: goto +2
   22: *(u16 *)(r7 + 0) = 27503
   23: *(u8 *)(r7 + 2) = 0
   24: r1 = map[AT_result] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r6 = r0
   29: if r6 != 0 goto +32
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_result] ll
   35: r2 = r7
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_result] ll
   40: r2 = r7
   41: call bpf_map_lookup_elem
   42: r6 = r0
   43: if r6 != 0 goto +18
   44: *(u64 *)(r7 + 8) = 0
   45: r1 = map[ringbuf] ll
   47: r7 += 8
   48: r2 = r7
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r6 + 0)
   63: r1 += 1
   64: *(u64 *)(r6 + 0) = r1
   65: r0 = 0
   66: exit
; 2: tracepoint:syscalls:sys_exit_read {
   67: r0 = 0
   68: exit
