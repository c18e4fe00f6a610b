software_0 (perf_event), stack 24 bytes:
; 2: software:page-faults:1e3 {
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
; 3: @faults[comm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: r1 = r6
   18: r2 = 16
   19: call bpf_get_current_comm
   20: r1 = map[AT_faults] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r7 = r0
   25: if r7 != 0 goto +32
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_faults] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_faults] ll
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
; 2: software:page-faults:1e3 {
   63: r0 = 0
   64: exit

software_1 (perf_event), stack 24 bytes:
; 6: software:cpu-clock:10_000 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +52
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +45
   14: r6 = r0
; 7: @clock = count();
   15: r7 = r10
   16: r7 += -8
   17: r1 = map[AT_clock] ll
   19: r2 = r7
   20: call bpf_map_lookup_elem
   21: r8 = r0
   22: if r8 != 0 goto +31
   23: *(u64 *)(r10 - 24) = 0
   24: r3 = r10
   25: r3 += -24
   26: r1 = map[AT_clock] ll
   28: r2 = r7
   29: r4 = 1
   30: call bpf_map_update_elem
   31: r1 = map[AT_clock] ll
   33: r2 = r7
   34: call bpf_map_lookup_elem
   35: r8 = r0
   36: if r8 != 0 goto +17
   37: *(u64 *)(r6 + 0) = 1
   38: r1 = map[ringbuf] ll
   40: r2 = r6
   41: r3 = 8
   42: r4 = 0
   43: call bpf_ringbuf_output
   44: if r0 == 0 goto +12
   45: r1 = map[lost_events] ll
   47: r2 = r10
   48: r2 += -8
   49: call bpf_map_lookup_elem
   50: if r0 == 0 goto +6
   51: r1 = 1
   52: lock *(u64 *)(r0 + 0) += r1
   53: goto +3
   54: r1 = *(u64 *)(r8 + 0)
   55: r1 += 1
   56: *(u64 *)(r8 + 0) = r1
   57: r0 = 0
   58: exit
; 6: software:cpu-clock:10_000 {
   59: r0 = 0
   60: exit
