uprobe_readline_0 (uprobe), stack 24 bytes:
; 2: uprobe:/bin/bash:readline {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +39
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +32
   15: r7 = r0
; 3: printf("PS1: %s\n", str(*uaddr("ps1_prompt")));
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 128)
   18: r1 -= 814112
   19: r3 = r1
   20: r3 += 1264352
   21: r1 = r10
   22: r1 += -24
   23: r2 = 8
   24: call bpf_probe_read_user
   25: r3 = *(u64 *)(r10 - 24)
   26: r1 = r7
   27: r1 += 8
   28: r2 = 1024
   29: call bpf_probe_read_user_str
   30: r1 = map[ringbuf] ll
   32: r2 = r7
   33: r3 = 1032
   34: r4 = 0
   35: call bpf_ringbuf_output
   36: if r0 == 0 goto +8
   37: r1 = map[lost_events] ll
   39: r2 = r10
   40: r2 += -8
   41: call bpf_map_lookup_elem
   42: if r0 == 0 goto +2
   43: r1 = 1
   44: lock *(u64 *)(r0 + 0) += r1
   45: r0 = 0
   46: exit
; 2: uprobe:/bin/bash:readline {
   47: r0 = 0
   48: exit
