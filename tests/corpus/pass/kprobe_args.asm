kprobe_do_sys_openat2_0 (kprobe/do_sys_openat2), stack 24 bytes:
; 2: kprobe:do_sys_openat2 {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +80
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +73
   15: r7 = r0
; 3: printf("dfd=%d how=%p\n", (int32)arg0, arg2);
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 112)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u32 *)(r7 + 8) = r1
   21: r1 = *(u64 *)(r6 + 96)
   22: *(u64 *)(r7 + 16) = r1
   23: r1 = map[ringbuf] ll
   25: r2 = r7
   26: r3 = 24
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
; 4: @dfd[(int32)arg0] = count();
   38: *(u64 *)(r7 + 24) = 0
   39: r1 = *(u64 *)(r6 + 112)
   40: r1 <<= 32
   41: r1 s>>= 32
   42: *(u64 *)(r7 + 24) = r1
   43: r6 = r7
   44: r6 += 24
   45: r1 = map[AT_dfd] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r8 = r0
   50: if r8 != 0 goto +32
   51: *(u64 *)(r10 - 24) = 0
   52: r3 = r10
   53: r3 += -24
   54: r1 = map[AT_dfd] ll
   56: r2 = r6
   57: r4 = 1
   58: call bpf_map_update_elem
   59: r1 = map[AT_dfd] ll
   61: r2 = r6
   62: call bpf_map_lookup_elem
   63: r8 = r0
   64: if r8 != 0 goto +18
   65: *(u64 *)(r7 + 32) = 1
   66: r1 = map[ringbuf] ll
   68: r7 += 32
   69: r2 = r7
   70: r3 = 8
   71: r4 = 0
   72: call bpf_ringbuf_output
   73: if r0 == 0 goto +12
   74: r1 = map[lost_events] ll
   76: r2 = r10
   77: r2 += -8
   78: call bpf_map_lookup_elem
   79: if r0 == 0 goto +6
   80: r1 = 1
   81: lock *(u64 *)(r0 + 0) += r1
   82: goto +3
   83: r1 = *(u64 *)(r8 + 0)
   84: r1 += 1
   85: *(u64 *)(r8 + 0) = r1
   86: r0 = 0
   87: exit
; 2: kprobe:do_sys_openat2 {
   88: r0 = 0
   89: exit

fentry_for_kprobe_do_sys_openat2_0 (fentry/do_sys_openat2), stack 24 bytes:
; 2: kprobe:do_sys_openat2 {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +80
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +73
   15: r7 = r0
; 3: printf("dfd=%d how=%p\n", (int32)arg0, arg2);
   16: *(u64 *)(r7 + 0) = 2
   17: r1 = *(u64 *)(r6 + 0)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u32 *)(r7 + 8) = r1
   21: r1 = *(u64 *)(r6 + 16)
   22: *(u64 *)(r7 + 16) = r1
   23: r1 = map[ringbuf] ll
   25: r2 = r7
   26: r3 = 24
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
; 4: @dfd[(int32)arg0] = count();
   38: *(u64 *)(r7 + 24) = 0
   39: r1 = *(u64 *)(r6 + 0)
   40: r1 <<= 32
   41: r1 s>>= 32
   42: *(u64 *)(r7 + 24) = r1
   43: r6 = r7
   44: r6 += 24
   45: r1 = map[AT_dfd] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r8 = r0
   50: if r8 != 0 goto +32
   51: *(u64 *)(r10 - 24) = 0
   52: r3 = r10
   53: r3 += -24
   54: r1 = map[AT_dfd] ll
   56: r2 = r6
   57: r4 = 1
   58: call bpf_map_update_elem
   59: r1 = map[AT_dfd] ll
   61: r2 = r6
   62: call bpf_map_lookup_elem
   63: r8 = r0
   64: if r8 != 0 goto +18
   65: *(u64 *)(r7 + 32) = 1
   66: r1 = map[ringbuf] ll
   68: r7 += 32
   69: r2 = r7
   70: r3 = 8
   71: r4 = 0
   72: call bpf_ringbuf_output
   73: if r0 == 0 goto +12
   74: r1 = map[lost_events] ll
   76: r2 = r10
   77: r2 += -8
   78: call bpf_map_lookup_elem
   79: if r0 == 0 goto +6
   80: r1 = 1
   81: lock *(u64 *)(r0 + 0) += r1
   82: goto +3
   83: r1 = *(u64 *)(r8 + 0)
   84: r1 += 1
   85: *(u64 *)(r8 + 0) = r1
   86: r0 = 0
   87: exit
; 2: kprobe:do_sys_openat2 {
   88: r0 = 0
   89: exit
