tp_irq_irq_handler_entry_0 (tracepoint/irq/irq_handler_entry), stack 24 bytes:
; 2: tracepoint:irq:irq_handler_entry {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +102
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +95
   15: r7 = r0
; 3: @irqs[args.irq] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [9704] 0:1
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: r1 = map[AT_irqs] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r6 = r0
   26: if r6 != 0 goto +32
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_irqs] ll
   32: r2 = r7
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_irqs] ll
   37: r2 = r7
   38: call bpf_map_lookup_elem
   39: r6 = r0
   40: if r6 != 0 goto +18
   41: *(u64 *)(r7 + 8) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r2 += 8
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +12
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +6
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: goto +3
   59: r1 = *(u64 *)(r6 + 0)
   60: r1 += 1
   61: *(u64 *)(r6 + 0) = r1
; 4: @per_cpu[cpu] = count();
   62: *(u64 *)(r7 + 16) = 0
   63: call bpf_get_smp_processor_id
   64: *(u64 *)(r7 + 16) = r0
   65: r6 = r7
   66: r6 += 16
   67: r1 = map[AT_per_cpu] ll
   69: r2 = r6
   70: call bpf_map_lookup_elem
   71: r8 = r0
   72: if r8 != 0 goto +32
   73: *(u64 *)(r10 - 24) = 0
   74: r3 = r10
   75: r3 += -24
   76: r1 = map[AT_per_cpu] ll
   78: r2 = r6
   79: r4 = 1
   80: call bpf_map_update_elem
   81: r1 = map[AT_per_cpu] ll
   83: r2 = r6
   84: call bpf_map_lookup_elem
   85: r8 = r0
   86: if r8 != 0 goto +18
   87: *(u64 *)(r7 + 24) = 1
   88: r1 = map[ringbuf] ll
   90: r7 += 24
   91: r2 = r7
   92: r3 = 8
   93: r4 = 0
   94: call bpf_ringbuf_output
   95: if r0 == 0 goto +12
   96: r1 = map[lost_events] ll
   98: r2 = r10
   99: r2 += -8
  100: call bpf_map_lookup_elem
  101: if r0 == 0 goto +6
  102: r1 = 1
  103: lock *(u64 *)(r0 + 0) += r1
  104: goto +3
  105: r1 = *(u64 *)(r8 + 0)
  106: r1 += 1
  107: *(u64 *)(r8 + 0) = r1
  108: r0 = 0
  109: exit
; 2: tracepoint:irq:irq_handler_entry {
  110: r0 = 0
  111: exit
