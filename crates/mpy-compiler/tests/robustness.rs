//! Properties: random token soups and mutated valid programs never panic or hang the lexer,
//! parser or scope analysis (errors are values).

use allocator_api2::alloc::Global;
use mpy_compiler::scope::{ScopeOptions, analyse};
use mpy_compiler::{ParseOptions, parse};
use quickcheck::{Arbitrary, Gen, QuickCheck};

const VOCAB: &[&str] = &[
    "x",
    "y",
    "f",
    "self",
    "super",
    "const",
    "range",
    "micropython",
    "math",
    "pi",
    "0",
    "1",
    "07",
    "0x1f",
    "1.5",
    "1e",
    "2j",
    "'s'",
    "b'b'",
    "f'{x}'",
    "f'{'",
    "f'{}'",
    "'''t",
    "r'\\n'",
    "\"\\x4\"",
    "def",
    "class",
    "lambda",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "async",
    "await",
    "yield",
    "from",
    "import",
    "return",
    "break",
    "continue",
    "pass",
    "del",
    "global",
    "nonlocal",
    "assert",
    "raise",
    "None",
    "True",
    "False",
    "__debug__",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "@",
    "=",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "==",
    "!=",
    "<=",
    ">=",
    "+=",
    "**=",
    "\n",
    "\n  ",
    "\n    ",
    "\n\t",
    "\\\n",
    "#c\n",
    "$",
    "!",
];

#[derive(Clone, Debug)]
struct Soup(String);

impl Arbitrary for Soup {
    fn arbitrary(g: &mut Gen) -> Self {
        let n = usize::arbitrary(g) % 60;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(g.choose(VOCAB).unwrap());
            if bool::arbitrary(g) {
                s.push(' ');
            }
        }
        Soup(s)
    }

    fn shrink(&self) -> Box<dyn Iterator<Item = Self>> {
        Box::new(self.0.shrink().map(Soup))
    }
}

const PROGRAMS: &[&str] = &[
    "import sys\nX = const(3)\n_Y = const(X * 2)\n\nclass A(B, metaclass=M):\n    '''doc'''\n    def __init__(self, a, *args, b=1, **kw):\n        super().__init__(*args, **kw)\n        self.a = [i for i in range(a) if i % 2]\n\n    async def run(self):\n        async with self.lock as l:\n            async for v in self.src:\n                await v\n\n@decorator.x(1)\ndef gen(n, m=2):\n    nonlocal_var = 0\n    def inner():\n        nonlocal nonlocal_var\n        nonlocal_var += 1\n        return (yield from range(n))\n    try:\n        x = {k: v for k, v in zip(a, b)}\n    except (ValueError, TypeError) as e:\n        raise RuntimeError('bad') from e\n    else:\n        pass\n    finally:\n        del x\n    return lambda y, *z: y if y else -z[0]\n",
    "x = f'{a!r:>{w}} and {b=}'\ny = b'\\x00\\177'\nz = 0b1010 + 0o17 + 0xff_ff + 1_000 + 1.5e-3j\nwhile x < y < z:\n    x, y = y, x\n    if not x: break\n    elif x is not None: continue\nelse:\n    assert x, 'msg'\nprint(*a, sep='', **kw)\n",
];

fn run(src: &[u8]) {
    // Unoptimised builds use several times the stack per nesting level of optimised ones.
    let src = src.to_vec();
    std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || {
            let opts = ParseOptions::default();
            if let Ok(mut ast) = parse(&src, &opts, Global) {
                let _ = analyse(&mut ast, &ScopeOptions::default(), Global);
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn token_soup_never_panics() {
    fn prop(s: Soup) -> bool {
        run(s.0.as_bytes());
        true
    }
    QuickCheck::new()
        .tests(2000)
        .quickcheck(prop as fn(Soup) -> bool);
}

#[test]
fn mutated_programs_never_panic() {
    fn prop(which: bool, edits: Vec<(u16, u8, u8)>) -> bool {
        let mut src = PROGRAMS[which as usize].as_bytes().to_vec();
        for (pos, kind, byte) in edits {
            if src.is_empty() {
                break;
            }
            let p = pos as usize % src.len();
            match kind % 3 {
                0 => {
                    src.remove(p);
                }
                1 => src.insert(p, byte),
                _ => src[p] = byte,
            }
        }
        run(&src);
        true
    }
    QuickCheck::new()
        .tests(2000)
        .quickcheck(prop as fn(bool, Vec<(u16, u8, u8)>) -> bool);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in ["(", "[", "{", "-", "not ", "lambda:", "f("] {
        let src = format!("x = {}1\n", open.repeat(5000));
        run(src.as_bytes());
    }
}

#[test]
fn valid_programs_analyse() {
    for p in PROGRAMS {
        let mut ast = parse(p.as_bytes(), &ParseOptions::default(), Global).expect("parses");
        analyse(&mut ast, &ScopeOptions::default(), Global).expect("analyses");
    }
}
