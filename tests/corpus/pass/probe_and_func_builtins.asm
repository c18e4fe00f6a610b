kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +108
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +101
   14: r6 = r0
; 4: @by_probe[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u32 *)(r6 + 0) = 1869770859
   21: *(u32 *)(r6 + 4) = 1983538530
   22: *(u32 *)(r6 + 8) = 1918858086
   23: *(u32 *)(r6 + 12) = 6578533
   24: r1 = map[AT_by_probe] ll
   26: r2 = r6
   27: call bpf_map_lookup_elem
   28: r7 = r0
   29: if r7 != 0 goto +32
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_by_probe] ll
   35: r2 = r6
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_by_probe] ll
   40: r2 = r6
   41: call bpf_map_lookup_elem
   42: r7 = r0
   43: if r7 != 0 goto +18
   44: *(u64 *)(r6 + 40) = 0
   45: r1 = map[ringbuf] ll
   47: r2 = r6
   48: r2 += 40
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r7 + 0)
   63: r1 += 1
   64: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   65: *(u64 *)(r6 + 48) = 0
   66: *(u64 *)(r6 + 56) = 0
   67: *(u32 *)(r6 + 48) = 1601398390
   68: *(u32 *)(r6 + 52) = 1684104562
   69: *(u8 *)(r6 + 56) = 0
   70: r7 = r6
   71: r7 += 48
   72: r1 = map[AT_by_func] ll
   74: r2 = r7
   75: call bpf_map_lookup_elem
   76: r8 = r0
   77: if r8 != 0 goto +32
   78: *(u64 *)(r10 - 24) = 0
   79: r3 = r10
   80: r3 += -24
   81: r1 = map[AT_by_func] ll
   83: r2 = r7
   84: r4 = 1
   85: call bpf_map_update_elem
   86: r1 = map[AT_by_func] ll
   88: r2 = r7
   89: call bpf_map_lookup_elem
   90: r8 = r0
   91: if r8 != 0 goto +18
   92: *(u64 *)(r6 + 64) = 1
   93: r1 = map[ringbuf] ll
   95: r6 += 64
   96: r2 = r6
   97: r3 = 8
   98: r4 = 0
   99: call bpf_ringbuf_output
  100: if r0 == 0 goto +12
  101: r1 = map[lost_events] ll
  103: r2 = r10
  104: r2 += -8
  105: call bpf_map_lookup_elem
  106: if r0 == 0 goto +6
  107: r1 = 1
  108: lock *(u64 *)(r0 + 0) += r1
  109: goto +3
  110: r1 = *(u64 *)(r8 + 0)
  111: r1 += 1
  112: *(u64 *)(r8 + 0) = r1
  113: r0 = 0
  114: exit
; 2: kprobe:vfs_read,
  115: r0 = 0
  116: exit

fentry_for_kprobe_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +108
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +101
   14: r6 = r0
; 4: @by_probe[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u32 *)(r6 + 0) = 1869770859
   21: *(u32 *)(r6 + 4) = 1983538530
   22: *(u32 *)(r6 + 8) = 1918858086
   23: *(u32 *)(r6 + 12) = 6578533
   24: r1 = map[AT_by_probe] ll
   26: r2 = r6
   27: call bpf_map_lookup_elem
   28: r7 = r0
   29: if r7 != 0 goto +32
   30: *(u64 *)(r10 - 24) = 0
   31: r3 = r10
   32: r3 += -24
   33: r1 = map[AT_by_probe] ll
   35: r2 = r6
   36: r4 = 1
   37: call bpf_map_update_elem
   38: r1 = map[AT_by_probe] ll
   40: r2 = r6
   41: call bpf_map_lookup_elem
   42: r7 = r0
   43: if r7 != 0 goto +18
   44: *(u64 *)(r6 + 40) = 0
   45: r1 = map[ringbuf] ll
   47: r2 = r6
   48: r2 += 40
   49: r3 = 8
   50: r4 = 0
   51: call bpf_ringbuf_output
   52: if r0 == 0 goto +12
   53: r1 = map[lost_events] ll
   55: r2 = r10
   56: r2 += -8
   57: call bpf_map_lookup_elem
   58: if r0 == 0 goto +6
   59: r1 = 1
   60: lock *(u64 *)(r0 + 0) += r1
   61: goto +3
   62: r1 = *(u64 *)(r7 + 0)
   63: r1 += 1
   64: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   65: *(u64 *)(r6 + 48) = 0
   66: *(u64 *)(r6 + 56) = 0
   67: *(u32 *)(r6 + 48) = 1601398390
   68: *(u32 *)(r6 + 52) = 1684104562
   69: *(u8 *)(r6 + 56) = 0
   70: r7 = r6
   71: r7 += 48
   72: r1 = map[AT_by_func] ll
   74: r2 = r7
   75: call bpf_map_lookup_elem
   76: r8 = r0
   77: if r8 != 0 goto +32
   78: *(u64 *)(r10 - 24) = 0
   79: r3 = r10
   80: r3 += -24
   81: r1 = map[AT_by_func] ll
   83: r2 = r7
   84: r4 = 1
   85: call bpf_map_update_elem
   86: r1 = map[AT_by_func] ll
   88: r2 = r7
   89: call bpf_map_lookup_elem
   90: r8 = r0
   91: if r8 != 0 goto +18
   92: *(u64 *)(r6 + 64) = 1
   93: r1 = map[ringbuf] ll
   95: r6 += 64
   96: r2 = r6
   97: r3 = 8
   98: r4 = 0
   99: call bpf_ringbuf_output
  100: if r0 == 0 goto +12
  101: r1 = map[lost_events] ll
  103: r2 = r10
  104: r2 += -8
  105: call bpf_map_lookup_elem
  106: if r0 == 0 goto +6
  107: r1 = 1
  108: lock *(u64 *)(r0 + 0) += r1
  109: goto +3
  110: r1 = *(u64 *)(r8 + 0)
  111: r1 += 1
  112: *(u64 *)(r8 + 0) = r1
  113: r0 = 0
  114: exit
