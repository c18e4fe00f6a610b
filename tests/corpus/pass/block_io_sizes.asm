tp_block_block_rq_issue_0 (tracepoint/block/block_rq_issue), stack 24 bytes:
; 2: tracepoint:block:block_rq_issue {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +107
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +100
   15: r7 = r0
; 3: @bytes[args.dev, args.rwbs] = hist(args.bytes);
   16: r1 = *(u32 *)(r6 + 28)
   17: *(u64 *)(r7 + 0) = 0
   18: *(u64 *)(r7 + 8) = 0
   19: *(u64 *)(r7 + 16) = 0
   20: *(u64 *)(r7 + 24) = 0
   21: r2 = *(u32 *)(r6 + 8)
   22: *(u64 *)(r7 + 0) = r2
   23: r2 = *(u16 *)(r6 + 34)
   24: *(u16 *)(r7 + 8) = r2
   25: r2 = *(u32 *)(r6 + 36)
   26: *(u32 *)(r7 + 10) = r2
   27: r2 = *(u32 *)(r6 + 40)
   28: *(u32 *)(r7 + 14) = r2
   29: if r1 s< 0 goto +40
   30: if r1 > 0 goto +3
   31: r2 = r1
   32: r2 += 1
   33: goto +37
   34: r3 = r1
   35: r4 = 0
   36: r5 = 4294967296 ll
   38: if r3 < r5 goto +2
   39: r3 >>= 32
   40: r4 += 32
   41: r5 = 65536
   42: if r3 < r5 goto +2
   43: r3 >>= 16
   44: r4 += 16
   45: r5 = 256
   46: if r3 < r5 goto +2
   47: r3 >>= 8
   48: r4 += 8
   49: r5 = 16
   50: if r3 < r5 goto +2
   51: r3 >>= 4
   52: r4 += 4
   53: r5 = 4
   54: if r3 < r5 goto +2
   55: r3 >>= 2
   56: r4 += 2
   57: r5 = 2
   58: if r3 < r5 goto +2
   59: r3 >>= 1
   60: r4 += 1
   61: r4 -= 0
   62: r1 >>= r4
   63: r1 &= 0
   64: r4 += 1
   65: r4 <<= 0
   66: r4 += r1
   67: r2 = r4
   68: r2 += 1
   69: goto +1
   70: r2 = 0
   71: *(u64 *)(r7 + 24) = r2
   72: r1 = map[AT_bytes] ll
   74: r2 = r7
   75: call bpf_map_lookup_elem
   76: r6 = r0
   77: if r6 != 0 goto +32
   78: *(u64 *)(r10 - 24) = 0
   79: r3 = r10
   80: r3 += -24
   81: r1 = map[AT_bytes] ll
   83: r2 = r7
   84: r4 = 1
   85: call bpf_map_update_elem
   86: r1 = map[AT_bytes] ll
   88: r2 = r7
   89: call bpf_map_lookup_elem
   90: r6 = r0
   91: if r6 != 0 goto +18
   92: *(u64 *)(r7 + 32) = 0
   93: r1 = map[ringbuf] ll
   95: r7 += 32
   96: r2 = r7
   97: r3 = 8
   98: r4 = 0
   99: call bpf_ringbuf_output
  100: if r0 == 0 goto +12
  101: r1 = map[lost_events] ll
  103: r2 = r10
  104: r2 += -8
  105: call bpf_map_lookup_elem
  106: if r0 == 0 goto +6
  107: r1 = 1
  108: lock *(u64 *)(r0 + 0) += r1
  109: goto +3
  110: r1 = *(u64 *)(r6 + 0)
  111: r1 += 1
  112: *(u64 *)(r6 + 0) = r1
  113: r0 = 0
  114: exit
; 2: tracepoint:block:block_rq_issue {
  115: r0 = 0
  116: exit
