tp_sched_sched_switch_0 (tracepoint/sched/sched_switch), stack 24 bytes:
; 2: tracepoint:sched:sched_switch /strncmp(args.next_comm, "sys", 3) == 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +76
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +69
   15: r7 = r0
   16: r1 = *(u64 *)(r6 + 40)
   17: *(u64 *)(r7 + 0) = r1
   18: r1 = *(u64 *)(r6 + 48)
   19: *(u64 *)(r7 + 8) = r1
   20: r1 = *(u8 *)(r7 + 0)
   21: if r1 != 115 goto +9
   22: if r1 == 0 goto +6
   23: r1 = *(u8 *)(r7 + 1)
   24: if r1 != 121 goto +6
   25: if r1 == 0 goto +3
   26: r1 = *(u8 *)(r7 + 2)
   27: if r1 != 115 goto +3
   28: if r1 == 0 goto +0
   29: r1 = 0
   30: goto +1
   31: r1 = 1
   32: if r1 != 0 goto +51
; 3: @[args.next_comm] = count();
   33: *(u64 *)(r7 + 16) = 0
   34: *(u64 *)(r7 + 24) = 0
   35: r1 = *(u64 *)(r6 + 40)
   36: *(u64 *)(r7 + 16) = r1
   37: r1 = *(u64 *)(r6 + 48)
   38: *(u64 *)(r7 + 24) = r1
   39: r6 = r7
   40: r6 += 16
   41: r1 = map[AT_] ll
   43: r2 = r6
   44: call bpf_map_lookup_elem
   45: r8 = r0
   46: if r8 != 0 goto +32
   47: *(u64 *)(r10 - 24) = 0
   48: r3 = r10
   49: r3 += -24
   50: r1 = map[AT_] ll
   52: r2 = r6
   53: r4 = 1
   54: call bpf_map_update_elem
   55: r1 = map[AT_] ll
   57: r2 = r6
   58: call bpf_map_lookup_elem
   59: r8 = r0
   60: if r8 != 0 goto +18
   61: *(u64 *)(r7 + 32) = 0
   62: r1 = map[ringbuf] ll
   64: r7 += 32
   65: r2 = r7
   66: r3 = 8
   67: r4 = 0
   68: call bpf_ringbuf_output
   69: if r0 == 0 goto +12
   70: r1 = map[lost_events] ll
   72: r2 = r10
   73: r2 += -8
   74: call bpf_map_lookup_elem
   75: if r0 == 0 goto +6
   76: r1 = 1
   77: lock *(u64 *)(r0 + 0) += r1
   78: goto +3
   79: r1 = *(u64 *)(r8 + 0)
   80: r1 += 1
   81: *(u64 *)(r8 + 0) = r1
   82: r0 = 0
   83: exit
; 2: tracepoint:sched:sched_switch /strncmp(args.next_comm, "sys", 3) == 0/ {
   84: r0 = 0
   85: exit
