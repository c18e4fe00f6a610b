uprobe_readline_0 (uprobe), stack 24 bytes:
; 2: uprobe:/bin/bash:readline {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +40
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +33
   15: r7 = r0
; 3: printf("PS1: %s\n", str(*uaddr("ps1_prompt")));
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = *(u64 *)(r6 + 128)
   18: r1 -= 814112
   19: r1 += 1264352
   20: r3 = r1
   21: r3 += 0
   22: r1 = r10
   23: r1 += -24
   24: r2 = 8
   25: call bpf_probe_read_user
   26: r3 = *(u64 *)(r10 - 24)
   27: r1 = r7
   28: r1 += 8
   29: r2 = 1024
   30: call bpf_probe_read_user_str
   31: r1 = map[ringbuf] ll
   33: r2 = r7
   34: r3 = 1032
   35: r4 = 0
   36: call bpf_ringbuf_output
   37: if r0 == 0 goto +8
   38: r1 = map[lost_events] ll
   40: r2 = r10
   41: r2 += -8
   42: call bpf_map_lookup_elem
   43: if r0 == 0 goto +2
   44: r1 = 1
   45: lock *(u64 *)(r0 + 0) += r1
   46: r0 = 0
   47: exit
; 2: uprobe:/bin/bash:readline {
   48: r0 = 0
   49: exit
