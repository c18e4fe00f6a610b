tp_syscalls_sys_enter_write_0 (tracepoint/syscalls/sys_enter_write), stack 8 bytes:
; 2: tracepoint:syscalls:sys_enter_write /args.count >= 8/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +36
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +29
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 32)
   17: if r1 < 8 goto +26
; 3: printf("%rx\n", buf(args.buf, 8));
   18: *(u64 *)(r7 + 0) = 0
   19: *(u64 *)(r7 + 8) = 0
   20: *(u64 *)(r7 + 16) = 0
   21: *(u64 *)(r7 + 8) = 8
   22: r3 = *(u64 *)(r6 + 24)
   23: r1 = r7
   24: r1 += 16
   25: r2 = 8
   26: call bpf_probe_read_user
   27: r1 = map[ringbuf] ll
   29: r2 = r7
   30: r3 = 24
   31: r4 = 0
   32: call bpf_ringbuf_output
   33: if r0 == 0 goto +8
   34: r1 = map[lost_events] ll
   36: r2 = r10
   37: r2 += -8
   38: call bpf_map_lookup_elem
   39: if r0 == 0 goto +2
   40: r1 = 1
   41: lock *(u64 *)(r0 + 0) += r1
   42: r0 = 0
   43: exit
; 2: tracepoint:syscalls:sys_enter_write /args.count >= 8/ {
   44: r0 = 0
   45: exit
