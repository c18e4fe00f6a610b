begin_0 (raw_tp), stack 8 bytes:
; 6: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +41
    7: r6 = r0
; 7: printf("%d\n", to_ms(5000000000));
    8: *(u64 *)(r6 + 0) = 0
    9: r1 = 5000000000 ll
   11: r1 /= 1000000
   12: *(u64 *)(r6 + 8) = r1
   13: r1 = map[ringbuf] ll
   15: r2 = r6
   16: r3 = 16
   17: r4 = 0
   18: call bpf_ringbuf_output
   19: if r0 == 0 goto +8
   20: r1 = map[lost_events] ll
   22: r2 = r10
   23: r2 += -8
   24: call bpf_map_lookup_elem
   25: if r0 == 0 goto +2
   26: r1 = 1
   27: lock *(u64 *)(r0 + 0) += r1
; 8: exit();
   28: *(u64 *)(r6 + 16) = 1
   29: *(u64 *)(r6 + 24) = 0
   30: r1 = map[ringbuf] ll
   32: r6 += 16
   33: r2 = r6
   34: r3 = 16
   35: r4 = 0
   36: call bpf_ringbuf_output
   37: if r0 == 0 goto +8
   38: r1 = map[lost_events] ll
   40: r2 = r10
   41: r2 += -8
   42: call bpf_map_lookup_elem
   43: if r0 == 0 goto +2
   44: r1 = 1
   45: lock *(u64 *)(r0 + 0) += r1
   46: r0 = 0
   47: exit
; 6: BEGIN {
   48: r0 = 0
   49: exit
