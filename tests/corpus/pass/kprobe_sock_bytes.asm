kprobe_tcp_sendmsg_0 (kprobe/tcp_sendmsg), stack 40 bytes:
; 2: kprobe:tcp_sendmsg {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +66
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +59
   15: r7 = r0
   16: r1 = 0
   17: r8 = 0
; 3: $sk = (struct sock *)arg0;
   18: r2 = *(u64 *)(r6 + 112)
   19: r1 = r2
; 4: $lport = $sk->__sk_common.skc_num;
   20: r3 = r1
   21: r3 += 14  ; CO-RE field offset [2953] 0:0:2:1:1
   22: r1 = r10
   23: r1 += -24
   24: r2 = 2
   25: call bpf_probe_read_kernel
   26: r1 = *(u16 *)(r10 - 24)
   27: r8 = r1
; 5: @sent[$lport] = sum(arg2);
   28: r6 = *(u64 *)(r6 + 96)
   29: *(u64 *)(r7 + 0) = 0
   30: *(u64 *)(r7 + 0) = r8
   31: r1 = map[AT_sent] ll
   33: r2 = r7
   34: call bpf_map_lookup_elem
   35: r8 = r0
   36: if r8 != 0 goto +32
   37: *(u64 *)(r10 - 40) = 0
   38: r3 = r10
   39: r3 += -40
   40: r1 = map[AT_sent] ll
   42: r2 = r7
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_sent] ll
   47: r2 = r7
   48: call bpf_map_lookup_elem
   49: r8 = r0
   50: if r8 != 0 goto +18
   51: *(u64 *)(r7 + 8) = 0
   52: r1 = map[ringbuf] ll
   54: r7 += 8
   55: r2 = r7
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r8 + 0)
   70: r1 += r6
   71: *(u64 *)(r8 + 0) = r1
   72: r0 = 0
   73: exit
; 2: kprobe:tcp_sendmsg {
   74: r0 = 0
   75: exit

fentry_for_kprobe_tcp_sendmsg_0 (fentry/tcp_sendmsg), stack 40 bytes:
; 2: kprobe:tcp_sendmsg {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +66
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +59
   15: r7 = r0
   16: r1 = 0
   17: r8 = 0
; 3: $sk = (struct sock *)arg0;
   18: r2 = *(u64 *)(r6 + 0)
   19: r1 = r2
; 4: $lport = $sk->__sk_common.skc_num;
   20: r3 = r1
   21: r3 += 14  ; CO-RE field offset [2953] 0:0:2:1:1
   22: r1 = r10
   23: r1 += -24
   24: r2 = 2
   25: call bpf_probe_read_kernel
   26: r1 = *(u16 *)(r10 - 24)
   27: r8 = r1
; 5: @sent[$lport] = sum(arg2);
   28: r6 = *(u64 *)(r6 + 16)
   29: *(u64 *)(r7 + 0) = 0
   30: *(u64 *)(r7 + 0) = r8
   31: r1 = map[AT_sent] ll
   33: r2 = r7
   34: call bpf_map_lookup_elem
   35: r8 = r0
   36: if r8 != 0 goto +32
   37: *(u64 *)(r10 - 40) = 0
   38: r3 = r10
   39: r3 += -40
   40: r1 = map[AT_sent] ll
   42: r2 = r7
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_sent] ll
   47: r2 = r7
   48: call bpf_map_lookup_elem
   49: r8 = r0
   50: if r8 != 0 goto +18
   51: *(u64 *)(r7 + 8) = 0
   52: r1 = map[ringbuf] ll
   54: r7 += 8
   55: r2 = r7
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r8 + 0)
   70: r1 += r6
   71: *(u64 *)(r8 + 0) = r1
   72: r0 = 0
   73: exit
; 2: kprobe:tcp_sendmsg {
   74: r0 = 0
   75: exit
