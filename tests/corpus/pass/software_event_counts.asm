software_0 (perf_event), stack 24 bytes:
; 2: software:page-faults:1e3 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +38
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +31
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
   25: if r7 != 0 goto +14
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
   39: if r7 == 0 goto +3
   40: r1 = *(u64 *)(r7 + 0)
   41: r1 += 1
   42: *(u64 *)(r7 + 0) = r1
   43: r0 = 0
   44: exit
; 2: software:page-faults:1e3 {
   45: r0 = 0
   46: exit

software_1 (perf_event), stack 24 bytes:
; 6: software:cpu-clock:10_000 {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +34
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +27
; 7: @clock = count();
   14: r6 = r10
   15: r6 += -8
   16: r1 = map[AT_clock] ll
   18: r2 = r6
   19: call bpf_map_lookup_elem
   20: r7 = r0
   21: if r7 != 0 goto +14
   22: *(u64 *)(r10 - 24) = 0
   23: r3 = r10
   24: r3 += -24
   25: r1 = map[AT_clock] ll
   27: r2 = r6
   28: r4 = 1
   29: call bpf_map_update_elem
   30: r1 = map[AT_clock] ll
   32: r2 = r6
   33: call bpf_map_lookup_elem
   34: r7 = r0
   35: if r7 == 0 goto +3
   36: r1 = *(u64 *)(r7 + 0)
   37: r1 += 1
   38: *(u64 *)(r7 + 0) = r1
   39: r0 = 0
   40: exit
; 6: software:cpu-clock:10_000 {
   41: r0 = 0
   42: exit
