tp_timer_hrtimer_start_0 (tracepoint/timer/hrtimer_start), stack 24 bytes:
; 2: tracepoint:timer:hrtimer_start {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +146
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +139
   15: r7 = r0
; 3: @ahead_us = hist((args.expires - nsecs) / 1000);
   16: r8 = *(u64 *)(r6 + 24)  ; CO-RE field offset [11392] 0:3
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
   70: if r8 != 0 goto +32
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
   84: if r8 != 0 goto +18
   85: *(u64 *)(r7 + 16) = 0
   86: r1 = map[ringbuf] ll
   88: r2 = r7
   89: r2 += 16
   90: r3 = 8
   91: r4 = 0
   92: call bpf_ringbuf_output
   93: if r0 == 0 goto +12
   94: r1 = map[lost_events] ll
   96: r2 = r10
   97: r2 += -8
   98: call bpf_map_lookup_elem
   99: if r0 == 0 goto +6
  100: r1 = 1
  101: lock *(u64 *)(r0 + 0) += r1
  102: goto +3
  103: r1 = *(u64 *)(r8 + 0)
  104: r1 += 1
  105: *(u64 *)(r8 + 0) = r1
; 4: @modes[args.mode] = count();
  106: *(u64 *)(r7 + 24) = 0
  107: r1 = *(u32 *)(r6 + 40)  ; CO-RE field offset [11392] 0:5
  108: *(u64 *)(r7 + 24) = r1
  109: r6 = r7
  110: r6 += 24
  111: r1 = map[AT_modes] ll
  113: r2 = r6
  114: call bpf_map_lookup_elem
  115: r8 = r0
  116: if r8 != 0 goto +32
  117: *(u64 *)(r10 - 24) = 0
  118: r3 = r10
  119: r3 += -24
  120: r1 = map[AT_modes] ll
  122: r2 = r6
  123: r4 = 1
  124: call bpf_map_update_elem
  125: r1 = map[AT_modes] ll
  127: r2 = r6
  128: call bpf_map_lookup_elem
  129: r8 = r0
  130: if r8 != 0 goto +18
  131: *(u64 *)(r7 + 32) = 1
  132: r1 = map[ringbuf] ll
  134: r7 += 32
  135: r2 = r7
  136: r3 = 8
  137: r4 = 0
  138: call bpf_ringbuf_output
  139: if r0 == 0 goto +12
  140: r1 = map[lost_events] ll
  142: r2 = r10
  143: r2 += -8
  144: call bpf_map_lookup_elem
  145: if r0 == 0 goto +6
  146: r1 = 1
  147: lock *(u64 *)(r0 + 0) += r1
  148: goto +3
  149: r1 = *(u64 *)(r8 + 0)
  150: r1 += 1
  151: *(u64 *)(r8 + 0) = r1
  152: r0 = 0
  153: exit
; 2: tracepoint:timer:hrtimer_start {
  154: r0 = 0
  155: exit
