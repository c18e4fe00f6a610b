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
; 3: @issued[args.dev, args.sector] = nsecs;
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
   26: r1 = map[AT_issued] ll
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
; 6: tracepoint:block:block_rq_complete /@issued[args.dev, args.sector]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +193
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +186
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u32 *)(r6 + 8)
   19: *(u64 *)(r7 + 0) = r1
   20: r1 = *(u64 *)(r6 + 16)
   21: *(u64 *)(r7 + 8) = r1
   22: r1 = map[AT_issued] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r1 = 0
   27: if r0 == 0 goto +1
   28: r1 = *(u64 *)(r0 + 0)
   29: if r1 == 0 goto +171
; 7: @usecs = hist((nsecs - @issued[args.dev, args.sector]) / 1000);
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
   40: r1 = map[AT_issued] ll
   42: call bpf_map_lookup_elem
   43: r1 = 0
   44: if r0 == 0 goto +1
   45: r1 = *(u64 *)(r0 + 0)
   46: r8 -= r1
   47: r8 /= 1000
   48: *(u64 *)(r7 + 32) = 0
   49: *(u64 *)(r7 + 40) = 0
   50: r9 = r7
   51: r9 += 32
   52: if r8 s< 0 goto +40
   53: if r8 > 0 goto +3
   54: r1 = r8
   55: r1 += 1
   56: goto +37
   57: r2 = r8
   58: r3 = 0
   59: r4 = 4294967296 ll
   61: if r2 < r4 goto +2
   62: r2 >>= 32
   63: r3 += 32
   64: r4 = 65536
   65: if r2 < r4 goto +2
   66: r2 >>= 16
   67: r3 += 16
   68: r4 = 256
   69: if r2 < r4 goto +2
   70: r2 >>= 8
   71: r3 += 8
   72: r4 = 16
   73: if r2 < r4 goto +2
   74: r2 >>= 4
   75: r3 += 4
   76: r4 = 4
   77: if r2 < r4 goto +2
   78: r2 >>= 2
   79: r3 += 2
   80: r4 = 2
   81: if r2 < r4 goto +2
   82: r2 >>= 1
   83: r3 += 1
   84: r3 -= 0
   85: r8 >>= r3
   86: r8 &= 0
   87: r3 += 1
   88: r3 <<= 0
   89: r3 += r8
   90: r1 = r3
   91: r1 += 1
   92: goto +1
   93: r1 = 0
   94: *(u64 *)(r7 + 40) = r1
   95: r1 = map[AT_usecs] ll
   97: r2 = r9
   98: call bpf_map_lookup_elem
   99: r8 = r0
  100: if r8 != 0 goto +32
  101: *(u64 *)(r10 - 24) = 0
  102: r3 = r10
  103: r3 += -24
  104: r1 = map[AT_usecs] ll
  106: r2 = r9
  107: r4 = 1
  108: call bpf_map_update_elem
  109: r1 = map[AT_usecs] ll
  111: r2 = r9
  112: call bpf_map_lookup_elem
  113: r8 = r0
  114: if r8 != 0 goto +18
  115: *(u64 *)(r7 + 48) = 1
  116: r1 = map[ringbuf] ll
  118: r2 = r7
  119: r2 += 48
  120: r3 = 8
  121: r4 = 0
  122: call bpf_ringbuf_output
  123: if r0 == 0 goto +12
  124: r1 = map[lost_events] ll
  126: r2 = r10
  127: r2 += -8
  128: call bpf_map_lookup_elem
  129: if r0 == 0 goto +6
  130: r1 = 1
  131: lock *(u64 *)(r0 + 0) += r1
  132: goto +3
  133: r1 = *(u64 *)(r8 + 0)
  134: r1 += 1
  135: *(u64 *)(r8 + 0) = r1
; 8: if (args.error != 0) {
  136: r1 = *(u32 *)(r6 + 28)
  137: r1 <<= 32
  138: r1 s>>= 32
  139: if r1 == 0 goto +48
; 9: @errors[args.error] = count();
  140: *(u64 *)(r7 + 56) = 0
  141: r1 = *(u32 *)(r6 + 28)
  142: r1 <<= 32
  143: r1 s>>= 32
  144: *(u64 *)(r7 + 56) = r1
  145: r8 = r7
  146: r8 += 56
  147: r1 = map[AT_errors] ll
  149: r2 = r8
  150: call bpf_map_lookup_elem
  151: r9 = r0
  152: if r9 != 0 goto +32
  153: *(u64 *)(r10 - 24) = 0
  154: r3 = r10
  155: r3 += -24
  156: r1 = map[AT_errors] ll
  158: r2 = r8
  159: r4 = 1
  160: call bpf_map_update_elem
  161: r1 = map[AT_errors] ll
  163: r2 = r8
  164: call bpf_map_lookup_elem
  165: r9 = r0
  166: if r9 != 0 goto +18
  167: *(u64 *)(r7 + 64) = 2
  168: r1 = map[ringbuf] ll
  170: r2 = r7
  171: r2 += 64
  172: r3 = 8
  173: r4 = 0
  174: call bpf_ringbuf_output
  175: if r0 == 0 goto +12
  176: r1 = map[lost_events] ll
  178: r2 = r10
  179: r2 += -8
  180: call bpf_map_lookup_elem
  181: if r0 == 0 goto +6
  182: r1 = 1
  183: lock *(u64 *)(r0 + 0) += r1
  184: goto +3
  185: r1 = *(u64 *)(r9 + 0)
  186: r1 += 1
  187: *(u64 *)(r9 + 0) = r1
; 11: delete(@issued, (args.dev, args.sector));
  188: *(u64 *)(r7 + 72) = 0
  189: *(u64 *)(r7 + 80) = 0
  190: r1 = *(u32 *)(r6 + 8)
  191: *(u64 *)(r7 + 72) = r1
  192: r1 = *(u64 *)(r6 + 16)
  193: *(u64 *)(r7 + 80) = r1
  194: r7 += 72
  195: r1 = map[AT_issued] ll
  197: r2 = r7
  198: call bpf_map_delete_elem
  199: r0 = 0
  200: exit
; 6: tracepoint:block:block_rq_complete /@issued[args.dev, args.sector]/ {
  201: r0 = 0
  202: exit
