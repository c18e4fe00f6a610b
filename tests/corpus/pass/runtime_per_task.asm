tp_sched_sched_stat_runtime_0 (tracepoint/sched/sched_stat_runtime), stack 24 bytes:
; 2: tracepoint:sched:sched_stat_runtime {
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
; 3: @runtime_ns[args.pid] = sum(args.runtime);
   16: r8 = *(u64 *)(r6 + 16)  ; CO-RE field offset [10243] 0:3
   17: *(u64 *)(r7 + 0) = 0
   18: r1 = *(u32 *)(r6 + 12)  ; CO-RE field offset [10243] 0:2
   19: r1 <<= 32
   20: r1 s>>= 32
   21: *(u64 *)(r7 + 0) = r1
   22: r1 = map[AT_runtime_ns] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r9 = r0
   27: if r9 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_runtime_ns] ll
   33: r2 = r7
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_runtime_ns] ll
   38: r2 = r7
   39: call bpf_map_lookup_elem
   40: r9 = r0
   41: if r9 != 0 goto +18
   42: *(u64 *)(r7 + 8) = 0
   43: r1 = map[ringbuf] ll
   45: r2 = r7
   46: r2 += 8
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r9 + 0)
   61: r1 += r8
   62: *(u64 *)(r9 + 0) = r1
; 4: @max_slice = max(args.runtime);
   63: r6 = *(u64 *)(r6 + 16)  ; CO-RE field offset [10243] 0:3
   64: r8 = r10
   65: r8 += -8
   66: r1 = map[AT_max_slice] ll
   68: r2 = r8
   69: call bpf_map_lookup_elem
   70: r9 = r0
   71: if r9 != 0 goto +33
   72: *(u64 *)(r10 - 24) = 0
   73: *(u64 *)(r10 - 16) = 0
   74: r3 = r10
   75: r3 += -24
   76: r1 = map[AT_max_slice] ll
   78: r2 = r8
   79: r4 = 1
   80: call bpf_map_update_elem
   81: r1 = map[AT_max_slice] ll
   83: r2 = r8
   84: call bpf_map_lookup_elem
   85: r9 = r0
   86: if r9 != 0 goto +18
   87: *(u64 *)(r7 + 16) = 1
   88: r1 = map[ringbuf] ll
   90: r7 += 16
   91: r2 = r7
   92: r3 = 8
   93: r4 = 0
   94: call bpf_ringbuf_output
   95: if r0 == 0 goto +15
   96: r1 = map[lost_events] ll
   98: r2 = r10
   99: r2 += -8
  100: call bpf_map_lookup_elem
  101: if r0 == 0 goto +9
  102: r1 = 1
  103: lock *(u64 *)(r0 + 0) += r1
  104: goto +6
  105: r1 = *(u64 *)(r9 + 8)
  106: if r1 == 0 goto +2
  107: r1 = *(u64 *)(r9 + 0)
  108: if r6 <= r1 goto +2
  109: *(u64 *)(r9 + 0) = r6
  110: *(u64 *)(r9 + 8) = 1
  111: r0 = 0
  112: exit
; 2: tracepoint:sched:sched_stat_runtime {
  113: r0 = 0
  114: exit
