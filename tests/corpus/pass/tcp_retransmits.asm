tp_tcp_tcp_retransmit_skb_0 (tracepoint/tcp/tcp_retransmit_skb), stack 40 bytes:
; 2: tracepoint:tcp:tcp_retransmit_skb {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +51
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +44
   15: r7 = r0
; 3: @retransmits[args.dport, args.state] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u16 *)(r6 + 30)
   19: *(u64 *)(r7 + 0) = r1
   20: r1 = *(u32 *)(r6 + 24)
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u64 *)(r7 + 8) = r1
   24: r1 = map[AT_retransmits] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 != 0 goto +14
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_retransmits] ll
   35: r2 = r7
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_retransmits] ll
   40: r2 = r7
   41: call bpf_map_lookup_elem
   42: r8 = r0
   43: if r8 == 0 goto +3
   44: r1 = *(u64 *)(r8 + 0)
   45: r1 += 1
   46: *(u64 *)(r8 + 0) = r1
; 4: @last_family = args.family;
   47: r2 = r10
   48: r2 += -8
   49: r1 = *(u16 *)(r6 + 32)
   50: *(u64 *)(r10 - 40) = r1
   51: r3 = r10
   52: r3 += -40
   53: r1 = map[AT_last_family] ll
   55: r4 = 0
   56: call bpf_map_update_elem
   57: r0 = 0
   58: exit
; 2: tracepoint:tcp:tcp_retransmit_skb {
   59: r0 = 0
   60: exit
