profile_0 (perf_event), stack 24 bytes:
; 2: profile:ms:10 /pid != 0/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +64
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +57
   14: r6 = r0
   15: call bpf_get_current_pid_tgid
   16: r0 >>= 32
   17: if r0 == 0 goto +53
; 3: @busy[pid, comm] = count();
   18: *(u64 *)(r6 + 0) = 0
   19: *(u64 *)(r6 + 8) = 0
   20: *(u64 *)(r6 + 16) = 0
   21: call bpf_get_current_pid_tgid
   22: r0 >>= 32
   23: *(u64 *)(r6 + 0) = r0
   24: r1 = r6
   25: r1 += 8
   26: r2 = 16
   27: call bpf_get_current_comm
   28: r1 = map[AT_busy] ll
   30: r2 = r6
   31: call bpf_map_lookup_elem
   32: r7 = r0
   33: if r7 != 0 goto +32
   34: *(u64 *)(r10 - 24) = 0
   35: r3 = r10
   36: r3 += -24
   37: r1 = map[AT_busy] ll
   39: r2 = r6
   40: r4 = 1
   41: call bpf_map_update_elem
   42: r1 = map[AT_busy] ll
   44: r2 = r6
   45: call bpf_map_lookup_elem
   46: r7 = r0
   47: if r7 != 0 goto +18
   48: *(u64 *)(r6 + 24) = 0
   49: r1 = map[ringbuf] ll
   51: r6 += 24
   52: r2 = r6
   53: r3 = 8
   54: r4 = 0
   55: call bpf_ringbuf_output
   56: if r0 == 0 goto +12
   57: r1 = map[lost_events] ll
   59: r2 = r10
   60: r2 += -8
   61: call bpf_map_lookup_elem
   62: if r0 == 0 goto +6
   63: r1 = 1
   64: lock *(u64 *)(r0 + 0) += r1
   65: goto +3
   66: r1 = *(u64 *)(r7 + 0)
   67: r1 += 1
   68: *(u64 *)(r7 + 0) = r1
   69: r0 = 0
   70: exit
; 2: profile:ms:10 /pid != 0/ {
   71: r0 = 0
   72: exit
