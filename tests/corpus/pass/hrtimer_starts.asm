tp_timer_hrtimer_start_0 (tracepoint/timer/hrtimer_start), stack 24 bytes:
; 2: tracepoint:timer:hrtimer_start {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +109
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +102
   15: r7 = r0
; 3: @ahead_us = hist((args.expires - nsecs) / 1000);
   16: r8 = *(u64 *)(r6 + 24)
   17: call bpf_ktime_get_boot_ns
   18: r8 -= r0
   19: r8 /= 1000
   20: *(u64 *)(r7 + 0) = 0
   21: *(u64 *)(r7 + 8) = 0
   22: if r8 s< 0 goto +40
   23: if r8 > 0 goto +3
   24: r1 = r8
   25: r1 += 1
   26: goto +37
   27: r2 = r8
   28: r3 = 0
   29: r4 = 4294967296 ll
   31: if r2 < r4 goto +2
   32: r2 >>= 32
   33: r3 += 32
   34: r4 = 65536
   35: if r2 < r4 goto +2
   36: r2 >>= 16
   37: r3 += 16
   38: r4 = 256
   39: if r2 < r4 goto +2
   40: r2 >>= 8
   41: r3 += 8
   42: r4 = 16
   43: if r2 < r4 goto +2
   44: r2 >>= 4
   45: r3 += 4
   46: r4 = 4
   47: if r2 < r4 goto +2
   48: r2 >>= 2
   49: r3 += 2
   50: r4 = 2
   51: if r2 < r4 goto +2
   52: r2 >>= 1
   53: r3 += 1
   54: r3 -= 0
   55: r8 >>= r3
   56: r8 &= 0
   57: r3 += 1
   58: r3 <<= 0
   59: r3 += r8
   60: r1 = r3
   61: r1 += 1
   62: goto +1
   63: r1 = 0
   64: *(u64 *)(r7 + 8) = r1
   65: r1 = map[AT_ahead_us] ll
   67: r2 = r7
   68: call bpf_map_lookup_elem
   69: r8 = r0
   70: if r8 != 0 goto +14
   71: *(u64 *)(r10 - 24) = 0
   72: r3 = r10
   73: r3 += -24
   74: r1 = map[AT_ahead_us] ll
   76: r2 = r7
   77: r4 = 1
   78: call bpf_map_update_elem
   79: r1 = map[AT_ahead_us] ll
   81: r2 = r7
   82: call bpf_map_lookup_elem
   83: r8 = r0
   84: if r8 == 0 goto +3
   85: r1 = *(u64 *)(r8 + 0)
   86: r1 += 1
   87: *(u64 *)(r8 + 0) = r1
; 4: @modes[args.mode] = count();
   88: *(u64 *)(r7 + 16) = 0
   89: r1 = *(u32 *)(r6 + 40)
   90: *(u64 *)(r7 + 16) = r1
   91: r7 += 16
   92: r1 = map[AT_modes] ll
   94: r2 = r7
   95: call bpf_map_lookup_elem
   96: r6 = r0
   97: if r6 != 0 goto +14
   98: *(u64 *)(r10 - 24) = 0
   99: r3 = r10
  100: r3 += -24
  101: r1 = map[AT_modes] ll
  103: r2 = r7
  104: r4 = 1
  105: call bpf_map_update_elem
  106: r1 = map[AT_modes] ll
  108: r2 = r7
  109: call bpf_map_lookup_elem
  110: r6 = r0
  111: if r6 == 0 goto +3
  112: r1 = *(u64 *)(r6 + 0)
  113: r1 += 1
  114: *(u64 *)(r6 + 0) = r1
  115: r0 = 0
  116: exit
; 2: tracepoint:timer:hrtimer_start {
  117: r0 = 0
  118: exit
