tp_syscalls_sys_enter_write_0 (tracepoint/syscalls/sys_enter_write), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_write /comm == "bash"/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +105
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +98
   15: r7 = r0
   16: r1 = r7
   17: r2 = 16
   18: call bpf_get_current_comm
   19: r1 = *(u32 *)(r7 + 0)
   20: if r1 != 1752392034 goto +92
   21: r1 = *(u8 *)(r7 + 4)
   22: if r1 != 0 goto +90
; 3: @bytes[args.fd] = sum(args.count);
   23: r8 = *(u64 *)(r6 + 32)
   24: *(u64 *)(r7 + 16) = 0
   25: r1 = *(u64 *)(r6 + 16)
   26: *(u64 *)(r7 + 16) = r1
   27: r7 += 16
   28: r1 = map[AT_bytes] ll
   30: r2 = r7
   31: call bpf_map_lookup_elem
   32: r9 = r0
   33: if r9 != 0 goto +14
   34: *(u64 *)(r10 - 24) = 0
   35: r3 = r10
   36: r3 += -24
   37: r1 = map[AT_bytes] ll
   39: r2 = r7
   40: r4 = 1
   41: call bpf_map_update_elem
   42: r1 = map[AT_bytes] ll
   44: r2 = r7
   45: call bpf_map_lookup_elem
   46: r9 = r0
   47: if r9 == 0 goto +3
   48: r1 = *(u64 *)(r9 + 0)
   49: r1 += r8
   50: *(u64 *)(r9 + 0) = r1
; 4: @largest = max(args.count);
   51: r7 = *(u64 *)(r6 + 32)
   52: r8 = r10
   53: r8 += -8
   54: r1 = map[AT_largest] ll
   56: r2 = r8
   57: call bpf_map_lookup_elem
   58: r9 = r0
   59: if r9 != 0 goto +15
   60: *(u64 *)(r10 - 24) = 0
   61: *(u64 *)(r10 - 16) = 0
   62: r3 = r10
   63: r3 += -24
   64: r1 = map[AT_largest] ll
   66: r2 = r8
   67: r4 = 1
   68: call bpf_map_update_elem
   69: r1 = map[AT_largest] ll
   71: r2 = r8
   72: call bpf_map_lookup_elem
   73: r9 = r0
   74: if r9 == 0 goto +6
   75: r1 = *(u64 *)(r9 + 8)
   76: if r1 == 0 goto +2
   77: r1 = *(u64 *)(r9 + 0)
   78: if r7 <= r1 goto +2
   79: *(u64 *)(r9 + 0) = r7
   80: *(u64 *)(r9 + 8) = 1
; 5: @smallest = min(args.count);
   81: r6 = *(u64 *)(r6 + 32)
   82: r7 = r10
   83: r7 += -8
   84: r1 = map[AT_smallest] ll
   86: r2 = r7
   87: call bpf_map_lookup_elem
   88: r8 = r0
   89: if r8 != 0 goto +15
   90: *(u64 *)(r10 - 24) = 0
   91: *(u64 *)(r10 - 16) = 0
   92: r3 = r10
   93: r3 += -24
   94: r1 = map[AT_smallest] ll
   96: r2 = r7
   97: r4 = 1
   98: call bpf_map_update_elem
   99: r1 = map[AT_smallest] ll
  101: r2 = r7
  102: call bpf_map_lookup_elem
  103: r8 = r0
  104: if r8 == 0 goto +6
  105: r1 = *(u64 *)(r8 + 8)
  106: if r1 == 0 goto +2
  107: r1 = *(u64 *)(r8 + 0)
  108: if r6 >= r1 goto +2
  109: *(u64 *)(r8 + 0) = r6
  110: *(u64 *)(r8 + 8) = 1
  111: r0 = 0
  112: exit
; 2: tracepoint:syscalls:sys_enter_write /comm == "bash"/ {
  113: r0 = 0
  114: exit
