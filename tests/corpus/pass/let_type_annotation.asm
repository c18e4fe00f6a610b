begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +76
    7: r6 = r0
    8: r1 = 0
    9: *(u8 *)(r6 + 0) = 0
   10: r2 = 0
; 3: $count = 1;
   11: r1 = 1
; 4: $count = $count + 41;
   12: r3 = r1
   13: r3 += 41
   14: r1 = r3
; 5: let $name = "sched";
   15: *(u32 *)(r6 + 0) = 1701340019
   16: *(u16 *)(r6 + 4) = 100
; 6: let $limit: uint64 = 10;
   17: r2 = 10
; 7: printf("%s %d %d\n", $name, $count, $limit);
   18: *(u64 *)(r6 + 8) = 0
   19: r3 = *(u32 *)(r6 + 0)
   20: *(u32 *)(r6 + 16) = r3
   21: r3 = *(u16 *)(r6 + 4)
   22: *(u16 *)(r6 + 20) = r3
   23: *(u64 *)(r6 + 24) = r1
   24: *(u64 *)(r6 + 32) = r2
   25: r1 = map[ringbuf] ll
   27: r2 = r6
   28: r2 += 8
   29: r3 = 32
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
; 8: $name = "irq";
   41: *(u32 *)(r6 + 0) = 7434857
; 9: printf("%s\n", $name);
   42: *(u64 *)(r6 + 40) = 1
   43: r1 = *(u32 *)(r6 + 0)
   44: *(u32 *)(r6 + 48) = r1
   45: r1 = *(u16 *)(r6 + 4)
   46: *(u16 *)(r6 + 52) = r1
   47: r1 = map[ringbuf] ll
   49: r2 = r6
   50: r2 += 40
   51: r3 = 16
   52: r4 = 0
   53: call bpf_ringbuf_output
   54: if r0 == 0 goto +8
   55: r1 = map[lost_events] ll
   57: r2 = r10
   58: r2 += -8
   59: call bpf_map_lookup_elem
   60: if r0 == 0 goto +2
   61: r1 = 1
   62: lock *(u64 *)(r0 + 0) += r1
; 10: exit();
   63: *(u64 *)(r6 + 56) = 2
   64: *(u64 *)(r6 + 64) = 0
   65: r1 = map[ringbuf] ll
   67: r6 += 56
   68: r2 = r6
   69: r3 = 16
   70: r4 = 0
   71: call bpf_ringbuf_output
   72: if r0 == 0 goto +8
   73: r1 = map[lost_events] ll
   75: r2 = r10
   76: r2 += -8
   77: call bpf_map_lookup_elem
   78: if r0 == 0 goto +2
   79: r1 = 1
   80: lock *(u64 *)(r0 + 0) += r1
   81: r0 = 0
   82: exit
; 2: BEGIN {
   83: r0 = 0
   84: exit
