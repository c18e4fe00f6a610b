tp_sched_sched_stat_runtime_0 (tracepoint/sched/sched_stat_runtime), stack 24 bytes:
; 2: tracepoint:sched:sched_stat_runtime {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +41
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +34
   15: r7 = r0
; 3: @slices[cpu] = stats(args.runtime);
   16: r6 = *(u64 *)(r6 + 16)
   17: *(u64 *)(r7 + 0) = 0
   18: call bpf_get_smp_processor_id
   19: *(u64 *)(r7 + 0) = r0
   20: r1 = map[AT_slices] ll
   22: r2 = r7
   23: call bpf_map_lookup_elem
   24: r8 = r0
   25: if r8 != 0 goto +15
   26: *(u64 *)(r10 - 24) = 0
   27: *(u64 *)(r10 - 16) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_slices] ll
   32: r2 = r7
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_slices] ll
   37: r2 = r7
   38: call bpf_map_lookup_elem
   39: r8 = r0
   40: if r8 == 0 goto +6
   41: r1 = *(u64 *)(r8 + 0)
   42: r1 += r6
   43: *(u64 *)(r8 + 0) = r1
   44: r1 = *(u64 *)(r8 + 8)
   45: r1 += 1
   46: *(u64 *)(r8 + 8) = r1
   47: r0 = 0
   48: exit
; 2: tracepoint:sched:sched_stat_runtime {
   49: r0 = 0
   50: exit
