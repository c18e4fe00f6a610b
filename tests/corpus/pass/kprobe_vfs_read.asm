kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +145
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +138
   15: r7 = r0
; 3: @calls[comm] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = r7
   19: r2 = 16
   20: call bpf_get_current_comm
   21: r1 = map[AT_calls] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r8 = r0
   26: if r8 != 0 goto +32
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_calls] ll
   32: r2 = r7
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_calls] ll
   37: r2 = r7
   38: call bpf_map_lookup_elem
   39: r8 = r0
   40: if r8 != 0 goto +18
   41: *(u64 *)(r7 + 16) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r2 += 16
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +12
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +6
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: goto +3
   59: r1 = *(u64 *)(r8 + 0)
   60: r1 += 1
   61: *(u64 *)(r8 + 0) = r1
; 4: @requested = hist(arg2);
   62: r1 = *(u64 *)(r6 + 96)
   63: *(u64 *)(r7 + 24) = 0
   64: *(u64 *)(r7 + 32) = 0
   65: r6 = r7
   66: r6 += 24
   67: if r1 s< 0 goto +40
   68: if r1 > 0 goto +3
   69: r2 = r1
   70: r2 += 1
   71: goto +37
   72: r3 = r1
   73: r4 = 0
   74: r5 = 4294967296 ll
   76: if r3 < r5 goto +2
   77: r3 >>= 32
   78: r4 += 32
   79: r5 = 65536
   80: if r3 < r5 goto +2
   81: r3 >>= 16
   82: r4 += 16
   83: r5 = 256
   84: if r3 < r5 goto +2
   85: r3 >>= 8
   86: r4 += 8
   87: r5 = 16
   88: if r3 < r5 goto +2
   89: r3 >>= 4
   90: r4 += 4
   91: r5 = 4
   92: if r3 < r5 goto +2
   93: r3 >>= 2
   94: r4 += 2
   95: r5 = 2
   96: if r3 < r5 goto +2
   97: r3 >>= 1
   98: r4 += 1
   99: r4 -= 0
  100: r1 >>= r4
  101: r1 &= 0
  102: r4 += 1
  103: r4 <<= 0
  104: r4 += r1
  105: r2 = r4
  106: r2 += 1
  107: goto +1
  108: r2 = 0
  109: *(u64 *)(r7 + 32) = r2
  110: r1 = map[AT_requested] ll
  112: r2 = r6
  113: call bpf_map_lookup_elem
  114: r8 = r0
  115: if r8 != 0 goto +32
  116: *(u64 *)(r10 - 24) = 0
  117: r3 = r10
  118: r3 += -24
  119: r1 = map[AT_requested] ll
  121: r2 = r6
  122: r4 = 1
  123: call bpf_map_update_elem
  124: r1 = map[AT_requested] ll
  126: r2 = r6
  127: call bpf_map_lookup_elem
  128: r8 = r0
  129: if r8 != 0 goto +18
  130: *(u64 *)(r7 + 40) = 1
  131: r1 = map[ringbuf] ll
  133: r7 += 40
  134: r2 = r7
  135: r3 = 8
  136: r4 = 0
  137: call bpf_ringbuf_output
  138: if r0 == 0 goto +12
  139: r1 = map[lost_events] ll
  141: r2 = r10
  142: r2 += -8
  143: call bpf_map_lookup_elem
  144: if r0 == 0 goto +6
  145: r1 = 1
  146: lock *(u64 *)(r0 + 0) += r1
  147: goto +3
  148: r1 = *(u64 *)(r8 + 0)
  149: r1 += 1
  150: *(u64 *)(r8 + 0) = r1
  151: r0 = 0
  152: exit
