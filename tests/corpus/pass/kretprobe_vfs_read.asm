kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read {
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
; 2: kprobe:vfs_read {
   49: r0 = 0
   50: exit

fentry_for_kprobe_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read {
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
; 2: kprobe:vfs_read {
   49: r0 = 0
   50: exit

kretprobe_vfs_read_0 (kretprobe/vfs_read), stack 24 bytes:
; 6: kretprobe:vfs_read /@start[tid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +143
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +136
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
   28: if r1 == 0 goto +122
; 7: @ns[retval < 0 ? 1 : 0] = hist(nsecs - @start[tid]);
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
   47: r1 = *(u64 *)(r6 + 80)
   48: if r1 s>= 0 goto +2
   49: r1 = 1
   50: goto +1
   51: r1 = 0
   52: *(u64 *)(r7 + 16) = r1
   53: r6 = r7
   54: r6 += 16
   55: if r8 s< 0 goto +40
   56: if r8 > 0 goto +3
   57: r1 = r8
   58: r1 += 1
   59: goto +37
   60: r2 = r8
   61: r3 = 0
   62: r4 = 4294967296 ll
   64: if r2 < r4 goto +2
   65: r2 >>= 32
   66: r3 += 32
   67: r4 = 65536
   68: if r2 < r4 goto +2
   69: r2 >>= 16
   70: r3 += 16
   71: r4 = 256
   72: if r2 < r4 goto +2
   73: r2 >>= 8
   74: r3 += 8
   75: r4 = 16
   76: if r2 < r4 goto +2
   77: r2 >>= 4
   78: r3 += 4
   79: r4 = 4
   80: if r2 < r4 goto +2
   81: r2 >>= 2
   82: r3 += 2
   83: r4 = 2
   84: if r2 < r4 goto +2
   85: r2 >>= 1
   86: r3 += 1
   87: r3 -= 0
   88: r8 >>= r3
   89: r8 &= 0
   90: r3 += 1
   91: r3 <<= 0
   92: r3 += r8
   93: r1 = r3
   94: r1 += 1
   95: goto +1
   96: r1 = 0
   97: *(u64 *)(r7 + 24) = r1
   98: r1 = map[AT_ns] ll
  100: r2 = r6
  101: call bpf_map_lookup_elem
  102: r8 = r0
  103: if r8 != 0 goto +32
  104: *(u64 *)(r10 - 24) = 0
  105: r3 = r10
  106: r3 += -24
  107: r1 = map[AT_ns] ll
  109: r2 = r6
  110: r4 = 1
  111: call bpf_map_update_elem
  112: r1 = map[AT_ns] ll
  114: r2 = r6
  115: call bpf_map_lookup_elem
  116: r8 = r0
  117: if r8 != 0 goto +18
  118: *(u64 *)(r7 + 32) = 1
  119: r1 = map[ringbuf] ll
  121: r2 = r7
  122: r2 += 32
  123: r3 = 8
  124: r4 = 0
  125: call bpf_ringbuf_output
  126: if r0 == 0 goto +12
  127: r1 = map[lost_events] ll
  129: r2 = r10
  130: r2 += -8
  131: call bpf_map_lookup_elem
  132: if r0 == 0 goto +6
  133: r1 = 1
  134: lock *(u64 *)(r0 + 0) += r1
  135: goto +3
  136: r1 = *(u64 *)(r8 + 0)
  137: r1 += 1
  138: *(u64 *)(r8 + 0) = r1
; 8: delete(@start, tid);
  139: *(u64 *)(r7 + 40) = 0
  140: call bpf_get_current_pid_tgid
  141: r0 <<= 32
  142: r0 >>= 32
  143: *(u64 *)(r7 + 40) = r0
  144: r7 += 40
  145: r1 = map[AT_start] ll
  147: r2 = r7
  148: call bpf_map_delete_elem
  149: r0 = 0
  150: exit
; 6: kretprobe:vfs_read /@start[tid]/ {
  151: r0 = 0
  152: exit

fexit_for_kretprobe_vfs_read_0 (fexit/vfs_read), stack 24 bytes:
; 6: kretprobe:vfs_read /@start[tid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +143
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +136
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
   28: if r1 == 0 goto +122
; 7: @ns[retval < 0 ? 1 : 0] = hist(nsecs - @start[tid]);
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
   47: r1 = *(u64 *)(r6 + 32)
   48: if r1 s>= 0 goto +2
   49: r1 = 1
   50: goto +1
   51: r1 = 0
   52: *(u64 *)(r7 + 16) = r1
   53: r6 = r7
   54: r6 += 16
   55: if r8 s< 0 goto +40
   56: if r8 > 0 goto +3
   57: r1 = r8
   58: r1 += 1
   59: goto +37
   60: r2 = r8
   61: r3 = 0
   62: r4 = 4294967296 ll
   64: if r2 < r4 goto +2
   65: r2 >>= 32
   66: r3 += 32
   67: r4 = 65536
   68: if r2 < r4 goto +2
   69: r2 >>= 16
   70: r3 += 16
   71: r4 = 256
   72: if r2 < r4 goto +2
   73: r2 >>= 8
   74: r3 += 8
   75: r4 = 16
   76: if r2 < r4 goto +2
   77: r2 >>= 4
   78: r3 += 4
   79: r4 = 4
   80: if r2 < r4 goto +2
   81: r2 >>= 2
   82: r3 += 2
   83: r4 = 2
   84: if r2 < r4 goto +2
   85: r2 >>= 1
   86: r3 += 1
   87: r3 -= 0
   88: r8 >>= r3
   89: r8 &= 0
   90: r3 += 1
   91: r3 <<= 0
   92: r3 += r8
   93: r1 = r3
   94: r1 += 1
   95: goto +1
   96: r1 = 0
   97: *(u64 *)(r7 + 24) = r1
   98: r1 = map[AT_ns] ll
  100: r2 = r6
  101: call bpf_map_lookup_elem
  102: r8 = r0
  103: if r8 != 0 goto +32
  104: *(u64 *)(r10 - 24) = 0
  105: r3 = r10
  106: r3 += -24
  107: r1 = map[AT_ns] ll
  109: r2 = r6
  110: r4 = 1
  111: call bpf_map_update_elem
  112: r1 = map[AT_ns] ll
  114: r2 = r6
  115: call bpf_map_lookup_elem
  116: r8 = r0
  117: if r8 != 0 goto +18
  118: *(u64 *)(r7 + 32) = 1
  119: r1 = map[ringbuf] ll
  121: r2 = r7
  122: r2 += 32
  123: r3 = 8
  124: r4 = 0
  125: call bpf_ringbuf_output
  126: if r0 == 0 goto +12
  127: r1 = map[lost_events] ll
  129: r2 = r10
  130: r2 += -8
  131: call bpf_map_lookup_elem
  132: if r0 == 0 goto +6
  133: r1 = 1
  134: lock *(u64 *)(r0 + 0) += r1
  135: goto +3
  136: r1 = *(u64 *)(r8 + 0)
  137: r1 += 1
  138: *(u64 *)(r8 + 0) = r1
; 8: delete(@start, tid);
  139: *(u64 *)(r7 + 40) = 0
  140: call bpf_get_current_pid_tgid
  141: r0 <<= 32
  142: r0 >>= 32
  143: *(u64 *)(r7 + 40) = r0
  144: r7 += 40
  145: r1 = map[AT_start] ll
  147: r2 = r7
  148: call bpf_map_delete_elem
  149: r0 = 0
  150: exit
; 6: kretprobe:vfs_read /@start[tid]/ {
  151: r0 = 0
  152: exit
