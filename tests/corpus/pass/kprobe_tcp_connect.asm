kprobe_tcp_connect_0 (kprobe/tcp_connect), stack 32 bytes:
; 3: kprobe:tcp_connect {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +93
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +86
   15: r7 = r0
   16: r8 = 0
   17: r9 = 0
   18: r1 = 0
   19: *(u64 *)(r10 - 32) = r1
; 4: $sk = (struct sock *)arg0;
   20: r1 = *(u64 *)(r6 + 112)
   21: r8 = r1
; 5: $family = $sk->__sk_common.skc_family;
   22: r3 = r8
   23: r3 += 16  ; CO-RE field offset [2953] 0:0:3
   24: r1 = r10
   25: r1 += -24
   26: r2 = 2
   27: call bpf_probe_read_kernel
   28: r1 = *(u16 *)(r10 - 24)
   29: r9 = r1
; 6: $dport = $sk->__sk_common.skc_dport;
   30: r8 += 12  ; CO-RE field offset [2953] 0:0:2:1:0
   31: r1 = r10
   32: r1 += -24
   33: r2 = 2
   34: r3 = r8
   35: call bpf_probe_read_kernel
   36: r1 = *(u16 *)(r10 - 24)
   37: *(u64 *)(r10 - 32) = r1
; 7: $dport = ($dport >> 8) | (($dport << 8) & 0xff00);
   38: r1 = *(u64 *)(r10 - 32)
   39: r1 >>= 8
   40: r2 = *(u64 *)(r10 - 32)
   41: r2 <<= 8
   42: r2 &= 65280
   43: r1 |= r2
   44: *(u64 *)(r10 - 32) = r1
; 8: if ($family == AF_INET) {
   45: if r9 != 2 goto +26
; 9: printf("%-6d %-16s v4 port %d\n", pid, comm, $dport);
   46: *(u64 *)(r7 + 0) = 0
   47: call bpf_get_current_pid_tgid
   48: r0 >>= 32
   49: *(u32 *)(r7 + 8) = r0
   50: r1 = r7
   51: r1 += 16
   52: r2 = 16
   53: call bpf_get_current_comm
   54: r1 = *(u64 *)(r10 - 32)
   55: *(u64 *)(r7 + 32) = r1
   56: r1 = map[ringbuf] ll
   58: r2 = r7
   59: r3 = 40
   60: r4 = 0
   61: call bpf_ringbuf_output
   62: if r0 == 0 goto +36
   63: r1 = map[lost_events] ll
   65: r2 = r10
   66: r2 += -8
   67: call bpf_map_lookup_elem
   68: if r0 == 0 goto +30
   69: r1 = 1
   70: lock *(u64 *)(r0 + 0) += r1
   71: goto +27
; 11: printf("%-6d %-16s family %d port %d\n", pid, comm, $family, $dport);
   72: *(u64 *)(r7 + 40) = 1
   73: call bpf_get_current_pid_tgid
   74: r0 >>= 32
   75: *(u32 *)(r7 + 48) = r0
   76: r1 = r7
   77: r1 += 56
   78: r2 = 16
   79: call bpf_get_current_comm
   80: *(u64 *)(r7 + 72) = r9
   81: r1 = *(u64 *)(r10 - 32)
   82: *(u64 *)(r7 + 80) = r1
   83: r1 = map[ringbuf] ll
   85: r7 += 40
   86: r2 = r7
   87: r3 = 48
   88: r4 = 0
   89: call bpf_ringbuf_output
   90: if r0 == 0 goto +8
   91: r1 = map[lost_events] ll
   93: r2 = r10
   94: r2 += -8
   95: call bpf_map_lookup_elem
   96: if r0 == 0 goto +2
   97: r1 = 1
   98: lock *(u64 *)(r0 + 0) += r1
   99: r0 = 0
  100: exit
; 3: kprobe:tcp_connect {
  101: r0 = 0
  102: exit

fentry_for_kprobe_tcp_connect_0 (fentry/tcp_connect), stack 32 bytes:
; 3: kprobe:tcp_connect {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +93
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +86
   15: r7 = r0
   16: r8 = 0
   17: r9 = 0
   18: r1 = 0
   19: *(u64 *)(r10 - 32) = r1
; 4: $sk = (struct sock *)arg0;
   20: r1 = *(u64 *)(r6 + 0)
   21: r8 = r1
; 5: $family = $sk->__sk_common.skc_family;
   22: r3 = r8
   23: r3 += 16  ; CO-RE field offset [2953] 0:0:3
   24: r1 = r10
   25: r1 += -24
   26: r2 = 2
   27: call bpf_probe_read_kernel
   28: r1 = *(u16 *)(r10 - 24)
   29: r9 = r1
; 6: $dport = $sk->__sk_common.skc_dport;
   30: r8 += 12  ; CO-RE field offset [2953] 0:0:2:1:0
   31: r1 = r10
   32: r1 += -24
   33: r2 = 2
   34: r3 = r8
   35: call bpf_probe_read_kernel
   36: r1 = *(u16 *)(r10 - 24)
   37: *(u64 *)(r10 - 32) = r1
; 7: $dport = ($dport >> 8) | (($dport << 8) & 0xff00);
   38: r1 = *(u64 *)(r10 - 32)
   39: r1 >>= 8
   40: r2 = *(u64 *)(r10 - 32)
   41: r2 <<= 8
   42: r2 &= 65280
   43: r1 |= r2
   44: *(u64 *)(r10 - 32) = r1
; 8: if ($family == AF_INET) {
   45: if r9 != 2 goto +26
; 9: printf("%-6d %-16s v4 port %d\n", pid, comm, $dport);
   46: *(u64 *)(r7 + 0) = 2
   47: call bpf_get_current_pid_tgid
   48: r0 >>= 32
   49: *(u32 *)(r7 + 8) = r0
   50: r1 = r7
   51: r1 += 16
   52: r2 = 16
   53: call bpf_get_current_comm
   54: r1 = *(u64 *)(r10 - 32)
   55: *(u64 *)(r7 + 32) = r1
   56: r1 = map[ringbuf] ll
   58: r2 = r7
   59: r3 = 40
   60: r4 = 0
   61: call bpf_ringbuf_output
   62: if r0 == 0 goto +36
   63: r1 = map[lost_events] ll
   65: r2 = r10
   66: r2 += -8
   67: call bpf_map_lookup_elem
   68: if r0 == 0 goto +30
   69: r1 = 1
   70: lock *(u64 *)(r0 + 0) += r1
   71: goto +27
; 11: printf("%-6d %-16s family %d port %d\n", pid, comm, $family, $dport);
   72: *(u64 *)(r7 + 40) = 3
   73: call bpf_get_current_pid_tgid
   74: r0 >>= 32
   75: *(u32 *)(r7 + 48) = r0
   76: r1 = r7
   77: r1 += 56
   78: r2 = 16
   79: call bpf_get_current_comm
   80: *(u64 *)(r7 + 72) = r9
   81: r1 = *(u64 *)(r10 - 32)
   82: *(u64 *)(r7 + 80) = r1
   83: r1 = map[ringbuf] ll
   85: r7 += 40
   86: r2 = r7
   87: r3 = 48
   88: r4 = 0
   89: call bpf_ringbuf_output
   90: if r0 == 0 goto +8
   91: r1 = map[lost_events] ll
   93: r2 = r10
   94: r2 += -8
   95: call bpf_map_lookup_elem
   96: if r0 == 0 goto +2
   97: r1 = 1
   98: lock *(u64 *)(r0 + 0) += r1
   99: r0 = 0
  100: exit
; 3: kprobe:tcp_connect {
  101: r0 = 0
  102: exit
