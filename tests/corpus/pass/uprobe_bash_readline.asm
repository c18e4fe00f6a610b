uretprobe_readline_0 (uretprobe), stack 8 bytes:
; 2: uretprobe:/bin/bash:readline {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +34
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +27
   15: r7 = r0
; 3: printf("%-6d %s\n", pid, str(retval));
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 >>= 32
   19: *(u32 *)(r7 + 8) = r0
   20: r3 = *(u64 *)(r6 + 80)
   21: r1 = r7
   22: r1 += 16
   23: r2 = 1024
   24: call bpf_probe_read_user_str
   25: r1 = map[ringbuf] ll
   27: r2 = r7
   28: r3 = 1040
   29: r4 = 0
   30: call bpf_ringbuf_output
   31: if r0 == 0 goto +8
   32: r1 = map[lost_events] ll
   34: r2 = r10
   35: r2 += -8
   36: call bpf_map_lookup_elem
   37: if r0 == 0 goto +2
   38: r1 = 1
   39: lock *(u64 *)(r0 + 0) += r1
   40: r0 = 0
   41: exit
; 2: uretprobe:/bin/bash:readline {
   42: r0 = 0
   43: exit
