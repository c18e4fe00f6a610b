profile_0 (perf_event), stack 24 bytes:
; 2: profile:hz:99 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +102
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +95
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
   25: if r7 != 0 goto +32
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
   39: if r7 != 0 goto +18
   40: *(u64 *)(r6 + 16) = 0
   41: r1 = map[ringbuf] ll
   43: r2 = r6
   44: r2 += 16
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
; 4: @cpus[cpu] = count();
   61: *(u64 *)(r6 + 24) = 0
   62: call bpf_get_smp_processor_id
   63: *(u64 *)(r6 + 24) = r0
   64: r7 = r6
   65: r7 += 24
   66: r1 = map[AT_cpus] ll
   68: r2 = r7
   69: call bpf_map_lookup_elem
   70: r8 = r0
   71: if r8 != 0 goto +32
   72: *(u64 *)(r10 - 24) = 0
   73: r3 = r10
   74: r3 += -24
   75: r1 = map[AT_cpus] ll
   77: r2 = r7
   78: r4 = 1
   79: call bpf_map_update_elem
   80: r1 = map[AT_cpus] ll
   82: r2 = r7
   83: call bpf_map_lookup_elem
   84: r8 = r0
   85: if r8 != 0 goto +18
   86: *(u64 *)(r6 + 32) = 1
   87: r1 = map[ringbuf] ll
   89: r6 += 32
   90: r2 = r6
   91: r3 = 8
   92: r4 = 0
   93: call bpf_ringbuf_output
   94: if r0 == 0 goto +12
   95: r1 = map[lost_events] ll
   97: r2 = r10
   98: r2 += -8
   99: call bpf_map_lookup_elem
  100: if r0 == 0 goto +6
  101: r1 = 1
  102: lock *(u64 *)(r0 + 0) += r1
  103: goto +3
  104: r1 = *(u64 *)(r8 + 0)
  105: r1 += 1
  106: *(u64 *)(r8 + 0) = r1
  107: r0 = 0
  108: exit
; 2: profile:hz:99 {
  109: r0 = 0
  110: exit

interval_0 (perf_event), stack 8 bytes:
; 7: interval:s:5 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +19
; 8: exit();
    7: *(u64 *)(r0 + 0) = 2
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
