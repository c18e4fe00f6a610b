kprobe_vfs_unlink_0 (kprobe/vfs_unlink), stack 24 bytes:
; 2: kprobe:vfs_unlink {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +58
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +51
   15: r7 = r0
   16: r8 = 0
; 3: $dentry = (struct dentry *)arg2;
   17: r1 = *(u64 *)(r6 + 96)
   18: r8 = r1
; 4: printf("%s/%s\n", str($dentry->d_parent->d_name.name), str($dentry->d_name.name));
   19: *(u64 *)(r7 + 0) = 0
   20: r3 = r8
   21: r3 += 24  ; CO-RE field offset [892] 0:3
   22: r1 = r10
   23: r1 += -24
   24: r2 = 8
   25: call bpf_probe_read_kernel
   26: r1 = *(u64 *)(r10 - 24)
   27: r3 = r1
   28: r3 += 40  ; CO-RE field offset [892] 0:4:1:1
   29: r1 = r10
   30: r1 += -24
   31: r2 = 8
   32: call bpf_probe_read_kernel
   33: r3 = *(u64 *)(r10 - 24)
   34: r1 = r7
   35: r1 += 8
   36: r2 = 1024
   37: call bpf_probe_read_kernel_str
   38: r8 += 40  ; CO-RE field offset [892] 0:4:1:1
   39: r1 = r10
   40: r1 += -24
   41: r2 = 8
   42: r3 = r8
   43: call bpf_probe_read_kernel
   44: r3 = *(u64 *)(r10 - 24)
   45: r1 = r7
   46: r1 += 1032
   47: r2 = 1024
   48: call bpf_probe_read_kernel_str
   49: r1 = map[ringbuf] ll
   51: r2 = r7
   52: r3 = 2056
   53: r4 = 0
   54: call bpf_ringbuf_output
   55: if r0 == 0 goto +8
   56: r1 = map[lost_events] ll
   58: r2 = r10
   59: r2 += -8
   60: call bpf_map_lookup_elem
   61: if r0 == 0 goto +2
   62: r1 = 1
   63: lock *(u64 *)(r0 + 0) += r1
   64: r0 = 0
   65: exit
; 2: kprobe:vfs_unlink {
   66: r0 = 0
   67: exit

fentry_for_kprobe_vfs_unlink_0 (fentry/vfs_unlink), stack 24 bytes:
; 2: kprobe:vfs_unlink {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +58
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +51
   15: r7 = r0
   16: r8 = 0
; 3: $dentry = (struct dentry *)arg2;
   17: r1 = *(u64 *)(r6 + 16)
   18: r8 = r1
; 4: printf("%s/%s\n", str($dentry->d_parent->d_name.name), str($dentry->d_name.name));
   19: *(u64 *)(r7 + 0) = 1
   20: r3 = r8
   21: r3 += 24  ; CO-RE field offset [892] 0:3
   22: r1 = r10
   23: r1 += -24
   24: r2 = 8
   25: call bpf_probe_read_kernel
   26: r1 = *(u64 *)(r10 - 24)
   27: r3 = r1
   28: r3 += 40  ; CO-RE field offset [892] 0:4:1:1
   29: r1 = r10
   30: r1 += -24
   31: r2 = 8
   32: call bpf_probe_read_kernel
   33: r3 = *(u64 *)(r10 - 24)
   34: r1 = r7
   35: r1 += 8
   36: r2 = 1024
   37: call bpf_probe_read_kernel_str
   38: r8 += 40  ; CO-RE field offset [892] 0:4:1:1
   39: r1 = r10
   40: r1 += -24
   41: r2 = 8
   42: r3 = r8
   43: call bpf_probe_read_kernel
   44: r3 = *(u64 *)(r10 - 24)
   45: r1 = r7
   46: r1 += 1032
   47: r2 = 1024
   48: call bpf_probe_read_kernel_str
   49: r1 = map[ringbuf] ll
   51: r2 = r7
   52: r3 = 2056
   53: r4 = 0
   54: call bpf_ringbuf_output
   55: if r0 == 0 goto +8
   56: r1 = map[lost_events] ll
   58: r2 = r10
   59: r2 += -8
   60: call bpf_map_lookup_elem
   61: if r0 == 0 goto +2
   62: r1 = 1
   63: lock *(u64 *)(r0 + 0) += r1
   64: r0 = 0
   65: exit
; 2: kprobe:vfs_unlink {
   66: r0 = 0
   67: exit
