"""A two-pass assembler and emulator for a toy 16-bit accumulator/register CPU.

The CPU has 8 registers (r0-r7), a flags register (Z, N, C), a stack pointer
and 4096 words of memory.  The assembler supports labels, comments,
immediate and register operands, .word/.string/.equ directives, and
reports errors with line numbers.  Programs are assembled into machine words
and executed by the emulator; a disassembler round-trips the encoding.
"""

OPCODES = {
    'nop': 0x00, 'halt': 0x01, 'mov': 0x02, 'movi': 0x03, 'add': 0x04, 'addi': 0x05,
    'sub': 0x06, 'subi': 0x07, 'mul': 0x08, 'and': 0x09, 'or': 0x0A, 'xor': 0x0B,
    'shl': 0x0C, 'shr': 0x0D, 'cmp': 0x0E, 'cmpi': 0x0F, 'jmp': 0x10, 'jz': 0x11,
    'jnz': 0x12, 'jn': 0x13, 'jc': 0x14, 'call': 0x15, 'ret': 0x16, 'push': 0x17,
    'pop': 0x18, 'load': 0x19, 'store': 0x1A, 'out': 0x1B, 'outc': 0x1C, 'inc': 0x1D,
    'dec': 0x1E, 'div': 0x1F,
}
NAMES = {v: k for k, v in OPCODES.items()}
FORMATS = {
    'nop': '', 'halt': '', 'ret': '',
    'mov': 'rr', 'add': 'rr', 'sub': 'rr', 'mul': 'rr', 'and': 'rr', 'or': 'rr', 'xor': 'rr', 'cmp': 'rr', 'div': 'rr',
    'load': 'rr', 'store': 'rr',
    'movi': 'ri', 'addi': 'ri', 'subi': 'ri', 'cmpi': 'ri', 'shl': 'ri', 'shr': 'ri',
    'jmp': 'i', 'jz': 'i', 'jnz': 'i', 'jn': 'i', 'jc': 'i', 'call': 'i',
    'push': 'r', 'pop': 'r', 'out': 'r', 'outc': 'r', 'inc': 'r', 'dec': 'r',
}
MASK = 0xFFFF


class AsmError(Exception):
    def __init__(self, line, msg):
        super().__init__('line %d: %s' % (line, msg))
        self.line = line


class CPUError(Exception):
    pass


def parse_reg(tok, line):
    tok = tok.strip().lower()
    if len(tok) == 2 and tok[0] == 'r' and tok[1] in '01234567':
        return int(tok[1])
    raise AsmError(line, 'bad register %r' % tok)


def parse_imm(tok, symbols, line):
    tok = tok.strip()
    if tok.startswith("'") and tok.endswith("'") and len(tok) == 3:
        return ord(tok[1])
    neg = tok.startswith('-')
    body = tok[1:] if neg else tok
    try:
        if body.startswith('0x'):
            v = int(body[2:], 16)
        elif body.startswith('0b'):
            v = int(body[2:], 2)
        else:
            v = int(body)
    except ValueError:
        if tok in symbols:
            return symbols[tok]
        raise AsmError(line, 'unknown symbol %r' % tok)
    return (-v if neg else v) & MASK


def split_operands(rest):
    if not rest.strip():
        return []
    return [p.strip() for p in rest.split(',')]


