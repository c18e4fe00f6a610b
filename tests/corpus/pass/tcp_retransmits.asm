tp_tcp_tcp_retransmit_skb_0 (tracepoint/tcp/tcp_retransmit_skb), stack 40 bytes:
; 2: tracepoint:tcp:tcp_retransmit_skb {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +87
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +80
   15: r7 = r0
; 3: @retransmits[args.dport, args.state] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u16 *)(r6 + 30)  ; CO-RE field offset [38265] 0:5
   19: *(u64 *)(r7 + 0) = r1
   20: r1 = *(u32 *)(r6 + 24)  ; CO-RE field offset [38265] 0:3
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u64 *)(r7 + 8) = r1
   24: r1 = map[AT_retransmits] ll
   26: r2 = r7
   27: call bpf_map_lookup_elem
   28: r8 = r0
   29: if r8 != 0 goto +32
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
   43: if r8 != 0 goto +18
   44: *(u64 *)(r7 + 16) = 0
   45: r1 = map[ringbuf] ll
   47: r2 = r7
   48: r2 += 16
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r8 + 0)
   63: r1 += 1
   64: *(u64 *)(r8 + 0) = r1
; 4: @last_family = args.family;
   65: r2 = r10
   66: r2 += -8
   67: r1 = *(u16 *)(r6 + 32)  ; CO-RE field offset [38265] 0:6
   68: *(u64 *)(r10 - 40) = r1
   69: r3 = r10
   70: r3 += -40
   71: r1 = map[AT_last_family] ll
   73: r4 = 0
   74: call bpf_map_update_elem
   75: if r0 != -7 goto +17
   76: *(u64 *)(r7 + 24) = 1
   77: r1 = map[ringbuf] ll
   79: r7 += 24
   80: r2 = r7
   81: r3 = 8
   82: r4 = 0
   83: call bpf_ringbuf_output
   84: if r0 == 0 goto +8
   85: r1 = map[lost_events] ll
   87: r2 = r10
   88: r2 += -8
   89: call bpf_map_lookup_elem
   90: if r0 == 0 goto +2
   91: r1 = 1
   92: lock *(u64 *)(r0 + 0) += r1
   93: r0 = 0
   94: exit
; 2: tracepoint:tcp:tcp_retransmit_skb {
   95: r0 = 0
   96: exit
