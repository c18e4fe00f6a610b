tp_irq_irq_handler_entry_0 (tracepoint/irq/irq_handler_entry), stack 24 bytes:
; 2: tracepoint:irq:irq_handler_entry {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +72
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +65
   15: r7 = r0
; 3: @irq[cpu] = lhist(args.irq, 0, 256, 16);
   16: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [9704] 0:1
   17: r1 <<= 32
   18: r6 = r1
   19: r6 s>>= 32
   20: *(u64 *)(r7 + 0) = 0
   21: *(u64 *)(r7 + 8) = 0
   22: call bpf_get_smp_processor_id
   23: *(u64 *)(r7 + 0) = r0
   24: r1 = 0
   25: r2 = 256
   26: if r6 s< r1 goto +8
   27: if r6 s>= r2 goto +5
   28: r6 -= r1
   29: r1 = 16
   30: r6 /= r1
   31: r6 += 1
   32: goto +3
   33: r6 = 17
   34: goto +1
   35: r6 = 0
   36: *(u64 *)(r7 + 8) = r6
   37: r1 = map[AT_irq] ll
   39: r2 = r7
   40: call bpf_map_lookup_elem
   41: r6 = r0
   42: if r6 != 0 goto +32
   43: *(u64 *)(r10 - 24) = 0
   44: r3 = r10
   45: r3 += -24
   46: r1 = map[AT_irq] ll
   48: r2 = r7
   49: r4 = 1
   50: call bpf_map_update_elem
   51: r1 = map[AT_irq] ll
   53: r2 = r7
   54: call bpf_map_lookup_elem
   55: r6 = r0
   56: if r6 != 0 goto +18
   57: *(u64 *)(r7 + 16) = 0
   58: r1 = map[ringbuf] ll
   60: r7 += 16
   61: r2 = r7
   62: r3 = 8
   63: r4 = 0
   64: call bpf_ringbuf_output
   65: if r0 == 0 goto +12
   66: r1 = map[lost_events] ll
   68: r2 = r10
   69: r2 += -8
   70: call bpf_map_lookup_elem
   71: if r0 == 0 goto +6
   72: r1 = 1
   73: lock *(u64 *)(r0 + 0) += r1
   74: goto +3
   75: r1 = *(u64 *)(r6 + 0)
   76: r1 += 1
   77: *(u64 *)(r6 + 0) = r1
   78: r0 = 0
   79: exit
; 2: tracepoint:irq:irq_handler_entry {
   80: r0 = 0
   81: exit
