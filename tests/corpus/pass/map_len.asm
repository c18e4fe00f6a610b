begin_0 (raw_tp), stack 24 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +103
    7: r6 = r0
; 3: @pids[1] = 1;
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 0) = 1
   10: *(u64 *)(r10 - 24) = 1
   11: r3 = r10
   12: r3 += -24
   13: r1 = map[AT_pids] ll
   15: r2 = r6
   16: r4 = 0
   17: call bpf_map_update_elem
   18: if r0 != -7 goto +17
   19: *(u64 *)(r6 + 8) = 0
   20: r1 = map[ringbuf] ll
   22: r2 = r6
   23: r2 += 8
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
; 4: @pids[2] = 1;
   36: *(u64 *)(r6 + 16) = 0
   37: *(u64 *)(r6 + 16) = 2
   38: r2 = r6
   39: r2 += 16
   40: *(u64 *)(r10 - 24) = 1
   41: r3 = r10
   42: r3 += -24
   43: r1 = map[AT_pids] ll
   45: r4 = 0
   46: call bpf_map_update_elem
   47: if r0 != -7 goto +17
   48: *(u64 *)(r6 + 24) = 1
   49: r1 = map[ringbuf] ll
   51: r2 = r6
   52: r2 += 24
   53: r3 = 8
   54: r4 = 0
   55: call bpf_ringbuf_output
   56: if r0 == 0 goto +8
   57: r1 = map[lost_events] ll
   59: r2 = r10
   60: r2 += -8
   61: call bpf_map_lookup_elem
   62: if r0 == 0 goto +2
   63: r1 = 1
   64: lock *(u64 *)(r0 + 0) += r1
; 5: printf("%d entries\n", len(@pids));
   65: *(u64 *)(r6 + 32) = 2
   66: r1 = map[AT_pids] ll
   68: r2 = func[begin_0_len_1] ll
   70: r3 = 0
   71: r4 = 0
   72: call bpf_for_each_map_elem
   73: *(u64 *)(r6 + 40) = r0
   74: r1 = map[ringbuf] ll
   76: r2 = r6
   77: r2 += 32
   78: r3 = 16
   79: r4 = 0
   80: call bpf_ringbuf_output
   81: if r0 == 0 goto +8
   82: r1 = map[lost_events] ll
   84: r2 = r10
   85: r2 += -8
   86: call bpf_map_lookup_elem
   87: if r0 == 0 goto +2
   88: r1 = 1
   89: lock *(u64 *)(r0 + 0) += r1
; 6: exit();
   90: *(u64 *)(r6 + 48) = 3
   91: *(u64 *)(r6 + 56) = 0
   92: r1 = map[ringbuf] ll
   94: r6 += 48
   95: r2 = r6
   96: r3 = 16
   97: r4 = 0
   98: call bpf_ringbuf_output
   99: if r0 == 0 goto +8
  100: r1 = map[lost_events] ll
  102: r2 = r10
  103: r2 += -8
  104: call bpf_map_lookup_elem
  105: if r0 == 0 goto +2
  106: r1 = 1
  107: lock *(u64 *)(r0 + 0) += r1
  108: r0 = 0
  109: exit
; 2: BEGIN {
  110: r0 = 0
  111: exit

begin_0_len_1 (.text), stack 0 bytes:
; 5: printf("%d entries\n", len(@pids));
    0: r0 = 0
    1: exit
