begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +47
    7: r6 = r0
    8: r7 = 0
; 3: for ($c : 0..ncpus) {
    9: r7 = 0
   10: r1 = .rodata + 0 ll
   12: r1 = *(u64 *)(r1 + 24)
   13: r8 = r1
   14: if r7 s>= r8 goto +19
; 4: printf("cpu %d\n", $c);
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = r7
   17: r1 = map[ringbuf] ll
   19: r2 = r6
   20: r3 = 16
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
   32: r7 += 1
   33: goto -20
; 6: exit();
   34: *(u64 *)(r6 + 16) = 1
   35: *(u64 *)(r6 + 24) = 0
   36: r1 = map[ringbuf] ll
   38: r6 += 16
   39: r2 = r6
   40: r3 = 16
   41: r4 = 0
   42: call bpf_ringbuf_output
   43: if r0 == 0 goto +8
   44: r1 = map[lost_events] ll
   46: r2 = r10
   47: r2 += -8
   48: call bpf_map_lookup_elem
   49: if r0 == 0 goto +2
   50: r1 = 1
   51: lock *(u64 *)(r0 + 0) += r1
   52: r0 = 0
   53: exit
; 2: BEGIN {
   54: r0 = 0
   55: exit
