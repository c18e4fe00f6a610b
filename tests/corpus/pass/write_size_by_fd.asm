tp_syscalls_sys_enter_write_0 (tracepoint/syscalls/sys_enter_write), stack 40 bytes:
; 2: tracepoint:syscalls:sys_enter_write /comm == "bash"/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +170
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +163
   15: r7 = r0
   16: r1 = r7
   17: r2 = 16
   18: call bpf_get_current_comm
   19: r1 = *(u32 *)(r7 + 0)
   20: if r1 != 1752392034 goto +157
   21: r1 = *(u8 *)(r7 + 4)
   22: if r1 != 0 goto +155
; 3: @bytes[args.fd] = sum(args.count);
   23: r8 = *(u64 *)(r6 + 32)
   24: *(u64 *)(r7 + 16) = 0
   25: r1 = *(u64 *)(r6 + 16)
   26: *(u64 *)(r7 + 16) = r1
   27: r9 = r7
   28: r9 += 16
   29: r1 = map[AT_bytes] ll
   31: r2 = r9
   32: call bpf_map_lookup_elem
   33: *(u64 *)(r10 - 32) = r0
   34: r1 = *(u64 *)(r10 - 32)
   35: if r1 != 0 goto +33
   36: *(u64 *)(r10 - 24) = 0
   37: r3 = r10
   38: r3 += -24
   39: r1 = map[AT_bytes] ll
   41: r2 = r9
   42: r4 = 1
   43: call bpf_map_update_elem
   44: r1 = map[AT_bytes] ll
   46: r2 = r9
   47: call bpf_map_lookup_elem
   48: *(u64 *)(r10 - 32) = r0
   49: r1 = *(u64 *)(r10 - 32)
   50: if r1 != 0 goto +18
   51: *(u64 *)(r7 + 24) = 0
   52: r1 = map[ringbuf] ll
   54: r2 = r7
   55: r2 += 24
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +14
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +8
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +5
   69: r1 = *(u64 *)(r10 - 32)
   70: r1 = *(u64 *)(r1 + 0)
   71: r1 += r8
   72: r2 = *(u64 *)(r10 - 32)
   73: *(u64 *)(r2 + 0) = r1
; 4: @largest = max(args.count);
   74: r8 = *(u64 *)(r6 + 32)
   75: r9 = r10
   76: r9 += -8
   77: r1 = map[AT_largest] ll
   79: r2 = r9
   80: call bpf_map_lookup_elem
   81: *(u64 *)(r10 - 40) = r0
   82: r1 = *(u64 *)(r10 - 40)
   83: if r1 != 0 goto +34
   84: *(u64 *)(r10 - 24) = 0
   85: *(u64 *)(r10 - 16) = 0
   86: r3 = r10
   87: r3 += -24
   88: r1 = map[AT_largest] ll
   90: r2 = r9
   91: r4 = 1
   92: call bpf_map_update_elem
   93: r1 = map[AT_largest] ll
   95: r2 = r9
   96: call bpf_map_lookup_elem
   97: *(u64 *)(r10 - 40) = r0
   98: r1 = *(u64 *)(r10 - 40)
   99: if r1 != 0 goto +18
  100: *(u64 *)(r7 + 32) = 1
  101: r1 = map[ringbuf] ll
  103: r2 = r7
  104: r2 += 32
  105: r3 = 8
  106: r4 = 0
  107: call bpf_ringbuf_output
  108: if r0 == 0 goto +19
  109: r1 = map[lost_events] ll
  111: r2 = r10
  112: r2 += -8
  113: call bpf_map_lookup_elem
  114: if r0 == 0 goto +13
  115: r1 = 1
  116: lock *(u64 *)(r0 + 0) += r1
  117: goto +10
  118: r1 = *(u64 *)(r10 - 40)
  119: r1 = *(u64 *)(r1 + 8)
  120: if r1 == 0 goto +3
  121: r1 = *(u64 *)(r10 - 40)
  122: r1 = *(u64 *)(r1 + 0)
  123: if r8 <= r1 goto +4
  124: r1 = *(u64 *)(r10 - 40)
  125: *(u64 *)(r1 + 0) = r8
  126: r1 = *(u64 *)(r10 - 40)
  127: *(u64 *)(r1 + 8) = 1
; 5: @smallest = min(args.count);
  128: r6 = *(u64 *)(r6 + 32)
  129: r8 = r10
  130: r8 += -8
  131: r1 = map[AT_smallest] ll
  133: r2 = r8
  134: call bpf_map_lookup_elem
  135: r9 = r0
  136: if r9 != 0 goto +33
  137: *(u64 *)(r10 - 24) = 0
  138: *(u64 *)(r10 - 16) = 0
  139: r3 = r10
  140: r3 += -24
  141: r1 = map[AT_smallest] ll
  143: r2 = r8
  144: r4 = 1
  145: call bpf_map_update_elem
  146: r1 = map[AT_smallest] ll
  148: r2 = r8
  149: call bpf_map_lookup_elem
  150: r9 = r0
  151: if r9 != 0 goto +18
  152: *(u64 *)(r7 + 40) = 2
  153: r1 = map[ringbuf] ll
  155: r7 += 40
  156: r2 = r7
  157: r3 = 8
  158: r4 = 0
  159: call bpf_ringbuf_output
  160: if r0 == 0 goto +15
  161: r1 = map[lost_events] ll
  163: r2 = r10
  164: r2 += -8
  165: call bpf_map_lookup_elem
  166: if r0 == 0 goto +9
  167: r1 = 1
  168: lock *(u64 *)(r0 + 0) += r1
  169: goto +6
  170: r1 = *(u64 *)(r9 + 8)
  171: if r1 == 0 goto +2
  172: r1 = *(u64 *)(r9 + 0)
  173: if r6 >= r1 goto +2
  174: *(u64 *)(r9 + 0) = r6
  175: *(u64 *)(r9 + 8) = 1
  176: r0 = 0
  177: exit
; 2: tracepoint:syscalls:sys_enter_write /comm == "bash"/ {
  178: r0 = 0
  179: exit
