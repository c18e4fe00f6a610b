fentry_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 3: fentry:vfs_read {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +42
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +35
   14: r6 = r0
; 4: @start[tid] = nsecs;
   15: *(u64 *)(r6 + 0) = 0
   16: call bpf_get_current_pid_tgid
   17: r0 <<= 32
   18: r0 >>= 32
   19: *(u64 *)(r6 + 0) = r0
   20: call bpf_ktime_get_boot_ns
   21: *(u64 *)(r10 - 24) = r0
   22: r3 = r10
   23: r3 += -24
   24: r1 = map[AT_start] ll
   26: r2 = r6
   27: r4 = 0
   28: call bpf_map_update_elem
   29: if r0 != -7 goto +17
   30: *(u64 *)(r6 + 8) = 0
   31: r1 = map[ringbuf] ll
   33: r6 += 8
   34: r2 = r6
   35: r3 = 8
   36: r4 = 0
   37: call bpf_ringbuf_output
   38: if r0 == 0 goto +8
   39: r1 = map[lost_events] ll
   41: r2 = r10
   42: r2 += -8
   43: call bpf_map_lookup_elem
   44: if r0 == 0 goto +2
   45: r1 = 1
   46: lock *(u64 *)(r0 + 0) += r1
   47: r0 = 0
   48: exit
; 3: fentry:vfs_read {
   49: r0 = 0
   50: exit

fexit_vfs_read_0 (fexit/vfs_read), stack 24 bytes:
; 7: fexit:vfs_read /@start[tid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +186
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +179
   15: r7 = r0
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 <<= 32
   19: r0 >>= 32
   20: *(u64 *)(r7 + 0) = r0
   21: r1 = map[AT_start] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r1 = 0
   26: if r0 == 0 goto +1
   27: r1 = *(u64 *)(r0 + 0)
   28: if r1 == 0 goto +165
; 8: @latency = hist(nsecs - @start[tid]);
   29: call bpf_ktime_get_boot_ns
   30: r8 = r0
   31: *(u64 *)(r7 + 8) = 0
   32: call bpf_get_current_pid_tgid
   33: r0 <<= 32
   34: r0 >>= 32
   35: *(u64 *)(r7 + 8) = r0
   36: r2 = r7
   37: r2 += 8
   38: r1 = map[AT_start] ll
   40: call bpf_map_lookup_elem
   41: r1 = 0
   42: if r0 == 0 goto +1
   43: r1 = *(u64 *)(r0 + 0)
   44: r8 -= r1
   45: *(u64 *)(r7 + 16) = 0
   46: *(u64 *)(r7 + 24) = 0
   47: r9 = r7
   48: r9 += 16
   49: if r8 s< 0 goto +40
   50: if r8 > 0 goto +3
   51: r1 = r8
   52: r1 += 1
   53: goto +37
   54: r2 = r8
   55: r3 = 0
   56: r4 = 4294967296 ll
   58: if r2 < r4 goto +2
   59: r2 >>= 32
   60: r3 += 32
   61: r4 = 65536
   62: if r2 < r4 goto +2
   63: r2 >>= 16
   64: r3 += 16
   65: r4 = 256
   66: if r2 < r4 goto +2
   67: r2 >>= 8
   68: r3 += 8
   69: r4 = 16
   70: if r2 < r4 goto +2
   71: r2 >>= 4
   72: r3 += 4
   73: r4 = 4
   74: if r2 < r4 goto +2
   75: r2 >>= 2
   76: r3 += 2
   77: r4 = 2
   78: if r2 < r4 goto +2
   79: r2 >>= 1
   80: r3 += 1
   81: r3 -= 0
   82: r8 >>= r3
   83: r8 &= 0
   84: r3 += 1
   85: r3 <<= 0
   86: r3 += r8
   87: r1 = r3
   88: r1 += 1
   89: goto +1
   90: r1 = 0
   91: *(u64 *)(r7 + 24) = r1
   92: r1 = map[AT_latency] ll
   94: r2 = r9
   95: call bpf_map_lookup_elem
   96: r8 = r0
   97: if r8 != 0 goto +32
   98: *(u64 *)(r10 - 24) = 0
   99: r3 = r10
  100: r3 += -24
  101: r1 = map[AT_latency] ll
  103: r2 = r9
  104: r4 = 1
  105: call bpf_map_update_elem
  106: r1 = map[AT_latency] ll
  108: r2 = r9
  109: call bpf_map_lookup_elem
  110: r8 = r0
  111: if r8 != 0 goto +18
  112: *(u64 *)(r7 + 32) = 1
  113: r1 = map[ringbuf] ll
  115: r2 = r7
  116: r2 += 32
  117: r3 = 8
  118: r4 = 0
  119: call bpf_ringbuf_output
  120: if r0 == 0 goto +12
  121: r1 = map[lost_events] ll
  123: r2 = r10
  124: r2 += -8
  125: call bpf_map_lookup_elem
  126: if r0 == 0 goto +6
  127: r1 = 1
  128: lock *(u64 *)(r0 + 0) += r1
  129: goto +3
  130: r1 = *(u64 *)(r8 + 0)
  131: r1 += 1
  132: *(u64 *)(r8 + 0) = r1
; 9: @bytes = sum(retval > 0 ? retval : 0);
  133: r1 = *(u64 *)(r6 + 32)
  134: if r1 s<= 0 goto +3
  135: r1 = *(u64 *)(r6 + 32)
  136: r6 = r1
  137: goto +1
  138: r6 = 0
  139: r8 = r10
  140: r8 += -8
  141: r1 = map[AT_bytes] ll
  143: r2 = r8
  144: call bpf_map_lookup_elem
  145: r9 = r0
  146: if r9 != 0 goto +32
  147: *(u64 *)(r10 - 24) = 0
  148: r3 = r10
  149: r3 += -24
  150: r1 = map[AT_bytes] ll
  152: r2 = r8
  153: r4 = 1
  154: call bpf_map_update_elem
  155: r1 = map[AT_bytes] ll
  157: r2 = r8
  158: call bpf_map_lookup_elem
  159: r9 = r0
  160: if r9 != 0 goto +18
  161: *(u64 *)(r7 + 40) = 2
  162: r1 = map[ringbuf] ll
  164: r2 = r7
  165: r2 += 40
  166: r3 = 8
  167: r4 = 0
  168: call bpf_ringbuf_output
  169: if r0 == 0 goto +12
  170: r1 = map[lost_events] ll
  172: r2 = r10
  173: r2 += -8
  174: call bpf_map_lookup_elem
  175: if r0 == 0 goto +6
  176: r1 = 1
  177: lock *(u64 *)(r0 + 0) += r1
  178: goto +3
  179: r1 = *(u64 *)(r9 + 0)
  180: r1 += r6
  181: *(u64 *)(r9 + 0) = r1
; 10: delete(@start, tid);
  182: *(u64 *)(r7 + 48) = 0
  183: call bpf_get_current_pid_tgid
  184: r0 <<= 32
  185: r0 >>= 32
  186: *(u64 *)(r7 + 48) = r0
  187: r7 += 48
  188: r1 = map[AT_start] ll
  190: r2 = r7
  191: call bpf_map_delete_elem
  192: r0 = 0
  193: exit
; 7: fexit:vfs_read /@start[tid]/ {
  194: r0 = 0
  195: exit
