tp_sched_sched_stat_runtime_0 (tracepoint/sched/sched_stat_runtime), stack 24 bytes:
; 2: tracepoint:sched:sched_stat_runtime {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +69
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +62
   15: r7 = r0
; 3: @runtime_ns[args.pid] = sum(args.runtime);
   16: r8 = *(u64 *)(r6 + 16)
   17: *(u64 *)(r7 + 0) = 0
   18: r1 = *(u32 *)(r6 + 12)
   19: r1 <<= 32
   20: r1 s>>= 32
   21: *(u64 *)(r7 + 0) = r1
   22: r1 = map[AT_runtime_ns] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r9 = r0
   27: if r9 != 0 goto +14
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
   41: if r9 == 0 goto +3
   42: r1 = *(u64 *)(r9 + 0)
   43: r1 += r8
   44: *(u64 *)(r9 + 0) = r1
; 4: @max_slice = max(args.runtime);
   45: r6 = *(u64 *)(r6 + 16)
   46: r7 = r10
   47: r7 += -8
   48: r1 = map[AT_max_slice] ll
   50: r2 = r7
   51: call bpf_map_lookup_elem
   52: r8 = r0
   53: if r8 != 0 goto +15
   54: *(u64 *)(r10 - 24) = 0
   55: *(u64 *)(r10 - 16) = 0
   56: r3 = r10
   57: r3 += -24
   58: r1 = map[AT_max_slice] ll
   60: r2 = r7
   61: r4 = 1
   62: call bpf_map_update_elem
   63: r1 = map[AT_max_slice] ll
   65: r2 = r7
   66: call bpf_map_lookup_elem
   67: r8 = r0
   68: if r8 == 0 goto +6
   69: r1 = *(u64 *)(r8 + 8)
   70: if r1 == 0 goto +2
   71: r1 = *(u64 *)(r8 + 0)
   72: if r6 <= r1 goto +2
   73: *(u64 *)(r8 + 0) = r6
   74: *(u64 *)(r8 + 8) = 1
   75: r0 = 0
   76: exit
; 2: tracepoint:sched:sched_stat_runtime {
   77: r0 = 0
   78: exit
