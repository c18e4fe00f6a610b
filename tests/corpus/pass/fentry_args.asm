fentry_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 3: fentry:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +97
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +90
   15: r7 = r0
; 4: @sizes = hist(args.count);
   16: r1 = *(u64 *)(r6 + 16)
   17: *(u64 *)(r7 + 0) = 0
   18: *(u64 *)(r7 + 8) = 0
   19: if r1 s< 0 goto +40
   20: if r1 > 0 goto +3
   21: r2 = r1
   22: r2 += 1
   23: goto +37
   24: r3 = r1
   25: r4 = 0
   26: r5 = 4294967296 ll
   28: if r3 < r5 goto +2
   29: r3 >>= 32
   30: r4 += 32
   31: r5 = 65536
   32: if r3 < r5 goto +2
   33: r3 >>= 16
   34: r4 += 16
   35: r5 = 256
   36: if r3 < r5 goto +2
   37: r3 >>= 8
   38: r4 += 8
   39: r5 = 16
   40: if r3 < r5 goto +2
   41: r3 >>= 4
   42: r4 += 4
   43: r5 = 4
   44: if r3 < r5 goto +2
   45: r3 >>= 2
   46: r4 += 2
   47: r5 = 2
   48: if r3 < r5 goto +2
   49: r3 >>= 1
   50: r4 += 1
   51: r4 -= 0
   52: r1 >>= r4
   53: r1 &= 0
   54: r4 += 1
   55: r4 <<= 0
   56: r4 += r1
   57: r2 = r4
   58: r2 += 1
   59: goto +1
   60: r2 = 0
   61: *(u64 *)(r7 + 8) = r2
   62: r1 = map[AT_sizes] ll
   64: r2 = r7
   65: call bpf_map_lookup_elem
   66: r6 = r0
   67: if r6 != 0 goto +32
   68: *(u64 *)(r10 - 24) = 0
   69: r3 = r10
   70: r3 += -24
   71: r1 = map[AT_sizes] ll
   73: r2 = r7
   74: r4 = 1
   75: call bpf_map_update_elem
   76: r1 = map[AT_sizes] ll
   78: r2 = r7
   79: call bpf_map_lookup_elem
   80: r6 = r0
   81: if r6 != 0 goto +18
   82: *(u64 *)(r7 + 16) = 0
   83: r1 = map[ringbuf] ll
   85: r7 += 16
   86: r2 = r7
   87: r3 = 8
   88: r4 = 0
   89: call bpf_ringbuf_output
   90: if r0 == 0 goto +12
   91: r1 = map[lost_events] ll
   93: r2 = r10
   94: r2 += -8
   95: call bpf_map_lookup_elem
   96: if r0 == 0 goto +6
   97: r1 = 1
   98: lock *(u64 *)(r0 + 0) += r1
   99: goto +3
  100: r1 = *(u64 *)(r6 + 0)
  101: r1 += 1
  102: *(u64 *)(r6 + 0) = r1
  103: r0 = 0
  104: exit
; 3: fentry:vfs_read {
  105: r0 = 0
  106: exit
