kprobe_do_nanosleep_0 (kprobe/do_nanosleep), stack 24 bytes:
; 2: k:do_nanosleep {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +56
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +49
   14: r6 = r0
; 3: @sleepers[comm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: r1 = r6
   18: r2 = 16
   19: call bpf_get_current_comm
   20: r1 = map[AT_sleepers] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r7 = r0
   25: if r7 != 0 goto +32
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_sleepers] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_sleepers] ll
   36: r2 = r6
   37: call bpf_map_lookup_elem
   38: r7 = r0
   39: if r7 != 0 goto +18
   40: *(u64 *)(r6 + 16) = 0
   41: r1 = map[ringbuf] ll
   43: r6 += 16
   44: r2 = r6
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +12
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +6
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +3
   58: r1 = *(u64 *)(r7 + 0)
   59: r1 += 1
   60: *(u64 *)(r7 + 0) = r1
   61: r0 = 0
   62: exit
; 2: k:do_nanosleep {
   63: r0 = 0
   64: exit

fentry_for_kprobe_do_nanosleep_0 (fentry/do_nanosleep), stack 24 bytes:
; 2: k:do_nanosleep {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +56
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +49
   14: r6 = r0
; 3: @sleepers[comm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: r1 = r6
   18: r2 = 16
   19: call bpf_get_current_comm
   20: r1 = map[AT_sleepers] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r7 = r0
   25: if r7 != 0 goto +32
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_sleepers] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_sleepers] ll
   36: r2 = r6
   37: call bpf_map_lookup_elem
   38: r7 = r0
   39: if r7 != 0 goto +18
   40: *(u64 *)(r6 + 16) = 0
   41: r1 = map[ringbuf] ll
   43: r6 += 16
   44: r2 = r6
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +12
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +6
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +3
   58: r1 = *(u64 *)(r7 + 0)
   59: r1 += 1
   60: *(u64 *)(r7 + 0) = r1
   61: r0 = 0
   62: exit
; 2: k:do_nanosleep {
   63: r0 = 0
   64: exit

kretprobe_do_nanosleep_0 (kretprobe/do_nanosleep), stack 24 bytes:
; 6: kr:do_nanosleep {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +54
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +47
   15: r7 = r0
; 7: @results[retval] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 80)
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_results] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r6 = r0
   24: if r6 != 0 goto +32
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_results] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_results] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r6 = r0
   38: if r6 != 0 goto +18
   39: *(u64 *)(r7 + 8) = 1
   40: r1 = map[ringbuf] ll
   42: r7 += 8
   43: r2 = r7
   44: r3 = 8
   45: r4 = 0
   46: call bpf_ringbuf_output
   47: if r0 == 0 goto +12
   48: r1 = map[lost_events] ll
   50: r2 = r10
   51: r2 += -8
   52: call bpf_map_lookup_elem
   53: if r0 == 0 goto +6
   54: r1 = 1
   55: lock *(u64 *)(r0 + 0) += r1
   56: goto +3
   57: r1 = *(u64 *)(r6 + 0)
   58: r1 += 1
   59: *(u64 *)(r6 + 0) = r1
   60: r0 = 0
   61: exit
; 6: kr:do_nanosleep {
   62: r0 = 0
   63: exit

fexit_for_kretprobe_do_nanosleep_0 (fexit/do_nanosleep), stack 24 bytes:
; 6: kr:do_nanosleep {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +56
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +49
   15: r7 = r0
; 7: @results[retval] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 16)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: r1 = map[AT_results] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r6 = r0
   26: if r6 != 0 goto +32
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_results] ll
   32: r2 = r7
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_results] ll
   37: r2 = r7
   38: call bpf_map_lookup_elem
   39: r6 = r0
   40: if r6 != 0 goto +18
   41: *(u64 *)(r7 + 8) = 1
   42: r1 = map[ringbuf] ll
   44: r7 += 8
   45: r2 = r7
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +12
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +6
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: goto +3
   59: r1 = *(u64 *)(r6 + 0)
   60: r1 += 1
   61: *(u64 *)(r6 + 0) = r1
   62: r0 = 0
   63: exit
; 6: kr:do_nanosleep {
   64: r0 = 0
   65: exit
