begin_0 (raw_tp), stack 24 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +31
    7: r6 = r0
; 3: @m[1] = 1;
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 0) = 1
   10: *(u64 *)(r10 - 24) = 1
   11: r3 = r10
   12: r3 += -24
   13: r1 = map[AT_m] ll
   15: r2 = r6
   16: r4 = 0
   17: call bpf_map_update_elem
; 5: exit();
   18: *(u64 *)(r6 + 8) = 0
   19: *(u64 *)(r6 + 16) = 0
   20: r1 = map[ringbuf] ll
   22: r6 += 8
   23: r2 = r6
   24: r3 = 16
   25: r4 = 0
   26: call bpf_ringbuf_output
   27: if r0 == 0 goto +8
   28: r1 = map[lost_events] ll
   30: r2 = r10
   31: r2 += -8
   32: call bpf_map_lookup_elem
   33: if r0 == 0 goto +2
   34: r1 = 1
   35: lock *(u64 *)(r0 + 0) += r1
   36: r0 = 0
   37: exit
; 2: BEGIN {
   38: r0 = 0
   39: exit
