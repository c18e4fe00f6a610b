tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 56 bytes:
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +130
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +123
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 16)
   17: if r1 s<= 0 goto +120
; 3: @avg = avg(args.ret);
   18: r8 = *(u64 *)(r6 + 16)
   19: r9 = r10
   20: r9 += -8
   21: r1 = map[AT_avg] ll
   23: r2 = r9
   24: call bpf_map_lookup_elem
   25: *(u64 *)(r10 - 32) = r0
   26: r1 = *(u64 *)(r10 - 32)
   27: if r1 != 0 goto +33
   28: *(u64 *)(r10 - 24) = 0
   29: *(u64 *)(r10 - 16) = 0
   30: r3 = r10
   31: r3 += -24
   32: r1 = map[AT_avg] ll
   34: r2 = r9
   35: r4 = 1
   36: call bpf_map_update_elem
   37: r1 = map[AT_avg] ll
   39: r2 = r9
   40: call bpf_map_lookup_elem
   41: *(u64 *)(r10 - 32) = r0
   42: r1 = *(u64 *)(r10 - 32)
   43: if r1 != 0 goto +17
   44: *(u64 *)(r7 + 0) = 0
   45: r1 = map[ringbuf] ll
   47: r2 = r7
   48: r3 = 8
   49: r4 = 0
   50: call bpf_ringbuf_output
   51: if r0 == 0 goto +19
   52: r1 = map[lost_events] ll
   54: r2 = r10
   55: r2 += -8
   56: call bpf_map_lookup_elem
   57: if r0 == 0 goto +13
   58: r1 = 1
   59: lock *(u64 *)(r0 + 0) += r1
   60: goto +10
   61: r1 = *(u64 *)(r10 - 32)
   62: r1 = *(u64 *)(r1 + 0)
   63: r1 += r8
   64: r2 = *(u64 *)(r10 - 32)
   65: *(u64 *)(r2 + 0) = r1
   66: r1 = *(u64 *)(r10 - 32)
   67: r1 = *(u64 *)(r1 + 8)
   68: r1 += 1
   69: r2 = *(u64 *)(r10 - 32)
   70: *(u64 *)(r2 + 8) = r1
; 4: if (args.ret > @avg * 10) {
   71: r8 = *(u64 *)(r6 + 16)
   72: r9 = r10
   73: r9 += -8
   74: r1 = 0
   75: *(u64 *)(r10 - 40) = r1
   76: r1 = 0
   77: *(u64 *)(r10 - 48) = r1
   78: r1 = 0
   79: *(u64 *)(r10 - 56) = r1
   80: r1 = .rodata + 0 ll
   82: r1 = *(u64 *)(r1 + 24)
   83: r2 = *(u64 *)(r10 - 56)
   84: if r2 >= r1 goto +18
   85: r1 = map[AT_avg] ll
   87: r2 = r9
   88: r3 = *(u64 *)(r10 - 56)
   89: call bpf_map_lookup_percpu_elem
   90: if r0 == 0 goto +12
   91: r1 = *(u64 *)(r0 + 0)
   92: r2 = *(u64 *)(r10 - 40)
   93: r2 += r1
   94: *(u64 *)(r10 - 40) = r2
   95: r1 = *(u64 *)(r0 + 8)
   96: r2 = *(u64 *)(r10 - 48)
   97: r2 += r1
   98: *(u64 *)(r10 - 48) = r2
   99: r1 = *(u64 *)(r10 - 56)
  100: r1 += 1
  101: *(u64 *)(r10 - 56) = r1
  102: goto -23
  103: r1 = *(u64 *)(r10 - 40)
  104: if r1 s< 0 goto +4
  105: r1 = *(u64 *)(r10 - 40)
  106: r2 = *(u64 *)(r10 - 48)
  107: r1 /= r2
  108: goto +6
  109: r2 = *(u64 *)(r10 - 40)
  110: r2 = -r2
  111: r3 = *(u64 *)(r10 - 48)
  112: r2 /= r3
  113: r1 = r2
  114: r1 = -r1
  115: r1 *= 10
  116: if r8 s<= r1 goto +19
; 5: printf("big read: %d\n", args.ret);
  117: *(u64 *)(r7 + 8) = 1
  118: r1 = *(u64 *)(r6 + 16)
  119: *(u64 *)(r7 + 16) = r1
  120: r1 = map[ringbuf] ll
  122: r7 += 8
  123: r2 = r7
  124: r3 = 16
  125: r4 = 0
  126: call bpf_ringbuf_output
  127: if r0 == 0 goto +8
  128: r1 = map[lost_events] ll
  130: r2 = r10
  131: r2 += -8
  132: call bpf_map_lookup_elem
  133: if r0 == 0 goto +2
  134: r1 = 1
  135: lock *(u64 *)(r0 + 0) += r1
  136: r0 = 0
  137: exit
; 2: tracepoint:syscalls:sys_exit_read /args.ret > 0/ {
  138: r0 = 0
  139: exit
