interval_0 (perf_event), stack 24 bytes:
; 2: interval:s:1 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +26
; 3: @seconds++;
    7: r6 = 1
    8: r7 = r10
    9: r7 += -8
   10: r1 = map[AT_seconds] ll
   12: r2 = r7
   13: call bpf_map_lookup_elem
   14: r8 = r0
   15: if r8 != 0 goto +14
   16: *(u64 *)(r10 - 24) = 0
   17: r3 = r10
   18: r3 += -24
   19: r1 = map[AT_seconds] ll
   21: r2 = r7
   22: r4 = 1
   23: call bpf_map_update_elem
   24: r1 = map[AT_seconds] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 == 0 goto +1
   30: lock *(u64 *)(r8 + 0) += r6
   31: r0 = 0
   32: exit
; 2: interval:s:1 {
   33: r0 = 0
   34: exit

interval_1 (perf_event), stack 24 bytes:
; 6: interval:ms:250 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +26
; 7: @quarters++;
    7: r6 = 1
    8: r7 = r10
    9: r7 += -8
   10: r1 = map[AT_quarters] ll
   12: r2 = r7
   13: call bpf_map_lookup_elem
   14: r8 = r0
   15: if r8 != 0 goto +14
   16: *(u64 *)(r10 - 24) = 0
   17: r3 = r10
   18: r3 += -24
   19: r1 = map[AT_quarters] ll
   21: r2 = r7
   22: r4 = 1
   23: call bpf_map_update_elem
   24: r1 = map[AT_quarters] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 == 0 goto +1
   30: lock *(u64 *)(r8 + 0) += r6
   31: r0 = 0
   32: exit
; 6: interval:ms:250 {
   33: r0 = 0
   34: exit

interval_2 (perf_event), stack 24 bytes:
; 10: interval:us:500000 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +26
; 11: @halves++;
    7: r6 = 1
    8: r7 = r10
    9: r7 += -8
   10: r1 = map[AT_halves] ll
   12: r2 = r7
   13: call bpf_map_lookup_elem
   14: r8 = r0
   15: if r8 != 0 goto +14
   16: *(u64 *)(r10 - 24) = 0
   17: r3 = r10
   18: r3 += -24
   19: r1 = map[AT_halves] ll
   21: r2 = r7
   22: r4 = 1
   23: call bpf_map_update_elem
   24: r1 = map[AT_halves] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 == 0 goto +1
   30: lock *(u64 *)(r8 + 0) += r6
   31: r0 = 0
   32: exit
; 10: interval:us:500000 {
   33: r0 = 0
   34: exit

interval_3 (perf_event), stack 24 bytes:
; 14: interval:hz:2 {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +26
; 15: @ticks++;
    7: r6 = 1
    8: r7 = r10
    9: r7 += -8
   10: r1 = map[AT_ticks] ll
   12: r2 = r7
   13: call bpf_map_lookup_elem
   14: r8 = r0
   15: if r8 != 0 goto +14
   16: *(u64 *)(r10 - 24) = 0
   17: r3 = r10
   18: r3 += -24
   19: r1 = map[AT_ticks] ll
   21: r2 = r7
   22: r4 = 1
   23: call bpf_map_update_elem
   24: r1 = map[AT_ticks] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 == 0 goto +1
   30: lock *(u64 *)(r8 + 0) += r6
   31: r0 = 0
   32: exit
; 14: interval:hz:2 {
   33: r0 = 0
   34: exit

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
    8: *(u64 *)(r6 + 0) = 0
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
   24: *(u64 *)(r6 + 8) = 1
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
