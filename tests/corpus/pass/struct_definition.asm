uprobe_malloc_0 (uprobe), stack 40 bytes:
; 7: uprobe:/bin/bash:malloc {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +61
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +54
   15: r7 = r0
   16: r3 = 0
; 8: $r = (struct request *)arg0;
   17: r1 = *(u64 *)(r6 + 112)
   18: r3 = r1
; 9: @ids[$r->id] = count();
   19: *(u64 *)(r7 + 0) = 0
   20: r1 = r10
   21: r1 += -24
   22: r2 = 8
   23: call bpf_probe_read_user
   24: r1 = *(u64 *)(r10 - 24)
   25: *(u64 *)(r7 + 0) = r1
   26: r1 = map[AT_ids] ll
   28: r2 = r7
   29: call bpf_map_lookup_elem
   30: r6 = r0
   31: if r6 != 0 goto +32
   32: *(u64 *)(r10 - 40) = 0
   33: r3 = r10
   34: r3 += -40
   35: r1 = map[AT_ids] ll
   37: r2 = r7
   38: r4 = 1
   39: call bpf_map_update_elem
   40: r1 = map[AT_ids] ll
   42: r2 = r7
   43: call bpf_map_lookup_elem
   44: r6 = r0
   45: if r6 != 0 goto +18
   46: *(u64 *)(r7 + 8) = 0
   47: r1 = map[ringbuf] ll
   49: r7 += 8
   50: r2 = r7
   51: r3 = 8
   52: r4 = 0
   53: call bpf_ringbuf_output
   54: if r0 == 0 goto +12
   55: r1 = map[lost_events] ll
   57: r2 = r10
   58: r2 += -8
   59: call bpf_map_lookup_elem
   60: if r0 == 0 goto +6
   61: r1 = 1
   62: lock *(u64 *)(r0 + 0) += r1
   63: goto +3
   64: r1 = *(u64 *)(r6 + 0)
   65: r1 += 1
   66: *(u64 *)(r6 + 0) = r1
   67: r0 = 0
   68: exit
; 7: uprobe:/bin/bash:malloc {
   69: r0 = 0
   70: exit
