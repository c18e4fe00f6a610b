kprobe_tcp_close_0 (kprobe/tcp_close), stack 40 bytes:
; 2: kprobe:tcp_close {
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
   16: r1 = 0
; 3: $sk = (struct sock *)arg0;
   17: r2 = *(u64 *)(r6 + 112)
   18: r1 = r2
; 4: @states[$sk->__sk_common.skc_state] = count();
   19: *(u64 *)(r7 + 0) = 0
   20: r3 = r1
   21: r3 += 18  ; CO-RE field offset [2953] 0:0:4
   22: r1 = r10
   23: r1 += -24
   24: r2 = 8
   25: call bpf_probe_read_kernel
   26: r1 = *(u64 *)(r10 - 24)
   27: *(u64 *)(r7 + 0) = r1
   28: r1 = map[AT_states] ll
   30: r2 = r7
   31: call bpf_map_lookup_elem
   32: r6 = r0
   33: if r6 != 0 goto +32
   34: *(u64 *)(r10 - 40) = 0
   35: r3 = r10
   36: r3 += -40
   37: r1 = map[AT_states] ll
   39: r2 = r7
   40: r4 = 1
   41: call bpf_map_update_elem
   42: r1 = map[AT_states] ll
   44: r2 = r7
   45: call bpf_map_lookup_elem
   46: r6 = r0
   47: if r6 != 0 goto +18
   48: *(u64 *)(r7 + 8) = 0
   49: r1 = map[ringbuf] ll
   51: r7 += 8
   52: r2 = r7
   53: r3 = 8
   54: r4 = 0
   55: call bpf_ringbuf_output
   56: if r0 == 0 goto +12
   57: r1 = map[lost_events] ll
   59: r2 = r10
   60: r2 += -8
   61: call bpf_map_lookup_elem
   62: if r0 == 0 goto +6
   63: r1 = 1
   64: lock *(u64 *)(r0 + 0) += r1
   65: goto +3
   66: r1 = *(u64 *)(r6 + 0)
   67: r1 += 1
   68: *(u64 *)(r6 + 0) = r1
   69: r0 = 0
   70: exit
; 2: kprobe:tcp_close {
   71: r0 = 0
   72: exit

fentry_for_kprobe_tcp_close_0 (fentry/tcp_close), stack 40 bytes:
; 2: kprobe:tcp_close {
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
   16: r1 = 0
; 3: $sk = (struct sock *)arg0;
   17: r2 = *(u64 *)(r6 + 0)
   18: r1 = r2
; 4: @states[$sk->__sk_common.skc_state] = count();
   19: *(u64 *)(r7 + 0) = 0
   20: r3 = r1
   21: r3 += 18  ; CO-RE field offset [2953] 0:0:4
   22: r1 = r10
   23: r1 += -24
   24: r2 = 8
   25: call bpf_probe_read_kernel
   26: r1 = *(u64 *)(r10 - 24)
   27: *(u64 *)(r7 + 0) = r1
   28: r1 = map[AT_states] ll
   30: r2 = r7
   31: call bpf_map_lookup_elem
   32: r6 = r0
   33: if r6 != 0 goto +32
   34: *(u64 *)(r10 - 40) = 0
   35: r3 = r10
   36: r3 += -40
   37: r1 = map[AT_states] ll
   39: r2 = r7
   40: r4 = 1
   41: call bpf_map_update_elem
   42: r1 = map[AT_states] ll
   44: r2 = r7
   45: call bpf_map_lookup_elem
   46: r6 = r0
   47: if r6 != 0 goto +18
   48: *(u64 *)(r7 + 8) = 0
   49: r1 = map[ringbuf] ll
   51: r7 += 8
   52: r2 = r7
   53: r3 = 8
   54: r4 = 0
   55: call bpf_ringbuf_output
   56: if r0 == 0 goto +12
   57: r1 = map[lost_events] ll
   59: r2 = r10
   60: r2 += -8
   61: call bpf_map_lookup_elem
   62: if r0 == 0 goto +6
   63: r1 = 1
   64: lock *(u64 *)(r0 + 0) += r1
   65: goto +3
   66: r1 = *(u64 *)(r6 + 0)
   67: r1 += 1
   68: *(u64 *)(r6 + 0) = r1
   69: r0 = 0
   70: exit
; 2: kprobe:tcp_close {
   71: r0 = 0
   72: exit
