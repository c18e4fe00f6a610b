interval_0 (perf_event), stack 24 bytes:
; 2: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +44
    7: r6 = r0
; 3: @seconds++;
    8: r7 = 1
    9: r8 = r10
   10: r8 += -8
   11: r1 = map[AT_seconds] ll
   13: r2 = r8
   14: call bpf_map_lookup_elem
   15: r9 = r0
   16: if r9 != 0 goto +31
   17: *(u64 *)(r10 - 24) = 0
   18: r3 = r10
   19: r3 += -24
   20: r1 = map[AT_seconds] ll
   22: r2 = r8
   23: r4 = 1
   24: call bpf_map_update_elem
   25: r1 = map[AT_seconds] ll
   27: r2 = r8
   28: call bpf_map_lookup_elem
   29: r9 = r0
   30: if r9 != 0 goto +17
   31: *(u64 *)(r6 + 0) = 0
   32: r1 = map[ringbuf] ll
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +10
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +4
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: goto +1
   48: lock *(u64 *)(r9 + 0) += r7
   49: r0 = 0
   50: exit
; 2: interval:s:1 {
   51: r0 = 0
   52: exit

interval_1 (perf_event), stack 24 bytes:
; 6: interval:ms:250 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +44
    7: r6 = r0
; 7: @quarters++;
    8: r7 = 1
    9: r8 = r10
   10: r8 += -8
   11: r1 = map[AT_quarters] ll
   13: r2 = r8
   14: call bpf_map_lookup_elem
   15: r9 = r0
   16: if r9 != 0 goto +31
   17: *(u64 *)(r10 - 24) = 0
   18: r3 = r10
   19: r3 += -24
   20: r1 = map[AT_quarters] ll
   22: r2 = r8
   23: r4 = 1
   24: call bpf_map_update_elem
   25: r1 = map[AT_quarters] ll
   27: r2 = r8
   28: call bpf_map_lookup_elem
   29: r9 = r0
   30: if r9 != 0 goto +17
   31: *(u64 *)(r6 + 0) = 1
   32: r1 = map[ringbuf] ll
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +10
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +4
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: goto +1
   48: lock *(u64 *)(r9 + 0) += r7
   49: r0 = 0
   50: exit
; 6: interval:ms:250 {
   51: r0 = 0
   52: exit

interval_2 (perf_event), stack 24 bytes:
; 10: interval:us:500000 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +44
    7: r6 = r0
; 11: @halves++;
    8: r7 = 1
    9: r8 = r10
   10: r8 += -8
   11: r1 = map[AT_halves] ll
   13: r2 = r8
   14: call bpf_map_lookup_elem
   15: r9 = r0
   16: if r9 != 0 goto +31
   17: *(u64 *)(r10 - 24) = 0
   18: r3 = r10
   19: r3 += -24
   20: r1 = map[AT_halves] ll
   22: r2 = r8
   23: r4 = 1
   24: call bpf_map_update_elem
   25: r1 = map[AT_halves] ll
   27: r2 = r8
   28: call bpf_map_lookup_elem
   29: r9 = r0
   30: if r9 != 0 goto +17
   31: *(u64 *)(r6 + 0) = 2
   32: r1 = map[ringbuf] ll
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +10
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +4
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: goto +1
   48: lock *(u64 *)(r9 + 0) += r7
   49: r0 = 0
   50: exit
; 10: interval:us:500000 {
   51: r0 = 0
   52: exit

interval_3 (perf_event), stack 24 bytes:
; 14: interval:hz:2 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +44
    7: r6 = r0
; 15: @ticks++;
    8: r7 = 1
    9: r8 = r10
   10: r8 += -8
   11: r1 = map[AT_ticks] ll
   13: r2 = r8
   14: call bpf_map_lookup_elem
   15: r9 = r0
   16: if r9 != 0 goto +31
   17: *(u64 *)(r10 - 24) = 0
   18: r3 = r10
   19: r3 += -24
   20: r1 = map[AT_ticks] ll
   22: r2 = r8
   23: r4 = 1
   24: call bpf_map_update_elem
   25: r1 = map[AT_ticks] ll
   27: r2 = r8
   28: call bpf_map_lookup_elem
   29: r9 = r0
   30: if r9 != 0 goto +17
   31: *(u64 *)(r6 + 0) = 3
   32: r1 = map[ringbuf] ll
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +10
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +4
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: goto +1
   48: lock *(u64 *)(r9 + 0) += r7
   49: r0 = 0
   50: exit
; 14: interval:hz:2 {
   51: r0 = 0
   52: exit

interval_4 (perf_event), stack 8 bytes:
; 18: interval:5s {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +37
    7: r6 = r0
; 19: print(@seconds);
    8: *(u64 *)(r6 + 0) = 4
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
; 20: exit();
   24: *(u64 *)(r6 + 8) = 5
   25: *(u64 *)(r6 + 16) = 0
   26: r1 = map[ringbuf] ll
   28: r6 += 8
   29: r2 = r6
   30: r3 = 16
   31: r4 = 0
   32: call bpf_ringbuf_output
   33: if r0 == 0 goto +8
   34: r1 = map[lost_events] ll
   36: r2 = r10
   37: r2 += -8
   38: call bpf_map_lookup_elem
   39: if r0 == 0 goto +2
   40: r1 = 1
   41: lock *(u64 *)(r0 + 0) += r1
   42: r0 = 0
   43: exit
; 18: interval:5s {
   44: r0 = 0
   45: exit
