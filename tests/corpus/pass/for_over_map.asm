begin_0 (raw_tp), stack 24 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +90
    7: r6 = r0
; 3: @sizes[1] = 10;
    8: *(u64 *)(r6 + 0) = 0
    9: *(u64 *)(r6 + 0) = 1
   10: *(u64 *)(r10 - 24) = 10
   11: r3 = r10
   12: r3 += -24
   13: r1 = map[AT_sizes] ll
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
; 4: @sizes[2] = 20;
   36: *(u64 *)(r6 + 16) = 0
   37: *(u64 *)(r6 + 16) = 2
   38: r2 = r6
   39: r2 += 16
   40: *(u64 *)(r10 - 24) = 20
   41: r3 = r10
   42: r3 += -24
   43: r1 = map[AT_sizes] ll
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
; 5: for ($kv : @sizes) {
   65: *(u64 *)(r6 + 32) = 0
   66: r1 = map[AT_sizes] ll
   68: r2 = func[begin_0_for_1] ll
   70: r3 = 0
   71: r4 = 0
   72: call bpf_for_each_map_elem
   73: r1 = *(u64 *)(r6 + 32)
   74: if r1 != 0 goto +20
; 8: exit();
   75: *(u64 *)(r6 + 64) = 3
   76: *(u64 *)(r6 + 72) = 0
   77: r1 = map[ringbuf] ll
   79: r6 += 64
   80: r2 = r6
   81: r3 = 16
   82: r4 = 0
   83: call bpf_ringbuf_output
   84: if r0 == 0 goto +8
   85: r1 = map[lost_events] ll
   87: r2 = r10
   88: r2 += -8
   89: call bpf_map_lookup_elem
   90: if r0 == 0 goto +2
   91: r1 = 1
   92: lock *(u64 *)(r0 + 0) += r1
   93: r0 = 0
   94: exit
; 5: for ($kv : @sizes) {
   95: r0 = 0
   96: exit
; 2: BEGIN {
   97: r0 = 0
   98: exit

begin_0_for_1 (.text), stack 8 bytes:
; 5: for ($kv : @sizes) {
    0: r6 = r2
    1: r7 = r3
    2: *(u64 *)(r10 - 8) = 0
    3: r1 = map[scratch] ll
    5: r2 = r10
    6: r2 += -8
    7: call bpf_map_lookup_elem
    8: if r0 == 0 goto +23
; 6: printf("%d -> %d\n", $kv.0, $kv.1);
    9: *(u64 *)(r0 + 40) = 2
   10: r1 = *(u64 *)(r6 + 0)
   11: *(u64 *)(r0 + 48) = r1
   12: r1 = *(u64 *)(r7 + 0)
   13: *(u64 *)(r0 + 56) = r1
   14: r1 = map[ringbuf] ll
   16: r0 += 40
   17: r2 = r0
   18: r3 = 24
   19: r4 = 0
   20: call bpf_ringbuf_output
   21: if r0 == 0 goto +8
   22: r1 = map[lost_events] ll
   24: r2 = r10
   25: r2 += -8
   26: call bpf_map_lookup_elem
   27: if r0 == 0 goto +2
   28: r1 = 1
   29: lock *(u64 *)(r0 + 0) += r1
   30: r0 = 0
   31: exit
; 5: for ($kv : @sizes) {
   32: r0 = 1
   33: exit
