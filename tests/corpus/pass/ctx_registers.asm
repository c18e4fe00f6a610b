uprobe_readline_0 (uprobe), stack 40 bytes:
; 2: uprobe:/bin/bash:readline {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +116
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +109
   15: r7 = r0
; 3: @[usermode, ctx->ip == reg("ip")] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = *(u64 *)(r6 + 136)
   19: r1 &= 3
   20: if r1 != 3 goto +2
   21: r1 = 1
   22: goto +1
   23: r1 = 0
   24: *(u64 *)(r7 + 0) = r1
   25: r1 = *(u64 *)(r6 + 128)
   26: r2 = *(u64 *)(r6 + 128)
   27: if r1 != r2 goto +2
   28: r1 = 1
   29: goto +1
   30: r1 = 0
   31: *(u64 *)(r7 + 8) = r1
   32: r1 = map[AT_] ll
   34: r2 = r7
   35: call bpf_map_lookup_elem
   36: r6 = r0
   37: if r6 != 0 goto +32
   38: *(u64 *)(r10 - 24) = 0
   39: r3 = r10
   40: r3 += -24
   41: r1 = map[AT_] ll
   43: r2 = r7
   44: r4 = 1
   45: call bpf_map_update_elem
   46: r1 = map[AT_] ll
   48: r2 = r7
   49: call bpf_map_lookup_elem
   50: r6 = r0
   51: if r6 != 0 goto +18
   52: *(u64 *)(r7 + 16) = 0
   53: r1 = map[ringbuf] ll
   55: r2 = r7
   56: r2 += 16
   57: r3 = 8
   58: r4 = 0
   59: call bpf_ringbuf_output
   60: if r0 == 0 goto +12
   61: r1 = map[lost_events] ll
   63: r2 = r10
   64: r2 += -8
   65: call bpf_map_lookup_elem
   66: if r0 == 0 goto +6
   67: r1 = 1
   68: lock *(u64 *)(r0 + 0) += r1
   69: goto +3
   70: r1 = *(u64 *)(r6 + 0)
   71: r1 += 1
   72: *(u64 *)(r6 + 0) = r1
; 4: printf("%s %d\n", leader_comm, leader_tid);
   73: *(u64 *)(r7 + 24) = 1
   74: call bpf_get_current_task
   75: r0 += 1328  ; CO-RE field offset [114] 0:99
   76: r1 = r10
   77: r1 += -40
   78: r2 = 8
   79: r3 = r0
   80: call bpf_probe_read_kernel
   81: r1 = *(u64 *)(r10 - 40)
   82: r3 = r1
   83: r3 += 1752  ; CO-RE field offset [114] 0:125
   84: r1 = r7
   85: r1 += 32
   86: r2 = 16
   87: call bpf_probe_read_kernel
   88: call bpf_get_current_task
   89: r0 += 1328  ; CO-RE field offset [114] 0:99
   90: r1 = r10
   91: r1 += -40
   92: r2 = 8
   93: r3 = r0
   94: call bpf_probe_read_kernel
   95: r1 = *(u64 *)(r10 - 40)
   96: r3 = r1
   97: r3 += 1264  ; CO-RE field offset [114] 0:92
   98: r1 = r10
   99: r1 += -40
  100: r2 = 4
  101: call bpf_probe_read_kernel
  102: r1 = *(u32 *)(r10 - 40)
  103: r1 <<= 32
  104: r1 s>>= 32
  105: *(u32 *)(r7 + 48) = r1
  106: r1 = map[ringbuf] ll
  108: r7 += 24
  109: r2 = r7
  110: r3 = 32
  111: r4 = 0
  112: call bpf_ringbuf_output
  113: if r0 == 0 goto +8
  114: r1 = map[lost_events] ll
  116: r2 = r10
  117: r2 += -8
  118: call bpf_map_lookup_elem
  119: if r0 == 0 goto +2
  120: r1 = 1
  121: lock *(u64 *)(r0 + 0) += r1
  122: r0 = 0
  123: exit
; 2: uprobe:/bin/bash:readline {
  124: r0 = 0
  125: exit
