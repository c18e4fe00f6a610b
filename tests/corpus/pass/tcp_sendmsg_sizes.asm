kprobe_tcp_sendmsg_0 (kprobe/tcp_sendmsg), stack 24 bytes:
; 2: kprobe:tcp_sendmsg {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +147
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +140
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
   67: if r8 != 0 goto +32
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
   81: if r8 != 0 goto +18
   82: *(u64 *)(r7 + 16) = 0
   83: r1 = map[ringbuf] ll
   85: r2 = r7
   86: r2 += 16
   87: r3 = 8
   88: r4 = 0
   89: call bpf_ringbuf_output
   90: if r0 == 0 goto +12
   91: r1 = map[lost_events] ll
   93: r2 = r10
   94: r2 += -8
   95: call bpf_map_lookup_elem
   96: if r0 == 0 goto +6
   97: r1 = 1
   98: lock *(u64 *)(r0 + 0) += r1
   99: goto +3
  100: r1 = *(u64 *)(r8 + 0)
  101: r1 += 1
  102: *(u64 *)(r8 + 0) = r1
; 4: @senders[comm] = sum(arg2);
  103: r6 = *(u64 *)(r6 + 96)
  104: *(u64 *)(r7 + 24) = 0
  105: *(u64 *)(r7 + 32) = 0
  106: r1 = r7
  107: r1 += 24
  108: r2 = 16
  109: call bpf_get_current_comm
  110: r8 = r7
  111: r8 += 24
  112: r1 = map[AT_senders] ll
  114: r2 = r8
  115: call bpf_map_lookup_elem
  116: r9 = r0
  117: if r9 != 0 goto +32
  118: *(u64 *)(r10 - 24) = 0
  119: r3 = r10
  120: r3 += -24
  121: r1 = map[AT_senders] ll
  123: r2 = r8
  124: r4 = 1
  125: call bpf_map_update_elem
  126: r1 = map[AT_senders] ll
  128: r2 = r8
  129: call bpf_map_lookup_elem
  130: r9 = r0
  131: if r9 != 0 goto +18
  132: *(u64 *)(r7 + 40) = 1
  133: r1 = map[ringbuf] ll
  135: r7 += 40
  136: r2 = r7
  137: r3 = 8
  138: r4 = 0
  139: call bpf_ringbuf_output
  140: if r0 == 0 goto +12
  141: r1 = map[lost_events] ll
  143: r2 = r10
  144: r2 += -8
  145: call bpf_map_lookup_elem
  146: if r0 == 0 goto +6
  147: r1 = 1
  148: lock *(u64 *)(r0 + 0) += r1
  149: goto +3
  150: r1 = *(u64 *)(r9 + 0)
  151: r1 += r6
  152: *(u64 *)(r9 + 0) = r1
  153: r0 = 0
  154: exit
; 2: kprobe:tcp_sendmsg {
  155: r0 = 0
  156: exit

fentry_for_kprobe_tcp_sendmsg_0 (fentry/tcp_sendmsg), stack 24 bytes:
; 2: kprobe:tcp_sendmsg {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +147
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +140
   15: r7 = r0
; 3: @size = hist(arg2);
   16: r1 = *(u64 *)(r6 + 16)
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
   67: if r8 != 0 goto +32
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
   81: if r8 != 0 goto +18
   82: *(u64 *)(r7 + 16) = 0
   83: r1 = map[ringbuf] ll
   85: r2 = r7
   86: r2 += 16
   87: r3 = 8
   88: r4 = 0
   89: call bpf_ringbuf_output
   90: if r0 == 0 goto +12
   91: r1 = map[lost_events] ll
   93: r2 = r10
   94: r2 += -8
   95: call bpf_map_lookup_elem
   96: if r0 == 0 goto +6
   97: r1 = 1
   98: lock *(u64 *)(r0 + 0) += r1
   99: goto +3
  100: r1 = *(u64 *)(r8 + 0)
  101: r1 += 1
  102: *(u64 *)(r8 + 0) = r1
; 4: @senders[comm] = sum(arg2);
  103: r6 = *(u64 *)(r6 + 16)
  104: *(u64 *)(r7 + 24) = 0
  105: *(u64 *)(r7 + 32) = 0
  106: r1 = r7
  107: r1 += 24
  108: r2 = 16
  109: call bpf_get_current_comm
  110: r8 = r7
  111: r8 += 24
  112: r1 = map[AT_senders] ll
  114: r2 = r8
  115: call bpf_map_lookup_elem
  116: r9 = r0
  117: if r9 != 0 goto +32
  118: *(u64 *)(r10 - 24) = 0
  119: r3 = r10
  120: r3 += -24
  121: r1 = map[AT_senders] ll
  123: r2 = r8
  124: r4 = 1
  125: call bpf_map_update_elem
  126: r1 = map[AT_senders] ll
  128: r2 = r8
  129: call bpf_map_lookup_elem
  130: r9 = r0
  131: if r9 != 0 goto +18
  132: *(u64 *)(r7 + 40) = 1
  133: r1 = map[ringbuf] ll
  135: r7 += 40
  136: r2 = r7
  137: r3 = 8
  138: r4 = 0
  139: call bpf_ringbuf_output
  140: if r0 == 0 goto +12
  141: r1 = map[lost_events] ll
  143: r2 = r10
  144: r2 += -8
  145: call bpf_map_lookup_elem
  146: if r0 == 0 goto +6
  147: r1 = 1
  148: lock *(u64 *)(r0 + 0) += r1
  149: goto +3
  150: r1 = *(u64 *)(r9 + 0)
  151: r1 += r6
  152: *(u64 *)(r9 + 0) = r1
  153: r0 = 0
  154: exit
; 2: kprobe:tcp_sendmsg {
  155: r0 = 0
  156: exit

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
    8: *(u64 *)(r6 + 0) = 2
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
   24: *(u64 *)(r6 + 8) = 3
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
