uprobe_malloc_0 (uprobe), stack 24 bytes:
; 2: uprobe:/bin/bash:malloc {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +66
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +59
   15: r7 = r0
; 3: @[ustack(5)] = sum(arg0);
   16: r8 = *(u64 *)(r6 + 112)
   17: *(u64 *)(r7 + 0) = 0
   18: r2 = map[stack_5] ll
   20: r1 = r6
   21: r3 = 256
   22: call bpf_get_stackid
   23: r0 <<= 32
   24: r6 = r0
   25: r6 >>= 32
   26: call bpf_get_current_pid_tgid
   27: r0 >>= 32
   28: r0 <<= 32
   29: r6 |= r0
   30: *(u64 *)(r7 + 0) = r6
   31: r1 = map[AT_] ll
   33: r2 = r7
   34: call bpf_map_lookup_elem
   35: r6 = r0
   36: if r6 != 0 goto +32
   37: *(u64 *)(r10 - 24) = 0
   38: r3 = r10
   39: r3 += -24
   40: r1 = map[AT_] ll
   42: r2 = r7
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_] ll
   47: r2 = r7
   48: call bpf_map_lookup_elem
   49: r6 = r0
   50: if r6 != 0 goto +18
   51: *(u64 *)(r7 + 8) = 0
   52: r1 = map[ringbuf] ll
   54: r7 += 8
   55: r2 = r7
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r6 + 0)
   70: r1 += r8
   71: *(u64 *)(r6 + 0) = r1
   72: r0 = 0
   73: exit
; 2: uprobe:/bin/bash:malloc {
   74: r0 = 0
   75: exit
