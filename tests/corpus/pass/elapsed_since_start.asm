interval_0 (perf_event), stack 8 bytes:
; 2: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +54
    7: r6 = r0
; 3: printf("%d s elapsed\n", elapsed / 1000000000);
    8: *(u64 *)(r6 + 0) = 0
    9: call bpf_ktime_get_boot_ns
   10: r1 = .rodata + 0 ll
   12: r1 = *(u64 *)(r1 + 0)
   13: r0 -= r1
   14: r0 /= 1000000000
   15: *(u64 *)(r6 + 8) = r0
   16: r1 = map[ringbuf] ll
   18: r2 = r6
   19: r3 = 16
   20: r4 = 0
   21: call bpf_ringbuf_output
   22: if r0 == 0 goto +8
   23: r1 = map[lost_events] ll
   25: r2 = r10
   26: r2 += -8
   27: call bpf_map_lookup_elem
   28: if r0 == 0 goto +2
   29: r1 = 1
   30: lock *(u64 *)(r0 + 0) += r1
; 4: if (elapsed > 10s) {
   31: call bpf_ktime_get_boot_ns
   32: r1 = .rodata + 0 ll
   34: r1 = *(u64 *)(r1 + 0)
   35: r0 -= r1
   36: r1 = 10000000000 ll
   38: if r0 <= r1 goto +20
; 5: exit();
   39: *(u64 *)(r6 + 16) = 1
   40: *(u64 *)(r6 + 24) = 0
   41: r1 = map[ringbuf] ll
   43: r6 += 16
   44: r2 = r6
   45: r3 = 16
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +8
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +2
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: r0 = 0
   58: exit
   59: r0 = 0
   60: exit
; 2: interval:s:1 {
   61: r0 = 0
   62: exit
