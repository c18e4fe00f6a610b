tp_sock_inet_sock_set_state_0 (tracepoint/sock/inet_sock_set_state), stack 24 bytes:
; 2: tracepoint:sock:inet_sock_set_state /args.protocol == 6/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +88
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +81
   15: r7 = r0
   16: r1 = *(u16 *)(r6 + 30)  ; CO-RE field offset [38221] 0:7
   17: if r1 != 6 goto +78
; 3: @transitions[args.oldstate, args.newstate] = count();
   18: *(u64 *)(r7 + 0) = 0
   19: *(u64 *)(r7 + 8) = 0
   20: r1 = *(u32 *)(r6 + 16)  ; CO-RE field offset [38221] 0:2
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u64 *)(r7 + 0) = r1
   24: r1 = *(u32 *)(r6 + 20)  ; CO-RE field offset [38221] 0:3
   25: r1 <<= 32
   26: r1 s>>= 32
   27: *(u64 *)(r7 + 8) = r1
   28: r1 = map[AT_transitions] ll
   30: r2 = r7
   31: call bpf_map_lookup_elem
   32: r8 = r0
   33: if r8 != 0 goto +32
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
   47: if r8 != 0 goto +18
   48: *(u64 *)(r7 + 16) = 0
   49: r1 = map[ringbuf] ll
   51: r2 = r7
   52: r2 += 16
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
   66: r1 = *(u64 *)(r8 + 0)
   67: r1 += 1
   68: *(u64 *)(r8 + 0) = r1
; 4: if (args.newstate == 7) {
   69: r1 = *(u32 *)(r6 + 20)  ; CO-RE field offset [38221] 0:3
   70: r1 <<= 32
   71: r1 s>>= 32
   72: if r1 != 7 goto +21
; 5: printf("closed: port %d -> %d\n", args.sport, args.dport);
   73: *(u64 *)(r7 + 24) = 1
   74: r1 = *(u16 *)(r6 + 24)  ; CO-RE field offset [38221] 0:4
   75: *(u16 *)(r7 + 32) = r1
   76: r1 = *(u16 *)(r6 + 26)  ; CO-RE field offset [38221] 0:5
   77: *(u16 *)(r7 + 40) = r1
   78: r1 = map[ringbuf] ll
   80: r7 += 24
   81: r2 = r7
   82: r3 = 24
   83: r4 = 0
   84: call bpf_ringbuf_output
   85: if r0 == 0 goto +8
   86: r1 = map[lost_events] ll
   88: r2 = r10
   89: r2 += -8
   90: call bpf_map_lookup_elem
   91: if r0 == 0 goto +2
   92: r1 = 1
   93: lock *(u64 *)(r0 + 0) += r1
   94: r0 = 0
   95: exit
; 2: tracepoint:sock:inet_sock_set_state /args.protocol == 6/ {
   96: r0 = 0
   97: exit
