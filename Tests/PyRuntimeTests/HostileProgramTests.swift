import Foundation
import PyRuntime
import PyTestSupport
import Testing

/// How a hostile program must end.
enum Expected: Sendable {
    /// An uncaught exception whose last traceback line starts with this text.
    case exception(String)
    /// A limit breach of this kind.
    case limit(String)
    /// Normal completion with this output.
    case output(String)
}

/// Runs a program with tight limits on a thread with a generous stack.
func runHostile(_ source: String) async -> (status: Interpreter.Status, output: String)? {
    final class Box: @unchecked Sendable { var result: (status: Interpreter.Status, output: String)? }
    let box: Box = await runBlocking { () -> Box in
        var limits = Limits()
        limits.maxInstructions = 5_000_000
        limits.maxWallTime = 10
        limits.maxMemoryBytes = 64 << 20
        limits.maxOutputBytes = 64 << 10
        guard let interpreter = try? Interpreter(source: source, limits: limits) else { return Box() }
        let box = Box()
        let status = interpreter.start()
        box.result = (status, interpreter.output)
        return box
    }
    return box.result
}

let hostilePrograms: [(String, String, Expected)] = [
    ("subclasses through __class__", "print(().__class__.__bases__[0].__subclasses__())",
     .exception("AttributeError: access to attribute '__class__' is not allowed")),
    ("subclasses through type()", "print(type(()).__bases__[0].__subclasses__())",
     .exception("AttributeError: access to attribute '__subclasses__' is not allowed")),
    ("function globals", "def f(): pass\nprint(f.__globals__)",
     .exception("AttributeError: access to attribute '__globals__' is not allowed")),
    ("function code", "print((lambda: 0).__code__)",
     .exception("AttributeError: access to attribute '__code__' is not allowed")),
    ("getattr of a dunder", "def f(): pass\nprint(getattr(f, '__globals__'))",
     .exception("AttributeError: access to attribute '__globals__' is not allowed")),
    ("format string attribute walk", "print('{0.__class__}'.format(1))",
     .exception("AttributeError: access to attribute '__class__' is not allowed")),
    ("builtins dict", "print(__builtins__)", .exception("NameError: name '__builtins__' is not defined")),
    ("open", "open('/etc/passwd')", .exception("NameError: name 'open' is not defined")),
    ("__import__", "__import__('os')", .exception("NameError: name '__import__' is not defined")),
    ("eval", "eval('1+1')", .exception("NameError: name 'eval' is not defined")),
    ("exec", "exec('x=1')", .exception("NameError: name 'exec' is not defined")),
    ("compile", "compile('1', 'f', 'eval')", .exception("NameError: name 'compile' is not defined")),
    ("globals", "globals()", .exception("NameError: name 'globals' is not defined")),
    ("import os", "import os", .exception("ModuleNotFoundError: No module named 'os'")),
    ("import subprocess", "from subprocess import run", .exception("ModuleNotFoundError: No module named 'subprocess'")),
    ("import sys", "import sys\nsys.exit()", .exception("ModuleNotFoundError: No module named 'sys'")),
    ("string bomb", "x = 'x' * 10**10", .exception("MemoryError")),
    ("list bomb", "x = [0] * 10**9", .exception("MemoryError")),
    ("power bomb", "x = 2 ** 10**9", .exception("MemoryError")),
    ("tower bomb", "x = 10 ** 10 ** 10", .exception("MemoryError")),
    ("shift bomb", "x = 1 << 10**12", .exception("MemoryError")),
    ("doubling string", "s = 'x'\nwhile True:\n    s += s", .exception("MemoryError")),
    ("infinite loop", "while True:\n    pass", .limit("instruction limit")),
    ("infinite recursion", "def f():\n    return f()\nf()", .exception("RecursionError: maximum recursion depth exceeded")),
    ("recursion through a callback", "def k(x):\n    return sorted([1, 2], key=k)\nk(1)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("mutual recursion in __repr__", "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("nested tuple hash", "t = ()\nfor _ in range(100000):\n    t = (t,)\nhash(t)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("nested list equality", "a = []\nb = []\nfor _ in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("nested list repr", "a = []\nfor _ in range(100000):\n    a = [a]\nprint(a)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("deeply nested JSON text", "import json\njson.loads('[' * 200000 + ']' * 200000)",
     .exception("RecursionError: maximum recursion depth exceeded while decoding a JSON document")),
    ("deeply nested value to JSON", "import json\na = []\nfor _ in range(100000):\n    a = [a]\njson.dumps(a)",
     .exception("RecursionError: maximum recursion depth exceeded while encoding a JSON object")),
    ("JSON default returning itself", "import json\nclass A: pass\njson.dumps(A(), default=lambda o: o)",
     .exception("ValueError: Circular reference detected")),
    ("huge JSON text", "import json\njson.loads('[' + '1,' * 30000000 + '1]')", .exception("MemoryError")),
    ("huge factorial", "import math\nmath.factorial(10 ** 7)", .exception("MemoryError")),
    ("huge binomial", "import math\nmath.comb(10 ** 6, 5 * 10 ** 5)", .exception("MemoryError")),
    ("output flood", "while True:\n    print('x' * 1000)", .limit("output limit")),
    ("int to str limit", "print(str(10 ** 5000))", .exception("ValueError: Exceeds the limit (4300 digits)")),
    ("awaiting nothing", "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())",
     .exception("RuntimeError: the program is waiting for something that can never happen")),
    ("asyncio.run inside a coroutine", "import asyncio\nasync def f():\n    asyncio.run(f())\nasyncio.run(f())",
     .exception("RuntimeError: asyncio.run() cannot be called from a running event loop")),
    ("catching limits is impossible", "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')",
     .limit("instruction limit")),
    ("deeply nested values are freed without deep recursion",
     "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nn = None\nfor i in range(200000):\n    n = Node(n)\n"
     + "a = []\nfor i in range(200000):\n    a = [a, {'k': (a,)}]\n"
     + "e = None\nfor i in range(50000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\n"
     + "g = iter([])\nfor i in range(50000):\n    g = map(abs, g)\nprint('built')",
     .output("built\n")),
    ("list repetition near Int.max", "x = [0] * 2**62", .exception("MemoryError")),
    ("tuple repetition near Int.max", "x = (0,) * 2**62", .exception("MemoryError")),
    ("in-place repetition near Int.max", "x = [1]\nx *= 2**62", .exception("MemoryError")),
    ("format width bomb", "x = format(1, '900000000')", .exception("MemoryError")),
    ("f-string width bomb", "x = f'{1:>900000000}'", .exception("MemoryError")),
    ("percent width bomb", "x = '%*d' % (10**9, 1)", .exception("MemoryError")),
    ("zfill bomb", "x = 'a'.zfill(10**12)", .exception("MemoryError")),
    ("expandtabs bomb", "x = '\\t'.expandtabs(10**12)", .exception("MemoryError")),
    ("replace bomb", "x = ('a' * 10**6).replace('a', 'b' * 10**4)", .exception("MemoryError")),
    ("quadratic list concatenation", "a = []\nfor i in range(5000):\n    a = a + [0] * 1000", .exception("MemoryError")),
    ("extreme slice steps and range bounds",
     "print([1, 2, 3][::-2**63], 'abcdef'[::2**63 - 1], len(range(0, -10, -2**63)))\n"
     + "r = range(-2**63, 2**63 - 1)\nprint(2**63 - 2 in r, r.index(2**63 - 2))\n"
     + "print(list(enumerate('ab', 2**63 - 1)))",
     .output("[3] a 1\nTrue 18446744073709551614\n[(9223372036854775807, 'a'), (9223372036854775808, 'b')]\n")),
    ("methods called through their class without a receiver",
     "for f in [dict.keys, list.append, str.upper, set.add, tuple.index, int.__add__, dict.__getitem__]:\n"
     + "    try:\n        f()\n    except TypeError as e:\n        print(e)",
     .output("unbound method dict.keys() needs an argument\nunbound method list.append() needs an argument\n"
             + "unbound method str.upper() needs an argument\nunbound method set.add() needs an argument\n"
             + "unbound method tuple.index() needs an argument\ndescriptor '__add__' of 'int' object needs an argument\n"
             + "unbound method dict.__getitem__() needs an argument\n")),
    ("native iteration counts against the instruction limit", "print(sum(range(10**12)))", .limit("instruction limit")),
    ("endless itertools iteration", "import itertools\nprint(any(x < 0 for x in [1]) or sum(itertools.repeat(1)))",
     .limit("instruction limit")),
    ("deque repetition bomb", "from collections import deque\nx = deque([0, 1]) * 10**10", .exception("MemoryError")),
    ("in-place deque repetition near Int.max", "from collections import deque\nd = deque([1])\nd *= 2**62",
     .exception("MemoryError")),
    ("bounded deque repetition stays bounded",
     "from collections import deque\nd = deque([1, 2, 3], maxlen=4)\nd *= 10**18\nprint(d)",
     .output("deque([3, 1, 2, 3], maxlen=4)\n")),
    ("deque from a huge range", "from collections import deque\nd = deque(range(10**10))", .exception("MemoryError")),
    ("Counter elements bomb", "from collections import Counter\nx = list(Counter(a=10**12).elements())",
     .exception("MemoryError")),
    ("endless Counter elements", "from collections import Counter\nprint('b' in Counter(a=10**12).elements())",
     .limit("instruction limit")),
    ("deque rotation by a huge count", "from collections import deque\nd = deque(range(5))\nd.rotate(-2**63)\nd.rotate(2**63 - 1)\nprint(d)",
     .output("deque([1, 2, 3, 4, 0])\n")),
    ("a chain of partial subclass objects", "from functools import partial\nclass P(partial):\n    pass\n"
     + "p = abs\nfor _ in range(100000):\n    p = P(p)\np(-1)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("unbounded recursion through lru_cache", "from functools import cache\n@cache\ndef f(n):\n    return f(n + 1)\nf(0)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("deeply nested module objects are freed without deep recursion",
     "from functools import cache, cmp_to_key, partial\nimport operator\nfrom collections import deque\n"
     + "f = abs\nfor _ in range(100000):\n    f = cache(f)\nK = cmp_to_key(lambda a, b: 0)\nk = 1\n"
     + "for _ in range(100000):\n    k = K(k)\ng = 1\nfor _ in range(100000):\n    g = operator.itemgetter(g)\n"
     + "class P(partial):\n    pass\np = abs\nfor _ in range(100000):\n    p = P(p)\n"
     + "d = deque()\nfor _ in range(100000):\n    d = deque([d])\nprint('built')",
     .output("built\n")),
    ("heap comparisons that empty the heap",
     "import heapq\nh = []\nclass X:\n    def __lt__(self, other):\n        h.clear()\n        return True\n"
     + "h.extend([X(), X(), X(), X()])\nfor f in [lambda: heapq.heapify(h), lambda: heapq.heappop(h),\n"
     + "          lambda: heapq.heappush(h, X()), lambda: heapq.heappushpop(h, X())]:\n"
     + "    h[:] = [X(), X(), X(), X()]\n    try:\n        f()\n    except (RuntimeError, IndexError) as e:\n"
     + "        print(type(e).__name__, e)",
     .output("RuntimeError list changed size during iteration\nRuntimeError list changed size during iteration\n"
             + "RuntimeError list changed size during iteration\nIndexError index out of range\n")),
    ("deep copy of deep nesting", "import copy\na = []\nfor _ in range(100000):\n    a = [a]\ncopy.deepcopy(a)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("deep copy of a tuple DAG with exponentially many paths",
     "import copy\nt = ()\nfor _ in range(80):\n    t = (t, t)\ncopy.deepcopy(t)", .limit("limit exceeded")),
    ("huge random bit counts", "import random\nrandom.getrandbits(10**12)", .exception("MemoryError")),
    ("huge random byte counts", "import random\nrandom.randbytes(10**12)", .exception("MemoryError")),
    ("huge random sample and choices", "import random\ntry:\n    random.choices([1], k=10**12)\nexcept MemoryError:\n"
     + "    print('choices')\nrandom.sample(range(10**15), 10**12)", .exception("MemoryError")),
    ("a union of very many types", "from typing import Union\nprint(len(Union[tuple(range(200000))].__args__))",
     .exception("AttributeError: access to attribute '__args__' is not allowed")),
    ("dataclass fields whose defaults nest deeply", "from dataclasses import field\nf = None\n"
     + "for _ in range(100000):\n    f = field(default=f)\nprint('built')", .output("built\n")),
    ("a deeply nested dataclass to asdict", "from dataclasses import dataclass, asdict\n@dataclass\nclass N:\n"
     + "    child: object = None\nn = None\nfor _ in range(100000):\n    n = N(n)\nasdict(n)",
     .exception("RecursionError: maximum recursion depth exceeded")),
    ("an enum of very many members", "from enum import Enum\nE = Enum('E', [('M%d' % i, i) for i in range(100000)])\n"
     + "print(len(E), E(99999))", .output("100000 E.M99999\n")),
    ("a caught MemoryError leaves the program running", "try:\n    [0] * 10**10\nexcept MemoryError:\n    print('ok')",
     .output("ok\n")),
]

@Test(arguments: hostilePrograms.indices)
func hostileProgram(_ index: Int) async {
    let (name, source, expected) = hostilePrograms[index]
    guard let (status, output) = await runHostile(source) else {
        Issue.record("\(name): does not compile")
        return
    }
    switch (expected, status) {
    case (.exception(let prefix), .failed(let failure)):
        let last = failure.traceback.split(separator: "\n").last.map(String.init) ?? ""
        #expect(failure.kind == .exception && last.hasPrefix(prefix), "\(name): \(failure.traceback)")
    case (.limit(let text), .failed(let failure)):
        guard case .limit = failure.kind else {
            Issue.record("\(name): expected a limit, got \(failure.traceback)")
            return
        }
        #expect(failure.message.contains(text), "\(name): \(failure.message)")
    case (.output(let text), .finished):
        #expect(output == text, "\(name)")
    default:
        Issue.record("\(name): unexpected outcome \(status)")
    }
}
