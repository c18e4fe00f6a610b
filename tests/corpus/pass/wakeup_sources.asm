tp_sched_sched_wakeup_0 (tracepoint/sched/sched_wakeup), stack 24 bytes:
; 2: tracepoint:sched:sched_wakeup {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +73
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +66
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
   32: if r8 != 0 goto +14
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
   46: if r8 == 0 goto +3
   47: r1 = *(u64 *)(r8 + 0)
   48: r1 += 1
   49: *(u64 *)(r8 + 0) = r1
; 4: @targets[args.target_cpu] = count();
   50: *(u64 *)(r7 + 32) = 0
   51: r1 = *(u32 *)(r6 + 32)
   52: r1 <<= 32
   53: r1 s>>= 32
   54: *(u64 *)(r7 + 32) = r1
   55: r7 += 32
   56: r1 = map[AT_targets] ll
   58: r2 = r7
   59: call bpf_map_lookup_elem
   60: r6 = r0
   61: if r6 != 0 goto +14
   62: *(u64 *)(r10 - 24) = 0
   63: r3 = r10
   64: r3 += -24
   65: r1 = map[AT_targets] ll
   67: r2 = r7
   68: r4 = 1
   69: call bpf_map_update_elem
   70: r1 = map[AT_targets] ll
   72: r2 = r7
   73: call bpf_map_lookup_elem
   74: r6 = r0
   75: if r6 == 0 goto +3
   76: r1 = *(u64 *)(r6 + 0)
   77: r1 += 1
   78: *(u64 *)(r6 + 0) = r1
   79: r0 = 0
   80: exit
; 2: tracepoint:sched:sched_wakeup {
   81: r0 = 0
   82: exit
