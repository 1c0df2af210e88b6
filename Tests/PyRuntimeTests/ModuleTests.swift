import PyRuntime
import Testing

/// Runs a program that needs no host and returns its output, or the traceback's last line.
private func output(of source: String) throws -> String {
    let interpreter = try Interpreter(source: source)
    switch interpreter.start() {
    case .finished: return interpreter.output
    case .failed(let failure): return interpreter.output + "\(failure.typeName): \(failure.message)\n"
    case .suspended: return interpreter.output + "<suspended>\n"
    }
}

// Module behaviour of CPython 3.12 that the conformance suite's python3 (3.11) lacks.
@Test func itertoolsBatchedAsInPython312() throws {
    #expect(try output(of: """
        from itertools import batched
        print(list(batched("abcdefg", 3)), list(batched([], 2)), list(batched(range(4), 2)))
        batched("abc", 0)
        """) == "[('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)] [] [(0, 1), (2, 3)]\nValueError: n must be at least one\n")
}

@Test func jsonRefusesNonFiniteFloatsWithPython312sMessage() throws {
    #expect(try output(of: "import json\njson.dumps([1.0, float('-inf')], allow_nan=False)")
            == "ValueError: Out of range float values are not JSON compliant: -inf\n")
}

@Test func orderedDictReprAsInPython312() throws {
    #expect(try output(of: """
        from collections import OrderedDict
        class Sub(OrderedDict):
            pass
        print(OrderedDict(), OrderedDict(a=1, b=[2]), Sub({'k': 'v'}), Sub())
        print(OrderedDict.fromkeys('ab', 0) | {'c': 1})
        """) == "OrderedDict() OrderedDict({'a': 1, 'b': [2]}) Sub({'k': 'v'}) Sub()\nOrderedDict({'a': 0, 'b': 0, 'c': 1})\n")
}

@Test func randomArgumentChecksAsInPython312() throws {
    #expect(try output(of: """
        import random
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: random.randrange(5, 3))
        t(lambda: random.randrange(0))
        t(lambda: random.randrange(1.5))
        t(lambda: random.randrange(1, 5, 0))
        t(lambda: random.randrange(1, 5, -1))
        t(lambda: random.randrange(5, step=2))
        t(lambda: random.randint(1.0, 3))
        random.seed(3)
        t(lambda: (random.expovariate(), random.gauss(), random.randbytes(3)))
        """) == """
        ValueError empty range in randrange(5, 3)
        ValueError empty range for randrange()
        TypeError 'float' object cannot be interpreted as an integer
        ValueError zero step for randrange()
        ValueError empty range in randrange(1, 5, -1)
        TypeError Missing a non-None stop argument
        TypeError 'float' object cannot be interpreted as an integer
        (0.27176230323366835, -0.9243337520999115, b'\\x80\\x9a\\x9a')

        """)
}


@Test func statisticsAsInPython312() throws {
    #expect(try output(of: """
        import statistics as st
        def t(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: st.quantiles([5], n=4))
        t(lambda: st.median_grouped([52, 52, 53, 54]))
        t(lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2))
        t(lambda: st.median_grouped([]))
        t(lambda: st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
        t(lambda: st.fmean([0.1, 0.2, 0.3], [0.7, 0.2, 0.1]))
        t(lambda: st.fmean([1, 2], [1]))
        t(lambda: st.fmean([1, 2], [0, 0]))
        t(lambda: st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
        t(lambda: st.covariance([0.1, 0.7, 0.2], [1.5, 0.25, 3.0]))
        t(lambda: st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
        t(lambda: st.correlation([0.1, 0.7, 0.2, 5.5], [1.5, 0.25, 3.0, 2.0]))
        t(lambda: st.correlation([1, 1], [1, 2]))
        t(lambda: st.covariance([1], [1]))
        t(lambda: st.covariance([1, 2], [1]))
        """) == """
        StatisticsError must have at least two data points
        52.5
        3.5
        StatisticsError no median for empty data
        4.541666666666667
        0.14
        StatisticsError data and weights must be the same length
        StatisticsError sum of weights must be non-zero
        0.75
        -0.3291666666666666
        -1.0
        0.10736271105474315
        StatisticsError at least one of the inputs is constant
        StatisticsError covariance requires at least two data points
        StatisticsError covariance requires that both inputs have same number of data points
        
        """)
}

@Test func enumContainmentAsInPython312() throws {
    #expect(try output(of: """
        from enum import Enum
        class C(Enum):
            A = 1
            B = 'x'
        print(1 in C, 'A' in C, 'x' in C, C.A in C, 3 in C)
        """) == "True False True True False\n")
}

@Test func timeSleepEndsAtTheWallTimeLimit() throws {
    var limits = Limits()
    limits.maxWallTime = 0.3
    let interpreter = try Interpreter(source: "import time\nprint('before')\ntime.sleep(3600)\nprint('after')", limits: limits)
    let started = Interpreter.monotonicNow()
    guard case .failed(let failure) = interpreter.start() else {
        Issue.record("the sleep was not stopped")
        return
    }
    #expect(failure.message.contains("time limit"))
    #expect(interpreter.output == "before\n")
    #expect(Interpreter.monotonicNow() - started < 3)
}
