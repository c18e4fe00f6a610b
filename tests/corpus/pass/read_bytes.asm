tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +112
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +105
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 s<= 0 goto +102
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
   29: if r9 != 0 goto +14
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
   43: if r9 == 0 goto +3
   44: r1 = *(u64 *)(r9 + 0)
   45: r1 += r8
   46: *(u64 *)(r9 + 0) = r1
; 4: @size = hist(args.ret);
   47: r1 = *(u64 *)(r6 + 16)
   48: *(u64 *)(r7 + 16) = 0
   49: *(u64 *)(r7 + 24) = 0
   50: r6 = r7
   51: r6 += 16
   52: if r1 s< 0 goto +40
   53: if r1 > 0 goto +3
   54: r2 = r1
   55: r2 += 1
   56: goto +37
   57: r3 = r1
   58: r4 = 0
   59: r5 = 4294967296 ll
   61: if r3 < r5 goto +2
   62: r3 >>= 32
   63: r4 += 32
   64: r5 = 65536
   65: if r3 < r5 goto +2
   66: r3 >>= 16
   67: r4 += 16
   68: r5 = 256
   69: if r3 < r5 goto +2
   70: r3 >>= 8
   71: r4 += 8
   72: r5 = 16
   73: if r3 < r5 goto +2
   74: r3 >>= 4
   75: r4 += 4
   76: r5 = 4
   77: if r3 < r5 goto +2
   78: r3 >>= 2
   79: r4 += 2
   80: r5 = 2
   81: if r3 < r5 goto +2
   82: r3 >>= 1
   83: r4 += 1
   84: r4 -= 0
   85: r1 >>= r4
   86: r1 &= 0
   87: r4 += 1
   88: r4 <<= 0
   89: r4 += r1
   90: r2 = r4
   91: r2 += 1
   92: goto +1
   93: r2 = 0
   94: *(u64 *)(r7 + 24) = r2
   95: r1 = map[AT_size] ll
   97: r2 = r6
   98: call bpf_map_lookup_elem
   99: r7 = r0
  100: if r7 != 0 goto +14
  101: *(u64 *)(r10 - 24) = 0
  102: r3 = r10
  103: r3 += -24
  104: r1 = map[AT_size] ll
  106: r2 = r6
  107: r4 = 1
  108: call bpf_map_update_elem
  109: r1 = map[AT_size] ll
  111: r2 = r6
  112: call bpf_map_lookup_elem
  113: r7 = r0
  114: if r7 == 0 goto +3
  115: r1 = *(u64 *)(r7 + 0)
  116: r1 += 1
  117: *(u64 *)(r7 + 0) = r1
  118: r0 = 0
  119: exit
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
  120: r0 = 0
  121: exit
