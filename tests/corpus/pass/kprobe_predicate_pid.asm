kprobe_vfs_fsync_0 (kprobe/vfs_fsync), stack 8 bytes:
; 2: kprobe:vfs_fsync /pid == 1/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +31
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +24
   14: r6 = r0
   15: call bpf_get_current_pid_tgid
   16: r0 >>= 32
   17: if r0 != 1 goto +20
; 3: printf("init fsync on cpu %d\n", cpu);
   18: *(u64 *)(r6 + 0) = 0
   19: call bpf_get_smp_processor_id
   20: *(u32 *)(r6 + 8) = r0
   21: r1 = map[ringbuf] ll
   23: r2 = r6
   24: r3 = 16
   25: r4 = 0
   26: call bpf_ringbuf_output
   27: if r0 == 0 goto +8
   28: r1 = map[lost_events] ll
   30: r2 = r10
   31: r2 += -8
   32: call bpf_map_lookup_elem
   33: if r0 == 0 goto +2
   34: r1 = 1
   35: lock *(u64 *)(r0 + 0) += r1
   36: r0 = 0
   37: exit
; 2: kprobe:vfs_fsync /pid == 1/ {
   38: r0 = 0
   39: exit

fentry_for_kprobe_vfs_fsync_0 (fentry/vfs_fsync), stack 8 bytes:
; 2: kprobe:vfs_fsync /pid == 1/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +31
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +24
   14: r6 = r0
   15: call bpf_get_current_pid_tgid
   16: r0 >>= 32
   17: if r0 != 1 goto +20
; 3: printf("init fsync on cpu %d\n", cpu);
   18: *(u64 *)(r6 + 0) = 1
   19: call bpf_get_smp_processor_id
   20: *(u32 *)(r6 + 8) = r0
   21: r1 = map[ringbuf] ll
   23: r2 = r6
   24: r3 = 16
   25: r4 = 0
   26: call bpf_ringbuf_output
   27: if r0 == 0 goto +8
   28: r1 = map[lost_events] ll
   30: r2 = r10
   31: r2 += -8
   32: call bpf_map_lookup_elem
   33: if r0 == 0 goto +2
   34: r1 = 1
   35: lock *(u64 *)(r0 + 0) += r1
   36: r0 = 0
   37: exit
; 2: kprobe:vfs_fsync /pid == 1/ {
   38: r0 = 0
   39: exit
