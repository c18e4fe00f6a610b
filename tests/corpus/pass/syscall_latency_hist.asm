tp_syscalls_sys_enter_read_0 (tracepoint/syscalls/sys_enter_read), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_read {
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
; 3: @start[tid] = nsecs;
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
; 2: tracepoint:syscalls:sys_enter_read {
   49: r0 = 0
   50: exit

tp_syscalls_sys_exit_read_0 (tracepoint/syscalls/sys_exit_read), stack 24 bytes:
; 6: tracepoint:syscalls:sys_exit_read /@start[tid]/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +143
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +136
   14: r6 = r0
   15: *(u64 *)(r6 + 0) = 0
   16: call bpf_get_current_pid_tgid
   17: r0 <<= 32
   18: r0 >>= 32
   19: *(u64 *)(r6 + 0) = r0
   20: r1 = map[AT_start] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r1 = 0
   25: if r0 == 0 goto +1
   26: r1 = *(u64 *)(r0 + 0)
   27: if r1 == 0 goto +122
; 7: @usecs[comm] = hist((nsecs - @start[tid]) / 1000);
   28: call bpf_ktime_get_boot_ns
   29: r7 = r0
   30: *(u64 *)(r6 + 8) = 0
   31: call bpf_get_current_pid_tgid
   32: r0 <<= 32
   33: r0 >>= 32
   34: *(u64 *)(r6 + 8) = r0
   35: r2 = r6
   36: r2 += 8
   37: r1 = map[AT_start] ll
   39: call bpf_map_lookup_elem
   40: r1 = 0
   41: if r0 == 0 goto +1
   42: r1 = *(u64 *)(r0 + 0)
   43: r7 -= r1
   44: r7 /= 1000
   45: *(u64 *)(r6 + 16) = 0
   46: *(u64 *)(r6 + 24) = 0
   47: *(u64 *)(r6 + 32) = 0
   48: r1 = r6
   49: r1 += 16
   50: r2 = 16
   51: call bpf_get_current_comm
   52: r8 = r6
   53: r8 += 16
   54: if r7 s< 0 goto +40
   55: if r7 > 0 goto +3
   56: r1 = r7
   57: r1 += 1
   58: goto +37
   59: r2 = r7
   60: r3 = 0
   61: r4 = 4294967296 ll
   63: if r2 < r4 goto +2
   64: r2 >>= 32
   65: r3 += 32
   66: r4 = 65536
   67: if r2 < r4 goto +2
   68: r2 >>= 16
   69: r3 += 16
   70: r4 = 256
   71: if r2 < r4 goto +2
   72: r2 >>= 8
   73: r3 += 8
   74: r4 = 16
   75: if r2 < r4 goto +2
   76: r2 >>= 4
   77: r3 += 4
   78: r4 = 4
   79: if r2 < r4 goto +2
   80: r2 >>= 2
   81: r3 += 2
   82: r4 = 2
   83: if r2 < r4 goto +2
   84: r2 >>= 1
   85: r3 += 1
   86: r3 -= 0
   87: r7 >>= r3
   88: r7 &= 0
   89: r3 += 1
   90: r3 <<= 0
   91: r3 += r7
   92: r1 = r3
   93: r1 += 1
   94: goto +1
   95: r1 = 0
   96: *(u64 *)(r6 + 32) = r1
   97: r1 = map[AT_usecs] ll
   99: r2 = r8
  100: call bpf_map_lookup_elem
  101: r7 = r0
  102: if r7 != 0 goto +32
  103: *(u64 *)(r10 - 24) = 0
  104: r3 = r10
  105: r3 += -24
  106: r1 = map[AT_usecs] ll
  108: r2 = r8
  109: r4 = 1
  110: call bpf_map_update_elem
  111: r1 = map[AT_usecs] ll
  113: r2 = r8
  114: call bpf_map_lookup_elem
  115: r7 = r0
  116: if r7 != 0 goto +18
  117: *(u64 *)(r6 + 40) = 1
  118: r1 = map[ringbuf] ll
  120: r2 = r6
  121: r2 += 40
  122: r3 = 8
  123: r4 = 0
  124: call bpf_ringbuf_output
  125: if r0 == 0 goto +12
  126: r1 = map[lost_events] ll
  128: r2 = r10
  129: r2 += -8
  130: call bpf_map_lookup_elem
  131: if r0 == 0 goto +6
  132: r1 = 1
  133: lock *(u64 *)(r0 + 0) += r1
  134: goto +3
  135: r1 = *(u64 *)(r7 + 0)
  136: r1 += 1
  137: *(u64 *)(r7 + 0) = r1
; 8: delete(@start, tid);
  138: *(u64 *)(r6 + 48) = 0
  139: call bpf_get_current_pid_tgid
  140: r0 <<= 32
  141: r0 >>= 32
  142: *(u64 *)(r6 + 48) = r0
  143: r6 += 48
  144: r1 = map[AT_start] ll
  146: r2 = r6
  147: call bpf_map_delete_elem
  148: r0 = 0
  149: exit
; 6: tracepoint:syscalls:sys_exit_read /@start[tid]/ {
  150: r0 = 0
  151: exit

end_0 (raw_tp), stack 8 bytes:
; 11: END {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +18
; 12: clear(@start);
    7: *(u64 *)(r0 + 0) = 2
    8: r1 = map[ringbuf] ll
   10: r2 = r0
   11: r3 = 8
   12: r4 = 0
   13: call bpf_ringbuf_output
   14: if r0 == 0 goto +8
   15: r1 = map[lost_events] ll
   17: r2 = r10
   18: r2 += -8
   19: call bpf_map_lookup_elem
   20: if r0 == 0 goto +2
   21: r1 = 1
   22: lock *(u64 *)(r0 + 0) += r1
   23: r0 = 0
   24: exit
; 11: END {
   25: r0 = 0
   26: exit
