begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +43
    7: r6 = r0
    8: r1 = 0
    9: r2 = 0
; 4: let $b = 10;
   10: r1 = 10
   11: r1 *= 2
   12: r2 = r1
; 7: printf("%d\n", $a);
   13: *(u64 *)(r6 + 0) = 0
   14: *(u64 *)(r6 + 8) = r2
   15: r1 = map[ringbuf] ll
   17: r2 = r6
   18: r3 = 16
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
; 8: exit();
   30: *(u64 *)(r6 + 16) = 1
   31: *(u64 *)(r6 + 24) = 0
   32: r1 = map[ringbuf] ll
   34: r6 += 16
   35: r2 = r6
   36: r3 = 16
   37: r4 = 0
   38: call bpf_ringbuf_output
   39: if r0 == 0 goto +8
   40: r1 = map[lost_events] ll
   42: r2 = r10
   43: r2 += -8
   44: call bpf_map_lookup_elem
   45: if r0 == 0 goto +2
   46: r1 = 1
   47: lock *(u64 *)(r0 + 0) += r1
   48: r0 = 0
   49: exit
; 2: BEGIN {
   50: r0 = 0
   51: exit
