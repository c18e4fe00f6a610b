tp_syscalls_sys_enter_open_0 (tracepoint/syscalls/sys_enter_open), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +49
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +42
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
   36: if r7 != 0 goto +14
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
   50: if r7 == 0 goto +3
   51: r1 = *(u64 *)(r7 + 0)
   52: r1 += 1
   53: *(u64 *)(r7 + 0) = r1
   54: r0 = 0
   55: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   56: r0 = 0
   57: exit

tp_syscalls_sys_enter_open_by_handle_at_0 (tracepoint/syscalls/sys_enter_open_by_handle_at), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +51
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +44
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
   38: if r7 != 0 goto +14
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
   52: if r7 == 0 goto +3
   53: r1 = *(u64 *)(r7 + 0)
   54: r1 += 1
   55: *(u64 *)(r7 + 0) = r1
   56: r0 = 0
   57: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   58: r0 = 0
   59: exit

tp_syscalls_sys_enter_open_tree_0 (tracepoint/syscalls/sys_enter_open_tree), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +49
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +42
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
   36: if r7 != 0 goto +14
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
   50: if r7 == 0 goto +3
   51: r1 = *(u64 *)(r7 + 0)
   52: r1 += 1
   53: *(u64 *)(r7 + 0) = r1
   54: r0 = 0
   55: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   56: r0 = 0
   57: exit

tp_syscalls_sys_enter_open_tree_attr_0 (tracepoint/syscalls/sys_enter_open_tree_attr), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +51
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +44
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
   38: if r7 != 0 goto +14
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
   52: if r7 == 0 goto +3
   53: r1 = *(u64 *)(r7 + 0)
   54: r1 += 1
   55: *(u64 *)(r7 + 0) = r1
   56: r0 = 0
   57: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   58: r0 = 0
   59: exit

tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +49
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +42
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
   36: if r7 != 0 goto +14
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
   50: if r7 == 0 goto +3
   51: r1 = *(u64 *)(r7 + 0)
   52: r1 += 1
   53: *(u64 *)(r7 + 0) = r1
   54: r0 = 0
   55: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   56: r0 = 0
   57: exit

tp_syscalls_sys_enter_openat2_0 (tracepoint/syscalls/sys_enter_openat2), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_open* {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +49
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +42
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
   36: if r7 != 0 goto +14
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
   50: if r7 == 0 goto +3
   51: r1 = *(u64 *)(r7 + 0)
   52: r1 += 1
   53: *(u64 *)(r7 + 0) = r1
   54: r0 = 0
   55: exit
; 2: tracepoint:syscalls:sys_enter_open* {
   56: r0 = 0
   57: exit
