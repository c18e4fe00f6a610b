begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +55
    7: r6 = r0
; 3: printf("%d %d\n", strstr("hello world", "world"), strstr("hello", "xyz"));
    8: *(u64 *)(r6 + 0) = 0
    9: r1 = 0
   10: r1 = 0
   11: r1 = 1
   12: r1 = 2
   13: r1 = 3
   14: r1 = 4
   15: r1 = 5
   16: r1 = 6
   17: *(u64 *)(r6 + 8) = r1
   18: r1 = 0
   19: r1 = 0
   20: r1 = 1
   21: r1 = 2
   22: r1 = 3
   23: r1 = 4
   24: r1 = 5
   25: r1 = -1
   26: *(u64 *)(r6 + 16) = r1
   27: r1 = map[ringbuf] ll
   29: r2 = r6
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
; 4: exit();
   42: *(u64 *)(r6 + 24) = 1
   43: *(u64 *)(r6 + 32) = 0
   44: r1 = map[ringbuf] ll
   46: r6 += 24
   47: r2 = r6
   48: r3 = 16
   49: r4 = 0
   50: call bpf_ringbuf_output
   51: if r0 == 0 goto +8
   52: r1 = map[lost_events] ll
   54: r2 = r10
   55: r2 += -8
   56: call bpf_map_lookup_elem
   57: if r0 == 0 goto +2
   58: r1 = 1
   59: lock *(u64 *)(r0 + 0) += r1
   60: r0 = 0
   61: exit
; 2: BEGIN {
   62: r0 = 0
   63: exit
