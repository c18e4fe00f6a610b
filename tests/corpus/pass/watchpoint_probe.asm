watchpoint_0 (perf_event), stack 8 bytes:
; 2: watchpoint:0x10000000:8:w {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +25
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +18
; 3: printf("written\n");
   14: *(u64 *)(r0 + 0) = 0
   15: r1 = map[ringbuf] ll
   17: r2 = r0
   18: r3 = 8
   19: r4 = 0
   20: call bpf_ringbuf_output
   21: if r0 == 0 goto +8
   22: r1 = map[lost_events] ll
   24: r2 = r10
   25: r2 += -8
   26: call bpf_map_lookup_elem
   27: if r0 == 0 goto +2
   28: r1 = 1
   29: lock *(u64 *)(r0 + 0) += r1
   30: r0 = 0
   31: exit
; 2: watchpoint:0x10000000:8:w {
   32: r0 = 0
   33: exit
