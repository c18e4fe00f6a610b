profile_0 (perf_event), stack 24 bytes:
; 2: profile:ms:10 /pid != 0/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +46
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +39
   14: r6 = r0
   15: call bpf_get_current_pid_tgid
   16: r0 >>= 32
   17: if r0 == 0 goto +35
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
   33: if r7 != 0 goto +14
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
   47: if r7 == 0 goto +3
   48: r1 = *(u64 *)(r7 + 0)
   49: r1 += 1
   50: *(u64 *)(r7 + 0) = r1
   51: r0 = 0
   52: exit
; 2: profile:ms:10 /pid != 0/ {
   53: r0 = 0
   54: exit
