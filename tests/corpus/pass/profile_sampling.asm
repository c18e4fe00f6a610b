profile_0 (perf_event), stack 24 bytes:
; 2: profile:hz:99 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +65
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +58
   14: r6 = r0
; 3: @samples[comm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: r1 = r6
   18: r2 = 16
   19: call bpf_get_current_comm
   20: r1 = map[AT_samples] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r7 = r0
   25: if r7 != 0 goto +14
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_samples] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_samples] ll
   36: r2 = r6
   37: call bpf_map_lookup_elem
   38: r7 = r0
   39: if r7 == 0 goto +3
   40: r1 = *(u64 *)(r7 + 0)
   41: r1 += 1
   42: *(u64 *)(r7 + 0) = r1
; 4: @cpus[cpu] = count();
   43: *(u64 *)(r6 + 16) = 0
   44: call bpf_get_smp_processor_id
   45: *(u64 *)(r6 + 16) = r0
   46: r6 += 16
   47: r1 = map[AT_cpus] ll
   49: r2 = r6
   50: call bpf_map_lookup_elem
   51: r7 = r0
   52: if r7 != 0 goto +14
   53: *(u64 *)(r10 - 24) = 0
   54: r3 = r10
   55: r3 += -24
   56: r1 = map[AT_cpus] ll
   58: r2 = r6
   59: r4 = 1
   60: call bpf_map_update_elem
   61: r1 = map[AT_cpus] ll
   63: r2 = r6
   64: call bpf_map_lookup_elem
   65: r7 = r0
   66: if r7 == 0 goto +3
   67: r1 = *(u64 *)(r7 + 0)
   68: r1 += 1
   69: *(u64 *)(r7 + 0) = r1
   70: r0 = 0
   71: exit
; 2: profile:hz:99 {
   72: r0 = 0
   73: exit

interval_0 (perf_event), stack 8 bytes:
; 7: interval:s:5 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +19
; 8: exit();
    7: *(u64 *)(r0 + 0) = 0
    8: *(u64 *)(r0 + 8) = 0
    9: r1 = map[ringbuf] ll
   11: r2 = r0
   12: r3 = 16
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
   24: r0 = 0
   25: exit
; 7: interval:s:5 {
   26: r0 = 0
   27: exit
