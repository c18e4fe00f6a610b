tp_sched_sched_process_exec_0 (tracepoint/sched/sched_process_exec), stack 24 bytes:
; 2: tracepoint:sched:sched_process_exec {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +34
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +27
; 3: @execs = count();
   14: r6 = r10
   15: r6 += -8
   16: r1 = map[AT_execs] ll
   18: r2 = r6
   19: call bpf_map_lookup_elem
   20: r7 = r0
   21: if r7 != 0 goto +14
   22: *(u64 *)(r10 - 24) = 0
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_execs] ll
   27: r2 = r6
   28: r4 = 1
   29: call bpf_map_update_elem
   30: r1 = map[AT_execs] ll
   32: r2 = r6
   33: call bpf_map_lookup_elem
   34: r7 = r0
   35: if r7 == 0 goto +3
   36: r1 = *(u64 *)(r7 + 0)
   37: r1 += 1
   38: *(u64 *)(r7 + 0) = r1
   39: r0 = 0
   40: exit
; 2: tracepoint:sched:sched_process_exec {
   41: r0 = 0
   42: exit

interval_0 (perf_event), stack 8 bytes:
; 6: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +70
    7: r6 = r0
; 7: time("%H:%M:%S ");
    8: *(u64 *)(r6 + 0) = 0
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
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
; 8: printf("execs: ");
   24: *(u64 *)(r6 + 8) = 1
   25: r1 = map[ringbuf] ll
   27: r2 = r6
   28: r2 += 8
   29: r3 = 8
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
; 9: print(@execs);
   41: *(u64 *)(r6 + 16) = 2
   42: r1 = map[ringbuf] ll
   44: r2 = r6
   45: r2 += 16
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +8
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +2
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
; 10: clear(@execs);
   58: *(u64 *)(r6 + 24) = 3
   59: r1 = map[ringbuf] ll
   61: r6 += 24
   62: r2 = r6
   63: r3 = 8
   64: r4 = 0
   65: call bpf_ringbuf_output
   66: if r0 == 0 goto +8
   67: r1 = map[lost_events] ll
   69: r2 = r10
   70: r2 += -8
   71: call bpf_map_lookup_elem
   72: if r0 == 0 goto +2
   73: r1 = 1
   74: lock *(u64 *)(r0 + 0) += r1
   75: r0 = 0
   76: exit
; 6: interval:s:1 {
   77: r0 = 0
   78: exit
