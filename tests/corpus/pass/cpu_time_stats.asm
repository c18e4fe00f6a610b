tp_sched_sched_stat_runtime_0 (tracepoint/sched/sched_stat_runtime), stack 24 bytes:
; 2: tracepoint:sched:sched_stat_runtime {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +59
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +52
   15: r7 = r0
; 3: @slices[cpu] = stats(args.runtime);
   16: r6 = *(u64 *)(r6 + 16)  ; CO-RE field offset [10243] 0:3
   17: *(u64 *)(r7 + 0) = 0
   18: call bpf_get_smp_processor_id
   19: *(u64 *)(r7 + 0) = r0
   20: r1 = map[AT_slices] ll
   22: r2 = r7
   23: call bpf_map_lookup_elem
   24: r8 = r0
   25: if r8 != 0 goto +33
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
   40: if r8 != 0 goto +18
   41: *(u64 *)(r7 + 8) = 0
   42: r1 = map[ringbuf] ll
   44: r7 += 8
   45: r2 = r7
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +15
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +9
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: goto +6
   59: r1 = *(u64 *)(r8 + 0)
   60: r1 += r6
   61: *(u64 *)(r8 + 0) = r1
   62: r1 = *(u64 *)(r8 + 8)
   63: r1 += 1
   64: *(u64 *)(r8 + 8) = r1
   65: r0 = 0
   66: exit
; 2: tracepoint:sched:sched_stat_runtime {
   67: r0 = 0
   68: exit
