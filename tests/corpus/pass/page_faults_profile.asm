software_0 (perf_event), stack 24 bytes:
; 2: software:page-faults:1 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +60
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +53
   14: r6 = r0
; 3: @faults[comm, pid] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: r1 = r6
   19: r2 = 16
   20: call bpf_get_current_comm
   21: call bpf_get_current_pid_tgid
   22: r0 >>= 32
   23: *(u64 *)(r6 + 16) = r0
   24: r1 = map[AT_faults] ll
   26: r2 = r6
   27: call bpf_map_lookup_elem
   28: r7 = r0
   29: if r7 != 0 goto +32
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_faults] ll
   35: r2 = r6
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_faults] ll
   40: r2 = r6
   41: call bpf_map_lookup_elem
   42: r7 = r0
   43: if r7 != 0 goto +18
   44: *(u64 *)(r6 + 24) = 0
   45: r1 = map[ringbuf] ll
   47: r6 += 24
   48: r2 = r6
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r7 + 0)
   63: r1 += 1
   64: *(u64 *)(r7 + 0) = r1
   65: r0 = 0
   66: exit
; 2: software:page-faults:1 {
   67: r0 = 0
   68: exit

interval_0 (perf_event), stack 8 bytes:
; 6: interval:s:5 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +36
    7: r6 = r0
; 7: print(@faults, 10);
    8: *(u64 *)(r6 + 0) = 1
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
   13: r4 = 0
   14: call bpf_ringbuf_output
   15: if r0 == 0 goto +8
   16: r1 = map[lost_events] ll
   18: r2 = r10
   19: r2 += -8
   20: call bpf_map_lookup_elem
   21: if r0 == 0 goto +2
   22: r1 = 1
   23: lock *(u64 *)(r0 + 0) += r1
; 8: clear(@faults);
   24: *(u64 *)(r6 + 8) = 2
   25: r1 = map[ringbuf] ll
   27: r6 += 8
   28: r2 = r6
   29: r3 = 8
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
   41: r0 = 0
   42: exit
; 6: interval:s:5 {
   43: r0 = 0
   44: exit
