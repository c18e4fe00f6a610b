kprobe_tcp_sendmsg_0 (kprobe/tcp_sendmsg), stack 24 bytes:
; 2: kprobe:tcp_sendmsg {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +110
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +103
   15: r7 = r0
; 3: @size = hist(arg2);
   16: r1 = *(u64 *)(r6 + 96)
   17: *(u64 *)(r7 + 0) = 0
   18: *(u64 *)(r7 + 8) = 0
   19: if r1 s< 0 goto +40
   20: if r1 > 0 goto +3
   21: r2 = r1
   22: r2 += 1
   23: goto +37
   24: r3 = r1
   25: r4 = 0
   26: r5 = 4294967296 ll
   28: if r3 < r5 goto +2
   29: r3 >>= 32
   30: r4 += 32
   31: r5 = 65536
   32: if r3 < r5 goto +2
   33: r3 >>= 16
   34: r4 += 16
   35: r5 = 256
   36: if r3 < r5 goto +2
   37: r3 >>= 8
   38: r4 += 8
   39: r5 = 16
   40: if r3 < r5 goto +2
   41: r3 >>= 4
   42: r4 += 4
   43: r5 = 4
   44: if r3 < r5 goto +2
   45: r3 >>= 2
   46: r4 += 2
   47: r5 = 2
   48: if r3 < r5 goto +2
   49: r3 >>= 1
   50: r4 += 1
   51: r4 -= 0
   52: r1 >>= r4
   53: r1 &= 0
   54: r4 += 1
   55: r4 <<= 0
   56: r4 += r1
   57: r2 = r4
   58: r2 += 1
   59: goto +1
   60: r2 = 0
   61: *(u64 *)(r7 + 8) = r2
   62: r1 = map[AT_size] ll
   64: r2 = r7
   65: call bpf_map_lookup_elem
   66: r8 = r0
   67: if r8 != 0 goto +14
   68: *(u64 *)(r10 - 24) = 0
   69: r3 = r10
   70: r3 += -24
   71: r1 = map[AT_size] ll
   73: r2 = r7
   74: r4 = 1
   75: call bpf_map_update_elem
   76: r1 = map[AT_size] ll
   78: r2 = r7
   79: call bpf_map_lookup_elem
   80: r8 = r0
   81: if r8 == 0 goto +3
   82: r1 = *(u64 *)(r8 + 0)
   83: r1 += 1
   84: *(u64 *)(r8 + 0) = r1
; 4: @senders[comm] = sum(arg2);
   85: r6 = *(u64 *)(r6 + 96)
   86: *(u64 *)(r7 + 16) = 0
   87: *(u64 *)(r7 + 24) = 0
   88: r1 = r7
   89: r1 += 16
   90: r2 = 16
   91: call bpf_get_current_comm
   92: r7 += 16
   93: r1 = map[AT_senders] ll
   95: r2 = r7
   96: call bpf_map_lookup_elem
   97: r8 = r0
   98: if r8 != 0 goto +14
   99: *(u64 *)(r10 - 24) = 0
  100: r3 = r10
  101: r3 += -24
  102: r1 = map[AT_senders] ll
  104: r2 = r7
  105: r4 = 1
  106: call bpf_map_update_elem
  107: r1 = map[AT_senders] ll
  109: r2 = r7
  110: call bpf_map_lookup_elem
  111: r8 = r0
  112: if r8 == 0 goto +3
  113: r1 = *(u64 *)(r8 + 0)
  114: r1 += r6
  115: *(u64 *)(r8 + 0) = r1
  116: r0 = 0
  117: exit
; 2: kprobe:tcp_sendmsg {
  118: r0 = 0
  119: exit

end_0 (raw_tp), stack 8 bytes:
; 7: END {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +36
    7: r6 = r0
; 8: print(@senders, 5);
    8: *(u64 *)(r6 + 0) = 0
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
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
; 9: clear(@senders);
   24: *(u64 *)(r6 + 8) = 1
   25: r1 = map[ringbuf] ll
   27: r6 += 8
   28: r2 = r6
   29: r3 = 8
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
   41: r0 = 0
   42: exit
; 7: END {
   43: r0 = 0
   44: exit
