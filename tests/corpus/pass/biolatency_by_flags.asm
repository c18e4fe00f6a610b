tp_block_block_rq_issue_0 (tracepoint/block/block_rq_issue), stack 24 bytes:
; 2: tracepoint:block:block_rq_issue {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +43
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +36
   15: r7 = r0
; 3: @start[args.dev, args.sector] = nsecs;
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u32 *)(r6 + 8)
   19: *(u64 *)(r7 + 0) = r1
   20: r1 = *(u64 *)(r6 + 16)
   21: *(u64 *)(r7 + 8) = r1
   22: call bpf_ktime_get_boot_ns
   23: *(u64 *)(r10 - 24) = r0
   24: r3 = r10
   25: r3 += -24
   26: r1 = map[AT_start] ll
   28: r2 = r7
   29: r4 = 0
   30: call bpf_map_update_elem
   31: if r0 != -7 goto +17
   32: *(u64 *)(r7 + 16) = 0
   33: r1 = map[ringbuf] ll
   35: r7 += 16
   36: r2 = r7
   37: r3 = 8
   38: r4 = 0
   39: call bpf_ringbuf_output
   40: if r0 == 0 goto +8
   41: r1 = map[lost_events] ll
   43: r2 = r10
   44: r2 += -8
   45: call bpf_map_lookup_elem
   46: if r0 == 0 goto +2
   47: r1 = 1
   48: lock *(u64 *)(r0 + 0) += r1
   49: r0 = 0
   50: exit
; 2: tracepoint:block:block_rq_issue {
   51: r0 = 0
   52: exit

tp_block_block_rq_complete_0 (tracepoint/block/block_rq_complete), stack 24 bytes:
; 6: tracepoint:block:block_rq_complete /@start[args.dev, args.sector] != 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +148
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +141
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u32 *)(r6 + 8)
   19: *(u64 *)(r7 + 0) = r1
   20: r1 = *(u64 *)(r6 + 16)
   21: *(u64 *)(r7 + 8) = r1
   22: r1 = map[AT_start] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r1 = 0
   27: if r0 == 0 goto +1
   28: r1 = *(u64 *)(r0 + 0)
   29: if r1 == 0 goto +126
; 7: @usecs[args.rwbs] = hist((nsecs - @start[args.dev, args.sector]) / 1000);
   30: call bpf_ktime_get_boot_ns
   31: r8 = r0
   32: *(u64 *)(r7 + 16) = 0
   33: *(u64 *)(r7 + 24) = 0
   34: r1 = *(u32 *)(r6 + 8)
   35: *(u64 *)(r7 + 16) = r1
   36: r1 = *(u64 *)(r6 + 16)
   37: *(u64 *)(r7 + 24) = r1
   38: r2 = r7
   39: r2 += 16
   40: r1 = map[AT_start] ll
   42: call bpf_map_lookup_elem
   43: r1 = 0
   44: if r0 == 0 goto +1
   45: r1 = *(u64 *)(r0 + 0)
   46: r8 -= r1
   47: r8 /= 1000
   48: *(u64 *)(r7 + 32) = 0
   49: *(u64 *)(r7 + 40) = 0
   50: *(u64 *)(r7 + 48) = 0
   51: r1 = *(u16 *)(r6 + 34)
   52: *(u16 *)(r7 + 32) = r1
   53: r1 = *(u32 *)(r6 + 36)
   54: *(u32 *)(r7 + 34) = r1
   55: r1 = *(u32 *)(r6 + 40)
   56: *(u32 *)(r7 + 38) = r1
   57: r9 = r7
   58: r9 += 32
   59: if r8 s< 0 goto +40
   60: if r8 > 0 goto +3
   61: r1 = r8
   62: r1 += 1
   63: goto +37
   64: r2 = r8
   65: r3 = 0
   66: r4 = 4294967296 ll
   68: if r2 < r4 goto +2
   69: r2 >>= 32
   70: r3 += 32
   71: r4 = 65536
   72: if r2 < r4 goto +2
   73: r2 >>= 16
   74: r3 += 16
   75: r4 = 256
   76: if r2 < r4 goto +2
   77: r2 >>= 8
   78: r3 += 8
   79: r4 = 16
   80: if r2 < r4 goto +2
   81: r2 >>= 4
   82: r3 += 4
   83: r4 = 4
   84: if r2 < r4 goto +2
   85: r2 >>= 2
   86: r3 += 2
   87: r4 = 2
   88: if r2 < r4 goto +2
   89: r2 >>= 1
   90: r3 += 1
   91: r3 -= 0
   92: r8 >>= r3
   93: r8 &= 0
   94: r3 += 1
   95: r3 <<= 0
   96: r3 += r8
   97: r1 = r3
   98: r1 += 1
   99: goto +1
  100: r1 = 0
  101: *(u64 *)(r7 + 48) = r1
  102: r1 = map[AT_usecs] ll
  104: r2 = r9
  105: call bpf_map_lookup_elem
  106: r8 = r0
  107: if r8 != 0 goto +32
  108: *(u64 *)(r10 - 24) = 0
  109: r3 = r10
  110: r3 += -24
  111: r1 = map[AT_usecs] ll
  113: r2 = r9
  114: r4 = 1
  115: call bpf_map_update_elem
  116: r1 = map[AT_usecs] ll
  118: r2 = r9
  119: call bpf_map_lookup_elem
  120: r8 = r0
  121: if r8 != 0 goto +18
  122: *(u64 *)(r7 + 56) = 1
  123: r1 = map[ringbuf] ll
  125: r2 = r7
  126: r2 += 56
  127: r3 = 8
  128: r4 = 0
  129: call bpf_ringbuf_output
  130: if r0 == 0 goto +12
  131: r1 = map[lost_events] ll
  133: r2 = r10
  134: r2 += -8
  135: call bpf_map_lookup_elem
  136: if r0 == 0 goto +6
  137: r1 = 1
  138: lock *(u64 *)(r0 + 0) += r1
  139: goto +3
  140: r1 = *(u64 *)(r8 + 0)
  141: r1 += 1
  142: *(u64 *)(r8 + 0) = r1
; 8: delete(@start[args.dev, args.sector]);
  143: *(u64 *)(r7 + 64) = 0
  144: *(u64 *)(r7 + 72) = 0
  145: r1 = *(u32 *)(r6 + 8)
  146: *(u64 *)(r7 + 64) = r1
  147: r1 = *(u64 *)(r6 + 16)
  148: *(u64 *)(r7 + 72) = r1
  149: r7 += 64
  150: r1 = map[AT_start] ll
  152: r2 = r7
  153: call bpf_map_delete_elem
  154: r0 = 0
  155: exit
; 6: tracepoint:block:block_rq_complete /@start[args.dev, args.sector] != 0/ {
  156: r0 = 0
  157: exit

end_0 (raw_tp), stack 8 bytes:
; 11: END {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +18
; 12: clear(@start);
    7: *(u64 *)(r0 + 0) = 2
    8: r1 = map[ringbuf] ll
   10: r2 = r0
   11: r3 = 8
   12: r4 = 0
   13: call bpf_ringbuf_output
   14: if r0 == 0 goto +8
   15: r1 = map[lost_events] ll
   17: r2 = r10
   18: r2 += -8
   19: call bpf_map_lookup_elem
   20: if r0 == 0 goto +2
   21: r1 = 1
   22: lock *(u64 *)(r0 + 0) += r1
   23: r0 = 0
   24: exit
; 11: END {
   25: r0 = 0
   26: exit
