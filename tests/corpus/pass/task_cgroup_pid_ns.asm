tp_sched_sched_process_exec_0 (tracepoint/sched/sched_process_exec), stack 40 bytes:
; 2: tracepoint:sched:sched_process_exec {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +85
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +78
   14: r6 = r0
   15: r7 = 0
   16: r8 = 0
; 3: $task = (struct task_struct *)curtask;
   17: call bpf_get_current_task
   18: r7 = r0
; 4: $level = $task->nsproxy->pid_ns_for_children->level;
   19: r7 += 1840  ; CO-RE field offset [114] 0:134
   20: r1 = r10
   21: r1 += -24
   22: r2 = 8
   23: r3 = r7
   24: call bpf_probe_read_kernel
   25: r1 = *(u64 *)(r10 - 24)
   26: r3 = r1
   27: r3 += 32  ; CO-RE field offset [539] 0:4
   28: r1 = r10
   29: r1 += -24
   30: r2 = 8
   31: call bpf_probe_read_kernel
   32: r1 = *(u64 *)(r10 - 24)
   33: r3 = r1
   34: r3 += 64  ; CO-RE field offset [385] 0:5
   35: r1 = r10
   36: r1 += -24
   37: r2 = 4
   38: call bpf_probe_read_kernel
   39: r1 = *(u32 *)(r10 - 24)
   40: r8 = r1
; 5: if ($level > 0) {
   41: if r8 <= 0 goto +48
; 6: @containers[comm, $level] = count();
   42: *(u64 *)(r6 + 0) = 0
   43: *(u64 *)(r6 + 8) = 0
   44: *(u64 *)(r6 + 16) = 0
   45: r1 = r6
   46: r2 = 16
   47: call bpf_get_current_comm
   48: *(u64 *)(r6 + 16) = r8
   49: r1 = map[AT_containers] ll
   51: r2 = r6
   52: call bpf_map_lookup_elem
   53: r7 = r0
   54: if r7 != 0 goto +32
   55: *(u64 *)(r10 - 40) = 0
   56: r3 = r10
   57: r3 += -40
   58: r1 = map[AT_containers] ll
   60: r2 = r6
   61: r4 = 1
   62: call bpf_map_update_elem
   63: r1 = map[AT_containers] ll
   65: r2 = r6
   66: call bpf_map_lookup_elem
   67: r7 = r0
   68: if r7 != 0 goto +18
   69: *(u64 *)(r6 + 24) = 0
   70: r1 = map[ringbuf] ll
   72: r6 += 24
   73: r2 = r6
   74: r3 = 8
   75: r4 = 0
   76: call bpf_ringbuf_output
   77: if r0 == 0 goto +12
   78: r1 = map[lost_events] ll
   80: r2 = r10
   81: r2 += -8
   82: call bpf_map_lookup_elem
   83: if r0 == 0 goto +6
   84: r1 = 1
   85: lock *(u64 *)(r0 + 0) += r1
   86: goto +3
   87: r1 = *(u64 *)(r7 + 0)
   88: r1 += 1
   89: *(u64 *)(r7 + 0) = r1
   90: r0 = 0
   91: exit
; 2: tracepoint:sched:sched_process_exec {
   92: r0 = 0
   93: exit
