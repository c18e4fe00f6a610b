kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +73
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +66
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
   27: if r7 != 0 goto +14
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
   41: if r7 == 0 goto +3
   42: r1 = *(u64 *)(r7 + 0)
   43: r1 += 1
   44: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   45: *(u64 *)(r6 + 24) = 0
   46: *(u64 *)(r6 + 32) = 0
   47: *(u64 *)(r6 + 40) = 0
   48: call bpf_get_current_pid_tgid
   49: r0 >>= 32
   50: *(u64 *)(r6 + 24) = r0
   51: *(u32 *)(r6 + 32) = 1601398390
   52: *(u32 *)(r6 + 36) = 1684104562
   53: *(u8 *)(r6 + 40) = 0
   54: r6 += 24
   55: r1 = map[AT_by_pid] ll
   57: r2 = r6
   58: call bpf_map_lookup_elem
   59: r7 = r0
   60: if r7 != 0 goto +14
   61: *(u64 *)(r10 - 24) = 0
   62: r3 = r10
   63: r3 += -24
   64: r1 = map[AT_by_pid] ll
   66: r2 = r6
   67: r4 = 1
   68: call bpf_map_update_elem
   69: r1 = map[AT_by_pid] ll
   71: r2 = r6
   72: call bpf_map_lookup_elem
   73: r7 = r0
   74: if r7 == 0 goto +3
   75: r1 = *(u64 *)(r7 + 0)
   76: r1 += 1
   77: *(u64 *)(r7 + 0) = r1
   78: r0 = 0
   79: exit
; 2: kprobe:vfs_read,
   80: r0 = 0
   81: exit

kprobe_vfs_write_0 (kprobe/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +74
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +67
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
   28: if r7 != 0 goto +14
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
   42: if r7 == 0 goto +3
   43: r1 = *(u64 *)(r7 + 0)
   44: r1 += 1
   45: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   46: *(u64 *)(r6 + 24) = 0
   47: *(u64 *)(r6 + 32) = 0
   48: *(u64 *)(r6 + 40) = 0
   49: call bpf_get_current_pid_tgid
   50: r0 >>= 32
   51: *(u64 *)(r6 + 24) = r0
   52: *(u32 *)(r6 + 32) = 1601398390
   53: *(u32 *)(r6 + 36) = 1953067639
   54: *(u16 *)(r6 + 40) = 101
   55: r6 += 24
   56: r1 = map[AT_by_pid] ll
   58: r2 = r6
   59: call bpf_map_lookup_elem
   60: r7 = r0
   61: if r7 != 0 goto +14
   62: *(u64 *)(r10 - 24) = 0
   63: r3 = r10
   64: r3 += -24
   65: r1 = map[AT_by_pid] ll
   67: r2 = r6
   68: r4 = 1
   69: call bpf_map_update_elem
   70: r1 = map[AT_by_pid] ll
   72: r2 = r6
   73: call bpf_map_lookup_elem
   74: r7 = r0
   75: if r7 == 0 goto +3
   76: r1 = *(u64 *)(r7 + 0)
   77: r1 += 1
   78: *(u64 *)(r7 + 0) = r1
   79: r0 = 0
   80: exit
; 2: kprobe:vfs_read,
   81: r0 = 0
   82: exit

kprobe_vfs_open_0 (kprobe/vfs_open), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +73
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +66
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
   27: if r7 != 0 goto +14
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
   41: if r7 == 0 goto +3
   42: r1 = *(u64 *)(r7 + 0)
   43: r1 += 1
   44: *(u64 *)(r7 + 0) = r1
; 6: @by_pid[pid, func] = count();
   45: *(u64 *)(r6 + 24) = 0
   46: *(u64 *)(r6 + 32) = 0
   47: *(u64 *)(r6 + 40) = 0
   48: call bpf_get_current_pid_tgid
   49: r0 >>= 32
   50: *(u64 *)(r6 + 24) = r0
   51: *(u32 *)(r6 + 32) = 1601398390
   52: *(u32 *)(r6 + 36) = 1852141679
   53: *(u8 *)(r6 + 40) = 0
   54: r6 += 24
   55: r1 = map[AT_by_pid] ll
   57: r2 = r6
   58: call bpf_map_lookup_elem
   59: r7 = r0
   60: if r7 != 0 goto +14
   61: *(u64 *)(r10 - 24) = 0
   62: r3 = r10
   63: r3 += -24
   64: r1 = map[AT_by_pid] ll
   66: r2 = r6
   67: r4 = 1
   68: call bpf_map_update_elem
   69: r1 = map[AT_by_pid] ll
   71: r2 = r6
   72: call bpf_map_lookup_elem
   73: r7 = r0
   74: if r7 == 0 goto +3
   75: r1 = *(u64 *)(r7 + 0)
   76: r1 += 1
   77: *(u64 *)(r7 + 0) = r1
   78: r0 = 0
   79: exit
; 2: kprobe:vfs_read,
   80: r0 = 0
   81: exit
