begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +37
    7: r6 = r0
; 3: cat("/proc/loadavg");
    8: *(u64 *)(r6 + 0) = 0
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
   13: r4 = 0
   14: call bpf_ringbuf_output
   15: if r0 == 0 goto +8
   16: r1 = map[lost_events] ll
   18: r2 = r10
   19: r2 += -8
   20: call bpf_map_lookup_elem
   21: if r0 == 0 goto +2
   22: r1 = 1
   23: lock *(u64 *)(r0 + 0) += r1
; 4: exit();
   24: *(u64 *)(r6 + 8) = 1
   25: *(u64 *)(r6 + 16) = 0
   26: r1 = map[ringbuf] ll
   28: r6 += 8
   29: r2 = r6
   30: r3 = 16
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
   42: r0 = 0
   43: exit
; 2: BEGIN {
   44: r0 = 0
   45: exit
