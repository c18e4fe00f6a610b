tp_sock_inet_sock_set_state_0 (tracepoint/sock/inet_sock_set_state), stack 24 bytes:
; 2: tracepoint:sock:inet_sock_set_state /args.protocol == 6/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +70
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +63
   15: r7 = r0
   16: r1 = *(u16 *)(r6 + 30)
   17: if r1 != 6 goto +60
; 3: @transitions[args.oldstate, args.newstate] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: *(u64 *)(r7 + 8) = 0
   20: r1 = *(u32 *)(r6 + 16)
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u64 *)(r7 + 0) = r1
   24: r1 = *(u32 *)(r6 + 20)
   25: r1 <<= 32
   26: r1 s>>= 32
   27: *(u64 *)(r7 + 8) = r1
   28: r1 = map[AT_transitions] ll
   30: r2 = r7
   31: call bpf_map_lookup_elem
   32: r8 = r0
   33: if r8 != 0 goto +14
   34: *(u64 *)(r10 - 24) = 0
   35: r3 = r10
   36: r3 += -24
   37: r1 = map[AT_transitions] ll
   39: r2 = r7
   40: r4 = 1
   41: call bpf_map_update_elem
   42: r1 = map[AT_transitions] ll
   44: r2 = r7
   45: call bpf_map_lookup_elem
   46: r8 = r0
   47: if r8 == 0 goto +3
   48: r1 = *(u64 *)(r8 + 0)
   49: r1 += 1
   50: *(u64 *)(r8 + 0) = r1
; 4: if (args.newstate == 7) {
   51: r1 = *(u32 *)(r6 + 20)
   52: r1 <<= 32
   53: r1 s>>= 32
   54: if r1 != 7 goto +21
; 5: printf("closed: port %d -> %d\n", args.sport, args.dport);
   55: *(u64 *)(r7 + 16) = 0
   56: r1 = *(u16 *)(r6 + 24)
   57: *(u16 *)(r7 + 24) = r1
   58: r1 = *(u16 *)(r6 + 26)
   59: *(u16 *)(r7 + 32) = r1
   60: r1 = map[ringbuf] ll
   62: r7 += 16
   63: r2 = r7
   64: r3 = 24
   65: r4 = 0
   66: call bpf_ringbuf_output
   67: if r0 == 0 goto +8
   68: r1 = map[lost_events] ll
   70: r2 = r10
   71: r2 += -8
   72: call bpf_map_lookup_elem
   73: if r0 == 0 goto +2
   74: r1 = 1
   75: lock *(u64 *)(r0 + 0) += r1
   76: r0 = 0
   77: exit
; 2: tracepoint:sock:inet_sock_set_state /args.protocol == 6/ {
   78: r0 = 0
   79: exit
