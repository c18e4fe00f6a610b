tp_sched_sched_process_exec_0 (tracepoint/sched/sched_process_exec), stack 8 bytes:
; 2: tracepoint:sched:sched_process_exec {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +45
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +38
   15: r7 = r0
; 3: printf("%-8d %-8d %-16s %s\n", pid, args.old_pid, comm, str(args.filename));
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 >>= 32
   19: *(u32 *)(r7 + 8) = r0
   20: r1 = *(u32 *)(r6 + 16)  ; CO-RE field offset [10241] 0:3
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u32 *)(r7 + 16) = r1
   24: r1 = r7
   25: r1 += 24
   26: r2 = 16
   27: call bpf_get_current_comm
   28: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [10241] 0:1
   29: r1 &= 65535
   30: r6 += r1
   31: r1 = r7
   32: r1 += 40
   33: r2 = 1024
   34: r3 = r6
   35: call bpf_probe_read_kernel_str
   36: r1 = map[ringbuf] ll
   38: r2 = r7
   39: r3 = 1064
   40: r4 = 0
   41: call bpf_ringbuf_output
   42: if r0 == 0 goto +8
   43: r1 = map[lost_events] ll
   45: r2 = r10
   46: r2 += -8
   47: call bpf_map_lookup_elem
   48: if r0 == 0 goto +2
   49: r1 = 1
   50: lock *(u64 *)(r0 + 0) += r1
   51: r0 = 0
   52: exit
; 2: tracepoint:sched:sched_process_exec {
   53: r0 = 0
   54: exit
