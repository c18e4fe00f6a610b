tp_sched_sched_wakeup_0 (tracepoint/sched/sched_wakeup), stack 24 bytes:
; 2: tracepoint:sched:sched_wakeup {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +110
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +103
   15: r7 = r0
; 3: @wakeups[comm, args.comm] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: *(u64 *)(r7 + 16) = 0
   19: *(u64 *)(r7 + 24) = 0
   20: r1 = r7
   21: r2 = 16
   22: call bpf_get_current_comm
   23: r1 = *(u64 *)(r6 + 8)
   24: *(u64 *)(r7 + 16) = r1
   25: r1 = *(u64 *)(r6 + 16)
   26: *(u64 *)(r7 + 24) = r1
   27: r1 = map[AT_wakeups] ll
   29: r2 = r7
   30: call bpf_map_lookup_elem
   31: r8 = r0
   32: if r8 != 0 goto +32
   33: *(u64 *)(r10 - 24) = 0
   34: r3 = r10
   35: r3 += -24
   36: r1 = map[AT_wakeups] ll
   38: r2 = r7
   39: r4 = 1
   40: call bpf_map_update_elem
   41: r1 = map[AT_wakeups] ll
   43: r2 = r7
   44: call bpf_map_lookup_elem
   45: r8 = r0
   46: if r8 != 0 goto +18
   47: *(u64 *)(r7 + 32) = 0
   48: r1 = map[ringbuf] ll
   50: r2 = r7
   51: r2 += 32
   52: r3 = 8
   53: r4 = 0
   54: call bpf_ringbuf_output
   55: if r0 == 0 goto +12
   56: r1 = map[lost_events] ll
   58: r2 = r10
   59: r2 += -8
   60: call bpf_map_lookup_elem
   61: if r0 == 0 goto +6
   62: r1 = 1
   63: lock *(u64 *)(r0 + 0) += r1
   64: goto +3
   65: r1 = *(u64 *)(r8 + 0)
   66: r1 += 1
   67: *(u64 *)(r8 + 0) = r1
; 4: @targets[args.target_cpu] = count();
   68: *(u64 *)(r7 + 40) = 0
   69: r1 = *(u32 *)(r6 + 32)
   70: r1 <<= 32
   71: r1 s>>= 32
   72: *(u64 *)(r7 + 40) = r1
   73: r6 = r7
   74: r6 += 40
   75: r1 = map[AT_targets] ll
   77: r2 = r6
   78: call bpf_map_lookup_elem
   79: r8 = r0
   80: if r8 != 0 goto +32
   81: *(u64 *)(r10 - 24) = 0
   82: r3 = r10
   83: r3 += -24
   84: r1 = map[AT_targets] ll
   86: r2 = r6
   87: r4 = 1
   88: call bpf_map_update_elem
   89: r1 = map[AT_targets] ll
   91: r2 = r6
   92: call bpf_map_lookup_elem
   93: r8 = r0
   94: if r8 != 0 goto +18
   95: *(u64 *)(r7 + 48) = 1
   96: r1 = map[ringbuf] ll
   98: r7 += 48
   99: r2 = r7
  100: r3 = 8
  101: r4 = 0
  102: call bpf_ringbuf_output
  103: if r0 == 0 goto +12
  104: r1 = map[lost_events] ll
  106: r2 = r10
  107: r2 += -8
  108: call bpf_map_lookup_elem
  109: if r0 == 0 goto +6
  110: r1 = 1
  111: lock *(u64 *)(r0 + 0) += r1
  112: goto +3
  113: r1 = *(u64 *)(r8 + 0)
  114: r1 += 1
  115: *(u64 *)(r8 + 0) = r1
  116: r0 = 0
  117: exit
; 2: tracepoint:sched:sched_wakeup {
  118: r0 = 0
  119: exit
