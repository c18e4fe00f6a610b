tp_oom_mark_victim_0 (tracepoint/oom/mark_victim), stack 8 bytes:
; 2: tracepoint:oom:mark_victim {
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
; 3: printf("OOM victim %d uid %d total_vm %d anon_rss %d adj %d\n", args.pid, args.uid, args.total_vm, args.anon_rss, args.oom_score_adj);
   15: *(u64 *)(r0 + 0) = 0
   16: r1 = *(u32 *)(r6 + 8)  ; CO-RE field offset [15510] 0:1
   17: r1 <<= 32
   18: r1 s>>= 32
   19: *(u32 *)(r0 + 8) = r1
   20: r1 = *(u32 *)(r6 + 48)  ; CO-RE field offset [15510] 0:7
   21: *(u32 *)(r0 + 16) = r1
   22: r1 = *(u64 *)(r6 + 16)  ; CO-RE field offset [15510] 0:3
   23: *(u64 *)(r0 + 24) = r1
   24: r1 = *(u64 *)(r6 + 24)  ; CO-RE field offset [15510] 0:4
   25: *(u64 *)(r0 + 32) = r1
   26: r1 = *(u16 *)(r6 + 64)  ; CO-RE field offset [15510] 0:9
   27: r1 <<= 48
   28: r1 s>>= 48
   29: *(u16 *)(r0 + 40) = r1
   30: r1 = map[ringbuf] ll
   32: r2 = r0
   33: r3 = 48
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
; 2: tracepoint:oom:mark_victim {
   47: r0 = 0
   48: exit
