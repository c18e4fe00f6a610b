tp_skb_kfree_skb_0 (tracepoint/skb/kfree_skb), stack 24 bytes:
; 2: tracepoint:skb:kfree_skb {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +100
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +93
   15: r7 = r0
; 3: @drops[args.reason] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u32 *)(r6 + 36)  ; CO-RE field offset [38124] 0:5
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_drops] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r8 = r0
   24: if r8 != 0 goto +32
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
; 4: @protocols[args.protocol] = count();
   60: *(u64 *)(r7 + 16) = 0
   61: r1 = *(u16 *)(r6 + 32)  ; CO-RE field offset [38124] 0:4
   62: *(u64 *)(r7 + 16) = r1
   63: r6 = r7
   64: r6 += 16
   65: r1 = map[AT_protocols] ll
   67: r2 = r6
   68: call bpf_map_lookup_elem
   69: r8 = r0
   70: if r8 != 0 goto +32
   71: *(u64 *)(r10 - 24) = 0
   72: r3 = r10
   73: r3 += -24
   74: r1 = map[AT_protocols] ll
   76: r2 = r6
   77: r4 = 1
   78: call bpf_map_update_elem
   79: r1 = map[AT_protocols] ll
   81: r2 = r6
   82: call bpf_map_lookup_elem
   83: r8 = r0
   84: if r8 != 0 goto +18
   85: *(u64 *)(r7 + 24) = 1
   86: r1 = map[ringbuf] ll
   88: r7 += 24
   89: r2 = r7
   90: r3 = 8
   91: r4 = 0
   92: call bpf_ringbuf_output
   93: if r0 == 0 goto +12
   94: r1 = map[lost_events] ll
   96: r2 = r10
   97: r2 += -8
   98: call bpf_map_lookup_elem
   99: if r0 == 0 goto +6
  100: r1 = 1
  101: lock *(u64 *)(r0 + 0) += r1
  102: goto +3
  103: r1 = *(u64 *)(r8 + 0)
  104: r1 += 1
  105: *(u64 *)(r8 + 0) = r1
  106: r0 = 0
  107: exit
; 2: tracepoint:skb:kfree_skb {
  108: r0 = 0
  109: exit
