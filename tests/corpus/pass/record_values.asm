begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +76
    7: r6 = r0
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 8) = 0
   10: *(u64 *)(r6 + 16) = 0
; 3: $disk = (name = "sda", reads = 10, writes = 3);
   11: *(u64 *)(r6 + 0) = 0
   12: *(u64 *)(r6 + 8) = 0
   13: *(u64 *)(r6 + 16) = 0
   14: *(u32 *)(r6 + 0) = 6382707
   15: *(u64 *)(r6 + 8) = 10
   16: *(u64 *)(r6 + 16) = 3
; 4: print($disk);
   17: *(u64 *)(r6 + 24) = 0
   18: r1 = *(u64 *)(r6 + 0)
   19: *(u64 *)(r6 + 32) = r1
   20: r1 = *(u64 *)(r6 + 8)
   21: *(u64 *)(r6 + 40) = r1
   22: r1 = *(u64 *)(r6 + 16)
   23: *(u64 *)(r6 + 48) = r1
   24: r1 = map[ringbuf] ll
   26: r2 = r6
   27: r2 += 24
   28: r3 = 32
   29: r4 = 0
   30: call bpf_ringbuf_output
   31: if r0 == 0 goto +8
   32: r1 = map[lost_events] ll
   34: r2 = r10
   35: r2 += -8
   36: call bpf_map_lookup_elem
   37: if r0 == 0 goto +2
   38: r1 = 1
   39: lock *(u64 *)(r0 + 0) += r1
; 5: printf("%s %d\n", $disk.name, $disk.reads + $disk.writes);
   40: *(u64 *)(r6 + 56) = 1
   41: r1 = *(u32 *)(r6 + 0)
   42: *(u32 *)(r6 + 64) = r1
   43: r1 = *(u64 *)(r6 + 8)
   44: r2 = *(u64 *)(r6 + 16)
   45: r1 += r2
   46: *(u64 *)(r6 + 72) = r1
   47: r1 = map[ringbuf] ll
   49: r2 = r6
   50: r2 += 56
   51: r3 = 24
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
; 6: exit();
   63: *(u64 *)(r6 + 80) = 2
   64: *(u64 *)(r6 + 88) = 0
   65: r1 = map[ringbuf] ll
   67: r6 += 80
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
