begin_0 (raw_tp), stack 8 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +111
    7: r6 = r0
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 8) = 0
   10: *(u64 *)(r6 + 16) = 0
   11: *(u64 *)(r6 + 24) = 0
   12: *(u64 *)(r6 + 32) = 0
   13: *(u64 *)(r6 + 40) = 0
; 3: $a = (1, "hello");
   14: *(u64 *)(r6 + 0) = 0
   15: *(u64 *)(r6 + 8) = 0
   16: *(u64 *)(r6 + 0) = 1
   17: *(u32 *)(r6 + 8) = 1819043176
   18: *(u16 *)(r6 + 12) = 111
; 4: $b = (3, 4, $a);
   19: *(u64 *)(r6 + 16) = 0
   20: *(u64 *)(r6 + 24) = 0
   21: *(u64 *)(r6 + 32) = 0
   22: *(u64 *)(r6 + 40) = 0
   23: *(u64 *)(r6 + 16) = 3
   24: *(u64 *)(r6 + 24) = 4
   25: r1 = *(u64 *)(r6 + 0)
   26: *(u64 *)(r6 + 32) = r1
   27: r1 = *(u64 *)(r6 + 8)
   28: *(u64 *)(r6 + 40) = r1
; 5: print($a);
   29: *(u64 *)(r6 + 48) = 0
   30: r1 = *(u64 *)(r6 + 0)
   31: *(u64 *)(r6 + 56) = r1
   32: r1 = *(u64 *)(r6 + 8)
   33: *(u64 *)(r6 + 64) = r1
   34: r1 = map[ringbuf] ll
   36: r2 = r6
   37: r2 += 48
   38: r3 = 24
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
; 6: print($b);
   50: *(u64 *)(r6 + 72) = 1
   51: r1 = *(u64 *)(r6 + 16)
   52: *(u64 *)(r6 + 80) = r1
   53: r1 = *(u64 *)(r6 + 24)
   54: *(u64 *)(r6 + 88) = r1
   55: r1 = *(u64 *)(r6 + 32)
   56: *(u64 *)(r6 + 96) = r1
   57: r1 = *(u64 *)(r6 + 40)
   58: *(u64 *)(r6 + 104) = r1
   59: r1 = map[ringbuf] ll
   61: r2 = r6
   62: r2 += 72
   63: r3 = 40
   64: r4 = 0
   65: call bpf_ringbuf_output
   66: if r0 == 0 goto +8
   67: r1 = map[lost_events] ll
   69: r2 = r10
   70: r2 += -8
   71: call bpf_map_lookup_elem
   72: if r0 == 0 goto +2
   73: r1 = 1
   74: lock *(u64 *)(r0 + 0) += r1
; 7: printf("%d %s\n", $b.0, $a.1);
   75: *(u64 *)(r6 + 112) = 2
   76: r1 = *(u64 *)(r6 + 16)
   77: *(u64 *)(r6 + 120) = r1
   78: r1 = *(u32 *)(r6 + 8)
   79: *(u32 *)(r6 + 128) = r1
   80: r1 = *(u16 *)(r6 + 12)
   81: *(u16 *)(r6 + 132) = r1
   82: r1 = map[ringbuf] ll
   84: r2 = r6
   85: r2 += 112
   86: r3 = 24
   87: r4 = 0
   88: call bpf_ringbuf_output
   89: if r0 == 0 goto +8
   90: r1 = map[lost_events] ll
   92: r2 = r10
   93: r2 += -8
   94: call bpf_map_lookup_elem
   95: if r0 == 0 goto +2
   96: r1 = 1
   97: lock *(u64 *)(r0 + 0) += r1
; 8: exit();
   98: *(u64 *)(r6 + 136) = 3
   99: *(u64 *)(r6 + 144) = 0
  100: r1 = map[ringbuf] ll
  102: r6 += 136
  103: r2 = r6
  104: r3 = 16
  105: r4 = 0
  106: call bpf_ringbuf_output
  107: if r0 == 0 goto +8
  108: r1 = map[lost_events] ll
  110: r2 = r10
  111: r2 += -8
  112: call bpf_map_lookup_elem
  113: if r0 == 0 goto +2
  114: r1 = 1
  115: lock *(u64 *)(r0 + 0) += r1
  116: r0 = 0
  117: exit
; 2: BEGIN {
  118: r0 = 0
  119: exit
