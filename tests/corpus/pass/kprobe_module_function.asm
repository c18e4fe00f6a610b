kprobe_kvm_x86_emulate_insn_0 (kprobe/kvm:x86_emulate_insn), stack 24 bytes:
; 2: kprobe:kvm:x86_emulate_insn {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +56
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +49
   14: r6 = r0
; 3: @emulations[comm] = count();
   15: *(u64 *)(r6 + 0) = 0
   16: *(u64 *)(r6 + 8) = 0
   17: r1 = r6
   18: r2 = 16
   19: call bpf_get_current_comm
   20: r1 = map[AT_emulations] ll
   22: r2 = r6
   23: call bpf_map_lookup_elem
   24: r7 = r0
   25: if r7 != 0 goto +32
   26: *(u64 *)(r10 - 24) = 0
   27: r3 = r10
   28: r3 += -24
   29: r1 = map[AT_emulations] ll
   31: r2 = r6
   32: r4 = 1
   33: call bpf_map_update_elem
   34: r1 = map[AT_emulations] ll
   36: r2 = r6
   37: call bpf_map_lookup_elem
   38: r7 = r0
   39: if r7 != 0 goto +18
   40: *(u64 *)(r6 + 16) = 0
   41: r1 = map[ringbuf] ll
   43: r6 += 16
   44: r2 = r6
   45: r3 = 8
   46: r4 = 0
   47: call bpf_ringbuf_output
   48: if r0 == 0 goto +12
   49: r1 = map[lost_events] ll
   51: r2 = r10
   52: r2 += -8
   53: call bpf_map_lookup_elem
   54: if r0 == 0 goto +6
   55: r1 = 1
   56: lock *(u64 *)(r0 + 0) += r1
   57: goto +3
   58: r1 = *(u64 *)(r7 + 0)
   59: r1 += 1
   60: *(u64 *)(r7 + 0) = r1
   61: r0 = 0
   62: exit
; 2: kprobe:kvm:x86_emulate_insn {
   63: r0 = 0
   64: exit
