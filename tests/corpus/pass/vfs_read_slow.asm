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

kretprobe_vfs_read_0 (kretprobe/vfs_read), stack 8 bytes:
; 6: kretprobe:vfs_read /@start[tid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +80
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +73
   15: r7 = r0
   16: r8 = 0
   17: *(u64 *)(r7 + 0) = 0
   18: call bpf_get_current_pid_tgid
   19: r0 <<= 32
   20: r0 >>= 32
   21: *(u64 *)(r7 + 0) = r0
   22: r1 = map[AT_start] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r1 = 0
   27: if r0 == 0 goto +1
   28: r1 = *(u64 *)(r0 + 0)
   29: if r1 == 0 goto +58
; 7: $duration_ms = (nsecs - @start[tid]) / 1000000;
   30: call bpf_ktime_get_boot_ns
   31: r9 = r0
   32: *(u64 *)(r7 + 8) = 0
   33: call bpf_get_current_pid_tgid
   34: r0 <<= 32
   35: r0 >>= 32
   36: *(u64 *)(r7 + 8) = r0
   37: r2 = r7
   38: r2 += 8
   39: r1 = map[AT_start] ll
   41: call bpf_map_lookup_elem
   42: r1 = 0
   43: if r0 == 0 goto +1
   44: r1 = *(u64 *)(r0 + 0)
   45: r9 -= r1
   46: r9 /= 1000000
   47: r8 = r9
; 8: if ($duration_ms > 10) {
   48: if r8 s<= 10 goto +27
; 9: printf("%-16s %-6d %d ms, %d bytes\n", comm, pid, $duration_ms, retval);
   49: *(u64 *)(r7 + 16) = 1
   50: r1 = r7
   51: r1 += 24
   52: r2 = 16
   53: call bpf_get_current_comm
   54: call bpf_get_current_pid_tgid
   55: r0 >>= 32
   56: *(u32 *)(r7 + 40) = r0
   57: *(u64 *)(r7 + 48) = r8
   58: r1 = *(u64 *)(r6 + 80)
   59: *(u64 *)(r7 + 56) = r1
   60: r1 = map[ringbuf] ll
   62: r2 = r7
   63: r2 += 16
   64: r3 = 48
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
; 11: delete(@start, tid);
   76: *(u64 *)(r7 + 64) = 0
   77: call bpf_get_current_pid_tgid
   78: r0 <<= 32
   79: r0 >>= 32
   80: *(u64 *)(r7 + 64) = r0
   81: r7 += 64
   82: r1 = map[AT_start] ll
   84: r2 = r7
   85: call bpf_map_delete_elem
   86: r0 = 0
   87: exit
; 6: kretprobe:vfs_read /@start[tid]/ {
   88: r0 = 0
   89: exit

fexit_for_kretprobe_vfs_read_0 (fexit/vfs_read), stack 8 bytes:
; 6: kretprobe:vfs_read /@start[tid]/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +80
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +73
   15: r7 = r0
   16: r8 = 0
   17: *(u64 *)(r7 + 0) = 0
   18: call bpf_get_current_pid_tgid
   19: r0 <<= 32
   20: r0 >>= 32
   21: *(u64 *)(r7 + 0) = r0
   22: r1 = map[AT_start] ll
   24: r2 = r7
   25: call bpf_map_lookup_elem
   26: r1 = 0
   27: if r0 == 0 goto +1
   28: r1 = *(u64 *)(r0 + 0)
   29: if r1 == 0 goto +58
; 7: $duration_ms = (nsecs - @start[tid]) / 1000000;
   30: call bpf_ktime_get_boot_ns
   31: r9 = r0
   32: *(u64 *)(r7 + 8) = 0
   33: call bpf_get_current_pid_tgid
   34: r0 <<= 32
   35: r0 >>= 32
   36: *(u64 *)(r7 + 8) = r0
   37: r2 = r7
   38: r2 += 8
   39: r1 = map[AT_start] ll
   41: call bpf_map_lookup_elem
   42: r1 = 0
   43: if r0 == 0 goto +1
   44: r1 = *(u64 *)(r0 + 0)
   45: r9 -= r1
   46: r9 /= 1000000
   47: r8 = r9
; 8: if ($duration_ms > 10) {
   48: if r8 s<= 10 goto +27
; 9: printf("%-16s %-6d %d ms, %d bytes\n", comm, pid, $duration_ms, retval);
   49: *(u64 *)(r7 + 16) = 2
   50: r1 = r7
   51: r1 += 24
   52: r2 = 16
   53: call bpf_get_current_comm
   54: call bpf_get_current_pid_tgid
   55: r0 >>= 32
   56: *(u32 *)(r7 + 40) = r0
   57: *(u64 *)(r7 + 48) = r8
   58: r1 = *(u64 *)(r6 + 32)
   59: *(u64 *)(r7 + 56) = r1
   60: r1 = map[ringbuf] ll
   62: r2 = r7
   63: r2 += 16
   64: r3 = 48
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
; 11: delete(@start, tid);
   76: *(u64 *)(r7 + 64) = 0
   77: call bpf_get_current_pid_tgid
   78: r0 <<= 32
   79: r0 >>= 32
   80: *(u64 *)(r7 + 64) = r0
   81: r7 += 64
   82: r1 = map[AT_start] ll
   84: r2 = r7
   85: call bpf_map_delete_elem
   86: r0 = 0
   87: exit
; 6: kretprobe:vfs_read /@start[tid]/ {
   88: r0 = 0
   89: exit
