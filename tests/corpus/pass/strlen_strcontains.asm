tp_raw_syscalls_sys_enter_0 (tracepoint/raw_syscalls/sys_enter), stack 24 bytes:
; 2: tracepoint:raw_syscalls:sys_enter /strcontains(comm, "kworker")/ {
    0: r1 = .rodata + 0 ll
    2: r6 = *(u64 *)(r1 + 8)
    3: if r6 == 0 goto +3
    4: call bpf_get_current_pid_tgid
    5: r0 >>= 32
    6: if r0 != r6 goto +430
    7: *(u64 *)(r10 - 8) = 0
    8: r1 = map[scratch] ll
   10: r2 = r10
   11: r2 += -8
   12: call bpf_map_lookup_elem
   13: if r0 == 0 goto +423
   14: r6 = r0
   15: r1 = r6
   16: r2 = 16
   17: call bpf_get_current_comm
   18: r1 = 0
   19: r1 = 0
   20: r2 = *(u8 *)(r6 + 0)
   21: if r2 == 0 goto +227
   22: r2 = *(u8 *)(r6 + 0)
   23: if r2 != 107 goto +12
   24: r2 = *(u8 *)(r6 + 1)
   25: if r2 != 119 goto +10
   26: r2 = *(u8 *)(r6 + 2)
   27: if r2 != 111 goto +8
   28: r2 = *(u8 *)(r6 + 3)
   29: if r2 != 114 goto +6
   30: r2 = *(u8 *)(r6 + 4)
   31: if r2 != 107 goto +4
   32: r2 = *(u8 *)(r6 + 5)
   33: if r2 != 101 goto +2
   34: r2 = *(u8 *)(r6 + 6)
   35: if r2 == 114 goto +214
   36: r1 = 1
   37: r2 = *(u8 *)(r6 + 1)
   38: if r2 == 0 goto +210
   39: r2 = *(u8 *)(r6 + 1)
   40: if r2 != 107 goto +12
   41: r2 = *(u8 *)(r6 + 2)
   42: if r2 != 119 goto +10
   43: r2 = *(u8 *)(r6 + 3)
   44: if r2 != 111 goto +8
   45: r2 = *(u8 *)(r6 + 4)
   46: if r2 != 114 goto +6
   47: r2 = *(u8 *)(r6 + 5)
   48: if r2 != 107 goto +4
   49: r2 = *(u8 *)(r6 + 6)
   50: if r2 != 101 goto +2
   51: r2 = *(u8 *)(r6 + 7)
   52: if r2 == 114 goto +197
   53: r1 = 2
   54: r2 = *(u8 *)(r6 + 2)
   55: if r2 == 0 goto +193
   56: r2 = *(u8 *)(r6 + 2)
   57: if r2 != 107 goto +12
   58: r2 = *(u8 *)(r6 + 3)
   59: if r2 != 119 goto +10
   60: r2 = *(u8 *)(r6 + 4)
   61: if r2 != 111 goto +8
   62: r2 = *(u8 *)(r6 + 5)
   63: if r2 != 114 goto +6
   64: r2 = *(u8 *)(r6 + 6)
   65: if r2 != 107 goto +4
   66: r2 = *(u8 *)(r6 + 7)
   67: if r2 != 101 goto +2
   68: r2 = *(u8 *)(r6 + 8)
   69: if r2 == 114 goto +180
   70: r1 = 3
   71: r2 = *(u8 *)(r6 + 3)
   72: if r2 == 0 goto +176
   73: r2 = *(u8 *)(r6 + 3)
   74: if r2 != 107 goto +12
   75: r2 = *(u8 *)(r6 + 4)
   76: if r2 != 119 goto +10
   77: r2 = *(u8 *)(r6 + 5)
   78: if r2 != 111 goto +8
   79: r2 = *(u8 *)(r6 + 6)
   80: if r2 != 114 goto +6
   81: r2 = *(u8 *)(r6 + 7)
   82: if r2 != 107 goto +4
   83: r2 = *(u8 *)(r6 + 8)
   84: if r2 != 101 goto +2
   85: r2 = *(u8 *)(r6 + 9)
   86: if r2 == 114 goto +163
   87: r1 = 4
   88: r2 = *(u8 *)(r6 + 4)
   89: if r2 == 0 goto +159
   90: r2 = *(u8 *)(r6 + 4)
   91: if r2 != 107 goto +12
   92: r2 = *(u8 *)(r6 + 5)
   93: if r2 != 119 goto +10
   94: r2 = *(u8 *)(r6 + 6)
   95: if r2 != 111 goto +8
   96: r2 = *(u8 *)(r6 + 7)
   97: if r2 != 114 goto +6
   98: r2 = *(u8 *)(r6 + 8)
   99: if r2 != 107 goto +4
  100: r2 = *(u8 *)(r6 + 9)
  101: if r2 != 101 goto +2
  102: r2 = *(u8 *)(r6 + 10)
  103: if r2 == 114 goto +146
  104: r1 = 5
  105: r2 = *(u8 *)(r6 + 5)
  106: if r2 == 0 goto +142
  107: r2 = *(u8 *)(r6 + 5)
  108: if r2 != 107 goto +12
  109: r2 = *(u8 *)(r6 + 6)
  110: if r2 != 119 goto +10
  111: r2 = *(u8 *)(r6 + 7)
  112: if r2 != 111 goto +8
  113: r2 = *(u8 *)(r6 + 8)
  114: if r2 != 114 goto +6
  115: r2 = *(u8 *)(r6 + 9)
  116: if r2 != 107 goto +4
  117: r2 = *(u8 *)(r6 + 10)
  118: if r2 != 101 goto +2
  119: r2 = *(u8 *)(r6 + 11)
  120: if r2 == 114 goto +129
  121: r1 = 6
  122: r2 = *(u8 *)(r6 + 6)
  123: if r2 == 0 goto +125
  124: r2 = *(u8 *)(r6 + 6)
  125: if r2 != 107 goto +12
  126: r2 = *(u8 *)(r6 + 7)
  127: if r2 != 119 goto +10
  128: r2 = *(u8 *)(r6 + 8)
  129: if r2 != 111 goto +8
  130: r2 = *(u8 *)(r6 + 9)
  131: if r2 != 114 goto +6
  132: r2 = *(u8 *)(r6 + 10)
  133: if r2 != 107 goto +4
  134: r2 = *(u8 *)(r6 + 11)
  135: if r2 != 101 goto +2
  136: r2 = *(u8 *)(r6 + 12)
  137: if r2 == 114 goto +112
  138: r1 = 7
  139: r2 = *(u8 *)(r6 + 7)
  140: if r2 == 0 goto +108
  141: r2 = *(u8 *)(r6 + 7)
  142: if r2 != 107 goto +12
  143: r2 = *(u8 *)(r6 + 8)
  144: if r2 != 119 goto +10
  145: r2 = *(u8 *)(r6 + 9)
  146: if r2 != 111 goto +8
  147: r2 = *(u8 *)(r6 + 10)
  148: if r2 != 114 goto +6
  149: r2 = *(u8 *)(r6 + 11)
  150: if r2 != 107 goto +4
  151: r2 = *(u8 *)(r6 + 12)
  152: if r2 != 101 goto +2
  153: r2 = *(u8 *)(r6 + 13)
  154: if r2 == 114 goto +95
  155: r1 = 8
  156: r2 = *(u8 *)(r6 + 8)
  157: if r2 == 0 goto +91
  158: r2 = *(u8 *)(r6 + 8)
  159: if r2 != 107 goto +12
  160: r2 = *(u8 *)(r6 + 9)
  161: if r2 != 119 goto +10
  162: r2 = *(u8 *)(r6 + 10)
  163: if r2 != 111 goto +8
  164: r2 = *(u8 *)(r6 + 11)
  165: if r2 != 114 goto +6
  166: r2 = *(u8 *)(r6 + 12)
  167: if r2 != 107 goto +4
  168: r2 = *(u8 *)(r6 + 13)
  169: if r2 != 101 goto +2
  170: r2 = *(u8 *)(r6 + 14)
  171: if r2 == 114 goto +78
  172: r1 = 9
  173: r2 = *(u8 *)(r6 + 9)
  174: if r2 == 0 goto +74
  175: r2 = *(u8 *)(r6 + 9)
  176: if r2 != 107 goto +12
  177: r2 = *(u8 *)(r6 + 10)
  178: if r2 != 119 goto +10
  179: r2 = *(u8 *)(r6 + 11)
  180: if r2 != 111 goto +8
  181: r2 = *(u8 *)(r6 + 12)
  182: if r2 != 114 goto +6
  183: r2 = *(u8 *)(r6 + 13)
  184: if r2 != 107 goto +4
  185: r2 = *(u8 *)(r6 + 14)
  186: if r2 != 101 goto +2
  187: r2 = *(u8 *)(r6 + 15)
  188: if r2 == 114 goto +61
  189: r1 = 10
  190: r2 = *(u8 *)(r6 + 10)
  191: if r2 == 0 goto +57
  192: r2 = *(u8 *)(r6 + 10)
  193: if r2 != 107 goto +10
  194: r2 = *(u8 *)(r6 + 11)
  195: if r2 != 119 goto +8
  196: r2 = *(u8 *)(r6 + 12)
  197: if r2 != 111 goto +6
  198: r2 = *(u8 *)(r6 + 13)
  199: if r2 != 114 goto +4
  200: r2 = *(u8 *)(r6 + 14)
  201: if r2 != 107 goto +2
  202: r2 = *(u8 *)(r6 + 15)
  203: if r2 == 101 goto +45
  204: r1 = 11
  205: r2 = *(u8 *)(r6 + 11)
  206: if r2 == 0 goto +42
  207: r2 = *(u8 *)(r6 + 11)
  208: if r2 != 107 goto +8
  209: r2 = *(u8 *)(r6 + 12)
  210: if r2 != 119 goto +6
  211: r2 = *(u8 *)(r6 + 13)
  212: if r2 != 111 goto +4
  213: r2 = *(u8 *)(r6 + 14)
  214: if r2 != 114 goto +2
  215: r2 = *(u8 *)(r6 + 15)
  216: if r2 == 107 goto +32
  217: r1 = 12
  218: r2 = *(u8 *)(r6 + 12)
  219: if r2 == 0 goto +29
  220: r2 = *(u8 *)(r6 + 12)
  221: if r2 != 107 goto +6
  222: r2 = *(u8 *)(r6 + 13)
  223: if r2 != 119 goto +4
  224: r2 = *(u8 *)(r6 + 14)
  225: if r2 != 111 goto +2
  226: r2 = *(u8 *)(r6 + 15)
  227: if r2 == 114 goto +21
  228: r1 = 13
  229: r2 = *(u8 *)(r6 + 13)
  230: if r2 == 0 goto +18
  231: r2 = *(u8 *)(r6 + 13)
  232: if r2 != 107 goto +4
  233: r2 = *(u8 *)(r6 + 14)
  234: if r2 != 119 goto +2
  235: r2 = *(u8 *)(r6 + 15)
  236: if r2 == 111 goto +12
  237: r1 = 14
  238: r2 = *(u8 *)(r6 + 14)
  239: if r2 == 0 goto +9
  240: r2 = *(u8 *)(r6 + 14)
  241: if r2 != 107 goto +2
  242: r2 = *(u8 *)(r6 + 15)
  243: if r2 == 119 goto +5
  244: r1 = 15
  245: r2 = *(u8 *)(r6 + 15)
  246: if r2 == 0 goto +2
  247: r2 = *(u8 *)(r6 + 15)
  248: if r2 != 107 goto +0
  249: r1 = -1
  250: if r1 s< 0 goto +186
; 3: @kworkers = count();
  251: r7 = r10
  252: r7 += -8
  253: r1 = map[AT_kworkers] ll
  255: r2 = r7
  256: call bpf_map_lookup_elem
  257: r8 = r0
  258: if r8 != 0 goto +32
  259: *(u64 *)(r10 - 24) = 0
  260: r3 = r10
  261: r3 += -24
  262: r1 = map[AT_kworkers] ll
  264: r2 = r7
  265: r4 = 1
  266: call bpf_map_update_elem
  267: r1 = map[AT_kworkers] ll
  269: r2 = r7
  270: call bpf_map_lookup_elem
  271: r8 = r0
  272: if r8 != 0 goto +18
  273: *(u64 *)(r6 + 16) = 0
  274: r1 = map[ringbuf] ll
  276: r2 = r6
  277: r2 += 16
  278: r3 = 8
  279: r4 = 0
  280: call bpf_ringbuf_output
  281: if r0 == 0 goto +12
  282: r1 = map[lost_events] ll
  284: r2 = r10
  285: r2 += -8
  286: call bpf_map_lookup_elem
  287: if r0 == 0 goto +6
  288: r1 = 1
  289: lock *(u64 *)(r0 + 0) += r1
  290: goto +3
  291: r1 = *(u64 *)(r8 + 0)
  292: r1 += 1
  293: *(u64 *)(r8 + 0) = r1
; 4: @name_len = hist(strlen(comm));
  294: r1 = r6
  295: r1 += 24
  296: r2 = 16
  297: call bpf_get_current_comm
  298: r1 = 0
  299: r2 = *(u8 *)(r6 + 24)
  300: if r2 == 0 goto +46
  301: r1 = 1
  302: r2 = *(u8 *)(r6 + 25)
  303: if r2 == 0 goto +43
  304: r1 = 2
  305: r2 = *(u8 *)(r6 + 26)
  306: if r2 == 0 goto +40
  307: r1 = 3
  308: r2 = *(u8 *)(r6 + 27)
  309: if r2 == 0 goto +37
  310: r1 = 4
  311: r2 = *(u8 *)(r6 + 28)
  312: if r2 == 0 goto +34
  313: r1 = 5
  314: r2 = *(u8 *)(r6 + 29)
  315: if r2 == 0 goto +31
  316: r1 = 6
  317: r2 = *(u8 *)(r6 + 30)
  318: if r2 == 0 goto +28
  319: r1 = 7
  320: r2 = *(u8 *)(r6 + 31)
  321: if r2 == 0 goto +25
  322: r1 = 8
  323: r2 = *(u8 *)(r6 + 32)
  324: if r2 == 0 goto +22
  325: r1 = 9
  326: r2 = *(u8 *)(r6 + 33)
  327: if r2 == 0 goto +19
  328: r1 = 10
  329: r2 = *(u8 *)(r6 + 34)
  330: if r2 == 0 goto +16
  331: r1 = 11
  332: r2 = *(u8 *)(r6 + 35)
  333: if r2 == 0 goto +13
  334: r1 = 12
  335: r2 = *(u8 *)(r6 + 36)
  336: if r2 == 0 goto +10
  337: r1 = 13
  338: r2 = *(u8 *)(r6 + 37)
  339: if r2 == 0 goto +7
  340: r1 = 14
  341: r2 = *(u8 *)(r6 + 38)
  342: if r2 == 0 goto +4
  343: r1 = 15
  344: r2 = *(u8 *)(r6 + 39)
  345: if r2 == 0 goto +1
  346: r1 = 16
  347: *(u64 *)(r6 + 40) = 0
  348: *(u64 *)(r6 + 48) = 0
  349: r7 = r6
  350: r7 += 40
  351: if r1 s< 0 goto +40
  352: if r1 > 0 goto +3
  353: r2 = r1
  354: r2 += 1
  355: goto +37
  356: r3 = r1
  357: r4 = 0
  358: r5 = 4294967296 ll
  360: if r3 < r5 goto +2
  361: r3 >>= 32
  362: r4 += 32
  363: r5 = 65536
  364: if r3 < r5 goto +2
  365: r3 >>= 16
  366: r4 += 16
  367: r5 = 256
  368: if r3 < r5 goto +2
  369: r3 >>= 8
  370: r4 += 8
  371: r5 = 16
  372: if r3 < r5 goto +2
  373: r3 >>= 4
  374: r4 += 4
  375: r5 = 4
  376: if r3 < r5 goto +2
  377: r3 >>= 2
  378: r4 += 2
  379: r5 = 2
  380: if r3 < r5 goto +2
  381: r3 >>= 1
  382: r4 += 1
  383: r4 -= 0
  384: r1 >>= r4
  385: r1 &= 0
  386: r4 += 1
  387: r4 <<= 0
  388: r4 += r1
  389: r2 = r4
  390: r2 += 1
  391: goto +1
  392: r2 = 0
  393: *(u64 *)(r6 + 48) = r2
  394: r1 = map[AT_name_len] ll
  396: r2 = r7
  397: call bpf_map_lookup_elem
  398: r8 = r0
  399: if r8 != 0 goto +32
  400: *(u64 *)(r10 - 24) = 0
  401: r3 = r10
  402: r3 += -24
  403: r1 = map[AT_name_len] ll
  405: r2 = r7
  406: r4 = 1
  407: call bpf_map_update_elem
  408: r1 = map[AT_name_len] ll
  410: r2 = r7
  411: call bpf_map_lookup_elem
  412: r8 = r0
  413: if r8 != 0 goto +18
  414: *(u64 *)(r6 + 56) = 1
  415: r1 = map[ringbuf] ll
  417: r6 += 56
  418: r2 = r6
  419: r3 = 8
  420: r4 = 0
  421: call bpf_ringbuf_output
  422: if r0 == 0 goto +12
  423: r1 = map[lost_events] ll
  425: r2 = r10
  426: r2 += -8
  427: call bpf_map_lookup_elem
  428: if r0 == 0 goto +6
  429: r1 = 1
  430: lock *(u64 *)(r0 + 0) += r1
  431: goto +3
  432: r1 = *(u64 *)(r8 + 0)
  433: r1 += 1
  434: *(u64 *)(r8 + 0) = r1
  435: r0 = 0
  436: exit
; 2: tracepoint:raw_syscalls:sys_enter /strcontains(comm, "kworker")/ {
  437: r0 = 0
  438: exit
