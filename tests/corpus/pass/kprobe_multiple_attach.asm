kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +110
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +103
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 1918858086
   21: *(u32 *)(r6 + 12) = 6578533
   22: r1 = map[AT_io] ll
   24: r2 = r6
   25: call bpf_map_lookup_elem
   26: r7 = r0
   27: if r7 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_io] ll
   33: r2 = r6
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_io] ll
   38: r2 = r6
   39: call bpf_map_lookup_elem
   40: r7 = r0
   41: if r7 != 0 goto +18
   42: *(u64 *)(r6 + 24) = 0
   43: r1 = map[ringbuf] ll
   45: r2 = r6
   46: r2 += 24
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r7 + 0)
   61: r1 += 1
   62: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   63: *(u64 *)(r6 + 32) = 0
   64: *(u64 *)(r6 + 40) = 0
   65: *(u64 *)(r6 + 48) = 0
   66: call bpf_get_current_pid_tgid
   67: r0 >>= 32
   68: *(u64 *)(r6 + 32) = r0
   69: *(u32 *)(r6 + 40) = 1601398390
   70: *(u32 *)(r6 + 44) = 1684104562
   71: *(u8 *)(r6 + 48) = 0
   72: r7 = r6
   73: r7 += 32
   74: r1 = map[AT_by_pid] ll
   76: r2 = r7
   77: call bpf_map_lookup_elem
   78: r8 = r0
   79: if r8 != 0 goto +32
   80: *(u64 *)(r10 - 24) = 0
   81: r3 = r10
   82: r3 += -24
   83: r1 = map[AT_by_pid] ll
   85: r2 = r7
   86: r4 = 1
   87: call bpf_map_update_elem
   88: r1 = map[AT_by_pid] ll
   90: r2 = r7
   91: call bpf_map_lookup_elem
   92: r8 = r0
   93: if r8 != 0 goto +18
   94: *(u64 *)(r6 + 56) = 1
   95: r1 = map[ringbuf] ll
   97: r6 += 56
   98: r2 = r6
   99: r3 = 8
  100: r4 = 0
  101: call bpf_ringbuf_output
  102: if r0 == 0 goto +12
  103: r1 = map[lost_events] ll
  105: r2 = r10
  106: r2 += -8
  107: call bpf_map_lookup_elem
  108: if r0 == 0 goto +6
  109: r1 = 1
  110: lock *(u64 *)(r0 + 0) += r1
  111: goto +3
  112: r1 = *(u64 *)(r8 + 0)
  113: r1 += 1
  114: *(u64 *)(r8 + 0) = r1
  115: r0 = 0
  116: exit
; 2: kprobe:vfs_read,
  117: r0 = 0
  118: exit

fentry_for_kprobe_vfs_read_0 (fentry/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +110
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +103
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 1918858086
   21: *(u32 *)(r6 + 12) = 6578533
   22: r1 = map[AT_io] ll
   24: r2 = r6
   25: call bpf_map_lookup_elem
   26: r7 = r0
   27: if r7 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_io] ll
   33: r2 = r6
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_io] ll
   38: r2 = r6
   39: call bpf_map_lookup_elem
   40: r7 = r0
   41: if r7 != 0 goto +18
   42: *(u64 *)(r6 + 24) = 0
   43: r1 = map[ringbuf] ll
   45: r2 = r6
   46: r2 += 24
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r7 + 0)
   61: r1 += 1
   62: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   63: *(u64 *)(r6 + 32) = 0
   64: *(u64 *)(r6 + 40) = 0
   65: *(u64 *)(r6 + 48) = 0
   66: call bpf_get_current_pid_tgid
   67: r0 >>= 32
   68: *(u64 *)(r6 + 32) = r0
   69: *(u32 *)(r6 + 40) = 1601398390
   70: *(u32 *)(r6 + 44) = 1684104562
   71: *(u8 *)(r6 + 48) = 0
   72: r7 = r6
   73: r7 += 32
   74: r1 = map[AT_by_pid] ll
   76: r2 = r7
   77: call bpf_map_lookup_elem
   78: r8 = r0
   79: if r8 != 0 goto +32
   80: *(u64 *)(r10 - 24) = 0
   81: r3 = r10
   82: r3 += -24
   83: r1 = map[AT_by_pid] ll
   85: r2 = r7
   86: r4 = 1
   87: call bpf_map_update_elem
   88: r1 = map[AT_by_pid] ll
   90: r2 = r7
   91: call bpf_map_lookup_elem
   92: r8 = r0
   93: if r8 != 0 goto +18
   94: *(u64 *)(r6 + 56) = 1
   95: r1 = map[ringbuf] ll
   97: r6 += 56
   98: r2 = r6
   99: r3 = 8
  100: r4 = 0
  101: call bpf_ringbuf_output
  102: if r0 == 0 goto +12
  103: r1 = map[lost_events] ll
  105: r2 = r10
  106: r2 += -8
  107: call bpf_map_lookup_elem
  108: if r0 == 0 goto +6
  109: r1 = 1
  110: lock *(u64 *)(r0 + 0) += r1
  111: goto +3
  112: r1 = *(u64 *)(r8 + 0)
  113: r1 += 1
  114: *(u64 *)(r8 + 0) = r1
  115: r0 = 0
  116: exit
