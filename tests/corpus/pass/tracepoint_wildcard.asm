tp_syscalls_sys_enter_open_0 (tracepoint/syscalls/sys_enter_open), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +67
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +60
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u16 *)(r6 + 32) = 28261
   30: *(u8 *)(r6 + 34) = 0
   31: r1 = map[AT_] ll
   33: r2 = r6
   34: call bpf_map_lookup_elem
   35: r7 = r0
   36: if r7 != 0 goto +32
   37: *(u64 *)(r10 - 24) = 0
   38: r3 = r10
   39: r3 += -24
   40: r1 = map[AT_] ll
   42: r2 = r6
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r7 = r0
   50: if r7 != 0 goto +18
   51: *(u64 *)(r6 + 48) = 0
   52: r1 = map[ringbuf] ll
   54: r6 += 48
   55: r2 = r6
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r7 + 0)
   70: r1 += 1
   71: *(u64 *)(r7 + 0) = r1
   72: r0 = 0
   73: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   74: r0 = 0
   75: exit

tp_syscalls_sys_enter_open_by_handle_at_0 (tracepoint/syscalls/sys_enter_open_by_handle_at), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +69
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +62
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u32 *)(r6 + 32) = 1650421349
   30: *(u32 *)(r6 + 36) = 1634230137
   31: *(u32 *)(r6 + 40) = 1701602414
   32: *(u32 *)(r6 + 44) = 7627103
   33: r1 = map[AT_] ll
   35: r2 = r6
   36: call bpf_map_lookup_elem
   37: r7 = r0
   38: if r7 != 0 goto +32
   39: *(u64 *)(r10 - 24) = 0
   40: r3 = r10
   41: r3 += -24
   42: r1 = map[AT_] ll
   44: r2 = r6
   45: r4 = 1
   46: call bpf_map_update_elem
   47: r1 = map[AT_] ll
   49: r2 = r6
   50: call bpf_map_lookup_elem
   51: r7 = r0
   52: if r7 != 0 goto +18
   53: *(u64 *)(r6 + 48) = 0
   54: r1 = map[ringbuf] ll
   56: r6 += 48
   57: r2 = r6
   58: r3 = 8
   59: r4 = 0
   60: call bpf_ringbuf_output
   61: if r0 == 0 goto +12
   62: r1 = map[lost_events] ll
   64: r2 = r10
   65: r2 += -8
   66: call bpf_map_lookup_elem
   67: if r0 == 0 goto +6
   68: r1 = 1
   69: lock *(u64 *)(r0 + 0) += r1
   70: goto +3
   71: r1 = *(u64 *)(r7 + 0)
   72: r1 += 1
   73: *(u64 *)(r7 + 0) = r1
   74: r0 = 0
   75: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   76: r0 = 0
   77: exit

tp_syscalls_sys_enter_open_tree_0 (tracepoint/syscalls/sys_enter_open_tree), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +67
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +60
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u32 *)(r6 + 32) = 1952411237
   30: *(u32 *)(r6 + 36) = 6645106
   31: r1 = map[AT_] ll
   33: r2 = r6
   34: call bpf_map_lookup_elem
   35: r7 = r0
   36: if r7 != 0 goto +32
   37: *(u64 *)(r10 - 24) = 0
   38: r3 = r10
   39: r3 += -24
   40: r1 = map[AT_] ll
   42: r2 = r6
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r7 = r0
   50: if r7 != 0 goto +18
   51: *(u64 *)(r6 + 48) = 0
   52: r1 = map[ringbuf] ll
   54: r6 += 48
   55: r2 = r6
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r7 + 0)
   70: r1 += 1
   71: *(u64 *)(r7 + 0) = r1
   72: r0 = 0
   73: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   74: r0 = 0
   75: exit

