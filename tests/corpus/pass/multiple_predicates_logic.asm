tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_openat /(uid == 0 || gid == 0) && !(comm == "systemd") && args.flags & 1/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +76
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +69
   15: r7 = r0
   16: call bpf_get_current_uid_gid
   17: r0 <<= 32
   18: r0 >>= 32
   19: if r0 == 0 goto +3
   20: call bpf_get_current_uid_gid
   21: r0 >>= 32
   22: if r0 != 0 goto +61
   23: r1 = r7
   24: r2 = 16
   25: call bpf_get_current_comm
   26: r1 = *(u32 *)(r7 + 0)
   27: if r1 != 1953724787 goto +2
   28: r1 = *(u32 *)(r7 + 4)
   29: if r1 == 6581605 goto +54
   30: r1 = *(u64 *)(r6 + 32)
   31: r1 &= 1
   32: if r1 == 0 goto +51
; 3: @root_writers[comm] = count();
   33: *(u64 *)(r7 + 16) = 0
   34: *(u64 *)(r7 + 24) = 0
   35: r1 = r7
   36: r1 += 16
   37: r2 = 16
   38: call bpf_get_current_comm
   39: r6 = r7
   40: r6 += 16
   41: r1 = map[AT_root_writers] ll
   43: r2 = r6
   44: call bpf_map_lookup_elem
   45: r8 = r0
   46: if r8 != 0 goto +32
   47: *(u64 *)(r10 - 24) = 0
   48: r3 = r10
   49: r3 += -24
   50: r1 = map[AT_root_writers] ll
   52: r2 = r6
   53: r4 = 1
   54: call bpf_map_update_elem
   55: r1 = map[AT_root_writers] ll
   57: r2 = r6
   58: call bpf_map_lookup_elem
   59: r8 = r0
   60: if r8 != 0 goto +18
   61: *(u64 *)(r7 + 32) = 0
   62: r1 = map[ringbuf] ll
   64: r7 += 32
   65: r2 = r7
   66: r3 = 8
   67: r4 = 0
   68: call bpf_ringbuf_output
   69: if r0 == 0 goto +12
   70: r1 = map[lost_events] ll
   72: r2 = r10
   73: r2 += -8
   74: call bpf_map_lookup_elem
   75: if r0 == 0 goto +6
   76: r1 = 1
   77: lock *(u64 *)(r0 + 0) += r1
   78: goto +3
   79: r1 = *(u64 *)(r8 + 0)
   80: r1 += 1
   81: *(u64 *)(r8 + 0) = r1
   82: r0 = 0
   83: exit
; 2: tracepoint:syscalls:sys_enter_openat /(uid == 0 || gid == 0) && !(comm == "systemd") && args.flags & 1/ {
   84: r0 = 0
   85: exit
