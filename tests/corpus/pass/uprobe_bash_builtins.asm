uprobe_execute_builtin_0 (uprobe), stack 24 bytes:
; 2: uprobe:/bin/bash:execute_builtin {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +101
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +94
   15: r7 = r0
; 3: @builtins[arg0] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 112)
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_builtins] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r6 = r0
   24: if r6 != 0 goto +32
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_builtins] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_builtins] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r6 = r0
   38: if r6 != 0 goto +18
   39: *(u64 *)(r7 + 8) = 0
   40: r1 = map[ringbuf] ll
   42: r2 = r7
   43: r2 += 8
   44: r3 = 8
   45: r4 = 0
   46: call bpf_ringbuf_output
   47: if r0 == 0 goto +12
   48: r1 = map[lost_events] ll
   50: r2 = r10
   51: r2 += -8
   52: call bpf_map_lookup_elem
   53: if r0 == 0 goto +6
   54: r1 = 1
   55: lock *(u64 *)(r0 + 0) += r1
   56: goto +3
   57: r1 = *(u64 *)(r6 + 0)
   58: r1 += 1
   59: *(u64 *)(r6 + 0) = r1
; 4: @shells[pid] = count();
   60: *(u64 *)(r7 + 16) = 0
   61: call bpf_get_current_pid_tgid
   62: r0 >>= 32
   63: *(u64 *)(r7 + 16) = r0
   64: r6 = r7
   65: r6 += 16
   66: r1 = map[AT_shells] ll
   68: r2 = r6
   69: call bpf_map_lookup_elem
   70: r8 = r0
   71: if r8 != 0 goto +32
   72: *(u64 *)(r10 - 24) = 0
   73: r3 = r10
   74: r3 += -24
   75: r1 = map[AT_shells] ll
   77: r2 = r6
   78: r4 = 1
   79: call bpf_map_update_elem
   80: r1 = map[AT_shells] ll
   82: r2 = r6
   83: call bpf_map_lookup_elem
   84: r8 = r0
   85: if r8 != 0 goto +18
   86: *(u64 *)(r7 + 24) = 1
   87: r1 = map[ringbuf] ll
   89: r7 += 24
   90: r2 = r7
   91: r3 = 8
   92: r4 = 0
   93: call bpf_ringbuf_output
   94: if r0 == 0 goto +12
   95: r1 = map[lost_events] ll
   97: r2 = r10
   98: r2 += -8
   99: call bpf_map_lookup_elem
  100: if r0 == 0 goto +6
  101: r1 = 1
  102: lock *(u64 *)(r0 + 0) += r1
  103: goto +3
  104: r1 = *(u64 *)(r8 + 0)
  105: r1 += 1
  106: *(u64 *)(r8 + 0) = r1
  107: r0 = 0
  108: exit
; 2: uprobe:/bin/bash:execute_builtin {
  109: r0 = 0
  110: exit