tp_syscalls_sys_enter_open_tree_attr_0 (tracepoint/syscalls/sys_enter_open_tree_attr), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +69
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +62
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u32 *)(r6 + 32) = 1952411237
   30: *(u32 *)(r6 + 36) = 1600480626
   31: *(u32 *)(r6 + 40) = 1920234593
   32: *(u8 *)(r6 + 44) = 0
   33: r1 = map[AT_] ll
   35: r2 = r6
   36: call bpf_map_lookup_elem
   37: r7 = r0
   38: if r7 != 0 goto +32
   39: *(u64 *)(r10 - 24) = 0
   40: r3 = r10
   41: r3 += -24
   42: r1 = map[AT_] ll
   44: r2 = r6
   45: r4 = 1
   46: call bpf_map_update_elem
   47: r1 = map[AT_] ll
   49: r2 = r6
   50: call bpf_map_lookup_elem
   51: r7 = r0
   52: if r7 != 0 goto +18
   53: *(u64 *)(r6 + 48) = 0
   54: r1 = map[ringbuf] ll
   56: r6 += 48
   57: r2 = r6
   58: r3 = 8
   59: r4 = 0
   60: call bpf_ringbuf_output
   61: if r0 == 0 goto +12
   62: r1 = map[lost_events] ll
   64: r2 = r10
   65: r2 += -8
   66: call bpf_map_lookup_elem
   67: if r0 == 0 goto +6
   68: r1 = 1
   69: lock *(u64 *)(r0 + 0) += r1
   70: goto +3
   71: r1 = *(u64 *)(r7 + 0)
   72: r1 += 1
   73: *(u64 *)(r7 + 0) = r1
   74: r0 = 0
   75: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   76: r0 = 0
   77: exit

tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +67
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +60
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u32 *)(r6 + 32) = 1952542309
   30: *(u8 *)(r6 + 36) = 0
   31: r1 = map[AT_] ll
   33: r2 = r6
   34: call bpf_map_lookup_elem
   35: r7 = r0
   36: if r7 != 0 goto +32
   37: *(u64 *)(r10 - 24) = 0
   38: r3 = r10
   39: r3 += -24
   40: r1 = map[AT_] ll
   42: r2 = r6
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r7 = r0
   50: if r7 != 0 goto +18
   51: *(u64 *)(r6 + 48) = 0
   52: r1 = map[ringbuf] ll
   54: r6 += 48
   55: r2 = r6
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r7 + 0)
   70: r1 += 1
   71: *(u64 *)(r7 + 0) = r1
   72: r0 = 0
   73: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   74: r0 = 0
   75: exit

tp_syscalls_sys_enter_openat2_0 (tracepoint/syscalls/sys_enter_openat2), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +67
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +60
   14: r6 = r0
; 3: @[probe] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: *(u64 *)(r6 + 16) = 0
   18: *(u64 *)(r6 + 24) = 0
   19: *(u64 *)(r6 + 32) = 0
   20: *(u64 *)(r6 + 40) = 0
   21: *(u32 *)(r6 + 0) = 1667330676
   22: *(u32 *)(r6 + 4) = 1768910949
   23: *(u32 *)(r6 + 8) = 1933210734
   24: *(u32 *)(r6 + 12) = 1633907577
   25: *(u32 *)(r6 + 16) = 980642924
   26: *(u32 *)(r6 + 20) = 1601403251
   27: *(u32 *)(r6 + 24) = 1702129253
   28: *(u32 *)(r6 + 28) = 1886347122
   29: *(u32 *)(r6 + 32) = 1952542309
   30: *(u16 *)(r6 + 36) = 50
   31: r1 = map[AT_] ll
   33: r2 = r6
   34: call bpf_map_lookup_elem
   35: r7 = r0
   36: if r7 != 0 goto +32
   37: *(u64 *)(r10 - 24) = 0
   38: r3 = r10
   39: r3 += -24
   40: r1 = map[AT_] ll
   42: r2 = r6
   43: r4 = 1
   44: call bpf_map_update_elem
   45: r1 = map[AT_] ll
   47: r2 = r6
   48: call bpf_map_lookup_elem
   49: r7 = r0
   50: if r7 != 0 goto +18
   51: *(u64 *)(r6 + 48) = 0
   52: r1 = map[ringbuf] ll
   54: r6 += 48
   55: r2 = r6
   56: r3 = 8
   57: r4 = 0
   58: call bpf_ringbuf_output
   59: if r0 == 0 goto +12
   60: r1 = map[lost_events] ll
   62: r2 = r10
   63: r2 += -8
   64: call bpf_map_lookup_elem
   65: if r0 == 0 goto +6
   66: r1 = 1
   67: lock *(u64 *)(r0 + 0) += r1
   68: goto +3
   69: r1 = *(u64 *)(r7 + 0)
   70: r1 += 1
   71: *(u64 *)(r7 + 0) = r1
   72: r0 = 0
   73: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   74: r0 = 0
   75: exit
