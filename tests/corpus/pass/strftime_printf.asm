tp_sched_sched_process_exit_0 (tracepoint/sched/sched_process_exit), stack 8 bytes:
; 2: tracepoint:sched:sched_process_exit {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +32
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +25
   15: r7 = r0
; 3: printf("%s %s exited\n", strftime("%H:%M:%S", nsecs), args.comm);
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_ktime_get_boot_ns
   18: *(u64 *)(r7 + 8) = r0
   19: r1 = *(u64 *)(r6 + 8)
   20: *(u64 *)(r7 + 16) = r1
   21: r1 = *(u64 *)(r6 + 16)
   22: *(u64 *)(r7 + 24) = r1
   23: r1 = map[ringbuf] ll
   25: r2 = r7
   26: r3 = 32
   27: r4 = 0
   28: call bpf_ringbuf_output
   29: if r0 == 0 goto +8
   30: r1 = map[lost_events] ll
   32: r2 = r10
   33: r2 += -8
   34: call bpf_map_lookup_elem
   35: if r0 == 0 goto +2
   36: r1 = 1
   37: lock *(u64 *)(r0 + 0) += r1
   38: r0 = 0
   39: exit
; 2: tracepoint:sched:sched_process_exit {
   40: r0 = 0
   41: exit
