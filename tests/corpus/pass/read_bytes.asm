tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
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
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 s<= 0 goto +138
; 3: @bytes[comm] = sum(args.ret);
   18: r8 = *(u64 *)(r6 + 16)
   19: *(u64 *)(r7 + 0) = 0
   20: *(u64 *)(r7 + 8) = 0
   21: r1 = r7
   22: r2 = 16
   23: call bpf_get_current_comm
   24: r1 = map[AT_bytes] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r9 = r0
   29: if r9 != 0 goto +32
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_bytes] ll
   35: r2 = r7
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_bytes] ll
   40: r2 = r7
   41: call bpf_map_lookup_elem
   42: r9 = r0
   43: if r9 != 0 goto +18
   44: *(u64 *)(r7 + 16) = 0
   45: r1 = map[ringbuf] ll
   47: r2 = r7
   48: r2 += 16
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r9 + 0)
   63: r1 += r8
   64: *(u64 *)(r9 + 0) = r1
; 4: @size = hist(args.ret);
   65: r1 = *(u64 *)(r6 + 16)
   66: *(u64 *)(r7 + 24) = 0
   67: *(u64 *)(r7 + 32) = 0
   68: r6 = r7
   69: r6 += 24
   70: if r1 s< 0 goto +40
   71: if r1 > 0 goto +3
   72: r2 = r1
   73: r2 += 1
   74: goto +37
   75: r3 = r1
   76: r4 = 0
   77: r5 = 4294967296 ll
   79: if r3 < r5 goto +2
   80: r3 >>= 32
   81: r4 += 32
   82: r5 = 65536
   83: if r3 < r5 goto +2
   84: r3 >>= 16
   85: r4 += 16
   86: r5 = 256
   87: if r3 < r5 goto +2
   88: r3 >>= 8
   89: r4 += 8
   90: r5 = 16
   91: if r3 < r5 goto +2
   92: r3 >>= 4
   93: r4 += 4
   94: r5 = 4
   95: if r3 < r5 goto +2
   96: r3 >>= 2
   97: r4 += 2
   98: r5 = 2
   99: if r3 < r5 goto +2
  100: r3 >>= 1
  101: r4 += 1
  102: r4 -= 0
  103: r1 >>= r4
  104: r1 &= 0
  105: r4 += 1
  106: r4 <<= 0
  107: r4 += r1
  108: r2 = r4
  109: r2 += 1
  110: goto +1
  111: r2 = 0
  112: *(u64 *)(r7 + 32) = r2
  113: r1 = map[AT_size] ll
  115: r2 = r6
  116: call bpf_map_lookup_elem
  117: r8 = r0
  118: if r8 != 0 goto +32
  119: *(u64 *)(r10 - 24) = 0
  120: r3 = r10
  121: r3 += -24
  122: r1 = map[AT_size] ll
  124: r2 = r6
  125: r4 = 1
  126: call bpf_map_update_elem
  127: r1 = map[AT_size] ll
  129: r2 = r6
  130: call bpf_map_lookup_elem
  131: r8 = r0
  132: if r8 != 0 goto +18
  133: *(u64 *)(r7 + 40) = 1
  134: r1 = map[ringbuf] ll
  136: r7 += 40
  137: r2 = r7
  138: r3 = 8
  139: r4 = 0
  140: call bpf_ringbuf_output
  141: if r0 == 0 goto +12
  142: r1 = map[lost_events] ll
  144: r2 = r10
  145: r2 += -8
  146: call bpf_map_lookup_elem
  147: if r0 == 0 goto +6
  148: r1 = 1
  149: lock *(u64 *)(r0 + 0) += r1
  150: goto +3
  151: r1 = *(u64 *)(r8 + 0)
  152: r1 += 1
  153: *(u64 *)(r8 + 0) = r1
  154: r0 = 0
  155: exit
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
  156: r0 = 0
  157: exit
