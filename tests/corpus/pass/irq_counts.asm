tp_irq_irq_handler_entry_0 (tracepoint/irq/irq_handler_entry), stack 24 bytes:
; 2: tracepoint:irq:irq_handler_entry {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +65
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +58
   15: r7 = r0
; 3: @irqs[args.irq] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 8)
   18: r1 <<= 32
   19: r1 s>>= 32
   20: *(u64 *)(r7 + 0) = r1
   21: r1 = map[AT_irqs] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r6 = r0
   26: if r6 != 0 goto +14
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
   40: if r6 == 0 goto +3
   41: r1 = *(u64 *)(r6 + 0)
   42: r1 += 1
   43: *(u64 *)(r6 + 0) = r1
; 4: @per_cpu[cpu] = count();
   44: *(u64 *)(r7 + 8) = 0
   45: call bpf_get_smp_processor_id
   46: *(u64 *)(r7 + 8) = r0
   47: r7 += 8
   48: r1 = map[AT_per_cpu] ll
   50: r2 = r7
   51: call bpf_map_lookup_elem
   52: r6 = r0
   53: if r6 != 0 goto +14
   54: *(u64 *)(r10 - 24) = 0
   55: r3 = r10
   56: r3 += -24
   57: r1 = map[AT_per_cpu] ll
   59: r2 = r7
   60: r4 = 1
   61: call bpf_map_update_elem
   62: r1 = map[AT_per_cpu] ll
   64: r2 = r7
   65: call bpf_map_lookup_elem
   66: r6 = r0
   67: if r6 == 0 goto +3
   68: r1 = *(u64 *)(r6 + 0)
   69: r1 += 1
   70: *(u64 *)(r6 + 0) = r1
   71: r0 = 0
   72: exit
; 2: tracepoint:irq:irq_handler_entry {
   73: r0 = 0
   74: exit
