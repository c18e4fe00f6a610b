tp_sched_sched_switch_0 (tracepoint/sched/sched_switch), stack 24 bytes:
; 2: tracepoint:sched:sched_switch {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +103
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +96
   15: r7 = r0
; 3: @switches[cpu] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_smp_processor_id
   18: *(u64 *)(r7 + 0) = r0
   19: r1 = map[AT_switches] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r8 = r0
   24: if r8 != 0 goto +32
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_switches] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_switches] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r8 = r0
   38: if r8 != 0 goto +18
   39: *(u64 *)(r7 + 8) = 0
   40: r1 = map[ringbuf] ll
   42: r2 = r7
   43: r2 += 8
   44: r3 = 8
   45: r4 = 0
   46: call bpf_ringbuf_output
   47: if r0 == 0 goto +12
   48: r1 = map[lost_events] ll
   50: r2 = r10
   51: r2 += -8
   52: call bpf_map_lookup_elem
   53: if r0 == 0 goto +6
   54: r1 = 1
   55: lock *(u64 *)(r0 + 0) += r1
   56: goto +3
   57: r1 = *(u64 *)(r8 + 0)
   58: r1 += 1
   59: *(u64 *)(r8 + 0) = r1
; 4: @next[args.next_comm] = count();
   60: *(u64 *)(r7 + 16) = 0
   61: *(u64 *)(r7 + 24) = 0
   62: r1 = *(u64 *)(r6 + 40)
   63: *(u64 *)(r7 + 16) = r1
   64: r1 = *(u64 *)(r6 + 48)
   65: *(u64 *)(r7 + 24) = r1
   66: r6 = r7
   67: r6 += 16
   68: r1 = map[AT_next] ll
   70: r2 = r6
   71: call bpf_map_lookup_elem
   72: r8 = r0
   73: if r8 != 0 goto +32
   74: *(u64 *)(r10 - 24) = 0
   75: r3 = r10
   76: r3 += -24
   77: r1 = map[AT_next] ll
   79: r2 = r6
   80: r4 = 1
   81: call bpf_map_update_elem
   82: r1 = map[AT_next] ll
   84: r2 = r6
   85: call bpf_map_lookup_elem
   86: r8 = r0
   87: if r8 != 0 goto +18
   88: *(u64 *)(r7 + 32) = 1
   89: r1 = map[ringbuf] ll
   91: r7 += 32
   92: r2 = r7
   93: r3 = 8
   94: r4 = 0
   95: call bpf_ringbuf_output
   96: if r0 == 0 goto +12
   97: r1 = map[lost_events] ll
   99: r2 = r10
  100: r2 += -8
  101: call bpf_map_lookup_elem
  102: if r0 == 0 goto +6
  103: r1 = 1
  104: lock *(u64 *)(r0 + 0) += r1
  105: goto +3
  106: r1 = *(u64 *)(r8 + 0)
  107: r1 += 1
  108: *(u64 *)(r8 + 0) = r1
  109: r0 = 0
  110: exit
; 2: tracepoint:sched:sched_switch {
  111: r0 = 0
  112: exit

interval_0 (perf_event), stack 8 bytes:
; 7: interval:s:10 {
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
; 7: interval:s:10 {
   26: r0 = 0
   27: exit
