interval_0 (perf_event), stack 8 bytes:
; 2: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +21
    7: r6 = r0
; 3: printf("%d\n", jiffies);
    8: *(u64 *)(r6 + 0) = 0
    9: call bpf_jiffies64
   10: *(u64 *)(r6 + 8) = r0
   11: r1 = map[ringbuf] ll
   13: r2 = r6
   14: r3 = 16
   15: r4 = 0
   16: call bpf_ringbuf_output
   17: if r0 == 0 goto +8
   18: r1 = map[lost_events] ll
   20: r2 = r10
   21: r2 += -8
   22: call bpf_map_lookup_elem
   23: if r0 == 0 goto +2
   24: r1 = 1
   25: lock *(u64 *)(r0 + 0) += r1
   26: r0 = 0
   27: exit
; 2: interval:s:1 {
   28: r0 = 0
   29: exit
