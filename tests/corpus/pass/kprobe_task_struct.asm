kprobe_do_exit_0 (kprobe/do_exit), stack 24 bytes:
; 2: kprobe:do_exit {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +68
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +61
   15: r7 = r0
   16: r8 = 0
; 3: $task = (struct task_struct *)curtask;
   17: call bpf_get_current_task
   18: r8 = r0
; 4: printf("exit %s (%d), parent %s (%d), code %d\n", comm, pid, $task->real_parent->comm, $task->real_parent->tgid, arg0);
   19: *(u64 *)(r7 + 0) = 0
   20: r1 = r7
   21: r1 += 8
   22: r2 = 16
   23: call bpf_get_current_comm
   24: call bpf_get_current_pid_tgid
   25: r0 >>= 32
   26: *(u32 *)(r7 + 24) = r0
   27: r3 = r8
   28: r3 += 1280  ; CO-RE field offset [114] 0:95
   29: r1 = r10
   30: r1 += -24
   31: r2 = 8
   32: call bpf_probe_read_kernel
   33: r1 = *(u64 *)(r10 - 24)
   34: r3 = r1
   35: r3 += 1752  ; CO-RE field offset [114] 0:125
   36: r1 = r7
   37: r1 += 32
   38: r2 = 16
   39: call bpf_probe_read_kernel
   40: r8 += 1280  ; CO-RE field offset [114] 0:95
   41: r1 = r10
   42: r1 += -24
   43: r2 = 8
   44: r3 = r8
   45: call bpf_probe_read_kernel
   46: r1 = *(u64 *)(r10 - 24)
   47: r3 = r1
   48: r3 += 1268  ; CO-RE field offset [114] 0:93
   49: r1 = r10
   50: r1 += -24
   51: r2 = 4
   52: call bpf_probe_read_kernel
   53: r1 = *(u32 *)(r10 - 24)
   54: r1 <<= 32
   55: r1 s>>= 32
   56: *(u32 *)(r7 + 48) = r1
   57: r1 = *(u64 *)(r6 + 112)
   58: *(u64 *)(r7 + 56) = r1
   59: r1 = map[ringbuf] ll
   61: r2 = r7
   62: r3 = 64
   63: r4 = 0
   64: call bpf_ringbuf_output
   65: if r0 == 0 goto +8
   66: r1 = map[lost_events] ll
   68: r2 = r10
   69: r2 += -8
   70: call bpf_map_lookup_elem
   71: if r0 == 0 goto +2
   72: r1 = 1
   73: lock *(u64 *)(r0 + 0) += r1
   74: r0 = 0
   75: exit
; 2: kprobe:do_exit {
   76: r0 = 0
   77: exit

fentry_for_kprobe_do_exit_0 (fentry/do_exit), stack 24 bytes:
; 2: kprobe:do_exit {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +68
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +61
   15: r7 = r0
   16: r8 = 0
; 3: $task = (struct task_struct *)curtask;
   17: call bpf_get_current_task
   18: r8 = r0
; 4: printf("exit %s (%d), parent %s (%d), code %d\n", comm, pid, $task->real_parent->comm, $task->real_parent->tgid, arg0);
   19: *(u64 *)(r7 + 0) = 1
   20: r1 = r7
   21: r1 += 8
   22: r2 = 16
   23: call bpf_get_current_comm
   24: call bpf_get_current_pid_tgid
   25: r0 >>= 32
   26: *(u32 *)(r7 + 24) = r0
   27: r3 = r8
   28: r3 += 1280  ; CO-RE field offset [114] 0:95
   29: r1 = r10
   30: r1 += -24
   31: r2 = 8
   32: call bpf_probe_read_kernel
   33: r1 = *(u64 *)(r10 - 24)
   34: r3 = r1
   35: r3 += 1752  ; CO-RE field offset [114] 0:125
   36: r1 = r7
   37: r1 += 32
   38: r2 = 16
   39: call bpf_probe_read_kernel
   40: r8 += 1280  ; CO-RE field offset [114] 0:95
   41: r1 = r10
   42: r1 += -24
   43: r2 = 8
   44: r3 = r8
   45: call bpf_probe_read_kernel
   46: r1 = *(u64 *)(r10 - 24)
   47: r3 = r1
   48: r3 += 1268  ; CO-RE field offset [114] 0:93
   49: r1 = r10
   50: r1 += -24
   51: r2 = 4
   52: call bpf_probe_read_kernel
   53: r1 = *(u32 *)(r10 - 24)
   54: r1 <<= 32
   55: r1 s>>= 32
   56: *(u32 *)(r7 + 48) = r1
   57: r1 = *(u64 *)(r6 + 0)
   58: *(u64 *)(r7 + 56) = r1
   59: r1 = map[ringbuf] ll
   61: r2 = r7
   62: r3 = 64
   63: r4 = 0
   64: call bpf_ringbuf_output
   65: if r0 == 0 goto +8
   66: r1 = map[lost_events] ll
   68: r2 = r10
   69: r2 += -8
   70: call bpf_map_lookup_elem
   71: if r0 == 0 goto +2
   72: r1 = 1
   73: lock *(u64 *)(r0 + 0) += r1
   74: r0 = 0
   75: exit
; 2: kprobe:do_exit {
   76: r0 = 0
   77: exit
