iter_task_0 (iter/task), stack 8 bytes:
; 2: iter:task {
    0: r6 = r1
    1: *(u64 *)(r10 - 8) = 0
    2: r1 = map[scratch] ll
    4: r2 = r10
    5: r2 += -8
    6: call bpf_map_lookup_elem
    7: if r0 == 0 goto +28
    8: r7 = r0
; 3: printf("%s:%d\n", ctx.task.comm, ctx.task.pid);
    9: *(u64 *)(r7 + 0) = 0
   10: r1 = *(u64 *)(r6 + 8)
   11: if r1 == 0 goto +22
   12: r3 = r1
   13: r3 += 1752  ; CO-RE field offset [114] 0:125
   14: r1 = r7
   15: r1 += 8
   16: r2 = 16
   17: call bpf_probe_read_kernel
   18: r1 = *(u64 *)(r6 + 8)
   19: if r1 == 0 goto +12
   20: r1 = *(u32 *)(r1 + 1264)  ; CO-RE field offset [114] 0:92
   21: r1 <<= 32
   22: r1 s>>= 32
   23: *(u32 *)(r7 + 24) = r1
   24: *(u32 *)(r7 + 4) = 32
   25: r1 = *(u64 *)(r6 + 0)
   26: r1 = *(u64 *)(r1 + 0)
   27: r2 = r7
   28: r3 = 32
   29: call bpf_seq_write
   30: r0 = 0
   31: exit
   32: r0 = 0
   33: exit
   34: r0 = 0
   35: exit
; 2: iter:task {
   36: r0 = 0
   37: exit