; 2: kprobe:vfs_read {
  153: r0 = 0
  154: exit

fentry_for_kprobe_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +145
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +138
   15: r7 = r0
; 3: @calls[comm] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: *(u64 *)(r7 + 8) = 0
   18: r1 = r7
   19: r2 = 16
   20: call bpf_get_current_comm
   21: r1 = map[AT_calls] ll
   23: r2 = r7
   24: call bpf_map_lookup_elem
   25: r8 = r0
   26: if r8 != 0 goto +32
   27: *(u64 *)(r10 - 24) = 0
   28: r3 = r10
   29: r3 += -24
   30: r1 = map[AT_calls] ll
   32: r2 = r7
   33: r4 = 1
   34: call bpf_map_update_elem
   35: r1 = map[AT_calls] ll
   37: r2 = r7
   38: call bpf_map_lookup_elem
   39: r8 = r0
   40: if r8 != 0 goto +18
   41: *(u64 *)(r7 + 16) = 0
   42: r1 = map[ringbuf] ll
   44: r2 = r7
   45: r2 += 16
   46: r3 = 8
   47: r4 = 0
   48: call bpf_ringbuf_output
   49: if r0 == 0 goto +12
   50: r1 = map[lost_events] ll
   52: r2 = r10
   53: r2 += -8
   54: call bpf_map_lookup_elem
   55: if r0 == 0 goto +6
   56: r1 = 1
   57: lock *(u64 *)(r0 + 0) += r1
   58: goto +3
   59: r1 = *(u64 *)(r8 + 0)
   60: r1 += 1
   61: *(u64 *)(r8 + 0) = r1
; 4: @requested = hist(arg2);
   62: r1 = *(u64 *)(r6 + 16)
   63: *(u64 *)(r7 + 24) = 0
   64: *(u64 *)(r7 + 32) = 0
   65: r6 = r7
   66: r6 += 24
   67: if r1 s< 0 goto +40
   68: if r1 > 0 goto +3
   69: r2 = r1
   70: r2 += 1
   71: goto +37
   72: r3 = r1
   73: r4 = 0
   74: r5 = 4294967296 ll
   76: if r3 < r5 goto +2
   77: r3 >>= 32
   78: r4 += 32
   79: r5 = 65536
   80: if r3 < r5 goto +2
   81: r3 >>= 16
   82: r4 += 16
   83: r5 = 256
   84: if r3 < r5 goto +2
   85: r3 >>= 8
   86: r4 += 8
   87: r5 = 16
   88: if r3 < r5 goto +2
   89: r3 >>= 4
   90: r4 += 4
   91: r5 = 4
   92: if r3 < r5 goto +2
   93: r3 >>= 2
   94: r4 += 2
   95: r5 = 2
   96: if r3 < r5 goto +2
   97: r3 >>= 1
   98: r4 += 1
   99: r4 -= 0
  100: r1 >>= r4
  101: r1 &= 0
  102: r4 += 1
  103: r4 <<= 0
  104: r4 += r1
  105: r2 = r4
  106: r2 += 1
  107: goto +1
  108: r2 = 0
  109: *(u64 *)(r7 + 32) = r2
  110: r1 = map[AT_requested] ll
  112: r2 = r6
  113: call bpf_map_lookup_elem
  114: r8 = r0
  115: if r8 != 0 goto +32
  116: *(u64 *)(r10 - 24) = 0
  117: r3 = r10
  118: r3 += -24
  119: r1 = map[AT_requested] ll
  121: r2 = r6
  122: r4 = 1
  123: call bpf_map_update_elem
  124: r1 = map[AT_requested] ll
  126: r2 = r6
  127: call bpf_map_lookup_elem
  128: r8 = r0
  129: if r8 != 0 goto +18
  130: *(u64 *)(r7 + 40) = 1
  131: r1 = map[ringbuf] ll
  133: r7 += 40
  134: r2 = r7
  135: r3 = 8
  136: r4 = 0
  137: call bpf_ringbuf_output
  138: if r0 == 0 goto +12
  139: r1 = map[lost_events] ll
  141: r2 = r10
  142: r2 += -8
  143: call bpf_map_lookup_elem
  144: if r0 == 0 goto +6
  145: r1 = 1
  146: lock *(u64 *)(r0 + 0) += r1
  147: goto +3
  148: r1 = *(u64 *)(r8 + 0)
  149: r1 += 1
  150: *(u64 *)(r8 + 0) = r1
  151: r0 = 0
  152: exit
; 2: kprobe:vfs_read {
  153: r0 = 0
  154: exit
