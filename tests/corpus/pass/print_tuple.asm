begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +43
    7: r6 = r0
; 3: print((1, "two", 3));
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 8) = 0
   10: *(u64 *)(r6 + 16) = 0
   11: *(u64 *)(r6 + 24) = 0
   12: *(u64 *)(r6 + 8) = 1
   13: *(u32 *)(r6 + 16) = 7305076
   14: *(u64 *)(r6 + 24) = 3
   15: r1 = map[ringbuf] ll
   17: r2 = r6
   18: r3 = 32
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
; 4: exit();
   30: *(u64 *)(r6 + 32) = 1
   31: *(u64 *)(r6 + 40) = 0
   32: r1 = map[ringbuf] ll
   34: r6 += 32
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