; 2: kprobe:vfs_read,
  115: r0 = 0
  116: exit

kprobe_vfs_write_0 (kprobe/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +109
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +102
   14: r6 = r0
; 4: @by_probe[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u32 *)(r6 + 0) = 1869770859
   21: *(u32 *)(r6 + 4) = 1983538530
   22: *(u32 *)(r6 + 8) = 2002744166
   23: *(u32 *)(r6 + 12) = 1702127986
   24: *(u8 *)(r6 + 16) = 0
   25: r1 = map[AT_by_probe] ll
   27: r2 = r6
   28: call bpf_map_lookup_elem
   29: r7 = r0
   30: if r7 != 0 goto +32
   31: *(u64 *)(r10 - 24) = 0
   32: r3 = r10
   33: r3 += -24
   34: r1 = map[AT_by_probe] ll
   36: r2 = r6
   37: r4 = 1
   38: call bpf_map_update_elem
   39: r1 = map[AT_by_probe] ll
   41: r2 = r6
   42: call bpf_map_lookup_elem
   43: r7 = r0
   44: if r7 != 0 goto +18
   45: *(u64 *)(r6 + 40) = 0
   46: r1 = map[ringbuf] ll
   48: r2 = r6
   49: r2 += 40
   50: r3 = 8
   51: r4 = 0
   52: call bpf_ringbuf_output
   53: if r0 == 0 goto +12
   54: r1 = map[lost_events] ll
   56: r2 = r10
   57: r2 += -8
   58: call bpf_map_lookup_elem
   59: if r0 == 0 goto +6
   60: r1 = 1
   61: lock *(u64 *)(r0 + 0) += r1
   62: goto +3
   63: r1 = *(u64 *)(r7 + 0)
   64: r1 += 1
   65: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   66: *(u64 *)(r6 + 48) = 0
   67: *(u64 *)(r6 + 56) = 0
   68: *(u32 *)(r6 + 48) = 1601398390
   69: *(u32 *)(r6 + 52) = 1953067639
   70: *(u16 *)(r6 + 56) = 101
   71: r7 = r6
   72: r7 += 48
   73: r1 = map[AT_by_func] ll
   75: r2 = r7
   76: call bpf_map_lookup_elem
   77: r8 = r0
   78: if r8 != 0 goto +32
   79: *(u64 *)(r10 - 24) = 0
   80: r3 = r10
   81: r3 += -24
   82: r1 = map[AT_by_func] ll
   84: r2 = r7
   85: r4 = 1
   86: call bpf_map_update_elem
   87: r1 = map[AT_by_func] ll
   89: r2 = r7
   90: call bpf_map_lookup_elem
   91: r8 = r0
   92: if r8 != 0 goto +18
   93: *(u64 *)(r6 + 64) = 1
   94: r1 = map[ringbuf] ll
   96: r6 += 64
   97: r2 = r6
   98: r3 = 8
   99: r4 = 0
  100: call bpf_ringbuf_output
  101: if r0 == 0 goto +12
  102: r1 = map[lost_events] ll
  104: r2 = r10
  105: r2 += -8
  106: call bpf_map_lookup_elem
  107: if r0 == 0 goto +6
  108: r1 = 1
  109: lock *(u64 *)(r0 + 0) += r1
  110: goto +3
  111: r1 = *(u64 *)(r8 + 0)
  112: r1 += 1
  113: *(u64 *)(r8 + 0) = r1
  114: r0 = 0
  115: exit
; 2: kprobe:vfs_read,
  116: r0 = 0
  117: exit

fentry_for_kprobe_vfs_write_0 (fentry/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +109
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +102
   14: r6 = r0
; 4: @by_probe[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u32 *)(r6 + 0) = 1869770859
   21: *(u32 *)(r6 + 4) = 1983538530
   22: *(u32 *)(r6 + 8) = 2002744166
   23: *(u32 *)(r6 + 12) = 1702127986
   24: *(u8 *)(r6 + 16) = 0
   25: r1 = map[AT_by_probe] ll
   27: r2 = r6
   28: call bpf_map_lookup_elem
   29: r7 = r0
   30: if r7 != 0 goto +32
   31: *(u64 *)(r10 - 24) = 0
   32: r3 = r10
   33: r3 += -24
   34: r1 = map[AT_by_probe] ll
   36: r2 = r6
   37: r4 = 1
   38: call bpf_map_update_elem
   39: r1 = map[AT_by_probe] ll
   41: r2 = r6
   42: call bpf_map_lookup_elem
   43: r7 = r0
   44: if r7 != 0 goto +18
   45: *(u64 *)(r6 + 40) = 0
   46: r1 = map[ringbuf] ll
   48: r2 = r6
   49: r2 += 40
   50: r3 = 8
   51: r4 = 0
   52: call bpf_ringbuf_output
   53: if r0 == 0 goto +12
   54: r1 = map[lost_events] ll
   56: r2 = r10
   57: r2 += -8
   58: call bpf_map_lookup_elem
   59: if r0 == 0 goto +6
   60: r1 = 1
   61: lock *(u64 *)(r0 + 0) += r1
   62: goto +3
   63: r1 = *(u64 *)(r7 + 0)
   64: r1 += 1
   65: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   66: *(u64 *)(r6 + 48) = 0
   67: *(u64 *)(r6 + 56) = 0
   68: *(u32 *)(r6 + 48) = 1601398390
   69: *(u32 *)(r6 + 52) = 1953067639
   70: *(u16 *)(r6 + 56) = 101
   71: r7 = r6
   72: r7 += 48
   73: r1 = map[AT_by_func] ll
   75: r2 = r7
   76: call bpf_map_lookup_elem
   77: r8 = r0
   78: if r8 != 0 goto +32
   79: *(u64 *)(r10 - 24) = 0
   80: r3 = r10
   81: r3 += -24
   82: r1 = map[AT_by_func] ll
   84: r2 = r7
   85: r4 = 1
   86: call bpf_map_update_elem
   87: r1 = map[AT_by_func] ll
   89: r2 = r7
   90: call bpf_map_lookup_elem
   91: r8 = r0
   92: if r8 != 0 goto +18
   93: *(u64 *)(r6 + 64) = 1
   94: r1 = map[ringbuf] ll
   96: r6 += 64
   97: r2 = r6
   98: r3 = 8
   99: r4 = 0
  100: call bpf_ringbuf_output
  101: if r0 == 0 goto +12
  102: r1 = map[lost_events] ll
  104: r2 = r10
  105: r2 += -8
  106: call bpf_map_lookup_elem
  107: if r0 == 0 goto +6
  108: r1 = 1
  109: lock *(u64 *)(r0 + 0) += r1
  110: goto +3
  111: r1 = *(u64 *)(r8 + 0)
  112: r1 += 1
  113: *(u64 *)(r8 + 0) = r1
  114: r0 = 0
  115: exit
; 2: kprobe:vfs_read,
  116: r0 = 0
  117: exit

tp_syscalls_sys_enter_read_0 (tracepoint/syscalls/sys_enter_read), stack 24 bytes:
; 8: tracepoint:syscalls:sys_enter_read {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +66
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +59
   14: r6 = r0
; 9: @by_probe[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u32 *)(r6 + 0) = 1667330676
   21: *(u32 *)(r6 + 4) = 1768910949
   22: *(u32 *)(r6 + 8) = 1933210734
   23: *(u32 *)(r6 + 12) = 1633907577
   24: *(u32 *)(r6 + 16) = 980642924
   25: *(u32 *)(r6 + 20) = 1601403251
   26: *(u32 *)(r6 + 24) = 1702129253
   27: *(u32 *)(r6 + 28) = 1701994354
   28: *(u16 *)(r6 + 32) = 25697
   29: *(u8 *)(r6 + 34) = 0
   30: r1 = map[AT_by_probe] ll
   32: r2 = r6
   33: call bpf_map_lookup_elem
   34: r7 = r0
   35: if r7 != 0 goto +32
   36: *(u64 *)(r10 - 24) = 0
   37: r3 = r10
   38: r3 += -24
   39: r1 = map[AT_by_probe] ll
   41: r2 = r6
   42: r4 = 1
   43: call bpf_map_update_elem
   44: r1 = map[AT_by_probe] ll
   46: r2 = r6
   47: call bpf_map_lookup_elem
   48: r7 = r0
   49: if r7 != 0 goto +18
   50: *(u64 *)(r6 + 40) = 2
   51: r1 = map[ringbuf] ll
   53: r6 += 40
   54: r2 = r6
   55: r3 = 8
   56: r4 = 0
   57: call bpf_ringbuf_output
   58: if r0 == 0 goto +12
   59: r1 = map[lost_events] ll
   61: r2 = r10
   62: r2 += -8
   63: call bpf_map_lookup_elem
   64: if r0 == 0 goto +6
   65: r1 = 1
   66: lock *(u64 *)(r0 + 0) += r1
   67: goto +3
   68: r1 = *(u64 *)(r7 + 0)
   69: r1 += 1
   70: *(u64 *)(r7 + 0) = r1
   71: r0 = 0
   72: exit
; 8: tracepoint:syscalls:sys_enter_read {
   73: r0 = 0
   74: exit
