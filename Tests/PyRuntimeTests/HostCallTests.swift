import Foundation
import MeshSchema
import PyRuntime
import Testing

@Test func hundredConcurrentHostCallsSurfaceInOneSuspension() throws {
    let source = """
    import asyncio
    async def main():
        results = await asyncio.gather(*[lookup(i, scale=2) for i in range(100)])
        print(len(results), sum(r["value"] for r in results))
    asyncio.run(main())
    """
    let interpreter = try Interpreter(source: source, hostFunctions: [HostFunction(name: "lookup")])
    guard case .suspended(let calls, _) = interpreter.start() else {
        Issue.record("expected a suspension")
        return
    }
    #expect(calls.count == 100)
    #expect(calls.allSatisfy { $0.function == "lookup" })
    #expect(calls[7].positional == [.number(JSONNumber(7))])
    #expect(calls[7].keywords.map(\.name) == ["scale"])
    // Resume in reverse order, in two batches.
    var outcomes: [Int: Interpreter.CallOutcome] = [:]
    for call in calls.reversed().prefix(60) {
        guard case .number(let n) = call.positional[0] else { continue }
        outcomes[call.id] = .success(.object(JSONObject([("value", .number(JSONNumber(Int(n.doubleValue) * 2)))])))
    }
    guard case .suspended(let more, _) = interpreter.resume(outcomes) else {
        Issue.record("expected to wait for the remaining calls")
        return
    }
    #expect(more.isEmpty)
    outcomes = [:]
    for call in calls.prefix(40) {
        guard case .number(let n) = call.positional[0] else { continue }
        outcomes[call.id] = .success(.object(JSONObject([("value", .number(JSONNumber(Int(n.doubleValue) * 2)))])))
    }
    guard case .finished = interpreter.resume(outcomes) else {
        Issue.record("expected the program to finish")
        return
    }
    #expect(interpreter.output == "100 9900\n")
}

@Test func topLevelAwaitAndFailedHostCallsRaiseCatchableExceptions() throws {
    let source = """
    try:
        await fetch("a")
    except RuntimeError as e:
        print("caught", e)
    value = await fetch("b")
    print(value)
    """
    let interpreter = try Interpreter(source: source, hostFunctions: [HostFunction(name: "fetch")])
    guard case .suspended(let first, _) = interpreter.start(), first.count == 1 else {
        Issue.record("expected one call")
        return
    }
    guard case .suspended(let second, _) = interpreter.resume([first[0].id: .failure(message: "boom", exceptionType: nil)]),
          second.count == 1 else {
        Issue.record("expected the second call")
        return
    }
    guard case .finished = interpreter.resume([second[0].id: .success(.string("ok"))]) else {
        Issue.record("expected to finish")
        return
    }
    #expect(interpreter.output == "caught boom\nok\n")
}

@Test func uncaughtExceptionsGiveCPythonTracebacks() throws {
    let source = "def f(d):\n    return d['amount']\n\nf({})\n"
    let interpreter = try Interpreter(source: source, filename: "prog.py")
    guard case .failed(let failure) = interpreter.start() else {
        Issue.record("expected a failure")
        return
    }
    #expect(failure.traceback == """
    Traceback (most recent call last):
      File "prog.py", line 4, in <module>
        f({})
      File "prog.py", line 2, in f
        return d['amount']
               ~^^^^^^^^^^
    KeyError: 'amount'

    """)
}

@Test func limitsEndRunsWithoutCrashing() throws {
    var limits = Limits()
    limits.maxInstructions = 100_000
    let loop = try Interpreter(source: "while True:\n    pass\n", limits: limits)
    guard case .failed(let failure) = loop.start(), case .limit(.instructionLimit) = failure.kind else {
        Issue.record("expected the instruction limit")
        return
    }
    let memory = try Interpreter(source: "try:\n    x = 'x' * 10**10\nexcept MemoryError:\n    print('mem')\n")
    guard case .finished = memory.start() else {
        Issue.record("expected MemoryError to be catchable")
        return
    }
    #expect(memory.output == "mem\n")
    let recursion = try Interpreter(source: "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n")
    guard case .finished = recursion.start() else {
        Issue.record("expected RecursionError to be catchable")
        return
    }
    #expect(recursion.output == "deep\n")
}

@Test func wallTimeAndExternalCallLimitsEndTheRun() throws {
    var limits = Limits()
    limits.maxWallTime = 0.2
    let sleeper = try Interpreter(source: "import asyncio\nasyncio.run(asyncio.sleep(5))\n", limits: limits)
    let start = Date()
    guard case .failed(let failure) = sleeper.start(), case .limit(.timeLimit) = failure.kind else {
        Issue.record("expected the time limit")
        return
    }
    #expect(Date().timeIntervalSince(start) < 2)

    limits = Limits()
    limits.maxExternalCalls = 10
    let caller = try Interpreter(source: "import asyncio\nasync def main():\n    await asyncio.gather(*[f(i) for i in range(11)])\nasyncio.run(main())\n",
                                 limits: limits, hostFunctions: [HostFunction(name: "f")])
    guard case .failed(let tooMany) = caller.start(), case .limit(.externalCallLimit(10)) = tooMany.kind else {
        Issue.record("expected the external call limit")
        return
    }
}

@Test func tracebacksMarkTheFailingExpressionAndShowCauses() throws {
    let source = """
    def label(name, count):
        return name + ": " + count

    def render(rows):
        try:
            return [label(n, c) for n, c in rows]
        except TypeError as e:
            raise ValueError("cannot render") from e

    print(render([("b", 2)]))
    """
    let interpreter = try Interpreter(source: source, filename: "prog.py")
    guard case .failed(let failure) = interpreter.start() else {
        Issue.record("expected a failure")
        return
    }
    // Produced by CPython 3.11 for the same file.
    #expect(failure.traceback == """
    Traceback (most recent call last):
      File "prog.py", line 6, in render
        return [label(n, c) for n, c in rows]
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      File "prog.py", line 6, in <listcomp>
        return [label(n, c) for n, c in rows]
                ^^^^^^^^^^^
      File "prog.py", line 2, in label
        return name + ": " + count
               ~~~~~~~~~~~~^~~~~~~
    TypeError: can only concatenate str (not "int") to str

    The above exception was the direct cause of the following exception:

    Traceback (most recent call last):
      File "prog.py", line 10, in <module>
        print(render([("b", 2)]))
              ^^^^^^^^^^^^^^^^^^
      File "prog.py", line 8, in render
        raise ValueError("cannot render") from e
    ValueError: cannot render

    """)
}
