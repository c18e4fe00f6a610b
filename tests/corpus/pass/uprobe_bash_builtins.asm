uprobe_execute_builtin_0 (uprobe), stack 24 bytes:
; 2: uprobe:/bin/bash:execute_builtin {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +64
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +57
   15: r7 = r0
; 3: @builtins[arg0] = count();
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 112)
   18: *(u64 *)(r7 + 0) = r1
   19: r1 = map[AT_builtins] ll
   21: r2 = r7
   22: call bpf_map_lookup_elem
   23: r6 = r0
   24: if r6 != 0 goto +14
   25: *(u64 *)(r10 - 24) = 0
   26: r3 = r10
   27: r3 += -24
   28: r1 = map[AT_builtins] ll
   30: r2 = r7
   31: r4 = 1
   32: call bpf_map_update_elem
   33: r1 = map[AT_builtins] ll
   35: r2 = r7
   36: call bpf_map_lookup_elem
   37: r6 = r0
   38: if r6 == 0 goto +3
   39: r1 = *(u64 *)(r6 + 0)
   40: r1 += 1
   41: *(u64 *)(r6 + 0) = r1
; 4: @shells[pid] = count();
   42: *(u64 *)(r7 + 8) = 0
   43: call bpf_get_current_pid_tgid
   44: r0 >>= 32
   45: *(u64 *)(r7 + 8) = r0
   46: r7 += 8
   47: r1 = map[AT_shells] ll
   49: r2 = r7
   50: call bpf_map_lookup_elem
   51: r6 = r0
   52: if r6 != 0 goto +14
   53: *(u64 *)(r10 - 24) = 0
   54: r3 = r10
   55: r3 += -24
   56: r1 = map[AT_shells] ll
   58: r2 = r7
   59: r4 = 1
   60: call bpf_map_update_elem
   61: r1 = map[AT_shells] ll
   63: r2 = r7
   64: call bpf_map_lookup_elem
   65: r6 = r0
   66: if r6 == 0 goto +3
   67: r1 = *(u64 *)(r6 + 0)
   68: r1 += 1
   69: *(u64 *)(r6 + 0) = r1
   70: r0 = 0
   71: exit
; 2: uprobe:/bin/bash:execute_builtin {
   72: r0 = 0
   73: exit
