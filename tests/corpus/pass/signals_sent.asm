tp_signal_signal_generate_0 (tracepoint/signal/signal_generate), stack 24 bytes:
; 2: tracepoint:signal:signal_generate /args.sig != 0/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +103
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +96
   15: r7 = r0
   16: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [9869] 0:1
   17: r1 <<= 32
   18: r1 s>>= 32
   19: if r1 == 0 goto +91
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
   34: r1 = *(u32 *)(r6 + 36)  ; CO-RE field offset [9869] 0:5
   35: r1 <<= 32
   36: r1 s>>= 32
   37: *(u32 *)(r7 + 48) = r1
   38: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [9869] 0:1
   39: r1 <<= 32
   40: r1 s>>= 32
   41: *(u32 *)(r7 + 56) = r1
   42: r1 = *(u32 *)(r6 + 44)  ; CO-RE field offset [9869] 0:7
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
   62: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [9869] 0:1
   63: r1 <<= 32
   64: r1 s>>= 32
   65: *(u64 *)(r7 + 72) = r1
   66: r6 = r7
   67: r6 += 72
   68: r1 = map[AT_by_signal] ll
   70: r2 = r6
   71: call bpf_map_lookup_elem
   72: r8 = r0
   73: if r8 != 0 goto +32
   74: *(u64 *)(r10 - 24) = 0
   75: r3 = r10
   76: r3 += -24
   77: r1 = map[AT_by_signal] ll
   79: r2 = r6
   80: r4 = 1
   81: call bpf_map_update_elem
   82: r1 = map[AT_by_signal] ll
   84: r2 = r6
   85: call bpf_map_lookup_elem
   86: r8 = r0
   87: if r8 != 0 goto +18
   88: *(u64 *)(r7 + 80) = 1
   89: r1 = map[ringbuf] ll
   91: r7 += 80
   92: r2 = r7
   93: r3 = 8
   94: r4 = 0
   95: call bpf_ringbuf_output
   96: if r0 == 0 goto +12
   97: r1 = map[lost_events] ll
   99: r2 = r10
  100: r2 += -8
  101: call bpf_map_lookup_elem
  102: if r0 == 0 goto +6
  103: r1 = 1
  104: lock *(u64 *)(r0 + 0) += r1
  105: goto +3
  106: r1 = *(u64 *)(r8 + 0)
  107: r1 += 1
  108: *(u64 *)(r8 + 0) = r1
  109: r0 = 0
  110: exit
; 2: tracepoint:signal:signal_generate /args.sig != 0/ {
  111: r0 = 0
  112: exit
