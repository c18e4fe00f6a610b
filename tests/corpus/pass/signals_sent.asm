tp_signal_signal_generate_0 (tracepoint/signal/signal_generate), stack 24 bytes:
; 2: tracepoint:signal:signal_generate /args.sig != 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +84
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +77
   15: r7 = r0
   16: r1 = *(u32 *)(r6 + 8)
   17: r1 <<= 32
   18: r1 s>>= 32
   19: if r1 == 0 goto +72
; 3: printf("%-16s %-6d -> %-16s %-6d sig %d result %d\n", comm, pid, args.comm, args.pid, args.sig, args.result);
   20: *(u64 *)(r7 + 0) = 0
   21: r1 = r7
   22: r1 += 8
   23: r2 = 16
   24: call bpf_get_current_comm
   25: call bpf_get_current_pid_tgid
   26: r0 >>= 32
   27: *(u32 *)(r7 + 24) = r0
   28: r1 = *(u32 *)(r6 + 20)
   29: *(u32 *)(r7 + 32) = r1
   30: r1 = *(u64 *)(r6 + 24)
   31: *(u64 *)(r7 + 36) = r1
   32: r1 = *(u32 *)(r6 + 32)
   33: *(u32 *)(r7 + 44) = r1
   34: r1 = *(u32 *)(r6 + 36)
   35: r1 <<= 32
   36: r1 s>>= 32
   37: *(u32 *)(r7 + 48) = r1
   38: r1 = *(u32 *)(r6 + 8)
   39: r1 <<= 32
   40: r1 s>>= 32
   41: *(u32 *)(r7 + 56) = r1
   42: r1 = *(u32 *)(r6 + 44)
   43: r1 <<= 32
   44: r1 s>>= 32
   45: *(u32 *)(r7 + 64) = r1
   46: r1 = map[ringbuf] ll
   48: r2 = r7
   49: r3 = 72
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +8
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +2
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
; 4: @by_signal[args.sig] = count();
   61: *(u64 *)(r7 + 72) = 0
   62: r1 = *(u32 *)(r6 + 8)
   63: r1 <<= 32
   64: r1 s>>= 32
   65: *(u64 *)(r7 + 72) = r1
   66: r7 += 72
   67: r1 = map[AT_by_signal] ll
   69: r2 = r7
   70: call bpf_map_lookup_elem
   71: r6 = r0
   72: if r6 != 0 goto +14
   73: *(u64 *)(r10 - 24) = 0
   74: r3 = r10
   75: r3 += -24
   76: r1 = map[AT_by_signal] ll
   78: r2 = r7
   79: r4 = 1
   80: call bpf_map_update_elem
   81: r1 = map[AT_by_signal] ll
   83: r2 = r7
   84: call bpf_map_lookup_elem
   85: r6 = r0
   86: if r6 == 0 goto +3
   87: r1 = *(u64 *)(r6 + 0)
   88: r1 += 1
   89: *(u64 *)(r6 + 0) = r1
   90: r0 = 0
   91: exit
; 2: tracepoint:signal:signal_generate /args.sig != 0/ {
   92: r0 = 0
   93: exit
