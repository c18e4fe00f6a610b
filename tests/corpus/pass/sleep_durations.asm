tp_syscalls_sys_enter_nanosleep_0 (tracepoint/syscalls/sys_enter_nanosleep), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_nanosleep {
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
; 2: tracepoint:syscalls:sys_enter_nanosleep {
   49: r0 = 0
   50: exit

tp_syscalls_sys_exit_nanosleep_0 (tracepoint/syscalls/sys_exit_nanosleep), stack 24 bytes:
; 6: tracepoint:syscalls:sys_exit_nanosleep /@start[tid]/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +113
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +106
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
   27: if r1 == 0 goto +92
; 7: @sleep_ms[comm] = lhist((nsecs - @start[tid]) / 1000000, 0, 1000, 100);
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
   44: r7 /= 1000000
   45: *(u64 *)(r6 + 16) = 0
   46: *(u64 *)(r6 + 24) = 0
   47: *(u64 *)(r6 + 32) = 0
   48: r1 = r6
   49: r1 += 16
   50: r2 = 16
   51: call bpf_get_current_comm
   52: r8 = r6
   53: r8 += 16
   54: r1 = 0
   55: r2 = 1000
   56: if r7 s< r1 goto +8
   57: if r7 s>= r2 goto +5
   58: r7 -= r1
   59: r1 = 100
   60: r7 /= r1
   61: r7 += 1
   62: goto +3
   63: r7 = 11
   64: goto +1
   65: r7 = 0
   66: *(u64 *)(r6 + 32) = r7
   67: r1 = map[AT_sleep_ms] ll
   69: r2 = r8
   70: call bpf_map_lookup_elem
   71: r7 = r0
   72: if r7 != 0 goto +32
   73: *(u64 *)(r10 - 24) = 0
   74: r3 = r10
   75: r3 += -24
   76: r1 = map[AT_sleep_ms] ll
   78: r2 = r8
   79: r4 = 1
   80: call bpf_map_update_elem
   81: r1 = map[AT_sleep_ms] ll
   83: r2 = r8
   84: call bpf_map_lookup_elem
   85: r7 = r0
   86: if r7 != 0 goto +18
   87: *(u64 *)(r6 + 40) = 1
   88: r1 = map[ringbuf] ll
   90: r2 = r6
   91: r2 += 40
   92: r3 = 8
   93: r4 = 0
   94: call bpf_ringbuf_output
   95: if r0 == 0 goto +12
   96: r1 = map[lost_events] ll
   98: r2 = r10
   99: r2 += -8
  100: call bpf_map_lookup_elem
  101: if r0 == 0 goto +6
  102: r1 = 1
  103: lock *(u64 *)(r0 + 0) += r1
  104: goto +3
  105: r1 = *(u64 *)(r7 + 0)
  106: r1 += 1
  107: *(u64 *)(r7 + 0) = r1
; 8: delete(@start, tid);
  108: *(u64 *)(r6 + 48) = 0
  109: call bpf_get_current_pid_tgid
  110: r0 <<= 32
  111: r0 >>= 32
  112: *(u64 *)(r6 + 48) = r0
  113: r6 += 48
  114: r1 = map[AT_start] ll
  116: r2 = r6
  117: call bpf_map_delete_elem
  118: r0 = 0
  119: exit
; 6: tracepoint:syscalls:sys_exit_nanosleep /@start[tid]/ {
  120: r0 = 0
  121: exit
