begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +38
    7: r6 = r0
; 3: printf("%d\n", offsetof(struct sock_common, skc_family));
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 8) = 16
   10: r1 = map[ringbuf] ll
   12: r2 = r6
   13: r3 = 16
   14: r4 = 0
   15: call bpf_ringbuf_output
   16: if r0 == 0 goto +8
   17: r1 = map[lost_events] ll
   19: r2 = r10
   20: r2 += -8
   21: call bpf_map_lookup_elem
   22: if r0 == 0 goto +2
   23: r1 = 1
   24: lock *(u64 *)(r0 + 0) += r1
; 4: exit();
   25: *(u64 *)(r6 + 16) = 1
   26: *(u64 *)(r6 + 24) = 0
   27: r1 = map[ringbuf] ll
   29: r6 += 16
   30: r2 = r6
   31: r3 = 16
   32: r4 = 0
   33: call bpf_ringbuf_output
   34: if r0 == 0 goto +8
   35: r1 = map[lost_events] ll
   37: r2 = r10
   38: r2 += -8
   39: call bpf_map_lookup_elem
   40: if r0 == 0 goto +2
   41: r1 = 1
   42: lock *(u64 *)(r0 + 0) += r1
   43: r0 = 0
   44: exit
; 2: BEGIN {
   45: r0 = 0
   46: exit