def assemble(source):
    lines = source.split('\n')
    symbols = {}
    items = []
    addr = 0
    for lineno, raw in enumerate(lines, 1):
        text = raw.split(';')[0].strip()
        if not text:
            continue
        while ':' in text and not text.startswith('.string'):
            label, _, text = text.partition(':')
            label = label.strip()
            if not label or not (label[0].isalpha() or label[0] == '_'):
                raise AsmError(lineno, 'bad label %r' % label)
            if label in symbols:
                raise AsmError(lineno, 'duplicate label %r' % label)
            symbols[label] = addr
            text = text.strip()
        if not text:
            continue
        parts = text.split(None, 1)
        op = parts[0].lower()
        rest = parts[1] if len(parts) > 1 else ''
        if op == '.equ':
            name, value = split_operands(rest)
            symbols[name] = parse_imm(value, symbols, lineno)
            continue
        if op == '.word':
            vals = split_operands(rest)
            items.append((lineno, addr, op, vals))
            addr += len(vals)
            continue
        if op == '.string':
            s = rest.strip()
            if len(s) < 2 or s[0] != '"' or s[-1] != '"':
                raise AsmError(lineno, 'bad string literal')
            items.append((lineno, addr, op, s[1:-1]))
            addr += len(s) - 1
            continue
        if op not in OPCODES:
            raise AsmError(lineno, 'unknown instruction %r' % op)
        items.append((lineno, addr, op, split_operands(rest)))
        addr += 2 if 'i' in FORMATS[op] else 1
    words = []
    for lineno, at, op, ops in items:
        if op == '.word':
            words.extend(parse_imm(v, symbols, lineno) for v in ops)
            continue
        if op == '.string':
            words.extend(ord(c) for c in ops)
            words.append(0)
            continue
        fmt = FORMATS[op]
        if len(ops) != len(fmt):
            raise AsmError(lineno, '%s expects %d operand(s), got %d' % (op, len(fmt), len(ops)))
        ra = rb = 0
        imm = None
        for idx, (kind, tok) in enumerate(zip(fmt, ops)):
            if kind == 'r':
                if idx == 0:
                    ra = parse_reg(tok, lineno)
                else:
                    rb = parse_reg(tok, lineno)
            else:
                imm = parse_imm(tok, symbols, lineno)
        words.append(OPCODES[op] << 8 | ra << 4 | rb)
        if imm is not None:
            words.append(imm)
    return words, symbols


def disassemble(words, start=0, count=None):
    out = []
    pc = start
    n = 0
    while pc < len(words) and (count is None or n < count):
        w = words[pc]
        op = NAMES.get(w >> 8)
        if op is None:
            out.append('%04x: .word 0x%04x' % (pc, w))
            pc += 1
            n += 1
            continue
        ra, rb = (w >> 4) & 7, w & 7
        fmt = FORMATS[op]
        args = []
        if fmt == 'rr':
            args = ['r%d' % ra, 'r%d' % rb]
        elif fmt == 'ri':
            args = ['r%d' % ra, '0x%x' % words[pc + 1]]
        elif fmt == 'i':
            args = ['0x%x' % words[pc + 1]]
        elif fmt == 'r':
            args = ['r%d' % ra]
        out.append('%04x: %s %s' % (pc, op, ', '.join(args)))
        pc += 2 if 'i' in fmt else 1
        n += 1
    return out


