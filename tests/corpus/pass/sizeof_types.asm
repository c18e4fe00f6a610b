begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +45
    7: r6 = r0
; 3: printf("%d %d %d\n", sizeof(uint32), sizeof(struct task_struct) > 0, sizeof(comm));
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 8) = 4
   10: r1 = 0
   11: if r1 >= 3264 goto +2
   12: r1 = 1
   13: goto +1
   14: r1 = 0
   15: *(u64 *)(r6 + 16) = r1
   16: *(u64 *)(r6 + 24) = 16
   17: r1 = map[ringbuf] ll
   19: r2 = r6
   20: r3 = 32
   21: r4 = 0
   22: call bpf_ringbuf_output
   23: if r0 == 0 goto +8
   24: r1 = map[lost_events] ll
   26: r2 = r10
   27: r2 += -8
   28: call bpf_map_lookup_elem
   29: if r0 == 0 goto +2
   30: r1 = 1
   31: lock *(u64 *)(r0 + 0) += r1
; 4: exit();
   32: *(u64 *)(r6 + 32) = 1
   33: *(u64 *)(r6 + 40) = 0
   34: r1 = map[ringbuf] ll
   36: r6 += 32
   37: r2 = r6
   38: r3 = 16
   39: r4 = 0
   40: call bpf_ringbuf_output
   41: if r0 == 0 goto +8
   42: r1 = map[lost_events] ll
   44: r2 = r10
   45: r2 += -8
   46: call bpf_map_lookup_elem
   47: if r0 == 0 goto +2
   48: r1 = 1
   49: lock *(u64 *)(r0 + 0) += r1
   50: r0 = 0
   51: exit
; 2: BEGIN {
   52: r0 = 0
   53: exit
