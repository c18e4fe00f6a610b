tp_skb_kfree_skb_0 (tracepoint/skb/kfree_skb), stack 24 bytes:
; 2: tracepoint:skb:kfree_skb {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +63
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +56
   15: r7 = r0
; 3: @drops[args.reason] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 36)
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_drops] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r8 = r0
   24: if r8 != 0 goto +14
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_drops] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_drops] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r8 = r0
   38: if r8 == 0 goto +3
   39: r1 = *(u64 *)(r8 + 0)
   40: r1 += 1
   41: *(u64 *)(r8 + 0) = r1
; 4: @protocols[args.protocol] = count();
   42: *(u64 *)(r7 + 8) = 0
   43: r1 = *(u16 *)(r6 + 32)
   44: *(u64 *)(r7 + 8) = r1
   45: r7 += 8
   46: r1 = map[AT_protocols] ll
   48: r2 = r7
   49: call bpf_map_lookup_elem
   50: r6 = r0
   51: if r6 != 0 goto +14
   52: *(u64 *)(r10 - 24) = 0
   53: r3 = r10
   54: r3 += -24
   55: r1 = map[AT_protocols] ll
   57: r2 = r7
   58: r4 = 1
   59: call bpf_map_update_elem
   60: r1 = map[AT_protocols] ll
   62: r2 = r7
   63: call bpf_map_lookup_elem
   64: r6 = r0
   65: if r6 == 0 goto +3
   66: r1 = *(u64 *)(r6 + 0)
   67: r1 += 1
   68: *(u64 *)(r6 + 0) = r1
   69: r0 = 0
   70: exit
; 2: tracepoint:skb:kfree_skb {
   71: r0 = 0
   72: exit