class CPU:
    def __init__(self, program, memsize=4096):
        self.mem = [0] * memsize
        self.mem[:len(program)] = program
        self.r = [0] * 8
        self.pc = 0
        self.sp = memsize
        self.z = self.n = self.c = False
        self.output = []
        self.steps = 0

    def flags(self, v):
        self.c = v > MASK or v < 0
        v &= MASK
        self.z = v == 0
        self.n = bool(v & 0x8000)
        return v

    def push(self, v):
        self.sp -= 1
        if self.sp < 0:
            raise CPUError('stack overflow')
        self.mem[self.sp] = v & MASK

    def pop(self):
        if self.sp >= len(self.mem):
            raise CPUError('stack underflow')
        v = self.mem[self.sp]
        self.sp += 1
        return v

    def run(self, max_steps=100000):
        while True:
            if self.steps >= max_steps:
                raise CPUError('step limit exceeded at pc=0x%04x' % self.pc)
            self.steps += 1
            w = self.mem[self.pc]
            op = NAMES.get(w >> 8)
            if op is None:
                raise CPUError('illegal instruction 0x%04x at 0x%04x' % (w, self.pc))
            ra, rb = (w >> 4) & 7, w & 7
            imm = self.mem[self.pc + 1] if 'i' in FORMATS[op] else None
            self.pc += 2 if imm is not None else 1
            r = self.r
            if op == 'halt':
                return
            elif op == 'nop':
                pass
            elif op == 'mov':
                r[ra] = r[rb]
            elif op == 'movi':
                r[ra] = imm
            elif op == 'add':
                r[ra] = self.flags(r[ra] + r[rb])
            elif op == 'addi':
                r[ra] = self.flags(r[ra] + imm)
            elif op == 'sub':
                r[ra] = self.flags(r[ra] - r[rb])
            elif op == 'subi':
                r[ra] = self.flags(r[ra] - imm)
            elif op == 'mul':
                r[ra] = self.flags(r[ra] * r[rb])
            elif op == 'div':
                if r[rb] == 0:
                    raise CPUError('division by zero at 0x%04x' % (self.pc - 1))
                r[ra] = self.flags(r[ra] // r[rb])
            elif op == 'and':
                r[ra] = self.flags(r[ra] & r[rb])
            elif op == 'or':
                r[ra] = self.flags(r[ra] | r[rb])
            elif op == 'xor':
                r[ra] = self.flags(r[ra] ^ r[rb])
            elif op == 'shl':
                r[ra] = self.flags(r[ra] << imm)
            elif op == 'shr':
                r[ra] = self.flags(r[ra] >> imm)
            elif op == 'cmp':
                self.flags(r[ra] - r[rb])
            elif op == 'cmpi':
                self.flags(r[ra] - imm)
            elif op == 'inc':
                r[ra] = self.flags(r[ra] + 1)
            elif op == 'dec':
                r[ra] = self.flags(r[ra] - 1)
            elif op == 'jmp':
                self.pc = imm
            elif op == 'jz':
                if self.z:
                    self.pc = imm
            elif op == 'jnz':
                if not self.z:
                    self.pc = imm
            elif op == 'jn':
                if self.n:
                    self.pc = imm
            elif op == 'jc':
                if self.c:
                    self.pc = imm
            elif op == 'call':
                self.push(self.pc)
                self.pc = imm
            elif op == 'ret':
                self.pc = self.pop()
            elif op == 'push':
                self.push(r[ra])
            elif op == 'pop':
                r[ra] = self.pop()
            elif op == 'load':
                r[ra] = self.mem[r[rb]]
            elif op == 'store':
                self.mem[r[rb]] = r[ra]
            elif op == 'out':
                self.output.append(str(r[ra]))
            elif op == 'outc':
                self.output.append(chr(r[ra]))


PROGRAMS = {
    'fibonacci': """
        .equ COUNT, 12
            movi r1, 0          ; a
            movi r2, 1          ; b
            movi r3, COUNT
        loop:
            out r1
            mov r4, r1
            add r4, r2
            mov r1, r2
            mov r2, r4
            dec r3
            jnz loop
            halt
    """,
    'hello': """
            movi r1, msg
        next: load r2, r1
            cmpi r2, 0
            jz done
            outc r2
            inc r1
            jmp next
        done: halt
        msg: .string "Hello, CPU!"
    """,
    'factorial': """
            movi r1, 8
            call fact
            out r0
            halt
        fact:                   ; r0 = r1!
            cmpi r1, 1
            jz base
            push r1
            dec r1
            call fact
            pop r1
            mul r0, r1
            ret
        base: movi r0, 1
            ret
    """,
    'sum_table': """
            movi r1, table
            movi r2, 0
            movi r3, 5
        again: load r4, r1
            add r2, r4
            inc r1
            dec r3
            jnz again
            out r2
            movi r5, 0xFFFF
            addi r5, 2
            jc carry
            halt
        carry: out r5
            movi r6, 100
            movi r7, 7
            div r6, r7
            out r6
            halt
        table: .word 10, 20, 0x1e, 0b101000, -50
    """,
}

BAD = {
    'unknown op': 'frob r1',
    'bad register': 'movi r9, 1',
    'operand count': 'add r1',
    'unknown symbol': 'jmp nowhere',
    'duplicate label': 'a: nop\na: nop',
    'bad string': '.string hello',
}


def self_test():
    for name in sorted(PROGRAMS):
        words, symbols = assemble(PROGRAMS[name])
        cpu = CPU(words)
        cpu.run()
        sep = '' if name == 'hello' else ' '
        print('%-10s words=%-3d steps=%-4d output=%s' % (name, len(words), cpu.steps, sep.join(cpu.output)))
        print('           symbols', sorted(symbols.items()))
    words, _ = assemble(PROGRAMS['factorial'])
    for line in disassemble(words, 0, 8):
        print(line)
    print(['%04x' % w for w in assemble(PROGRAMS['fibonacci'])[0]])
    for name in sorted(BAD):
        try:
            assemble(BAD[name])
            print(name, 'assembled?!')
        except AsmError as e:
            print('%-16s AsmError: %s (line %d)' % (name, e, e.line))
    for src in ['loop: jmp loop', 'movi r1, 1\nmovi r2, 0\ndiv r1, r2\nhalt', 'ret', '.word 0xff00']:
        try:
            cpu = CPU(assemble(src)[0])
            cpu.run(max_steps=500)
            print('ran ok', cpu.output)
        except CPUError as e:
            print('CPUError:', e)


self_test()
