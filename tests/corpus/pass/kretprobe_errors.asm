kretprobe_do_sys_openat2_0 (kretprobe/do_sys_openat2), stack 24 bytes:
; 2: kretprobe:do_sys_openat2 /(int64)retval < 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +57
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +50
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 80)
   17: if r1 s>= 0 goto +47
; 3: @errno[-(int64)retval] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: r1 = *(u64 *)(r6 + 80)
   20: r1 = -r1
   21: *(u64 *)(r7 + 0) = r1
   22: r1 = map[AT_errno] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r6 = r0
   27: if r6 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_errno] ll
   33: r2 = r7
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_errno] ll
   38: r2 = r7
   39: call bpf_map_lookup_elem
   40: r6 = r0
   41: if r6 != 0 goto +18
   42: *(u64 *)(r7 + 8) = 0
   43: r1 = map[ringbuf] ll
   45: r7 += 8
   46: r2 = r7
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r6 + 0)
   61: r1 += 1
   62: *(u64 *)(r6 + 0) = r1
   63: r0 = 0
   64: exit
; 2: kretprobe:do_sys_openat2 /(int64)retval < 0/ {
   65: r0 = 0
   66: exit

fexit_for_kretprobe_do_sys_openat2_0 (fexit/do_sys_openat2), stack 24 bytes:
; 2: kretprobe:do_sys_openat2 /(int64)retval < 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +61
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +54
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 24)
   17: r1 <<= 32
   18: r1 s>>= 32
   19: if r1 s>= 0 goto +49
; 3: @errno[-(int64)retval] = count();
   20: *(u64 *)(r7 + 0) = 0
   21: r1 = *(u64 *)(r6 + 24)
   22: r1 <<= 32
   23: r1 s>>= 32
   24: r1 = -r1
   25: *(u64 *)(r7 + 0) = r1
   26: r1 = map[AT_errno] ll
   28: r2 = r7
   29: call bpf_map_lookup_elem
   30: r6 = r0
   31: if r6 != 0 goto +32
   32: *(u64 *)(r10 - 24) = 0
   33: r3 = r10
   34: r3 += -24
   35: r1 = map[AT_errno] ll
   37: r2 = r7
   38: r4 = 1
   39: call bpf_map_update_elem
   40: r1 = map[AT_errno] ll
   42: r2 = r7
   43: call bpf_map_lookup_elem
   44: r6 = r0
   45: if r6 != 0 goto +18
   46: *(u64 *)(r7 + 8) = 0
   47: r1 = map[ringbuf] ll
   49: r7 += 8
   50: r2 = r7
   51: r3 = 8
   52: r4 = 0
   53: call bpf_ringbuf_output
   54: if r0 == 0 goto +12
   55: r1 = map[lost_events] ll
   57: r2 = r10
   58: r2 += -8
   59: call bpf_map_lookup_elem
   60: if r0 == 0 goto +6
   61: r1 = 1
   62: lock *(u64 *)(r0 + 0) += r1
   63: goto +3
   64: r1 = *(u64 *)(r6 + 0)
   65: r1 += 1
   66: *(u64 *)(r6 + 0) = r1
   67: r0 = 0
   68: exit
; 2: kretprobe:do_sys_openat2 /(int64)retval < 0/ {
   69: r0 = 0
   70: exit
