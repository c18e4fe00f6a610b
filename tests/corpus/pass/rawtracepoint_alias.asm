rawtp_sys_enter_0 (tp_btf/sys_enter), stack 24 bytes:
; 2: rt:sys_enter {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +54
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +47
   15: r7 = r0
; 3: @syscall_ids[arg1] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 8)
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_syscall_ids] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r6 = r0
   24: if r6 != 0 goto +32
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_syscall_ids] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_syscall_ids] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r6 = r0
   38: if r6 != 0 goto +18
   39: *(u64 *)(r7 + 8) = 0
   40: r1 = map[ringbuf] ll
   42: r7 += 8
   43: r2 = r7
   44: r3 = 8
   45: r4 = 0
   46: call bpf_ringbuf_output
   47: if r0 == 0 goto +12
   48: r1 = map[lost_events] ll
   50: r2 = r10
   51: r2 += -8
   52: call bpf_map_lookup_elem
   53: if r0 == 0 goto +6
   54: r1 = 1
   55: lock *(u64 *)(r0 + 0) += r1
   56: goto +3
   57: r1 = *(u64 *)(r6 + 0)
   58: r1 += 1
   59: *(u64 *)(r6 + 0) = r1
   60: r0 = 0
   61: exit
; 2: rt:sys_enter {
   62: r0 = 0
   63: exit
