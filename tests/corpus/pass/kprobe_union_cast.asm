kprobe_tcp_rcv_established_0 (kprobe/tcp_rcv_established), stack 40 bytes:
; 2: kprobe:tcp_rcv_established {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +90
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +83
   15: r7 = r0
   16: r8 = 0
; 3: $hdr = (union tcp_word_hdr *)arg1;
   17: r1 = *(u64 *)(r6 + 104)
   18: r8 = r1
; 4: @headers = count();
   19: r6 = r10
   20: r6 += -8
   21: r1 = map[AT_headers] ll
   23: r2 = r6
   24: call bpf_map_lookup_elem
   25: r9 = r0
   26: if r9 != 0 goto +31
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_headers] ll
   32: r2 = r6
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_headers] ll
   37: r2 = r6
   38: call bpf_map_lookup_elem
   39: r9 = r0
   40: if r9 != 0 goto +17
   41: *(u64 *)(r7 + 0) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +12
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +6
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +3
   58: r1 = *(u64 *)(r9 + 0)
   59: r1 += 1
   60: *(u64 *)(r9 + 0) = r1
; 5: @last_dest = $hdr->hdr.dest;
   61: r6 = r10
   62: r6 += -8
   63: r8 += 2  ; CO-RE field offset [36986] 0:0:1
   64: r1 = r10
   65: r1 += -40
   66: r2 = 2
   67: r3 = r8
   68: call bpf_probe_read_kernel
   69: r1 = *(u16 *)(r10 - 40)
   70: *(u64 *)(r10 - 40) = r1
   71: r3 = r10
   72: r3 += -40
   73: r1 = map[AT_last_dest] ll
   75: r2 = r6
   76: r4 = 0
   77: call bpf_map_update_elem
   78: if r0 != -7 goto +17
   79: *(u64 *)(r7 + 8) = 1
   80: r1 = map[ringbuf] ll
   82: r7 += 8
   83: r2 = r7
   84: r3 = 8
   85: r4 = 0
   86: call bpf_ringbuf_output
   87: if r0 == 0 goto +8
   88: r1 = map[lost_events] ll
   90: r2 = r10
   91: r2 += -8
   92: call bpf_map_lookup_elem
   93: if r0 == 0 goto +2
   94: r1 = 1
   95: lock *(u64 *)(r0 + 0) += r1
   96: r0 = 0
   97: exit
; 2: kprobe:tcp_rcv_established {
   98: r0 = 0
   99: exit

fentry_for_kprobe_tcp_rcv_established_0 (fentry/tcp_rcv_established), stack 40 bytes:
; 2: kprobe:tcp_rcv_established {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +90
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +83
   15: r7 = r0
   16: r8 = 0
; 3: $hdr = (union tcp_word_hdr *)arg1;
   17: r1 = *(u64 *)(r6 + 8)
   18: r8 = r1
; 4: @headers = count();
   19: r6 = r10
   20: r6 += -8
   21: r1 = map[AT_headers] ll
   23: r2 = r6
   24: call bpf_map_lookup_elem
   25: r9 = r0
   26: if r9 != 0 goto +31
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_headers] ll
   32: r2 = r6
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_headers] ll
   37: r2 = r6
   38: call bpf_map_lookup_elem
   39: r9 = r0
   40: if r9 != 0 goto +17
   41: *(u64 *)(r7 + 0) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +12
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +6
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +3
   58: r1 = *(u64 *)(r9 + 0)
   59: r1 += 1
   60: *(u64 *)(r9 + 0) = r1
; 5: @last_dest = $hdr->hdr.dest;
   61: r6 = r10
   62: r6 += -8
   63: r8 += 2  ; CO-RE field offset [36986] 0:0:1
   64: r1 = r10
   65: r1 += -40
   66: r2 = 2
   67: r3 = r8
   68: call bpf_probe_read_kernel
   69: r1 = *(u16 *)(r10 - 40)
   70: *(u64 *)(r10 - 40) = r1
   71: r3 = r10
   72: r3 += -40
   73: r1 = map[AT_last_dest] ll
   75: r2 = r6
   76: r4 = 0
   77: call bpf_map_update_elem
   78: if r0 != -7 goto +17
   79: *(u64 *)(r7 + 8) = 1
   80: r1 = map[ringbuf] ll
   82: r7 += 8
   83: r2 = r7
   84: r3 = 8
   85: r4 = 0
   86: call bpf_ringbuf_output
   87: if r0 == 0 goto +8
   88: r1 = map[lost_events] ll
   90: r2 = r10
   91: r2 += -8
   92: call bpf_map_lookup_elem
   93: if r0 == 0 goto +2
   94: r1 = 1
   95: lock *(u64 *)(r0 + 0) += r1
   96: r0 = 0
   97: exit
; 2: kprobe:tcp_rcv_established {
   98: r0 = 0
   99: exit
