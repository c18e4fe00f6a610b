kprobe_vfs_read_0 (kprobe/vfs_read), stack 40 bytes:
; 2: kprobe:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +104
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +97
   15: r7 = r0
   16: r3 = 0
; 3: $count_ptr = (uint64 *)arg3;
   17: r1 = *(u64 *)(r6 + 88)
   18: r3 = r1
; 4: @offsets = hist(*$count_ptr);
   19: r1 = r10
   20: r1 += -24
   21: r2 = 8
   22: call bpf_probe_read_kernel
   23: r1 = *(u64 *)(r10 - 24)
   24: *(u64 *)(r7 + 0) = 0
   25: *(u64 *)(r7 + 8) = 0
   26: if r1 s< 0 goto +40
   27: if r1 > 0 goto +3
   28: r2 = r1
   29: r2 += 1
   30: goto +37
   31: r3 = r1
   32: r4 = 0
   33: r5 = 4294967296 ll
   35: if r3 < r5 goto +2
   36: r3 >>= 32
   37: r4 += 32
   38: r5 = 65536
   39: if r3 < r5 goto +2
   40: r3 >>= 16
   41: r4 += 16
   42: r5 = 256
   43: if r3 < r5 goto +2
   44: r3 >>= 8
   45: r4 += 8
   46: r5 = 16
   47: if r3 < r5 goto +2
   48: r3 >>= 4
   49: r4 += 4
   50: r5 = 4
   51: if r3 < r5 goto +2
   52: r3 >>= 2
   53: r4 += 2
   54: r5 = 2
   55: if r3 < r5 goto +2
   56: r3 >>= 1
   57: r4 += 1
   58: r4 -= 0
   59: r1 >>= r4
   60: r1 &= 0
   61: r4 += 1
   62: r4 <<= 0
   63: r4 += r1
   64: r2 = r4
   65: r2 += 1
   66: goto +1
   67: r2 = 0
   68: *(u64 *)(r7 + 8) = r2
   69: r1 = map[AT_offsets] ll
   71: r2 = r7
   72: call bpf_map_lookup_elem
   73: r6 = r0
   74: if r6 != 0 goto +32
   75: *(u64 *)(r10 - 40) = 0
   76: r3 = r10
   77: r3 += -40
   78: r1 = map[AT_offsets] ll
   80: r2 = r7
   81: r4 = 1
   82: call bpf_map_update_elem
   83: r1 = map[AT_offsets] ll
   85: r2 = r7
   86: call bpf_map_lookup_elem
   87: r6 = r0
   88: if r6 != 0 goto +18
   89: *(u64 *)(r7 + 16) = 0
   90: r1 = map[ringbuf] ll
   92: r7 += 16
   93: r2 = r7
   94: r3 = 8
   95: r4 = 0
   96: call bpf_ringbuf_output
   97: if r0 == 0 goto +12
   98: r1 = map[lost_events] ll
  100: r2 = r10
  101: r2 += -8
  102: call bpf_map_lookup_elem
  103: if r0 == 0 goto +6
  104: r1 = 1
  105: lock *(u64 *)(r0 + 0) += r1
  106: goto +3
  107: r1 = *(u64 *)(r6 + 0)
  108: r1 += 1
  109: *(u64 *)(r6 + 0) = r1
  110: r0 = 0
  111: exit
; 2: kprobe:vfs_read {
  112: r0 = 0
  113: exit

fentry_for_kprobe_vfs_read_0 (fentry/vfs_read), stack 40 bytes:
; 2: kprobe:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +104
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +97
   15: r7 = r0
   16: r3 = 0
; 3: $count_ptr = (uint64 *)arg3;
   17: r1 = *(u64 *)(r6 + 24)
   18: r3 = r1
; 4: @offsets = hist(*$count_ptr);
   19: r1 = r10
   20: r1 += -24
   21: r2 = 8
   22: call bpf_probe_read_kernel
   23: r1 = *(u64 *)(r10 - 24)
   24: *(u64 *)(r7 + 0) = 0
   25: *(u64 *)(r7 + 8) = 0
   26: if r1 s< 0 goto +40
   27: if r1 > 0 goto +3
   28: r2 = r1
   29: r2 += 1
   30: goto +37
   31: r3 = r1
   32: r4 = 0
   33: r5 = 4294967296 ll
   35: if r3 < r5 goto +2
   36: r3 >>= 32
   37: r4 += 32
   38: r5 = 65536
   39: if r3 < r5 goto +2
   40: r3 >>= 16
   41: r4 += 16
   42: r5 = 256
   43: if r3 < r5 goto +2
   44: r3 >>= 8
   45: r4 += 8
   46: r5 = 16
   47: if r3 < r5 goto +2
   48: r3 >>= 4
   49: r4 += 4
   50: r5 = 4
   51: if r3 < r5 goto +2
   52: r3 >>= 2
   53: r4 += 2
   54: r5 = 2
   55: if r3 < r5 goto +2
   56: r3 >>= 1
   57: r4 += 1
   58: r4 -= 0
   59: r1 >>= r4
   60: r1 &= 0
   61: r4 += 1
   62: r4 <<= 0
   63: r4 += r1
   64: r2 = r4
   65: r2 += 1
   66: goto +1
   67: r2 = 0
   68: *(u64 *)(r7 + 8) = r2
   69: r1 = map[AT_offsets] ll
   71: r2 = r7
   72: call bpf_map_lookup_elem
   73: r6 = r0
   74: if r6 != 0 goto +32
   75: *(u64 *)(r10 - 40) = 0
   76: r3 = r10
   77: r3 += -40
   78: r1 = map[AT_offsets] ll
   80: r2 = r7
   81: r4 = 1
   82: call bpf_map_update_elem
   83: r1 = map[AT_offsets] ll
   85: r2 = r7
   86: call bpf_map_lookup_elem
   87: r6 = r0
   88: if r6 != 0 goto +18
   89: *(u64 *)(r7 + 16) = 0
   90: r1 = map[ringbuf] ll
   92: r7 += 16
   93: r2 = r7
   94: r3 = 8
   95: r4 = 0
   96: call bpf_ringbuf_output
   97: if r0 == 0 goto +12
   98: r1 = map[lost_events] ll
  100: r2 = r10
  101: r2 += -8
  102: call bpf_map_lookup_elem
  103: if r0 == 0 goto +6
  104: r1 = 1
  105: lock *(u64 *)(r0 + 0) += r1
  106: goto +3
  107: r1 = *(u64 *)(r6 + 0)
  108: r1 += 1
  109: *(u64 *)(r6 + 0) = r1
  110: r0 = 0
  111: exit
; 2: kprobe:vfs_read {
  112: r0 = 0
  113: exit
