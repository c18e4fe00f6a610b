tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 40 bytes:
; 2: tracepoint:syscalls:sys_enter_openat {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +84
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +77
   14: r6 = r0
; 3: @openers[ppid, pcomm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: call bpf_get_current_task
   19: r0 += 1280  ; CO-RE field offset [114] 0:95
   20: r1 = r10
   21: r1 += -24
   22: r2 = 8
   23: r3 = r0
   24: call bpf_probe_read_kernel
   25: r1 = *(u64 *)(r10 - 24)
   26: r3 = r1
   27: r3 += 1268  ; CO-RE field offset [114] 0:93
   28: r1 = r10
   29: r1 += -24
   30: r2 = 8
   31: call bpf_probe_read_kernel
   32: r1 = *(u64 *)(r10 - 24)
   33: *(u64 *)(r6 + 0) = r1
   34: call bpf_get_current_task
   35: r0 += 1280  ; CO-RE field offset [114] 0:95
   36: r1 = r10
   37: r1 += -24
   38: r2 = 8
   39: r3 = r0
   40: call bpf_probe_read_kernel
   41: r1 = *(u64 *)(r10 - 24)
   42: r3 = r1
   43: r3 += 1752  ; CO-RE field offset [114] 0:125
   44: r1 = r6
   45: r1 += 8
   46: r2 = 16
   47: call bpf_probe_read_kernel
   48: r1 = map[AT_openers] ll
   50: r2 = r6
   51: call bpf_map_lookup_elem
   52: r7 = r0
   53: if r7 != 0 goto +32
   54: *(u64 *)(r10 - 40) = 0
   55: r3 = r10
   56: r3 += -40
   57: r1 = map[AT_openers] ll
   59: r2 = r6
   60: r4 = 1
   61: call bpf_map_update_elem
   62: r1 = map[AT_openers] ll
   64: r2 = r6
   65: call bpf_map_lookup_elem
   66: r7 = r0
   67: if r7 != 0 goto +18
   68: *(u64 *)(r6 + 24) = 0
   69: r1 = map[ringbuf] ll
   71: r6 += 24
   72: r2 = r6
   73: r3 = 8
   74: r4 = 0
   75: call bpf_ringbuf_output
   76: if r0 == 0 goto +12
   77: r1 = map[lost_events] ll
   79: r2 = r10
   80: r2 += -8
   81: call bpf_map_lookup_elem
   82: if r0 == 0 goto +6
   83: r1 = 1
   84: lock *(u64 *)(r0 + 0) += r1
   85: goto +3
   86: r1 = *(u64 *)(r7 + 0)
   87: r1 += 1
   88: *(u64 *)(r7 + 0) = r1
   89: r0 = 0
   90: exit
; 2: tracepoint:syscalls:sys_enter_openat {
   91: r0 = 0
   92: exit
