tp_syscalls_sys_enter_openat_0 (tracepoint/syscalls/sys_enter_openat), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_openat {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +206
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +199
   15: r7 = r0
; 3: @filename[tid] = str(args.filename);
   16: *(u64 *)(r7 + 0) = 0
   17: call bpf_get_current_pid_tgid
   18: r0 <<= 32
   19: r0 >>= 32
   20: *(u64 *)(r7 + 0) = r0
   21: *(u64 *)(r7 + 8) = 0
   22: *(u64 *)(r7 + 16) = 0
   23: *(u64 *)(r7 + 24) = 0
   24: *(u64 *)(r7 + 32) = 0
   25: *(u64 *)(r7 + 40) = 0
   26: *(u64 *)(r7 + 48) = 0
   27: *(u64 *)(r7 + 56) = 0
   28: *(u64 *)(r7 + 64) = 0
   29: *(u64 *)(r7 + 72) = 0
   30: *(u64 *)(r7 + 80) = 0
   31: *(u64 *)(r7 + 88) = 0
   32: *(u64 *)(r7 + 96) = 0
   33: *(u64 *)(r7 + 104) = 0
   34: *(u64 *)(r7 + 112) = 0
   35: *(u64 *)(r7 + 120) = 0
   36: *(u64 *)(r7 + 128) = 0
   37: *(u64 *)(r7 + 136) = 0
   38: *(u64 *)(r7 + 144) = 0
   39: *(u64 *)(r7 + 152) = 0
   40: *(u64 *)(r7 + 160) = 0
   41: *(u64 *)(r7 + 168) = 0
   42: *(u64 *)(r7 + 176) = 0
   43: *(u64 *)(r7 + 184) = 0
   44: *(u64 *)(r7 + 192) = 0
   45: *(u64 *)(r7 + 200) = 0
   46: *(u64 *)(r7 + 208) = 0
   47: *(u64 *)(r7 + 216) = 0
   48: *(u64 *)(r7 + 224) = 0
   49: *(u64 *)(r7 + 232) = 0
   50: *(u64 *)(r7 + 240) = 0
   51: *(u64 *)(r7 + 248) = 0
   52: *(u64 *)(r7 + 256) = 0
   53: *(u64 *)(r7 + 264) = 0
   54: *(u64 *)(r7 + 272) = 0
   55: *(u64 *)(r7 + 280) = 0
   56: *(u64 *)(r7 + 288) = 0
   57: *(u64 *)(r7 + 296) = 0
   58: *(u64 *)(r7 + 304) = 0
   59: *(u64 *)(r7 + 312) = 0
   60: *(u64 *)(r7 + 320) = 0
   61: *(u64 *)(r7 + 328) = 0
   62: *(u64 *)(r7 + 336) = 0
   63: *(u64 *)(r7 + 344) = 0
   64: *(u64 *)(r7 + 352) = 0
   65: *(u64 *)(r7 + 360) = 0
   66: *(u64 *)(r7 + 368) = 0
   67: *(u64 *)(r7 + 376) = 0
   68: *(u64 *)(r7 + 384) = 0
   69: *(u64 *)(r7 + 392) = 0
   70: *(u64 *)(r7 + 400) = 0
   71: *(u64 *)(r7 + 408) = 0
   72: *(u64 *)(r7 + 416) = 0
   73: *(u64 *)(r7 + 424) = 0
   74: *(u64 *)(r7 + 432) = 0
   75: *(u64 *)(r7 + 440) = 0
   76: *(u64 *)(r7 + 448) = 0
   77: *(u64 *)(r7 + 456) = 0
   78: *(u64 *)(r7 + 464) = 0
   79: *(u64 *)(r7 + 472) = 0
   80: *(u64 *)(r7 + 480) = 0
   81: *(u64 *)(r7 + 488) = 0
   82: *(u64 *)(r7 + 496) = 0
   83: *(u64 *)(r7 + 504) = 0
   84: *(u64 *)(r7 + 512) = 0
   85: *(u64 *)(r7 + 520) = 0
   86: *(u64 *)(r7 + 528) = 0
   87: *(u64 *)(r7 + 536) = 0
   88: *(u64 *)(r7 + 544) = 0
   89: *(u64 *)(r7 + 552) = 0
   90: *(u64 *)(r7 + 560) = 0
   91: *(u64 *)(r7 + 568) = 0
   92: *(u64 *)(r7 + 576) = 0
   93: *(u64 *)(r7 + 584) = 0
   94: *(u64 *)(r7 + 592) = 0
   95: *(u64 *)(r7 + 600) = 0
   96: *(u64 *)(r7 + 608) = 0
   97: *(u64 *)(r7 + 616) = 0
   98: *(u64 *)(r7 + 624) = 0
   99: *(u64 *)(r7 + 632) = 0
  100: *(u64 *)(r7 + 640) = 0
  101: *(u64 *)(r7 + 648) = 0
  102: *(u64 *)(r7 + 656) = 0
  103: *(u64 *)(r7 + 664) = 0
  104: *(u64 *)(r7 + 672) = 0
  105: *(u64 *)(r7 + 680) = 0
  106: *(u64 *)(r7 + 688) = 0
  107: *(u64 *)(r7 + 696) = 0
  108: *(u64 *)(r7 + 704) = 0
  109: *(u64 *)(r7 + 712) = 0
  110: *(u64 *)(r7 + 720) = 0
  111: *(u64 *)(r7 + 728) = 0
  112: *(u64 *)(r7 + 736) = 0
  113: *(u64 *)(r7 + 744) = 0
  114: *(u64 *)(r7 + 752) = 0
  115: *(u64 *)(r7 + 760) = 0
  116: *(u64 *)(r7 + 768) = 0
  117: *(u64 *)(r7 + 776) = 0
  118: *(u64 *)(r7 + 784) = 0
  119: *(u64 *)(r7 + 792) = 0
  120: *(u64 *)(r7 + 800) = 0
  121: *(u64 *)(r7 + 808) = 0
  122: *(u64 *)(r7 + 816) = 0
  123: *(u64 *)(r7 + 824) = 0
  124: *(u64 *)(r7 + 832) = 0
  125: *(u64 *)(r7 + 840) = 0
  126: *(u64 *)(r7 + 848) = 0
  127: *(u64 *)(r7 + 856) = 0
  128: *(u64 *)(r7 + 864) = 0
  129: *(u64 *)(r7 + 872) = 0
  130: *(u64 *)(r7 + 880) = 0
  131: *(u64 *)(r7 + 888) = 0
  132: *(u64 *)(r7 + 896) = 0
  133: *(u64 *)(r7 + 904) = 0
  134: *(u64 *)(r7 + 912) = 0
  135: *(u64 *)(r7 + 920) = 0
  136: *(u64 *)(r7 + 928) = 0
  137: *(u64 *)(r7 + 936) = 0
  138: *(u64 *)(r7 + 944) = 0
  139: *(u64 *)(r7 + 952) = 0
  140: *(u64 *)(r7 + 960) = 0
  141: *(u64 *)(r7 + 968) = 0
  142: *(u64 *)(r7 + 976) = 0
  143: *(u64 *)(r7 + 984) = 0
  144: *(u64 *)(r7 + 992) = 0
  145: *(u64 *)(r7 + 1000) = 0
  146: *(u64 *)(r7 + 1008) = 0
  147: *(u64 *)(r7 + 1016) = 0
  148: *(u64 *)(r7 + 1024) = 0
  149: r3 = *(u64 *)(r6 + 24)
  150: r1 = r7
  151: r1 += 8
  152: r2 = 1024
  153: call bpf_probe_read_user_str
  154: r3 = r7
  155: r3 += 8
  156: r1 = map[AT_filename] ll
  158: r2 = r7
  159: r4 = 0
  160: call bpf_map_update_elem
  161: if r0 != -7 goto +17
  162: *(u64 *)(r7 + 1032) = 0
  163: r1 = map[ringbuf] ll
  165: r2 = r7
  166: r2 += 1032
  167: r3 = 8
  168: r4 = 0
  169: call bpf_ringbuf_output
  170: if r0 == 0 goto +8
  171: r1 = map[lost_events] ll
  173: r2 = r10
  174: r2 += -8
  175: call bpf_map_lookup_elem
  176: if r0 == 0 goto +2
  177: r1 = 1
  178: lock *(u64 *)(r0 + 0) += r1
; 4: @flags[tid] = args.flags;
  179: *(u64 *)(r7 + 1040) = 0
  180: call bpf_get_current_pid_tgid
  181: r0 <<= 32
  182: r0 >>= 32
  183: *(u64 *)(r7 + 1040) = r0
  184: r2 = r7
  185: r2 += 1040
  186: r1 = *(u64 *)(r6 + 32)
  187: *(u64 *)(r10 - 24) = r1
  188: r3 = r10
  189: r3 += -24
  190: r1 = map[AT_flags] ll
  192: r4 = 0
  193: call bpf_map_update_elem
  194: if r0 != -7 goto +17
  195: *(u64 *)(r7 + 1048) = 1
  196: r1 = map[ringbuf] ll
  198: r7 += 1048
  199: r2 = r7
  200: r3 = 8
  201: r4 = 0
  202: call bpf_ringbuf_output
  203: if r0 == 0 goto +8
  204: r1 = map[lost_events] ll
  206: r2 = r10
  207: r2 += -8
  208: call bpf_map_lookup_elem
  209: if r0 == 0 goto +2
  210: r1 = 1
  211: lock *(u64 *)(r0 + 0) += r1
  212: r0 = 0
  213: exit
; 2: tracepoint:syscalls:sys_enter_openat {
  214: r0 = 0
  215: exit

tp_syscalls_sys_exit_openat_0 (tracepoint/syscalls/sys_exit_openat), stack 16 bytes:
; 7: tracepoint:syscalls:sys_exit_openat /has_key(@filename, tid)/ {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +115
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +108
   15: r7 = r0
   16: r8 = 0
   17: r9 = 0
   18: r1 = 0
   19: *(u64 *)(r10 - 16) = r1
   20: *(u64 *)(r7 + 0) = 0
   21: call bpf_get_current_pid_tgid
   22: r0 <<= 32
   23: r0 >>= 32
   24: *(u64 *)(r7 + 0) = r0
   25: r1 = map[AT_filename] ll
   27: r2 = r7
   28: call bpf_map_lookup_elem
   29: if r0 == 0 goto +93
; 8: $ret = args.ret;
   30: r1 = *(u64 *)(r6 + 16)
   31: r8 = r1
; 9: $fd = $ret >= 0 ? $ret : -1;
   32: if r8 s< 0 goto +2
   33: r1 = r8
   34: goto +3
   35: r2 = 1
   36: r2 = -r2
   37: r1 = r2
   38: r9 = r1
; 10: $errno = $ret >= 0 ? 0 : -$ret;
   39: if r8 s< 0 goto +2
   40: r1 = 0
   41: goto +2
   42: r8 = -r8
   43: r1 = r8
   44: *(u64 *)(r10 - 16) = r1
; 11: printf("%-6d %-16s %4d %3d %s flags=%x\n", pid, comm, $fd, $errno, @filename[tid], @flags[tid]);
   45: *(u64 *)(r7 + 8) = 2
   46: call bpf_get_current_pid_tgid
   47: r0 >>= 32
   48: *(u32 *)(r7 + 16) = r0
   49: r1 = r7
   50: r1 += 24
   51: r2 = 16
   52: call bpf_get_current_comm
   53: *(u64 *)(r7 + 40) = r9
   54: r1 = *(u64 *)(r10 - 16)
   55: *(u64 *)(r7 + 48) = r1
   56: *(u64 *)(r7 + 1088) = 0
   57: call bpf_get_current_pid_tgid
   58: r0 <<= 32
   59: r0 >>= 32
   60: *(u64 *)(r7 + 1088) = r0
   61: r2 = r7
   62: r2 += 1088
   63: r1 = map[AT_filename] ll
   65: call bpf_map_lookup_elem
   66: r1 = r7
   67: r1 += 56
   68: r2 = 1024
   69: r3 = r0
   70: call bpf_probe_read_kernel
   71: *(u64 *)(r7 + 1096) = 0
   72: call bpf_get_current_pid_tgid
   73: r0 <<= 32
   74: r0 >>= 32
   75: *(u64 *)(r7 + 1096) = r0
   76: r2 = r7
   77: r2 += 1096
   78: r1 = map[AT_flags] ll
   80: call bpf_map_lookup_elem
   81: r1 = 0
   82: if r0 == 0 goto +1
   83: r1 = *(u64 *)(r0 + 0)
   84: *(u64 *)(r7 + 1080) = r1
   85: r1 = map[ringbuf] ll
   87: r2 = r7
   88: r2 += 8
   89: r3 = 1080
   90: r4 = 0
   91: call bpf_ringbuf_output
   92: if r0 == 0 goto +8
   93: r1 = map[lost_events] ll
   95: r2 = r10
   96: r2 += -8
   97: call bpf_map_lookup_elem
   98: if r0 == 0 goto +2
   99: r1 = 1
  100: lock *(u64 *)(r0 + 0) += r1
; 12: delete(@filename, tid);
  101: *(u64 *)(r7 + 1104) = 0
  102: call bpf_get_current_pid_tgid
  103: r0 <<= 32
  104: r0 >>= 32
  105: *(u64 *)(r7 + 1104) = r0
  106: r2 = r7
  107: r2 += 1104
  108: r1 = map[AT_filename] ll
  110: call bpf_map_delete_elem
; 13: delete(@flags, tid);
  111: *(u64 *)(r7 + 1112) = 0
  112: call bpf_get_current_pid_tgid
  113: r0 <<= 32
  114: r0 >>= 32
  115: *(u64 *)(r7 + 1112) = r0
  116: r7 += 1112
  117: r1 = map[AT_flags] ll
  119: r2 = r7
  120: call bpf_map_delete_elem
  121: r0 = 0
  122: exit
; 7: tracepoint:syscalls:sys_exit_openat /has_key(@filename, tid)/ {
  123: r0 = 0
  124: exit

end_0 (raw_tp), stack 8 bytes:
; 16: END {
    0: *(u64 *)(r10 - 8) = 0
    1: r1 = map[scratch] ll
    3: r2 = r10
    4: r2 += -8
    5: call bpf_map_lookup_elem
    6: if r0 == 0 goto +36
    7: r6 = r0
; 17: clear(@filename);
    8: *(u64 *)(r6 + 0) = 3
    9: r1 = map[ringbuf] ll
   11: r2 = r6
   12: r3 = 8
   13: r4 = 0
   14: call bpf_ringbuf_output
   15: if r0 == 0 goto +8
   16: r1 = map[lost_events] ll
   18: r2 = r10
   19: r2 += -8
   20: call bpf_map_lookup_elem
   21: if r0 == 0 goto +2
   22: r1 = 1
   23: lock *(u64 *)(r0 + 0) += r1
; 18: clear(@flags);
   24: *(u64 *)(r6 + 8) = 4
   25: r1 = map[ringbuf] ll
   27: r6 += 8
   28: r2 = r6
   29: r3 = 8
   30: r4 = 0
   31: call bpf_ringbuf_output
   32: if r0 == 0 goto +8
   33: r1 = map[lost_events] ll
   35: r2 = r10
   36: r2 += -8
   37: call bpf_map_lookup_elem
   38: if r0 == 0 goto +2
   39: r1 = 1
   40: lock *(u64 *)(r0 + 0) += r1
   41: r0 = 0
   42: exit
; 16: END {
   43: r0 = 0
   44: exit
