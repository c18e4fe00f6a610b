begin_0 (raw_tp), stack 72 bytes:
; 2: BEGIN {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +219
    7: r6 = r0
    8: r7 = 0
    9: *(u8 *)(r6 + 0) = 0
; 3: for ($i : 1..9) {
   10: r7 = 1
   11: r1 = 9
   12: r8 = r1
   13: if r7 s>= r8 goto +192
; 4: $disk = $i % 2 == 0 ? "sda" : "nvme0n1";
   14: r1 = r7
   15: r1 %= 2
   16: if r1 != 0 goto +2
   17: *(u32 *)(r6 + 0) = 6382707
   18: goto +2
   19: *(u32 *)(r6 + 0) = 1701672558
   20: *(u32 *)(r6 + 4) = 3239472
; 5: @avg_us[$disk] = avg($i * 100);
   21: r9 = r7
   22: r9 *= 100
   23: *(u64 *)(r6 + 8) = 0
   24: r1 = *(u64 *)(r6 + 0)
   25: *(u64 *)(r6 + 8) = r1
   26: r1 = r6
   27: *(u64 *)(r10 - 32) = r1
   28: r1 = *(u64 *)(r10 - 32)
   29: r1 += 8
   30: *(u64 *)(r10 - 32) = r1
   31: r1 = map[AT_avg_us] ll
   33: r2 = *(u64 *)(r10 - 32)
   34: call bpf_map_lookup_elem
   35: *(u64 *)(r10 - 40) = r0
   36: r1 = *(u64 *)(r10 - 40)
   37: if r1 != 0 goto +34
   38: *(u64 *)(r10 - 24) = 0
   39: *(u64 *)(r10 - 16) = 0
   40: r3 = r10
   41: r3 += -24
   42: r1 = map[AT_avg_us] ll
   44: r2 = *(u64 *)(r10 - 32)
   45: r4 = 1
   46: call bpf_map_update_elem
   47: r1 = map[AT_avg_us] ll
   49: r2 = *(u64 *)(r10 - 32)
   50: call bpf_map_lookup_elem
   51: *(u64 *)(r10 - 40) = r0
   52: r1 = *(u64 *)(r10 - 40)
   53: if r1 != 0 goto +18
   54: *(u64 *)(r6 + 16) = 0
   55: r1 = map[ringbuf] ll
   57: r2 = r6
   58: r2 += 16
   59: r3 = 8
   60: r4 = 0
   61: call bpf_ringbuf_output
   62: if r0 == 0 goto +19
   63: r1 = map[lost_events] ll
   65: r2 = r10
   66: r2 += -8
   67: call bpf_map_lookup_elem
   68: if r0 == 0 goto +13
   69: r1 = 1
   70: lock *(u64 *)(r0 + 0) += r1
   71: goto +10
   72: r1 = *(u64 *)(r10 - 40)
   73: r1 = *(u64 *)(r1 + 0)
   74: r1 += r9
   75: r2 = *(u64 *)(r10 - 40)
   76: *(u64 *)(r2 + 0) = r1
   77: r1 = *(u64 *)(r10 - 40)
   78: r1 = *(u64 *)(r1 + 8)
   79: r1 += 1
   80: r2 = *(u64 *)(r10 - 40)
   81: *(u64 *)(r2 + 8) = r1
; 6: @min_us[$disk] = min($i * 100);
   82: r9 = r7
   83: r9 *= 100
   84: *(u64 *)(r6 + 24) = 0
   85: r1 = *(u64 *)(r6 + 0)
   86: *(u64 *)(r6 + 24) = r1
   87: r1 = r6
   88: *(u64 *)(r10 - 48) = r1
   89: r1 = *(u64 *)(r10 - 48)
   90: r1 += 24
   91: *(u64 *)(r10 - 48) = r1
   92: r1 = map[AT_min_us] ll
   94: r2 = *(u64 *)(r10 - 48)
   95: call bpf_map_lookup_elem
   96: *(u64 *)(r10 - 56) = r0
   97: r1 = *(u64 *)(r10 - 56)
   98: if r1 != 0 goto +34
   99: *(u64 *)(r10 - 24) = 0
  100: *(u64 *)(r10 - 16) = 0
  101: r3 = r10
  102: r3 += -24
  103: r1 = map[AT_min_us] ll
  105: r2 = *(u64 *)(r10 - 48)
  106: r4 = 1
  107: call bpf_map_update_elem
  108: r1 = map[AT_min_us] ll
  110: r2 = *(u64 *)(r10 - 48)
  111: call bpf_map_lookup_elem
  112: *(u64 *)(r10 - 56) = r0
  113: r1 = *(u64 *)(r10 - 56)
  114: if r1 != 0 goto +18
  115: *(u64 *)(r6 + 32) = 1
  116: r1 = map[ringbuf] ll
  118: r2 = r6
  119: r2 += 32
  120: r3 = 8
  121: r4 = 0
  122: call bpf_ringbuf_output
  123: if r0 == 0 goto +19
  124: r1 = map[lost_events] ll
  126: r2 = r10
  127: r2 += -8
  128: call bpf_map_lookup_elem
  129: if r0 == 0 goto +13
  130: r1 = 1
  131: lock *(u64 *)(r0 + 0) += r1
  132: goto +10
  133: r1 = *(u64 *)(r10 - 56)
  134: r1 = *(u64 *)(r1 + 8)
  135: if r1 == 0 goto +3
  136: r1 = *(u64 *)(r10 - 56)
  137: r1 = *(u64 *)(r1 + 0)
  138: if r9 s>= r1 goto +4
  139: r1 = *(u64 *)(r10 - 56)
  140: *(u64 *)(r1 + 0) = r9
  141: r1 = *(u64 *)(r10 - 56)
  142: *(u64 *)(r1 + 8) = 1
; 7: @max_us[$disk] = max($i * 100);
  143: r9 = r7
  144: r9 *= 100
  145: *(u64 *)(r6 + 40) = 0
  146: r1 = *(u64 *)(r6 + 0)
  147: *(u64 *)(r6 + 40) = r1
  148: r1 = r6
  149: *(u64 *)(r10 - 64) = r1
  150: r1 = *(u64 *)(r10 - 64)
  151: r1 += 40
  152: *(u64 *)(r10 - 64) = r1
  153: r1 = map[AT_max_us] ll
  155: r2 = *(u64 *)(r10 - 64)
  156: call bpf_map_lookup_elem
  157: *(u64 *)(r10 - 72) = r0
  158: r1 = *(u64 *)(r10 - 72)
  159: if r1 != 0 goto +34
  160: *(u64 *)(r10 - 24) = 0
  161: *(u64 *)(r10 - 16) = 0
  162: r3 = r10
  163: r3 += -24
  164: r1 = map[AT_max_us] ll
  166: r2 = *(u64 *)(r10 - 64)
  167: r4 = 1
  168: call bpf_map_update_elem
  169: r1 = map[AT_max_us] ll
  171: r2 = *(u64 *)(r10 - 64)
  172: call bpf_map_lookup_elem
  173: *(u64 *)(r10 - 72) = r0
  174: r1 = *(u64 *)(r10 - 72)
  175: if r1 != 0 goto +18
  176: *(u64 *)(r6 + 48) = 2
  177: r1 = map[ringbuf] ll
  179: r2 = r6
  180: r2 += 48
  181: r3 = 8
  182: r4 = 0
  183: call bpf_ringbuf_output
  184: if r0 == 0 goto +19
  185: r1 = map[lost_events] ll
  187: r2 = r10
  188: r2 += -8
  189: call bpf_map_lookup_elem
  190: if r0 == 0 goto +13
  191: r1 = 1
  192: lock *(u64 *)(r0 + 0) += r1
  193: goto +10
  194: r1 = *(u64 *)(r10 - 72)
  195: r1 = *(u64 *)(r1 + 8)
  196: if r1 == 0 goto +3
  197: r1 = *(u64 *)(r10 - 72)
  198: r1 = *(u64 *)(r1 + 0)
  199: if r9 s<= r1 goto +4
  200: r1 = *(u64 *)(r10 - 72)
  201: *(u64 *)(r1 + 0) = r9
  202: r1 = *(u64 *)(r10 - 72)
  203: *(u64 *)(r1 + 8) = 1
  204: r7 += 1
  205: goto -193
; 9: exit();
  206: *(u64 *)(r6 + 56) = 3
  207: *(u64 *)(r6 + 64) = 0
  208: r1 = map[ringbuf] ll
  210: r6 += 56
  211: r2 = r6
  212: r3 = 16
  213: r4 = 0
  214: call bpf_ringbuf_output
  215: if r0 == 0 goto +8
  216: r1 = map[lost_events] ll
  218: r2 = r10
  219: r2 += -8
  220: call bpf_map_lookup_elem
  221: if r0 == 0 goto +2
  222: r1 = 1
  223: lock *(u64 *)(r0 + 0) += r1
  224: r0 = 0
  225: exit
; 2: BEGIN {
  226: r0 = 0
  227: exit