; 2: kprobe:vfs_read,
  117: r0 = 0
  118: exit

kprobe_vfs_write_0 (kprobe/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +111
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +104
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 2002744166
   21: *(u32 *)(r6 + 12) = 1702127986
   22: *(u8 *)(r6 + 16) = 0
   23: r1 = map[AT_io] ll
   25: r2 = r6
   26: call bpf_map_lookup_elem
   27: r7 = r0
   28: if r7 != 0 goto +32
   29: *(u64 *)(r10 - 24) = 0
   30: r3 = r10
   31: r3 += -24
   32: r1 = map[AT_io] ll
   34: r2 = r6
   35: r4 = 1
   36: call bpf_map_update_elem
   37: r1 = map[AT_io] ll
   39: r2 = r6
   40: call bpf_map_lookup_elem
   41: r7 = r0
   42: if r7 != 0 goto +18
   43: *(u64 *)(r6 + 24) = 0
   44: r1 = map[ringbuf] ll
   46: r2 = r6
   47: r2 += 24
   48: r3 = 8
   49: r4 = 0
   50: call bpf_ringbuf_output
   51: if r0 == 0 goto +12
   52: r1 = map[lost_events] ll
   54: r2 = r10
   55: r2 += -8
   56: call bpf_map_lookup_elem
   57: if r0 == 0 goto +6
   58: r1 = 1
   59: lock *(u64 *)(r0 + 0) += r1
   60: goto +3
   61: r1 = *(u64 *)(r7 + 0)
   62: r1 += 1
   63: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   64: *(u64 *)(r6 + 32) = 0
   65: *(u64 *)(r6 + 40) = 0
   66: *(u64 *)(r6 + 48) = 0
   67: call bpf_get_current_pid_tgid
   68: r0 >>= 32
   69: *(u64 *)(r6 + 32) = r0
   70: *(u32 *)(r6 + 40) = 1601398390
   71: *(u32 *)(r6 + 44) = 1953067639
   72: *(u16 *)(r6 + 48) = 101
   73: r7 = r6
   74: r7 += 32
   75: r1 = map[AT_by_pid] ll
   77: r2 = r7
   78: call bpf_map_lookup_elem
   79: r8 = r0
   80: if r8 != 0 goto +32
   81: *(u64 *)(r10 - 24) = 0
   82: r3 = r10
   83: r3 += -24
   84: r1 = map[AT_by_pid] ll
   86: r2 = r7
   87: r4 = 1
   88: call bpf_map_update_elem
   89: r1 = map[AT_by_pid] ll
   91: r2 = r7
   92: call bpf_map_lookup_elem
   93: r8 = r0
   94: if r8 != 0 goto +18
   95: *(u64 *)(r6 + 56) = 1
   96: r1 = map[ringbuf] ll
   98: r6 += 56
   99: r2 = r6
  100: r3 = 8
  101: r4 = 0
  102: call bpf_ringbuf_output
  103: if r0 == 0 goto +12
  104: r1 = map[lost_events] ll
  106: r2 = r10
  107: r2 += -8
  108: call bpf_map_lookup_elem
  109: if r0 == 0 goto +6
  110: r1 = 1
  111: lock *(u64 *)(r0 + 0) += r1
  112: goto +3
  113: r1 = *(u64 *)(r8 + 0)
  114: r1 += 1
  115: *(u64 *)(r8 + 0) = r1
  116: r0 = 0
  117: exit
; 2: kprobe:vfs_read,
  118: r0 = 0
  119: exit

fentry_for_kprobe_vfs_write_0 (fentry/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +111
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +104
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 2002744166
   21: *(u32 *)(r6 + 12) = 1702127986
   22: *(u8 *)(r6 + 16) = 0
   23: r1 = map[AT_io] ll
   25: r2 = r6
   26: call bpf_map_lookup_elem
   27: r7 = r0
   28: if r7 != 0 goto +32
   29: *(u64 *)(r10 - 24) = 0
   30: r3 = r10
   31: r3 += -24
   32: r1 = map[AT_io] ll
   34: r2 = r6
   35: r4 = 1
   36: call bpf_map_update_elem
   37: r1 = map[AT_io] ll
   39: r2 = r6
   40: call bpf_map_lookup_elem
   41: r7 = r0
   42: if r7 != 0 goto +18
   43: *(u64 *)(r6 + 24) = 0
   44: r1 = map[ringbuf] ll
   46: r2 = r6
   47: r2 += 24
   48: r3 = 8
   49: r4 = 0
   50: call bpf_ringbuf_output
   51: if r0 == 0 goto +12
   52: r1 = map[lost_events] ll
   54: r2 = r10
   55: r2 += -8
   56: call bpf_map_lookup_elem
   57: if r0 == 0 goto +6
   58: r1 = 1
   59: lock *(u64 *)(r0 + 0) += r1
   60: goto +3
   61: r1 = *(u64 *)(r7 + 0)
   62: r1 += 1
   63: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   64: *(u64 *)(r6 + 32) = 0
   65: *(u64 *)(r6 + 40) = 0
   66: *(u64 *)(r6 + 48) = 0
   67: call bpf_get_current_pid_tgid
   68: r0 >>= 32
   69: *(u64 *)(r6 + 32) = r0
   70: *(u32 *)(r6 + 40) = 1601398390
   71: *(u32 *)(r6 + 44) = 1953067639
   72: *(u16 *)(r6 + 48) = 101
   73: r7 = r6
   74: r7 += 32
   75: r1 = map[AT_by_pid] ll
   77: r2 = r7
   78: call bpf_map_lookup_elem
   79: r8 = r0
   80: if r8 != 0 goto +32
   81: *(u64 *)(r10 - 24) = 0
   82: r3 = r10
   83: r3 += -24
   84: r1 = map[AT_by_pid] ll
   86: r2 = r7
   87: r4 = 1
   88: call bpf_map_update_elem
   89: r1 = map[AT_by_pid] ll
   91: r2 = r7
   92: call bpf_map_lookup_elem
   93: r8 = r0
   94: if r8 != 0 goto +18
   95: *(u64 *)(r6 + 56) = 1
   96: r1 = map[ringbuf] ll
   98: r6 += 56
   99: r2 = r6
  100: r3 = 8
  101: r4 = 0
  102: call bpf_ringbuf_output
  103: if r0 == 0 goto +12
  104: r1 = map[lost_events] ll
  106: r2 = r10
  107: r2 += -8
  108: call bpf_map_lookup_elem
  109: if r0 == 0 goto +6
  110: r1 = 1
  111: lock *(u64 *)(r0 + 0) += r1
  112: goto +3
  113: r1 = *(u64 *)(r8 + 0)
  114: r1 += 1
  115: *(u64 *)(r8 + 0) = r1
  116: r0 = 0
  117: exit
; 2: kprobe:vfs_read,
  118: r0 = 0
  119: exit

kprobe_vfs_open_0 (kprobe/vfs_open), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +110
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +103
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 1868526438
   21: *(u32 *)(r6 + 12) = 7234928
   22: r1 = map[AT_io] ll
   24: r2 = r6
   25: call bpf_map_lookup_elem
   26: r7 = r0
   27: if r7 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_io] ll
   33: r2 = r6
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_io] ll
   38: r2 = r6
   39: call bpf_map_lookup_elem
   40: r7 = r0
   41: if r7 != 0 goto +18
   42: *(u64 *)(r6 + 24) = 0
   43: r1 = map[ringbuf] ll
   45: r2 = r6
   46: r2 += 24
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r7 + 0)
   61: r1 += 1
   62: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   63: *(u64 *)(r6 + 32) = 0
   64: *(u64 *)(r6 + 40) = 0
   65: *(u64 *)(r6 + 48) = 0
   66: call bpf_get_current_pid_tgid
   67: r0 >>= 32
   68: *(u64 *)(r6 + 32) = r0
   69: *(u32 *)(r6 + 40) = 1601398390
   70: *(u32 *)(r6 + 44) = 1852141679
   71: *(u8 *)(r6 + 48) = 0
   72: r7 = r6
   73: r7 += 32
   74: r1 = map[AT_by_pid] ll
   76: r2 = r7
   77: call bpf_map_lookup_elem
   78: r8 = r0
   79: if r8 != 0 goto +32
   80: *(u64 *)(r10 - 24) = 0
   81: r3 = r10
   82: r3 += -24
   83: r1 = map[AT_by_pid] ll
   85: r2 = r7
   86: r4 = 1
   87: call bpf_map_update_elem
   88: r1 = map[AT_by_pid] ll
   90: r2 = r7
   91: call bpf_map_lookup_elem
   92: r8 = r0
   93: if r8 != 0 goto +18
   94: *(u64 *)(r6 + 56) = 1
   95: r1 = map[ringbuf] ll
   97: r6 += 56
   98: r2 = r6
   99: r3 = 8
  100: r4 = 0
  101: call bpf_ringbuf_output
  102: if r0 == 0 goto +12
  103: r1 = map[lost_events] ll
  105: r2 = r10
  106: r2 += -8
  107: call bpf_map_lookup_elem
  108: if r0 == 0 goto +6
  109: r1 = 1
  110: lock *(u64 *)(r0 + 0) += r1
  111: goto +3
  112: r1 = *(u64 *)(r8 + 0)
  113: r1 += 1
  114: *(u64 *)(r8 + 0) = r1
  115: r0 = 0
  116: exit
