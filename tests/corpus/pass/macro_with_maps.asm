begin_0 (raw_tp), stack 48 bytes:
; 7: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +115
    7: r6 = r0
    8: r7 = 0
; 8: $n = 1;
    9: r7 = 1
; 9: @all = 0;
   10: r2 = r10
   11: r2 += -8
   12: *(u64 *)(r10 - 24) = 0
   13: r3 = r10
   14: r3 += -24
   15: r1 = map[AT_all] ll
   17: r4 = 0
   18: call bpf_map_update_elem
   19: if r0 != -7 goto +16
   20: *(u64 *)(r6 + 0) = 0
   21: r1 = map[ringbuf] ll
   23: r2 = r6
   24: r3 = 8
   25: r4 = 0
   26: call bpf_ringbuf_output
   27: if r0 == 0 goto +8
   28: r1 = map[lost_events] ll
   30: r2 = r10
   31: r2 += -8
   32: call bpf_map_lookup_elem
   33: if r0 == 0 goto +2
   34: r1 = 1
   35: lock *(u64 *)(r0 + 0) += r1
; 3: $counter += 1;
   36: r1 = r7
   37: r1 += 1
   38: r7 = r1
; 4: @totals += 1;
   39: r8 = 1
   40: r9 = r10
   41: r9 += -8
   42: r1 = map[AT_all] ll
   44: r2 = r9
   45: call bpf_map_lookup_elem
   46: *(u64 *)(r10 - 48) = r0
   47: r1 = *(u64 *)(r10 - 48)
   48: if r1 != 0 goto +33
   49: *(u64 *)(r10 - 40) = 0
   50: r3 = r10
   51: r3 += -40
   52: r1 = map[AT_all] ll
   54: r2 = r9
   55: r4 = 1
   56: call bpf_map_update_elem
   57: r1 = map[AT_all] ll
   59: r2 = r9
   60: call bpf_map_lookup_elem
   61: *(u64 *)(r10 - 48) = r0
   62: r1 = *(u64 *)(r10 - 48)
   63: if r1 != 0 goto +18
   64: *(u64 *)(r6 + 8) = 1
   65: r1 = map[ringbuf] ll
   67: r2 = r6
   68: r2 += 8
   69: r3 = 8
   70: r4 = 0
   71: call bpf_ringbuf_output
   72: if r0 == 0 goto +11
   73: r1 = map[lost_events] ll
   75: r2 = r10
   76: r2 += -8
   77: call bpf_map_lookup_elem
   78: if r0 == 0 goto +5
   79: r1 = 1
   80: lock *(u64 *)(r0 + 0) += r1
   81: goto +2
   82: r1 = *(u64 *)(r10 - 48)
   83: lock *(u64 *)(r1 + 0) += r8
; 11: printf("%d\n", $n);
   84: *(u64 *)(r6 + 16) = 2
   85: *(u64 *)(r6 + 24) = r7
   86: r1 = map[ringbuf] ll
   88: r2 = r6
   89: r2 += 16
   90: r3 = 16
   91: r4 = 0
   92: call bpf_ringbuf_output
   93: if r0 == 0 goto +8
   94: r1 = map[lost_events] ll
   96: r2 = r10
   97: r2 += -8
   98: call bpf_map_lookup_elem
   99: if r0 == 0 goto +2
  100: r1 = 1
  101: lock *(u64 *)(r0 + 0) += r1
; 12: exit();
  102: *(u64 *)(r6 + 32) = 3
  103: *(u64 *)(r6 + 40) = 0
  104: r1 = map[ringbuf] ll
  106: r6 += 32
  107: r2 = r6
  108: r3 = 16
  109: r4 = 0
  110: call bpf_ringbuf_output
  111: if r0 == 0 goto +8
  112: r1 = map[lost_events] ll
  114: r2 = r10
  115: r2 += -8
  116: call bpf_map_lookup_elem
  117: if r0 == 0 goto +2
  118: r1 = 1
  119: lock *(u64 *)(r0 + 0) += r1
  120: r0 = 0
  121: exit
; 7: BEGIN {
  122: r0 = 0
  123: exit
