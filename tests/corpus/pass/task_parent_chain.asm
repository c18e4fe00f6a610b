tp_sched_sched_process_exec_0 (tracepoint/sched/sched_process_exec), stack 24 bytes:
; 2: tracepoint:sched:sched_process_exec {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +63
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +56
   14: r6 = r0
   15: r7 = 0
   16: r8 = 0
   17: r9 = 0
; 3: $task = (struct task_struct *)curtask;
   18: call bpf_get_current_task
   19: r7 = r0
; 4: $parent = $task->real_parent;
   20: r7 += 1280  ; CO-RE field offset [114] 0:95
   21: r1 = r10
   22: r1 += -24
   23: r2 = 8
   24: r3 = r7
   25: call bpf_probe_read_kernel
   26: r1 = *(u64 *)(r10 - 24)
   27: r8 = r1
; 5: $grandparent = $parent->real_parent;
   28: r3 = r8
   29: r3 += 1280  ; CO-RE field offset [114] 0:95
   30: r1 = r10
   31: r1 += -24
   32: r2 = 8
   33: call bpf_probe_read_kernel
   34: r1 = *(u64 *)(r10 - 24)
   35: r9 = r1
; 6: printf("%s <- %s <- %s\n", comm, $parent->comm, $grandparent->comm);
   36: *(u64 *)(r6 + 0) = 0
   37: r1 = r6
   38: r1 += 8
   39: r2 = 16
   40: call bpf_get_current_comm
   41: r8 += 1752  ; CO-RE field offset [114] 0:125
   42: r1 = r6
   43: r1 += 24
   44: r2 = 16
   45: r3 = r8
   46: call bpf_probe_read_kernel
   47: r9 += 1752  ; CO-RE field offset [114] 0:125
   48: r1 = r6
   49: r1 += 40
   50: r2 = 16
   51: r3 = r9
   52: call bpf_probe_read_kernel
   53: r1 = map[ringbuf] ll
   55: r2 = r6
   56: r3 = 56
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +8
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +2
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: r0 = 0
   69: exit
; 2: tracepoint:sched:sched_process_exec {
   70: r0 = 0
   71: exit
