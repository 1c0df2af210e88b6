import Testing
@testable import PyCompiler

/// Hand-checked disassemblies of small programs: the exact shapes the VM must execute.
/// Regenerate a case by printing `dis(source)` and reviewing the diff line by line.
private let goldens: [(name: String, source: String, expected: String)] = [
    ("binaryAssignment", "x = a + 1", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 2
        1       0 loadGlobal            0 (a)
                1 loadConst             0 (1)
                2 binary                +
                3 storeGlobal           1 (x)
                4 loadConst             1 (None)
                5 returnValue
    """#),
    ("forBreakElse", "for i in range(3):\n    if i:\n        break\nelse:\n    print(i)", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 2
        1       0 loadGlobal            0 (range)
                1 loadConst             0 (3)
                2 call                  1
                3 getIter
          >>    4 forIter               to 11
                5 storeGlobal           1 (i)
        2       6 loadGlobal            1 (i)
                7 popJumpIfFalse        to 10
        3       8 pop
                9 jump                  to 15
        1 >>   10 jump                  to 4
        5 >>   11 loadGlobal            2 (print)
               12 loadGlobal            1 (i)
               13 call                  1
               14 pop
          >>   15 loadConst             1 (None)
               16 returnValue
    """#),
    ("tryExceptElseFinally", "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept:\n    pass\nelse:\n    g()\nfinally:\n    h()", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 3
        2       0 loadGlobal            0 (f)
                1 call                  0
                2 pop
        8       3 loadGlobal            1 (g)
                4 call                  0
                5 pop
        1       6 jump                  to 31
        3 >>    7 pushExcInfo
                8 loadGlobal            2 (ValueError)
                9 checkExcMatch
               10 popJumpIfFalse        to 25
               11 storeGlobal           3 (e)
        4      12 loadGlobal            4 (print)
               13 loadGlobal            3 (e)
               14 call                  1
               15 pop
        3      16 popExcept
               17 loadConst             0 (None)
               18 storeGlobal           3 (e)
               19 deleteGlobal          3 (e)
               20 jump                  to 31
          >>   21 loadConst             0 (None)
               22 storeGlobal           3 (e)
               23 deleteGlobal          3 (e)
               24 reraise
        5 >>   25 pop
               26 popExcept
               27 jump                  to 31
        3 >>   28 swap                  2
               29 popExcept
               30 reraise
       10 >>   31 loadGlobal            5 (h)
               32 call                  0
               33 pop
        1      34 jump                  to 43
       10 >>   35 pushExcInfo
               36 loadGlobal            5 (h)
               37 call                  0
               38 pop
               39 reraise
          >>   40 swap                  2
               41 popExcept
               42 reraise
          >>   43 loadConst             0 (None)
               44 returnValue
      ExceptionTable:
        0 to 3 -> 7 [0]
        3 to 7 -> 35 [0]
        7 to 12 -> 28 [1]
        12 to 16 -> 21 [1]
        16 to 21 -> 35 [0]
        21 to 26 -> 28 [1]
        26 to 31 -> 35 [0]
        35 to 40 -> 40 [1]
    """#),
    ("with", "with open(p) as f:\n    data = f.read()", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 4
        1       0 loadGlobal            0 (open)
                1 loadGlobal            1 (p)
                2 call                  1
                3 beforeWith
                4 storeGlobal           2 (f)
        2       5 loadGlobal            2 (f)
                6 loadMethod            3 (read)
                7 callMethod            0
                8 storeGlobal           4 (data)
        1       9 loadConst             0 (None)
               10 loadConst             0 (None)
               11 loadConst             0 (None)
               12 call                  3
               13 pop
               14 jump                  to 25
          >>   15 pushExcInfo
               16 withExceptStart
               17 popJumpIfTrue         to 22
               18 reraise
          >>   19 swap                  2
               20 popExcept
               21 reraise
          >>   22 pop
               23 popExcept
               24 pop
        2 >>   25 loadConst             0 (None)
               26 returnValue
      ExceptionTable:
        4 to 9 -> 15 [1]
        15 to 19 -> 19 [2]
    """#),
    ("closure", "def outer(x):\n    def inner():\n        return x\n    return inner", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 1
        1       0 loadConst             0 (<code outer>)
                1 makeFunction
                2 storeGlobal           0 (outer)
        4       3 loadConst             1 (None)
                4 returnValue

    Disassembly of outer:
      flags: [], line: 1, stack: 2, args: 1 (posonly 0, kwonly 0)
      varnames: x, inner
      cellvars: x
        2       0 loadClosure           0 (x)
                1 buildTuple            1
                2 loadConst             0 (<code outer.<locals>.inner>)
                3 makeFunction          closure
                4 storeFast             1 (inner)
        4       5 loadFast              1 (inner)
                6 returnValue

    Disassembly of outer.<locals>.inner:
      flags: [], line: 2, stack: 1
      freevars: x
        3       0 loadDeref             0 (x)
                1 returnValue
    """#),
    ("classWithSuper", "class A(B):\n    def __init__(self, v):\n        super().__init__()\n        self.v = v", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 4
        1       0 loadBuildClass
                1 loadConst             0 (<code A>)
                2 makeFunction
                3 loadConst             1 ('A')
                4 loadGlobal            0 (B)
                5 call                  3
                6 storeGlobal           1 (A)
        4       7 loadConst             2 (None)
                8 returnValue

    Disassembly of A:
      flags: [classBody], line: 1, stack: 2
      cellvars: __class__
        1       0 loadName              0 (__name__)
                1 storeName             1 (__module__)
                2 loadConst             0 ('A')
                3 storeName             2 (__qualname__)
        2       4 loadClosure           0 (__class__)
                5 buildTuple            1
                6 loadConst             1 (<code A.__init__>)
                7 makeFunction          closure
                8 storeName             3 (__init__)
                9 loadClosure           0 (__class__)
               10 storeName             4 (__classcell__)
               11 loadConst             2 (None)
               12 returnValue

    Disassembly of A.__init__:
      flags: [], line: 2, stack: 3, args: 2 (posonly 0, kwonly 0)
      varnames: self, v
      freevars: __class__
        3       0 loadGlobal            0 (super)
                1 loadDeref             0 (__class__)
                2 loadFast              0 (self)
                3 call                  2
                4 loadMethod            1 (__init__)
                5 callMethod            0
                6 pop
        4       7 loadFast              1 (v)
                8 loadFast              0 (self)
                9 storeAttr             2 (v)
               10 loadConst             0 (None)
               11 returnValue
    """#),
    ("listComprehension", "r = [n * 2 for n in nums if n]", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 2
        1       0 loadConst             0 (<code <listcomp>>)
                1 makeFunction
                2 loadGlobal            0 (nums)
                3 getIter
                4 call                  1
                5 storeGlobal           1 (r)
                6 loadConst             1 (None)
                7 returnValue

    Disassembly of <listcomp>:
      flags: [], line: 1, stack: 4, args: 1 (posonly 0, kwonly 0)
      varnames: .0, n
        1       0 buildList             0
                1 loadFast              0 (.0)
          >>    2 forIter               to 11
                3 storeFast             1 (n)
                4 loadFast              1 (n)
                5 popJumpIfFalse        to 2
                6 loadFast              1 (n)
                7 loadConst             0 (2)
                8 binary                *
                9 listAppend            2
               10 jump                  to 2
          >>   11 returnValue
    """#),
    ("fString", "s = f'{name!r}: {value:>{width}.2f}'", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 6
        1       0 loadGlobal            0 (name)
                1 formatValue           repr
                2 loadConst             0 (': ')
                3 loadGlobal            1 (value)
                4 loadConst             1 ('>')
                5 loadGlobal            2 (width)
                6 formatValue           none
                7 loadConst             2 ('.2f')
                8 buildString           3
                9 formatValue           none, spec
               10 buildString           3
               11 storeGlobal           3 (s)
               12 loadConst             3 (None)
               13 returnValue
    """#),
    ("await", "async def main():\n    data = await fetch(url, timeout=5)\n    return data", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 1
        1       0 loadConst             0 (<code main>)
                1 makeFunction
                2 storeGlobal           0 (main)
        3       3 loadConst             1 (None)
                4 returnValue

    Disassembly of main:
      flags: [coroutine], line: 1, stack: 3
      varnames: data
        2       0 loadGlobal            0 (fetch)
                1 loadGlobal            1 (url)
                2 loadConst             0 (5)
                3 callKw                2 ('timeout',)
                4 getAwaitable
                5 loadConst             2 (None)
                6 send
                7 storeFast             0 (data)
        3       8 loadFast              0 (data)
                9 returnValue
    """#),
    ("chainedComparison", "ok = 0 <= i < n", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 3
        1       0 loadConst             0 (0)
                1 loadGlobal            0 (i)
                2 swap                  2
                3 copy                  2
                4 compare               <=
                5 jumpIfFalseOrPop      to 9
                6 loadGlobal            1 (n)
                7 compare               <
                8 jump                  to 11
          >>    9 swap                  2
               10 pop
          >>   11 storeGlobal           2 (ok)
               12 loadConst             1 (None)
               13 returnValue
    """#),
    ("returnInsideFinallyInLoop", "def f(xs):\n    for x in xs:\n        try:\n            return x\n        finally:\n            log(x)", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 1
        1       0 loadConst             0 (<code f>)
                1 makeFunction
                2 storeGlobal           0 (f)
        6       3 loadConst             1 (None)
                4 returnValue

    Disassembly of f:
      flags: [], line: 1, stack: 5, args: 1 (posonly 0, kwonly 0)
      varnames: xs, x
        2       0 loadFast              0 (xs)
                1 getIter
                2 forIter               to 21
                3 storeFast             1 (x)
        4       4 loadFast              1 (x)
        6       5 loadGlobal            0 (log)
                6 loadFast              1 (x)
                7 call                  1
                8 pop
        4       9 swap                  2
               10 pop
               11 returnValue
        6 >>   12 pushExcInfo
               13 loadGlobal            0 (log)
               14 loadFast              1 (x)
               15 call                  1
               16 pop
               17 reraise
          >>   18 swap                  2
               19 popExcept
               20 reraise
          >>   21 loadConst             0 (None)
               22 returnValue
      ExceptionTable:
        4 to 5 -> 12 [1]
        12 to 18 -> 18 [2]
    """#),
    ("imports", "import a.b\nimport a.b.c as m\nfrom p.q import r as s, t\nfrom u import *", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 2
        1       0 importName            0 (a.b)
                1 storeGlobal           1 (a)
        2       2 importName            2 (a.b.c)
                3 importFrom            3 (b)
                4 swap                  2
                5 pop
                6 importFrom            4 (c)
                7 storeGlobal           5 (m)
                8 pop
        3       9 importName            6 (p.q)
               10 importFrom            7 (q)
               11 swap                  2
               12 pop
               13 importFrom            8 (r)
               14 storeGlobal           9 (s)
               15 importFrom            10 (t)
               16 storeGlobal           10 (t)
               17 pop
        4      18 importName            11 (u)
               19 importStar
               20 loadConst             0 (None)
               21 returnValue
    """#),
    ("assert", "assert x > 0, 'x must be positive'", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 2
        1       0 loadGlobal            0 (x)
                1 loadConst             0 (0)
                2 compare               >
                3 popJumpIfTrue         to 8
                4 loadAssertionError
                5 loadConst             1 ('x must be positive')
                6 call                  1
                7 raise                 1
          >>    8 loadConst             2 (None)
                9 returnValue
    """#),
    ("asyncForAndWith", "async def f(src):\n    async with lock:\n        async for item in src:\n            await put(item)", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 1
        1       0 loadConst             0 (<code f>)
                1 makeFunction
                2 storeGlobal           0 (f)
        4       3 loadConst             1 (None)
                4 returnValue

    Disassembly of f:
      flags: [coroutine], line: 1, stack: 5, args: 1 (posonly 0, kwonly 0)
      varnames: src, item
        2       0 loadGlobal            0 (lock)
                1 beforeAsyncWith
                2 getAwaitable
                3 loadConst             0 (None)
                4 send
                5 pop
        3       6 loadFast              0 (src)
                7 getAIter
          >>    8 getANext
                9 loadConst             0 (None)
               10 send
               11 storeFast             1 (item)
        4      12 loadGlobal            1 (put)
               13 loadFast              1 (item)
               14 call                  1
               15 getAwaitable
               16 loadConst             0 (None)
               17 send
               18 pop
        3      19 jump                  to 8
          >>   20 endAsyncFor
        2      21 loadConst             0 (None)
               22 loadConst             0 (None)
               23 loadConst             0 (None)
               24 call                  3
               25 getAwaitable
               26 loadConst             0 (None)
               27 send
               28 pop
               29 jump                  to 43
          >>   30 pushExcInfo
               31 withExceptStart
               32 getAwaitable
               33 loadConst             0 (None)
               34 send
               35 popJumpIfTrue         to 40
               36 reraise
          >>   37 swap                  2
               38 popExcept
               39 reraise
          >>   40 pop
               41 popExcept
               42 pop
        4 >>   43 loadConst             0 (None)
               44 returnValue
      ExceptionTable:
        5 to 8 -> 30 [1]
        8 to 11 -> 20 [2]
        11 to 21 -> 30 [1]
        30 to 37 -> 37 [2]
    """#),
    ("starArgsAndKwargs", "f(a, *rest, key=1, **opts)", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 4
        1       0 loadGlobal            0 (f)
                1 loadGlobal            1 (a)
                2 buildList             1
                3 loadGlobal            2 (rest)
                4 listExtend            1
                5 listToTuple
                6 loadConst             0 ('key')
                7 loadConst             1 (1)
                8 buildMap              1
                9 loadGlobal            3 (opts)
               10 dictMerge             1
               11 callEx                kwargs
               12 pop
               13 loadConst             2 (None)
               14 returnValue
    """#),
    ("augmentedSubscript", "counts[key] += 1", #"""
    Disassembly of <module>:
      flags: [module], line: 1, stack: 4
        1       0 loadGlobal            0 (counts)
                1 loadGlobal            1 (key)
                2 copy                  2
                3 copy                  2
                4 binarySubscript
                5 loadConst             0 (1)
                6 inplace               +
                7 swap                  3
                8 swap                  2
                9 storeSubscript
               10 loadConst             1 (None)
               11 returnValue
    """#),
]

@Test(arguments: goldens.indices)
func goldenDisassembly(index: Int) {
    let golden = goldens[index]
    #expect(dis(golden.source) == golden.expected + "\n", "\(golden.name)")
}
