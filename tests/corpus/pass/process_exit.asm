tp_sched_sched_process_fork_0 (tracepoint/sched/sched_process_fork), stack 24 bytes:
; 2: tracepoint:sched:sched_process_fork {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +42
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +35
   15: r7 = r0
; 3: @born[args.child_pid] = nsecs;
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 20)  ; CO-RE field offset [10240] 0:4
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: call bpf_ktime_get_boot_ns
   22: *(u64 *)(r10 - 24) = r0
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_born] ll
   27: r2 = r7
   28: r4 = 0
   29: call bpf_map_update_elem
   30: if r0 != -7 goto +17
   31: *(u64 *)(r7 + 8) = 0
   32: r1 = map[ringbuf] ll
   34: r7 += 8
   35: r2 = r7
   36: r3 = 8
   37: r4 = 0
   38: call bpf_ringbuf_output
   39: if r0 == 0 goto +8
   40: r1 = map[lost_events] ll
   42: r2 = r10
   43: r2 += -8
   44: call bpf_map_lookup_elem
   45: if r0 == 0 goto +2
   46: r1 = 1
   47: lock *(u64 *)(r0 + 0) += r1
   48: r0 = 0
   49: exit
; 2: tracepoint:sched:sched_process_fork {
   50: r0 = 0
   51: exit

tp_sched_sched_process_exit_0 (tracepoint/sched/sched_process_exit), stack 8 bytes:
; 6: tracepoint:sched:sched_process_exit /@born[args.pid] != 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +76
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +69
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 24)  ; CO-RE field offset [10238] 0:2
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: r1 = map[AT_born] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r1 = 0
   26: if r0 == 0 goto +1
   27: r1 = *(u64 *)(r0 + 0)
   28: if r1 == 0 goto +55
; 7: printf("%-16s %-7d lived %d ms\n", args.comm, args.pid, (nsecs - @born[args.pid]) / 1000000);
   29: *(u64 *)(r7 + 8) = 1
   30: r1 = *(u64 *)(r6 + 8)
   31: *(u64 *)(r7 + 16) = r1
   32: r1 = *(u64 *)(r6 + 16)
   33: *(u64 *)(r7 + 24) = r1
   34: r1 = *(u32 *)(r6 + 24)  ; CO-RE field offset [10238] 0:2
   35: r1 <<= 32
   36: r1 s>>= 32
   37: *(u32 *)(r7 + 32) = r1
   38: call bpf_ktime_get_boot_ns
   39: r8 = r0
   40: *(u64 *)(r7 + 48) = 0
   41: r1 = *(u32 *)(r6 + 24)  ; CO-RE field offset [10238] 0:2
   42: r1 <<= 32
   43: r1 s>>= 32
   44: *(u64 *)(r7 + 48) = r1
   45: r2 = r7
   46: r2 += 48
   47: r1 = map[AT_born] ll
   49: call bpf_map_lookup_elem
   50: r1 = 0
   51: if r0 == 0 goto +1
   52: r1 = *(u64 *)(r0 + 0)
   53: r8 -= r1
   54: r8 /= 1000000
   55: *(u64 *)(r7 + 40) = r8
   56: r1 = map[ringbuf] ll
   58: r2 = r7
   59: r2 += 8
   60: r3 = 40
   61: r4 = 0
   62: call bpf_ringbuf_output
   63: if r0 == 0 goto +8
   64: r1 = map[lost_events] ll
   66: r2 = r10
   67: r2 += -8
   68: call bpf_map_lookup_elem
   69: if r0 == 0 goto +2
   70: r1 = 1
   71: lock *(u64 *)(r0 + 0) += r1
; 8: delete(@born, args.pid);
   72: *(u64 *)(r7 + 56) = 0
   73: r1 = *(u32 *)(r6 + 24)  ; CO-RE field offset [10238] 0:2
   74: r1 <<= 32
   75: r1 s>>= 32
   76: *(u64 *)(r7 + 56) = r1
   77: r7 += 56
   78: r1 = map[AT_born] ll
   80: r2 = r7
   81: call bpf_map_delete_elem
   82: r0 = 0
   83: exit
; 6: tracepoint:sched:sched_process_exit /@born[args.pid] != 0/ {
   84: r0 = 0
   85: exit
