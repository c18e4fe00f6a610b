begin_0 (raw_tp), stack 24 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +71
    7: r6 = r0
    8: *(u64 *)(r6 + 0) = 0
; 3: $x = 5;
    9: *(u64 *)(r6 + 0) = 5
; 4: @counter = 1;
   10: r2 = r10
   11: r2 += -8
   12: *(u64 *)(r10 - 24) = 1
   13: r3 = r10
   14: r3 += -24
   15: r1 = map[AT_counter] ll
   17: r4 = 0
   18: call bpf_map_update_elem
   19: if r0 != -7 goto +17
   20: *(u64 *)(r6 + 8) = 0
   21: r1 = map[ringbuf] ll
   23: r2 = r6
   24: r2 += 8
   25: r3 = 8
   26: r4 = 0
   27: call bpf_ringbuf_output
   28: if r0 == 0 goto +8
   29: r1 = map[lost_events] ll
   31: r2 = r10
   32: r2 += -8
   33: call bpf_map_lookup_elem
   34: if r0 == 0 goto +2
   35: r1 = 1
   36: lock *(u64 *)(r0 + 0) += r1
; 5: printf("%p %p\n", &$x, &@counter);
   37: *(u64 *)(r6 + 16) = 1
   38: *(u64 *)(r6 + 24) = r6
   39: r1 = map[AT_counter] ll
   41: *(u64 *)(r6 + 32) = r1
   42: r1 = map[ringbuf] ll
   44: r2 = r6
   45: r2 += 16
   46: r3 = 24
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +8
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +2
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
; 6: exit();
   58: *(u64 *)(r6 + 40) = 2
   59: *(u64 *)(r6 + 48) = 0
   60: r1 = map[ringbuf] ll
   62: r6 += 40
   63: r2 = r6
   64: r3 = 16
   65: r4 = 0
   66: call bpf_ringbuf_output
   67: if r0 == 0 goto +8
   68: r1 = map[lost_events] ll
   70: r2 = r10
   71: r2 += -8
   72: call bpf_map_lookup_elem
   73: if r0 == 0 goto +2
   74: r1 = 1
   75: lock *(u64 *)(r0 + 0) += r1
   76: r0 = 0
   77: exit
; 2: BEGIN {
   78: r0 = 0
   79: exit
