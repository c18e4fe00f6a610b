tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_openat /(uid == 0 || gid == 0) && !(comm == "systemd") && args.flags & 1/ {
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
   16: call bpf_get_current_uid_gid
   17: r0 <<= 32
   18: r0 >>= 32
   19: if r0 == 0 goto +3
   20: call bpf_get_current_uid_gid
   21: r0 >>= 32
   22: if r0 != 0 goto +42
   23: r1 = r7
   24: r2 = 16
   25: call bpf_get_current_comm
   26: r1 = *(u32 *)(r7 + 0)
   27: if r1 != 1953724787 goto +2
   28: r1 = *(u32 *)(r7 + 4)
   29: if r1 == 6581605 goto +35
   30: r1 = *(u64 *)(r6 + 32)
   31: r1 &= 1
   32: if r1 == 0 goto +32
; 3: @root_writers[comm] = count();
   33: *(u64 *)(r7 + 16) = 0
   34: *(u64 *)(r7 + 24) = 0
   35: r1 = r7
   36: r1 += 16
   37: r2 = 16
   38: call bpf_get_current_comm
   39: r7 += 16
   40: r1 = map[AT_root_writers] ll
   42: r2 = r7
   43: call bpf_map_lookup_elem
   44: r6 = r0
   45: if r6 != 0 goto +14
   46: *(u64 *)(r10 - 24) = 0
   47: r3 = r10
   48: r3 += -24
   49: r1 = map[AT_root_writers] ll
   51: r2 = r7
   52: r4 = 1
   53: call bpf_map_update_elem
   54: r1 = map[AT_root_writers] ll
   56: r2 = r7
   57: call bpf_map_lookup_elem
   58: r6 = r0
   59: if r6 == 0 goto +3
   60: r1 = *(u64 *)(r6 + 0)
   61: r1 += 1
   62: *(u64 *)(r6 + 0) = r1
   63: r0 = 0
   64: exit
; 2: tracepoint:syscalls:sys_enter_openat /(uid == 0 || gid == 0) && !(comm == "systemd") && args.flags & 1/ {
   65: r0 = 0
   66: exit