; 2: kprobe:vfs_read,
  117: r0 = 0
  118: exit

fentry_for_kprobe_vfs_open_0 (fentry/vfs_open), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +110
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +103
   14: r6 = r0
; 5: @io[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u32 *)(r6 + 0) = 1869770859
   19: *(u32 *)(r6 + 4) = 1983538530
   20: *(u32 *)(r6 + 8) = 1868526438
   21: *(u32 *)(r6 + 12) = 7234928
   22: r1 = map[AT_io] ll
   24: r2 = r6
   25: call bpf_map_lookup_elem
   26: r7 = r0
   27: if r7 != 0 goto +32
   28: *(u64 *)(r10 - 24) = 0
   29: r3 = r10
   30: r3 += -24
   31: r1 = map[AT_io] ll
   33: r2 = r6
   34: r4 = 1
   35: call bpf_map_update_elem
   36: r1 = map[AT_io] ll
   38: r2 = r6
   39: call bpf_map_lookup_elem
   40: r7 = r0
   41: if r7 != 0 goto +18
   42: *(u64 *)(r6 + 24) = 0
   43: r1 = map[ringbuf] ll
   45: r2 = r6
   46: r2 += 24
   47: r3 = 8
   48: r4 = 0
   49: call bpf_ringbuf_output
   50: if r0 == 0 goto +12
   51: r1 = map[lost_events] ll
   53: r2 = r10
   54: r2 += -8
   55: call bpf_map_lookup_elem
   56: if r0 == 0 goto +6
   57: r1 = 1
   58: lock *(u64 *)(r0 + 0) += r1
   59: goto +3
   60: r1 = *(u64 *)(r7 + 0)
   61: r1 += 1
   62: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   63: *(u64 *)(r6 + 32) = 0
   64: *(u64 *)(r6 + 40) = 0
   65: *(u64 *)(r6 + 48) = 0
   66: call bpf_get_current_pid_tgid
   67: r0 >>= 32
   68: *(u64 *)(r6 + 32) = r0
   69: *(u32 *)(r6 + 40) = 1601398390
   70: *(u32 *)(r6 + 44) = 1852141679
   71: *(u8 *)(r6 + 48) = 0
   72: r7 = r6
   73: r7 += 32
   74: r1 = map[AT_by_pid] ll
   76: r2 = r7
   77: call bpf_map_lookup_elem
   78: r8 = r0
   79: if r8 != 0 goto +32
   80: *(u64 *)(r10 - 24) = 0
   81: r3 = r10
   82: r3 += -24
   83: r1 = map[AT_by_pid] ll
   85: r2 = r7
   86: r4 = 1
   87: call bpf_map_update_elem
   88: r1 = map[AT_by_pid] ll
   90: r2 = r7
   91: call bpf_map_lookup_elem
   92: r8 = r0
   93: if r8 != 0 goto +18
   94: *(u64 *)(r6 + 56) = 1
   95: r1 = map[ringbuf] ll
   97: r6 += 56
   98: r2 = r6
   99: r3 = 8
  100: r4 = 0
  101: call bpf_ringbuf_output
  102: if r0 == 0 goto +12
  103: r1 = map[lost_events] ll
  105: r2 = r10
  106: r2 += -8
  107: call bpf_map_lookup_elem
  108: if r0 == 0 goto +6
  109: r1 = 1
  110: lock *(u64 *)(r0 + 0) += r1
  111: goto +3
  112: r1 = *(u64 *)(r8 + 0)
  113: r1 += 1
  114: *(u64 *)(r8 + 0) = r1
  115: r0 = 0
  116: exit
; 2: kprobe:vfs_read,
  117: r0 = 0
  118: exit
