tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 7: tracepoint:syscalls:sys_enter_openat {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +71
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +64
   15: r7 = r0
; 8: @files[str(args.filename)] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: *(u64 *)(r7 + 16) = 0
   19: *(u64 *)(r7 + 24) = 0
   20: *(u64 *)(r7 + 32) = 0
   21: *(u64 *)(r7 + 40) = 0
   22: *(u64 *)(r7 + 48) = 0
   23: *(u64 *)(r7 + 56) = 0
   24: *(u64 *)(r7 + 64) = 0
   25: *(u64 *)(r7 + 72) = 0
   26: *(u64 *)(r7 + 80) = 0
   27: *(u64 *)(r7 + 88) = 0
   28: *(u64 *)(r7 + 96) = 0
   29: *(u64 *)(r7 + 104) = 0
   30: *(u64 *)(r7 + 112) = 0
   31: *(u64 *)(r7 + 120) = 0
   32: r3 = *(u64 *)(r6 + 24)
   33: r1 = r7
   34: r2 = 128
   35: call bpf_probe_read_user_str
   36: r1 = map[AT_files] ll
   38: r2 = r7
   39: call bpf_map_lookup_elem
   40: r6 = r0
   41: if r6 != 0 goto +32
   42: *(u64 *)(r10 - 24) = 0
   43: r3 = r10
   44: r3 += -24
   45: r1 = map[AT_files] ll
   47: r2 = r7
   48: r4 = 1
   49: call bpf_map_update_elem
   50: r1 = map[AT_files] ll
   52: r2 = r7
   53: call bpf_map_lookup_elem
   54: r6 = r0
   55: if r6 != 0 goto +18
   56: *(u64 *)(r7 + 128) = 0
   57: r1 = map[ringbuf] ll
   59: r7 += 128
   60: r2 = r7
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
   74: r1 = *(u64 *)(r6 + 0)
   75: r1 += 1
   76: *(u64 *)(r6 + 0) = r1
   77: r0 = 0
   78: exit
; 7: tracepoint:syscalls:sys_enter_openat {
   79: r0 = 0
   80: exit
