kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +109
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +102
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
   26: if r8 != 0 goto +14
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
   40: if r8 == 0 goto +3
   41: r1 = *(u64 *)(r8 + 0)
   42: r1 += 1
   43: *(u64 *)(r8 + 0) = r1
; 4: @requested = hist(arg2);
   44: r1 = *(u64 *)(r6 + 96)
   45: *(u64 *)(r7 + 16) = 0
   46: *(u64 *)(r7 + 24) = 0
   47: r6 = r7
   48: r6 += 16
   49: if r1 s< 0 goto +40
   50: if r1 > 0 goto +3
   51: r2 = r1
   52: r2 += 1
   53: goto +37
   54: r3 = r1
   55: r4 = 0
   56: r5 = 4294967296 ll
   58: if r3 < r5 goto +2
   59: r3 >>= 32
   60: r4 += 32
   61: r5 = 65536
   62: if r3 < r5 goto +2
   63: r3 >>= 16
   64: r4 += 16
   65: r5 = 256
   66: if r3 < r5 goto +2
   67: r3 >>= 8
   68: r4 += 8
   69: r5 = 16
   70: if r3 < r5 goto +2
   71: r3 >>= 4
   72: r4 += 4
   73: r5 = 4
   74: if r3 < r5 goto +2
   75: r3 >>= 2
   76: r4 += 2
   77: r5 = 2
   78: if r3 < r5 goto +2
   79: r3 >>= 1
   80: r4 += 1
   81: r4 -= 0
   82: r1 >>= r4
   83: r1 &= 0
   84: r4 += 1
   85: r4 <<= 0
   86: r4 += r1
   87: r2 = r4
   88: r2 += 1
   89: goto +1
   90: r2 = 0
   91: *(u64 *)(r7 + 24) = r2
   92: r1 = map[AT_requested] ll
   94: r2 = r6
   95: call bpf_map_lookup_elem
   96: r7 = r0
   97: if r7 != 0 goto +14
   98: *(u64 *)(r10 - 24) = 0
   99: r3 = r10
  100: r3 += -24
  101: r1 = map[AT_requested] ll
  103: r2 = r6
  104: r4 = 1
  105: call bpf_map_update_elem
  106: r1 = map[AT_requested] ll
  108: r2 = r6
  109: call bpf_map_lookup_elem
  110: r7 = r0
  111: if r7 == 0 goto +3
  112: r1 = *(u64 *)(r7 + 0)
  113: r1 += 1
  114: *(u64 *)(r7 + 0) = r1
  115: r0 = 0
  116: exit
; 2: kprobe:vfs_read {
  117: r0 = 0
  118: exit
