tp_sched_sched_wakeup_0 (tracepoint/sched/sched_wakeup), stack 24 bytes:
; 2: tracepoint:sched:sched_wakeup,
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +42
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +35
   15: r7 = r0
; 4: @queued[args.pid] = nsecs;
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 24)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: call bpf_ktime_get_boot_ns
   22: *(u64 *)(r10 - 24) = r0
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_queued] ll
   27: r2 = r7
   28: r4 = 0
   29: call bpf_map_update_elem
   30: if r0 != -7 goto +17
   31: *(u64 *)(r7 + 8) = 0
   32: r1 = map[ringbuf] ll
   34: r7 += 8
   35: r2 = r7
   36: r3 = 8
   37: r4 = 0
   38: call bpf_ringbuf_output
   39: if r0 == 0 goto +8
   40: r1 = map[lost_events] ll
   42: r2 = r10
   43: r2 += -8
   44: call bpf_map_lookup_elem
   45: if r0 == 0 goto +2
   46: r1 = 1
   47: lock *(u64 *)(r0 + 0) += r1
   48: r0 = 0
   49: exit
; 2: tracepoint:sched:sched_wakeup,
   50: r0 = 0
   51: exit

tp_sched_sched_wakeup_new_0 (tracepoint/sched/sched_wakeup_new), stack 24 bytes:
; 2: tracepoint:sched:sched_wakeup,
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +42
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +35
   15: r7 = r0
; 4: @queued[args.pid] = nsecs;
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 24)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: call bpf_ktime_get_boot_ns
   22: *(u64 *)(r10 - 24) = r0
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_queued] ll
   27: r2 = r7
   28: r4 = 0
   29: call bpf_map_update_elem
   30: if r0 != -7 goto +17
   31: *(u64 *)(r7 + 8) = 0
   32: r1 = map[ringbuf] ll
   34: r7 += 8
   35: r2 = r7
   36: r3 = 8
   37: r4 = 0
   38: call bpf_ringbuf_output
   39: if r0 == 0 goto +8
   40: r1 = map[lost_events] ll
   42: r2 = r10
   43: r2 += -8
   44: call bpf_map_lookup_elem
   45: if r0 == 0 goto +2
   46: r1 = 1
   47: lock *(u64 *)(r0 + 0) += r1
   48: r0 = 0
   49: exit
; 2: tracepoint:sched:sched_wakeup,
   50: r0 = 0
   51: exit

tp_sched_sched_switch_0 (tracepoint/sched/sched_switch), stack 24 bytes:
; 7: tracepoint:sched:sched_switch /@queued[args.next_pid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +138
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +131
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 56)  ; CO-RE field offset [10235] 0:6
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: r1 = map[AT_queued] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r1 = 0
   26: if r0 == 0 goto +1
   27: r1 = *(u64 *)(r0 + 0)
   28: if r1 == 0 goto +117
; 8: @runq_us = hist((nsecs - @queued[args.next_pid]) / 1000);
   29: call bpf_ktime_get_boot_ns
   30: r8 = r0
   31: *(u64 *)(r7 + 8) = 0
   32: r1 = *(u32 *)(r6 + 56)  ; CO-RE field offset [10235] 0:6
   33: r1 <<= 32
   34: r1 s>>= 32
   35: *(u64 *)(r7 + 8) = r1
   36: r2 = r7
   37: r2 += 8
   38: r1 = map[AT_queued] ll
   40: call bpf_map_lookup_elem
   41: r1 = 0
   42: if r0 == 0 goto +1
   43: r1 = *(u64 *)(r0 + 0)
   44: r8 -= r1
   45: r8 /= 1000
   46: *(u64 *)(r7 + 16) = 0
   47: *(u64 *)(r7 + 24) = 0
   48: r9 = r7
   49: r9 += 16
   50: if r8 s< 0 goto +40
   51: if r8 > 0 goto +3
   52: r1 = r8
   53: r1 += 1
   54: goto +37
   55: r2 = r8
   56: r3 = 0
   57: r4 = 4294967296 ll
   59: if r2 < r4 goto +2
   60: r2 >>= 32
   61: r3 += 32
   62: r4 = 65536
   63: if r2 < r4 goto +2
   64: r2 >>= 16
   65: r3 += 16
   66: r4 = 256
   67: if r2 < r4 goto +2
   68: r2 >>= 8
   69: r3 += 8
   70: r4 = 16
   71: if r2 < r4 goto +2
   72: r2 >>= 4
   73: r3 += 4
   74: r4 = 4
   75: if r2 < r4 goto +2
   76: r2 >>= 2
   77: r3 += 2
   78: r4 = 2
   79: if r2 < r4 goto +2
   80: r2 >>= 1
   81: r3 += 1
   82: r3 -= 0
   83: r8 >>= r3
   84: r8 &= 0
   85: r3 += 1
   86: r3 <<= 0
   87: r3 += r8
   88: r1 = r3
   89: r1 += 1
   90: goto +1
   91: r1 = 0
   92: *(u64 *)(r7 + 24) = r1
   93: r1 = map[AT_runq_us] ll
   95: r2 = r9
   96: call bpf_map_lookup_elem
   97: r8 = r0
   98: if r8 != 0 goto +32
   99: *(u64 *)(r10 - 24) = 0
  100: r3 = r10
  101: r3 += -24
  102: r1 = map[AT_runq_us] ll
  104: r2 = r9
  105: r4 = 1
  106: call bpf_map_update_elem
  107: r1 = map[AT_runq_us] ll
  109: r2 = r9
  110: call bpf_map_lookup_elem
  111: r8 = r0
  112: if r8 != 0 goto +18
  113: *(u64 *)(r7 + 32) = 1
  114: r1 = map[ringbuf] ll
  116: r2 = r7
  117: r2 += 32
  118: r3 = 8
  119: r4 = 0
  120: call bpf_ringbuf_output
  121: if r0 == 0 goto +12
  122: r1 = map[lost_events] ll
  124: r2 = r10
  125: r2 += -8
  126: call bpf_map_lookup_elem
  127: if r0 == 0 goto +6
  128: r1 = 1
  129: lock *(u64 *)(r0 + 0) += r1
  130: goto +3
  131: r1 = *(u64 *)(r8 + 0)
  132: r1 += 1
  133: *(u64 *)(r8 + 0) = r1
; 9: delete(@queued, args.next_pid);
  134: *(u64 *)(r7 + 40) = 0
  135: r1 = *(u32 *)(r6 + 56)  ; CO-RE field offset [10235] 0:6
  136: r1 <<= 32
  137: r1 s>>= 32
  138: *(u64 *)(r7 + 40) = r1
  139: r7 += 40
  140: r1 = map[AT_queued] ll
  142: r2 = r7
  143: call bpf_map_delete_elem
  144: r0 = 0
  145: exit
; 7: tracepoint:sched:sched_switch /@queued[args.next_pid]/ {
  146: r0 = 0
  147: exit

end_0 (raw_tp), stack 8 bytes:
; 12: END {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +18
; 13: clear(@queued);
    7: *(u64 *)(r0 + 0) = 2
    8: r1 = map[ringbuf] ll
   10: r2 = r0
   11: r3 = 8
   12: r4 = 0
   13: call bpf_ringbuf_output
   14: if r0 == 0 goto +8
   15: r1 = map[lost_events] ll
   17: r2 = r10
   18: r2 += -8
   19: call bpf_map_lookup_elem
   20: if r0 == 0 goto +2
   21: r1 = 1
   22: lock *(u64 *)(r0 + 0) += r1
   23: r0 = 0
   24: exit
; 12: END {
   25: r0 = 0
   26: exit
