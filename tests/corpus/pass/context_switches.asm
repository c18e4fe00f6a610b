tp_sched_sched_switch_0 (tracepoint/sched/sched_switch), stack 24 bytes:
; 2: tracepoint:sched:sched_switch {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +66
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +59
   15: r7 = r0
; 3: @switches[cpu] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_smp_processor_id
   18: *(u64 *)(r7 + 0) = r0
   19: r1 = map[AT_switches] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r8 = r0
   24: if r8 != 0 goto +14
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_switches] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_switches] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r8 = r0
   38: if r8 == 0 goto +3
   39: r1 = *(u64 *)(r8 + 0)
   40: r1 += 1
   41: *(u64 *)(r8 + 0) = r1
; 4: @next[args.next_comm] = count();
   42: *(u64 *)(r7 + 8) = 0
   43: *(u64 *)(r7 + 16) = 0
   44: r1 = *(u64 *)(r6 + 40)
   45: *(u64 *)(r7 + 8) = r1
   46: r1 = *(u64 *)(r6 + 48)
   47: *(u64 *)(r7 + 16) = r1
   48: r7 += 8
   49: r1 = map[AT_next] ll
   51: r2 = r7
   52: call bpf_map_lookup_elem
   53: r6 = r0
   54: if r6 != 0 goto +14
   55: *(u64 *)(r10 - 24) = 0
   56: r3 = r10
   57: r3 += -24
   58: r1 = map[AT_next] ll
   60: r2 = r7
   61: r4 = 1
   62: call bpf_map_update_elem
   63: r1 = map[AT_next] ll
   65: r2 = r7
   66: call bpf_map_lookup_elem
   67: r6 = r0
   68: if r6 == 0 goto +3
   69: r1 = *(u64 *)(r6 + 0)
   70: r1 += 1
   71: *(u64 *)(r6 + 0) = r1
   72: r0 = 0
   73: exit
; 2: tracepoint:sched:sched_switch {
   74: r0 = 0
   75: exit

interval_0 (perf_event), stack 8 bytes:
; 7: interval:s:10 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +19
; 8: exit();
    7: *(u64 *)(r0 + 0) = 0
    8: *(u64 *)(r0 + 8) = 0
    9: r1 = map[ringbuf] ll
   11: r2 = r0
   12: r3 = 16
   13: r4 = 0
   14: call bpf_ringbuf_output
   15: if r0 == 0 goto +8
   16: r1 = map[lost_events] ll
   18: r2 = r10
   19: r2 += -8
   20: call bpf_map_lookup_elem
   21: if r0 == 0 goto +2
   22: r1 = 1
   23: lock *(u64 *)(r0 + 0) += r1
   24: r0 = 0
   25: exit
; 7: interval:s:10 {
   26: r0 = 0
   27: exit
