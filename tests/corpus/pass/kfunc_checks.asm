tp_sched_sched_process_exec_0 (tracepoint/sched/sched_process_exec), stack 24 bytes:
; 2: tracepoint:sched:sched_process_exec {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +60
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +53
   14: r6 = r0
; 3: if (kfunc_exist("bpf_task_from_pid") && kfunc_allowed("bpf_task_from_pid")) {
   15: r1 = .rodata + 0 ll
   17: r1 = *(u64 *)(r1 + 32)
   18: if r1 == 0 goto +46
   19: r1 = .rodata + 0 ll
   21: r1 = *(u64 *)(r1 + 40)
   22: if r1 == 0 goto +42
; 4: @allowed = count();
   23: r7 = r10
   24: r7 += -8
   25: r1 = map[AT_allowed] ll
   27: r2 = r7
   28: call bpf_map_lookup_elem
   29: r8 = r0
   30: if r8 != 0 goto +31
   31: *(u64 *)(r10 - 24) = 0
   32: r3 = r10
   33: r3 += -24
   34: r1 = map[AT_allowed] ll
   36: r2 = r7
   37: r4 = 1
   38: call bpf_map_update_elem
   39: r1 = map[AT_allowed] ll
   41: r2 = r7
   42: call bpf_map_lookup_elem
   43: r8 = r0
   44: if r8 != 0 goto +17
   45: *(u64 *)(r6 + 0) = 0
   46: r1 = map[ringbuf] ll
   48: r2 = r6
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r8 + 0)
   63: r1 += 1
   64: *(u64 *)(r8 + 0) = r1
   65: r0 = 0
   66: exit
; 2: tracepoint:sched:sched_process_exec {
   67: r0 = 0
   68: exit
