tp_kmem_kmalloc_0 (tracepoint/kmem/kmalloc), stack 40 bytes:
; 2: tracepoint:kmem:kmalloc {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +141
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +134
   15: r7 = r0
; 3: @requested = sum(args.bytes_req);
   16: r8 = *(u64 *)(r6 + 24)
   17: r9 = r10
   18: r9 += -8
   19: r1 = map[AT_requested] ll
   21: r2 = r9
   22: call bpf_map_lookup_elem
   23: *(u64 *)(r10 - 32) = r0
   24: r1 = *(u64 *)(r10 - 32)
   25: if r1 != 0 goto +15
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_requested] ll
   31: r2 = r9
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_requested] ll
   36: r2 = r9
   37: call bpf_map_lookup_elem
   38: *(u64 *)(r10 - 32) = r0
   39: r1 = *(u64 *)(r10 - 32)
   40: if r1 == 0 goto +5
   41: r1 = *(u64 *)(r10 - 32)
   42: r1 = *(u64 *)(r1 + 0)
   43: r1 += r8
   44: r2 = *(u64 *)(r10 - 32)
   45: *(u64 *)(r2 + 0) = r1
; 4: @allocated = sum(args.bytes_alloc);
   46: r8 = *(u64 *)(r6 + 32)
   47: r9 = r10
   48: r9 += -8
   49: r1 = map[AT_allocated] ll
   51: r2 = r9
   52: call bpf_map_lookup_elem
   53: *(u64 *)(r10 - 40) = r0
   54: r1 = *(u64 *)(r10 - 40)
   55: if r1 != 0 goto +15
   56: *(u64 *)(r10 - 24) = 0
   57: r3 = r10
   58: r3 += -24
   59: r1 = map[AT_allocated] ll
   61: r2 = r9
   62: r4 = 1
   63: call bpf_map_update_elem
   64: r1 = map[AT_allocated] ll
   66: r2 = r9
   67: call bpf_map_lookup_elem
   68: *(u64 *)(r10 - 40) = r0
   69: r1 = *(u64 *)(r10 - 40)
   70: if r1 == 0 goto +5
   71: r1 = *(u64 *)(r10 - 40)
   72: r1 = *(u64 *)(r1 + 0)
   73: r1 += r8
   74: r2 = *(u64 *)(r10 - 40)
   75: *(u64 *)(r2 + 0) = r1
; 5: @waste = hist(args.bytes_alloc - args.bytes_req);
   76: r1 = *(u64 *)(r6 + 32)
   77: r2 = *(u64 *)(r6 + 24)
   78: r1 -= r2
   79: *(u64 *)(r7 + 0) = 0
   80: *(u64 *)(r7 + 8) = 0
   81: if r1 s< 0 goto +40
   82: if r1 > 0 goto +3
   83: r2 = r1
   84: r2 += 1
   85: goto +37
   86: r3 = r1
   87: r4 = 0
   88: r5 = 4294967296 ll
   90: if r3 < r5 goto +2
   91: r3 >>= 32
   92: r4 += 32
   93: r5 = 65536
   94: if r3 < r5 goto +2
   95: r3 >>= 16
   96: r4 += 16
   97: r5 = 256
   98: if r3 < r5 goto +2
   99: r3 >>= 8
  100: r4 += 8
  101: r5 = 16
  102: if r3 < r5 goto +2
  103: r3 >>= 4
  104: r4 += 4
  105: r5 = 4
  106: if r3 < r5 goto +2
  107: r3 >>= 2
  108: r4 += 2
  109: r5 = 2
  110: if r3 < r5 goto +2
  111: r3 >>= 1
  112: r4 += 1
  113: r4 -= 0
  114: r1 >>= r4
  115: r1 &= 0
  116: r4 += 1
  117: r4 <<= 0
  118: r4 += r1
  119: r2 = r4
  120: r2 += 1
  121: goto +1
  122: r2 = 0
  123: *(u64 *)(r7 + 8) = r2
  124: r1 = map[AT_waste] ll
  126: r2 = r7
  127: call bpf_map_lookup_elem
  128: r6 = r0
  129: if r6 != 0 goto +14
  130: *(u64 *)(r10 - 24) = 0
  131: r3 = r10
  132: r3 += -24
  133: r1 = map[AT_waste] ll
  135: r2 = r7
  136: r4 = 1
  137: call bpf_map_update_elem
  138: r1 = map[AT_waste] ll
  140: r2 = r7
  141: call bpf_map_lookup_elem
  142: r6 = r0
  143: if r6 == 0 goto +3
  144: r1 = *(u64 *)(r6 + 0)
  145: r1 += 1
  146: *(u64 *)(r6 + 0) = r1
  147: r0 = 0
  148: exit
; 2: tracepoint:kmem:kmalloc {
  149: r0 = 0
  150: exit
