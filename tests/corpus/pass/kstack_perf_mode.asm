kprobe_do_sys_openat2_0 (kprobe/do_sys_openat2), stack 24 bytes:
; 2: kprobe:do_sys_openat2 {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +60
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +53
   15: r7 = r0
; 3: @[kstack(perf, 8)] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r2 = map[stack_8] ll
   19: r1 = r6
   20: r3 = 0
   21: call bpf_get_stackid
   22: r0 <<= 32
   23: r0 >>= 32
   24: *(u64 *)(r7 + 0) = r0
   25: r1 = map[AT_] ll
   27: r2 = r7
   28: call bpf_map_lookup_elem
   29: r6 = r0
   30: if r6 != 0 goto +32
   31: *(u64 *)(r10 - 24) = 0
   32: r3 = r10
   33: r3 += -24
   34: r1 = map[AT_] ll
   36: r2 = r7
   37: r4 = 1
   38: call bpf_map_update_elem
   39: r1 = map[AT_] ll
   41: r2 = r7
   42: call bpf_map_lookup_elem
   43: r6 = r0
   44: if r6 != 0 goto +18
   45: *(u64 *)(r7 + 8) = 0
   46: r1 = map[ringbuf] ll
   48: r7 += 8
   49: r2 = r7
   50: r3 = 8
   51: r4 = 0
   52: call bpf_ringbuf_output
   53: if r0 == 0 goto +12
   54: r1 = map[lost_events] ll
   56: r2 = r10
   57: r2 += -8
   58: call bpf_map_lookup_elem
   59: if r0 == 0 goto +6
   60: r1 = 1
   61: lock *(u64 *)(r0 + 0) += r1
   62: goto +3
   63: r1 = *(u64 *)(r6 + 0)
   64: r1 += 1
   65: *(u64 *)(r6 + 0) = r1
   66: r0 = 0
   67: exit
; 2: kprobe:do_sys_openat2 {
   68: r0 = 0
   69: exit

fentry_for_kprobe_do_sys_openat2_0 (fentry/do_sys_openat2), stack 24 bytes:
; 2: kprobe:do_sys_openat2 {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +60
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +53
   15: r7 = r0
; 3: @[kstack(perf, 8)] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r2 = map[stack_8] ll
   19: r1 = r6
   20: r3 = 0
   21: call bpf_get_stackid
   22: r0 <<= 32
   23: r0 >>= 32
   24: *(u64 *)(r7 + 0) = r0
   25: r1 = map[AT_] ll
   27: r2 = r7
   28: call bpf_map_lookup_elem
   29: r6 = r0
   30: if r6 != 0 goto +32
   31: *(u64 *)(r10 - 24) = 0
   32: r3 = r10
   33: r3 += -24
   34: r1 = map[AT_] ll
   36: r2 = r7
   37: r4 = 1
   38: call bpf_map_update_elem
   39: r1 = map[AT_] ll
   41: r2 = r7
   42: call bpf_map_lookup_elem
   43: r6 = r0
   44: if r6 != 0 goto +18
   45: *(u64 *)(r7 + 8) = 0
   46: r1 = map[ringbuf] ll
   48: r7 += 8
   49: r2 = r7
   50: r3 = 8
   51: r4 = 0
   52: call bpf_ringbuf_output
   53: if r0 == 0 goto +12
   54: r1 = map[lost_events] ll
   56: r2 = r10
   57: r2 += -8
   58: call bpf_map_lookup_elem
   59: if r0 == 0 goto +6
   60: r1 = 1
   61: lock *(u64 *)(r0 + 0) += r1
   62: goto +3
   63: r1 = *(u64 *)(r6 + 0)
   64: r1 += 1
   65: *(u64 *)(r6 + 0) = r1
   66: r0 = 0
   67: exit
; 2: kprobe:do_sys_openat2 {
   68: r0 = 0
   69: exit
