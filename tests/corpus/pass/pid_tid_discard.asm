begin_0 (raw_tp), stack 24 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +49
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
   18: if r0 != -7 goto +17
   19: *(u64 *)(r6 + 8) = 0
   20: r1 = map[ringbuf] ll
   22: r2 = r6
   23: r2 += 8
   24: r3 = 8
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
; 5: exit();
   36: *(u64 *)(r6 + 16) = 1
   37: *(u64 *)(r6 + 24) = 0
   38: r1 = map[ringbuf] ll
   40: r6 += 16
   41: r2 = r6
   42: r3 = 16
   43: r4 = 0
   44: call bpf_ringbuf_output
   45: if r0 == 0 goto +8
   46: r1 = map[lost_events] ll
   48: r2 = r10
   49: r2 += -8
   50: call bpf_map_lookup_elem
   51: if r0 == 0 goto +2
   52: r1 = 1
   53: lock *(u64 *)(r0 + 0) += r1
   54: r0 = 0
   55: exit
; 2: BEGIN {
   56: r0 = 0
   57: exit
