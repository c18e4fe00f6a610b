kprobe_vfs_read_0 (kprobe/vfs_read), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +71
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +64
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
   29: if r7 != 0 goto +14
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
   43: if r7 == 0 goto +3
   44: r1 = *(u64 *)(r7 + 0)
   45: r1 += 1
   46: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   47: *(u64 *)(r6 + 40) = 0
   48: *(u64 *)(r6 + 48) = 0
   49: *(u32 *)(r6 + 40) = 1601398390
   50: *(u32 *)(r6 + 44) = 1684104562
   51: *(u8 *)(r6 + 48) = 0
   52: r6 += 40
   53: r1 = map[AT_by_func] ll
   55: r2 = r6
   56: call bpf_map_lookup_elem
   57: r7 = r0
   58: if r7 != 0 goto +14
   59: *(u64 *)(r10 - 24) = 0
   60: r3 = r10
   61: r3 += -24
   62: r1 = map[AT_by_func] ll
   64: r2 = r6
   65: r4 = 1
   66: call bpf_map_update_elem
   67: r1 = map[AT_by_func] ll
   69: r2 = r6
   70: call bpf_map_lookup_elem
   71: r7 = r0
   72: if r7 == 0 goto +3
   73: r1 = *(u64 *)(r7 + 0)
   74: r1 += 1
   75: *(u64 *)(r7 + 0) = r1
   76: r0 = 0
   77: exit
; 2: kprobe:vfs_read,
   78: r0 = 0
   79: exit

kprobe_vfs_write_0 (kprobe/vfs_write), stack 24 bytes:
; 2: kprobe:vfs_read,
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +72
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +65
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
   30: if r7 != 0 goto +14
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
   44: if r7 == 0 goto +3
   45: r1 = *(u64 *)(r7 + 0)
   46: r1 += 1
   47: *(u64 *)(r7 + 0) = r1
; 5: @by_func[func] = count();
   48: *(u64 *)(r6 + 40) = 0
   49: *(u64 *)(r6 + 48) = 0
   50: *(u32 *)(r6 + 40) = 1601398390
   51: *(u32 *)(r6 + 44) = 1953067639
   52: *(u16 *)(r6 + 48) = 101
   53: r6 += 40
   54: r1 = map[AT_by_func] ll
   56: r2 = r6
   57: call bpf_map_lookup_elem
   58: r7 = r0
   59: if r7 != 0 goto +14
   60: *(u64 *)(r10 - 24) = 0
   61: r3 = r10
   62: r3 += -24
   63: r1 = map[AT_by_func] ll
   65: r2 = r6
   66: r4 = 1
   67: call bpf_map_update_elem
   68: r1 = map[AT_by_func] ll
   70: r2 = r6
   71: call bpf_map_lookup_elem
   72: r7 = r0
   73: if r7 == 0 goto +3
   74: r1 = *(u64 *)(r7 + 0)
   75: r1 += 1
   76: *(u64 *)(r7 + 0) = r1
   77: r0 = 0
   78: exit
; 2: kprobe:vfs_read,
   79: r0 = 0
   80: exit

tp_syscalls_sys_enter_read_0 (tracepoint/syscalls/sys_enter_read), stack 24 bytes:
; 8: tracepoint:syscalls:sys_enter_read {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +48
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +41
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
   35: if r7 != 0 goto +14
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
   49: if r7 == 0 goto +3
   50: r1 = *(u64 *)(r7 + 0)
   51: r1 += 1
   52: *(u64 *)(r7 + 0) = r1
   53: r0 = 0
   54: exit
; 8: tracepoint:syscalls:sys_enter_read {
   55: r0 = 0
   56: exit
