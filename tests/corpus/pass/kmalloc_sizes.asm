tp_kmem_kmalloc_0 (tracepoint/kmem/kmalloc), stack 40 bytes:
; 2: tracepoint:kmem:kmalloc {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +196
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +189
   15: r7 = r0
; 3: @requested = sum(args.bytes_req);
   16: r8 = *(u64 *)(r6 + 24)  ; CO-RE field offset [16012] 0:3
   17: r9 = r10
   18: r9 += -8
   19: r1 = map[AT_requested] ll
   21: r2 = r9
   22: call bpf_map_lookup_elem
   23: *(u64 *)(r10 - 32) = r0
   24: r1 = *(u64 *)(r10 - 32)
   25: if r1 != 0 goto +32
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
   40: if r1 != 0 goto +17
   41: *(u64 *)(r7 + 0) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +14
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +8
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +5
   58: r1 = *(u64 *)(r10 - 32)
   59: r1 = *(u64 *)(r1 + 0)
   60: r1 += r8
   61: r2 = *(u64 *)(r10 - 32)
   62: *(u64 *)(r2 + 0) = r1
; 4: @allocated = sum(args.bytes_alloc);
   63: r8 = *(u64 *)(r6 + 32)  ; CO-RE field offset [16012] 0:4
   64: r9 = r10
   65: r9 += -8
   66: r1 = map[AT_allocated] ll
   68: r2 = r9
   69: call bpf_map_lookup_elem
   70: *(u64 *)(r10 - 40) = r0
   71: r1 = *(u64 *)(r10 - 40)
   72: if r1 != 0 goto +33
   73: *(u64 *)(r10 - 24) = 0
   74: r3 = r10
   75: r3 += -24
   76: r1 = map[AT_allocated] ll
   78: r2 = r9
   79: r4 = 1
   80: call bpf_map_update_elem
   81: r1 = map[AT_allocated] ll
   83: r2 = r9
   84: call bpf_map_lookup_elem
   85: *(u64 *)(r10 - 40) = r0
   86: r1 = *(u64 *)(r10 - 40)
   87: if r1 != 0 goto +18
   88: *(u64 *)(r7 + 8) = 1
   89: r1 = map[ringbuf] ll
   91: r2 = r7
   92: r2 += 8
   93: r3 = 8
   94: r4 = 0
   95: call bpf_ringbuf_output
   96: if r0 == 0 goto +14
   97: r1 = map[lost_events] ll
   99: r2 = r10
  100: r2 += -8
  101: call bpf_map_lookup_elem
  102: if r0 == 0 goto +8
  103: r1 = 1
  104: lock *(u64 *)(r0 + 0) += r1
  105: goto +5
  106: r1 = *(u64 *)(r10 - 40)
  107: r1 = *(u64 *)(r1 + 0)
  108: r1 += r8
  109: r2 = *(u64 *)(r10 - 40)
  110: *(u64 *)(r2 + 0) = r1
; 5: @waste = hist(args.bytes_alloc - args.bytes_req);
  111: r1 = *(u64 *)(r6 + 32)  ; CO-RE field offset [16012] 0:4
  112: r2 = *(u64 *)(r6 + 24)  ; CO-RE field offset [16012] 0:3
  113: r1 -= r2
  114: *(u64 *)(r7 + 16) = 0
  115: *(u64 *)(r7 + 24) = 0
  116: r6 = r7
  117: r6 += 16
  118: if r1 s< 0 goto +40
  119: if r1 > 0 goto +3
  120: r2 = r1
  121: r2 += 1
  122: goto +37
  123: r3 = r1
  124: r4 = 0
  125: r5 = 4294967296 ll
  127: if r3 < r5 goto +2
  128: r3 >>= 32
  129: r4 += 32
  130: r5 = 65536
  131: if r3 < r5 goto +2
  132: r3 >>= 16
  133: r4 += 16
  134: r5 = 256
  135: if r3 < r5 goto +2
  136: r3 >>= 8
  137: r4 += 8
  138: r5 = 16
  139: if r3 < r5 goto +2
  140: r3 >>= 4
  141: r4 += 4
  142: r5 = 4
  143: if r3 < r5 goto +2
  144: r3 >>= 2
  145: r4 += 2
  146: r5 = 2
  147: if r3 < r5 goto +2
  148: r3 >>= 1
  149: r4 += 1
  150: r4 -= 0
  151: r1 >>= r4
  152: r1 &= 0
  153: r4 += 1
  154: r4 <<= 0
  155: r4 += r1
  156: r2 = r4
  157: r2 += 1
  158: goto +1
  159: r2 = 0
  160: *(u64 *)(r7 + 24) = r2
  161: r1 = map[AT_waste] ll
  163: r2 = r6
  164: call bpf_map_lookup_elem
  165: r8 = r0
  166: if r8 != 0 goto +32
  167: *(u64 *)(r10 - 24) = 0
  168: r3 = r10
  169: r3 += -24
  170: r1 = map[AT_waste] ll
  172: r2 = r6
  173: r4 = 1
  174: call bpf_map_update_elem
  175: r1 = map[AT_waste] ll
  177: r2 = r6
  178: call bpf_map_lookup_elem
  179: r8 = r0
  180: if r8 != 0 goto +18
  181: *(u64 *)(r7 + 32) = 2
  182: r1 = map[ringbuf] ll
  184: r7 += 32
  185: r2 = r7
  186: r3 = 8
  187: r4 = 0
  188: call bpf_ringbuf_output
  189: if r0 == 0 goto +12
  190: r1 = map[lost_events] ll
  192: r2 = r10
  193: r2 += -8
  194: call bpf_map_lookup_elem
  195: if r0 == 0 goto +6
  196: r1 = 1
  197: lock *(u64 *)(r0 + 0) += r1
  198: goto +3
  199: r1 = *(u64 *)(r8 + 0)
  200: r1 += 1
  201: *(u64 *)(r8 + 0) = r1
  202: r0 = 0
  203: exit
; 2: tracepoint:kmem:kmalloc {
  204: r0 = 0
  205: exit
