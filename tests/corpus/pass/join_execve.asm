tp_syscalls_sys_enter_execve_0 (tracepoint/syscalls/sys_enter_execve), stack 24 bytes:
; 2: tracepoint:syscalls:sys_enter_execve {
    0: r6 = r1
    1: r1 = .rodata + 0 ll
    3: r7 = *(u64 *)(r1 + 8)
    4: if r7 == 0 goto +3
    5: call bpf_get_current_pid_tgid
    6: r0 >>= 32
    7: if r0 != r7 goto +273
    8: *(u64 *)(r10 - 8) = 0
    9: r1 = map[scratch] ll
   11: r2 = r10
   12: r2 += -8
   13: call bpf_map_lookup_elem
   14: if r0 == 0 goto +266
   15: r7 = r0
; 3: printf("%s: ", comm);
   16: *(u64 *)(r7 + 0) = 0
   17: r1 = r7
   18: r1 += 8
   19: r2 = 16
   20: call bpf_get_current_comm
   21: r1 = map[ringbuf] ll
   23: r2 = r7
   24: r3 = 24
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
; 4: join(args.argv);
   36: *(u64 *)(r7 + 24) = 1
   37: *(u64 *)(r7 + 32) = 0
   38: r6 = *(u64 *)(r6 + 24)
   39: r1 = r10
   40: r1 += -24
   41: r3 = r6
   42: r3 += 0
   43: r2 = 8
   44: call bpf_probe_read_user
   45: if r0 != 0 goto +217
   46: r3 = *(u64 *)(r10 - 24)
   47: if r3 == 0 goto +215
   48: r1 = r7
   49: r1 += 40
   50: r2 = 1024
   51: call bpf_probe_read_user_str
   52: *(u64 *)(r7 + 32) = 1
   53: r1 = r10
   54: r1 += -24
   55: r3 = r6
   56: r3 += 8
   57: r2 = 8
   58: call bpf_probe_read_user
   59: if r0 != 0 goto +203
   60: r3 = *(u64 *)(r10 - 24)
   61: if r3 == 0 goto +201
   62: r1 = r7
   63: r1 += 1064
   64: r2 = 1024
   65: call bpf_probe_read_user_str
   66: *(u64 *)(r7 + 32) = 2
   67: r1 = r10
   68: r1 += -24
   69: r3 = r6
   70: r3 += 16
   71: r2 = 8
   72: call bpf_probe_read_user
   73: if r0 != 0 goto +189
   74: r3 = *(u64 *)(r10 - 24)
   75: if r3 == 0 goto +187
   76: r1 = r7
   77: r1 += 2088
   78: r2 = 1024
   79: call bpf_probe_read_user_str
   80: *(u64 *)(r7 + 32) = 3
   81: r1 = r10
   82: r1 += -24
   83: r3 = r6
   84: r3 += 24
   85: r2 = 8
   86: call bpf_probe_read_user
   87: if r0 != 0 goto +175
   88: r3 = *(u64 *)(r10 - 24)
   89: if r3 == 0 goto +173
   90: r1 = r7
   91: r1 += 3112
   92: r2 = 1024
   93: call bpf_probe_read_user_str
   94: *(u64 *)(r7 + 32) = 4
   95: r1 = r10
   96: r1 += -24
   97: r3 = r6
   98: r3 += 32
   99: r2 = 8
  100: call bpf_probe_read_user
  101: if r0 != 0 goto +161
  102: r3 = *(u64 *)(r10 - 24)
  103: if r3 == 0 goto +159
  104: r1 = r7
  105: r1 += 4136
  106: r2 = 1024
  107: call bpf_probe_read_user_str
  108: *(u64 *)(r7 + 32) = 5
  109: r1 = r10
  110: r1 += -24
  111: r3 = r6
  112: r3 += 40
  113: r2 = 8
  114: call bpf_probe_read_user
  115: if r0 != 0 goto +147
  116: r3 = *(u64 *)(r10 - 24)
  117: if r3 == 0 goto +145
  118: r1 = r7
  119: r1 += 5160
  120: r2 = 1024
  121: call bpf_probe_read_user_str
  122: *(u64 *)(r7 + 32) = 6
  123: r1 = r10
  124: r1 += -24
  125: r3 = r6
  126: r3 += 48
  127: r2 = 8
  128: call bpf_probe_read_user
  129: if r0 != 0 goto +133
  130: r3 = *(u64 *)(r10 - 24)
  131: if r3 == 0 goto +131
  132: r1 = r7
  133: r1 += 6184
  134: r2 = 1024
  135: call bpf_probe_read_user_str
  136: *(u64 *)(r7 + 32) = 7
  137: r1 = r10
  138: r1 += -24
  139: r3 = r6
  140: r3 += 56
  141: r2 = 8
  142: call bpf_probe_read_user
  143: if r0 != 0 goto +119
  144: r3 = *(u64 *)(r10 - 24)
  145: if r3 == 0 goto +117
  146: r1 = r7
  147: r1 += 7208
  148: r2 = 1024
  149: call bpf_probe_read_user_str
  150: *(u64 *)(r7 + 32) = 8
  151: r1 = r10
  152: r1 += -24
  153: r3 = r6
  154: r3 += 64
  155: r2 = 8
  156: call bpf_probe_read_user
  157: if r0 != 0 goto +105
  158: r3 = *(u64 *)(r10 - 24)
  159: if r3 == 0 goto +103
  160: r1 = r7
  161: r1 += 8232
  162: r2 = 1024
  163: call bpf_probe_read_user_str
  164: *(u64 *)(r7 + 32) = 9
  165: r1 = r10
  166: r1 += -24
  167: r3 = r6
  168: r3 += 72
  169: r2 = 8
  170: call bpf_probe_read_user
  171: if r0 != 0 goto +91
  172: r3 = *(u64 *)(r10 - 24)
  173: if r3 == 0 goto +89
  174: r1 = r7
  175: r1 += 9256
  176: r2 = 1024
  177: call bpf_probe_read_user_str
  178: *(u64 *)(r7 + 32) = 10
  179: r1 = r10
  180: r1 += -24
  181: r3 = r6
  182: r3 += 80
  183: r2 = 8
  184: call bpf_probe_read_user
  185: if r0 != 0 goto +77
  186: r3 = *(u64 *)(r10 - 24)
  187: if r3 == 0 goto +75
  188: r1 = r7
  189: r1 += 10280
  190: r2 = 1024
  191: call bpf_probe_read_user_str
  192: *(u64 *)(r7 + 32) = 11
  193: r1 = r10
  194: r1 += -24
  195: r3 = r6
  196: r3 += 88
  197: r2 = 8
  198: call bpf_probe_read_user
  199: if r0 != 0 goto +63
  200: r3 = *(u64 *)(r10 - 24)
  201: if r3 == 0 goto +61
  202: r1 = r7
  203: r1 += 11304
  204: r2 = 1024
  205: call bpf_probe_read_user_str
  206: *(u64 *)(r7 + 32) = 12
  207: r1 = r10
  208: r1 += -24
  209: r3 = r6
  210: r3 += 96
  211: r2 = 8
  212: call bpf_probe_read_user
  213: if r0 != 0 goto +49
  214: r3 = *(u64 *)(r10 - 24)
  215: if r3 == 0 goto +47
  216: r1 = r7
  217: r1 += 12328
  218: r2 = 1024
  219: call bpf_probe_read_user_str
  220: *(u64 *)(r7 + 32) = 13
  221: r1 = r10
  222: r1 += -24
  223: r3 = r6
  224: r3 += 104
  225: r2 = 8
  226: call bpf_probe_read_user
  227: if r0 != 0 goto +35
  228: r3 = *(u64 *)(r10 - 24)
  229: if r3 == 0 goto +33
  230: r1 = r7
  231: r1 += 13352
  232: r2 = 1024
  233: call bpf_probe_read_user_str
  234: *(u64 *)(r7 + 32) = 14
  235: r1 = r10
  236: r1 += -24
  237: r3 = r6
  238: r3 += 112
  239: r2 = 8
  240: call bpf_probe_read_user
  241: if r0 != 0 goto +21
  242: r3 = *(u64 *)(r10 - 24)
  243: if r3 == 0 goto +19
  244: r1 = r7
  245: r1 += 14376
  246: r2 = 1024
  247: call bpf_probe_read_user_str
  248: *(u64 *)(r7 + 32) = 15
  249: r1 = r10
  250: r1 += -24
  251: r6 += 120
  252: r2 = 8
  253: r3 = r6
  254: call bpf_probe_read_user
  255: if r0 != 0 goto +7
  256: r3 = *(u64 *)(r10 - 24)
  257: if r3 == 0 goto +5
  258: r1 = r7
  259: r1 += 15400
  260: r2 = 1024
  261: call bpf_probe_read_user_str
  262: *(u64 *)(r7 + 32) = 16
  263: r1 = map[ringbuf] ll
  265: r7 += 24
  266: r2 = r7
  267: r3 = 16400
  268: r4 = 0
  269: call bpf_ringbuf_output
  270: if r0 == 0 goto +8
  271: r1 = map[lost_events] ll
  273: r2 = r10
  274: r2 += -8
  275: call bpf_map_lookup_elem
  276: if r0 == 0 goto +2
  277: r1 = 1
  278: lock *(u64 *)(r0 + 0) += r1
  279: r0 = 0
  280: exit
; 2: tracepoint:syscalls:sys_enter_execve {
  281: r0 = 0
  282: exit
