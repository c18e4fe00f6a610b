interval_0 (perf_event), stack 24 bytes:
; 4: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +62
    7: r6 = r0
    8: r7 = 0
    9: r8 = 0
; 5: $count = percpu_kaddr("process_counts");
   10: r1 = ksym[process_counts] ll
   12: call bpf_this_cpu_ptr
   13: r7 = r0
; 6: $first = percpu_kaddr("process_counts", 0);
   14: r1 = ksym[process_counts] ll
   16: r2 = 0
   17: call bpf_per_cpu_ptr
   18: r8 = r0
; 7: printf("%d %d\n", *$count, *$first);
   19: *(u64 *)(r6 + 0) = 0
   20: r1 = r10
   21: r1 += -24
   22: r2 = 8
   23: r3 = r7
   24: call bpf_probe_read_kernel
   25: r1 = *(u64 *)(r10 - 24)
   26: *(u64 *)(r6 + 8) = r1
   27: r1 = r10
   28: r1 += -24
   29: r2 = 8
   30: r3 = r8
   31: call bpf_probe_read_kernel
   32: r1 = *(u64 *)(r10 - 24)
   33: *(u64 *)(r6 + 16) = r1
   34: r1 = map[ringbuf] ll
   36: r2 = r6
   37: r3 = 24
   38: r4 = 0
   39: call bpf_ringbuf_output
   40: if r0 == 0 goto +8
   41: r1 = map[lost_events] ll
   43: r2 = r10
   44: r2 += -8
   45: call bpf_map_lookup_elem
   46: if r0 == 0 goto +2
   47: r1 = 1
   48: lock *(u64 *)(r0 + 0) += r1
; 8: exit();
   49: *(u64 *)(r6 + 24) = 1
   50: *(u64 *)(r6 + 32) = 0
   51: r1 = map[ringbuf] ll
   53: r6 += 24
   54: r2 = r6
   55: r3 = 16
   56: r4 = 0
   57: call bpf_ringbuf_output
   58: if r0 == 0 goto +8
   59: r1 = map[lost_events] ll
   61: r2 = r10
   62: r2 += -8
   63: call bpf_map_lookup_elem
   64: if r0 == 0 goto +2
   65: r1 = 1
   66: lock *(u64 *)(r0 + 0) += r1
   67: r0 = 0
   68: exit
; 4: interval:s:1 {
   69: r0 = 0
   70: exit
