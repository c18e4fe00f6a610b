tp_syscalls_sys_exit_openat_0 (tracepoint/syscalls/sys_exit_openat), stack 8 bytes:
; 2: tracepoint:syscalls:sys_exit_openat /args.ret < 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +34
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +27
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 s>= 0 goto +24
; 3: warnf("open failed in %s: %d", comm, args.ret);
   18: *(u64 *)(r7 + 0) = 0
   19: r1 = r7
   20: r1 += 8
   21: r2 = 16
   22: call bpf_get_current_comm
   23: r1 = *(u64 *)(r6 + 16)
   24: *(u64 *)(r7 + 24) = r1
   25: r1 = map[ringbuf] ll
   27: r2 = r7
   28: r3 = 32
   29: r4 = 0
   30: call bpf_ringbuf_output
   31: if r0 == 0 goto +8
   32: r1 = map[lost_events] ll
   34: r2 = r10
   35: r2 += -8
   36: call bpf_map_lookup_elem
   37: if r0 == 0 goto +2
   38: r1 = 1
   39: lock *(u64 *)(r0 + 0) += r1
   40: r0 = 0
   41: exit
; 2: tracepoint:syscalls:sys_exit_openat /args.ret < 0/ {
   42: r0 = 0
   43: exit
