kprobe_tcp_rcv_established_0 (kprobe/tcp_rcv_established), stack 40 bytes:
; 2: kprobe:tcp_rcv_established {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +54
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +47
   15: r7 = 0
; 3: $hdr = (union tcp_word_hdr *)arg1;
   16: r1 = *(u64 *)(r6 + 104)
   17: r7 = r1
; 4: @headers = count();
   18: r6 = r10
   19: r6 += -8
   20: r1 = map[AT_headers] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r8 = r0
   25: if r8 != 0 goto +14
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_headers] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_headers] ll
   36: r2 = r6
   37: call bpf_map_lookup_elem
   38: r8 = r0
   39: if r8 == 0 goto +3
   40: r1 = *(u64 *)(r8 + 0)
   41: r1 += 1
   42: *(u64 *)(r8 + 0) = r1
; 5: @last_dest = $hdr->hdr.dest;
   43: r6 = r10
   44: r6 += -8
   45: r7 += 2  ; CO-RE field offset [36986] 0:0:1
   46: r1 = r10
   47: r1 += -40
   48: r2 = 2
   49: r3 = r7
   50: call bpf_probe_read_kernel
   51: r1 = *(u16 *)(r10 - 40)
   52: *(u64 *)(r10 - 40) = r1
   53: r3 = r10
   54: r3 += -40
   55: r1 = map[AT_last_dest] ll
   57: r2 = r6
   58: r4 = 0
   59: call bpf_map_update_elem
   60: r0 = 0
   61: exit
; 2: kprobe:tcp_rcv_established {
   62: r0 = 0
   63: exit
