import Foundation
import MeshSchema
import PTC
import PyRuntime
import Testing

@Test func gatheredToolCallsRunConcurrentlyAndResultsReachTheProgram() async throws {
    let counter = InFlightCounter()
    let source = """
    import asyncio
    members = await get_team_members("engineering")
    expenses = await asyncio.gather(*[get_expenses(m["id"], "Q3") for m in members])
    over = [m["name"] for m, e in zip(members, expenses) if sum(i["amount"] for i in e) > 3000]
    print(over)
    """
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: counter, sleepMs: 100))
    #expect(record.errorText == "")
    #expect(record.output == "['Ana', 'Dee']\n")
    #expect(record.calls.map(\.tool) == ["get_team_members"] + Array(repeating: "get_expenses", count: 4))
    #expect(record.calls.allSatisfy { $0.status == "OK" })
    #expect(record.calls[1].arguments["quarter"] == .string("Q3"))
    // All four at once. (Not checked by wall time: with the test runner's other tests blocking
    // the cooperative pool, the tool functions themselves may start late.)
    #expect(await counter.most == 4)
    #expect(CallTimeline.maxInFlight(record.calls) == 4)
}

@Test func theConcurrencyCapHoldsCallsBackAndEveryCallStillRuns() async throws {
    let counter = InFlightCounter()
    let source = """
    import asyncio
    ids = [f"e{i}" for i in range(30)]
    results = await asyncio.gather(*[get_expenses(employee_id=i, quarter="Q1") for i in ids])
    print(len(results), sum(r[0]["amount"] for r in results))
    """
    var options = ProgramRunner.Options()
    options.maxConcurrentCalls = 7
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: counter, sleepMs: 10),
                                         options: options)
    #expect(record.errorText == "")
    let expected = (0..<30).map { "e\($0)".count * 1000 + 500 }.reduce(0, +)
    #expect(record.output == "30 \(expected)\n")
    #expect(await counter.most == 7)
    #expect(await counter.total == 30)
    #expect(record.calls.count == 30)
}

@Test func aFailedToolCallRaisesToolErrorWithCodeMessageAndTool() async throws {
    let source = """
    try:
        await get_team_members("marketing")
    except ToolError as e:
        print(type(e).__name__, isinstance(e, Exception), e.code, e.tool)
        print(e.message)
        print(e)
    await get_team_members(department="marketing")
    """
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: InFlightCounter()))
    #expect(record.output == """
        ToolError True NOT_FOUND get_team_members
        unknown department: marketing
        get_team_members failed (NOT_FOUND): unknown department: marketing

        """)
    #expect(record.exitStatus == 1)
    #expect(record.errorText.hasSuffix("ToolError: get_team_members failed (NOT_FOUND): unknown department: marketing\n"))
    #expect(record.errorText.contains("line 7, in <module>"))
    #expect(record.calls.map(\.status) == ["NOT_FOUND", "NOT_FOUND"])
}

@Test(arguments: [
    ("await get_expenses('a')", "TypeError: get_expenses() missing 1 required positional argument: 'quarter'"),
    ("await get_expenses('a', 'Q1', 3)", "TypeError: get_expenses() takes 2 positional arguments but 3 were given"),
    ("await get_expenses('a', employee_id='b', quarter='Q1')", "TypeError: get_expenses() got multiple values for argument 'employee_id'"),
    ("await get_expenses('a', 'Q1', year=2024)", "TypeError: get_expenses() got an unexpected keyword argument 'year'"),
    ("await get_expenses(employee_id='a', quarter='Q5')", "ToolError: get_expenses failed (INVALID_ARGUMENT): /quarter: must be one of \"Q1\", \"Q2\", \"Q3\", \"Q4\""),
    ("await get_expenses({1, 2}, 'Q1')", "TypeError: Object of type set is not JSON serializable"),
])
func badCallsFailInTheProgramWithPreciseErrors(line: String, lastLine: String) async throws {
    let record = await ProgramRunner.run(source: line + "\n", backend: try teamBackend(counter: InFlightCounter()))
    #expect(record.exitStatus == 1)
    let last = record.errorText.split(separator: "\n").last.map(String.init)
    #expect(last == lastLine)
}

@Test func theWallTimeLimitEndsARunWaitingOnAHungToolAndCancelsTheCall() async throws {
    let counter = InFlightCounter()
    var options = ProgramRunner.Options()
    options.limits.maxWallTime = 0.3
    options.callTimeout = nil
    let record = await ProgramRunner.run(source: "await hang()\n", backend: try teamBackend(counter: counter),
                                         options: options)
    #expect(record.exitStatus == 2)
    #expect(record.errorText.contains("time limit exceeded"))
    #expect(record.duration < 1.5)
    #expect(record.calls.map(\.status) == ["CANCELLED"])
    // The abandoned call's task is cancelled and stops.
    for _ in 0..<200 where await counter.cancelled == 0 { try await Task.sleep(nanoseconds: 5_000_000) }
    #expect(await counter.cancelled == 1)
}

@Test func callsInFlightWhenTheProgramEndsAreCancelled() async throws {
    let counter = InFlightCounter()
    let source = """
    import asyncio
    t = asyncio.create_task(get_expenses("a", "Q1"))
    await asyncio.sleep(0.01)
    print("done without waiting")
    """
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: counter, sleepMs: 2000))
    #expect(record.output == "done without waiting\n")
    #expect(record.exitStatus == 0)
    #expect(record.duration < 1.5)
    #expect(record.calls.map(\.status) == ["CANCELLED"])
}

@Test func asyncioTimersStillFireWhileToolsAreInFlight() async throws {
    let source = """
    import asyncio
    try:
        await asyncio.wait_for(get_expenses("a", "Q1"), timeout=0.05)
    except TimeoutError:
        print("timed out")
    print(await get_team_members("sales"))
    """
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: InFlightCounter(), sleepMs: 1000))
    #expect(record.output == "timed out\n[{'id': 'eve', 'name': 'Eve'}]\n")
    // The timer woke the program while the slow call was still running.
    let slowEnd = try #require(record.calls.first).endedAt ?? .infinity
    #expect(record.calls.count == 2 && record.calls[1].issuedAt < slowEnd)
}

@Test func syntaxErrorsAndBackendFailuresAreReportedNotRun() async throws {
    let broken = await ProgramRunner.run(source: "x = (1,\n", backend: try LocalToolBackend([]))
    guard case .syntaxError = broken.outcome else {
        Issue.record("expected a syntax error, got \(broken.outcome)")
        return
    }
    #expect(broken.exitStatus == 1)
    #expect(broken.errorText.contains("SyntaxError"))

    struct Unreachable: ToolBackend {
        func tools() async throws(ToolFailure) -> [ToolDescription] {
            throw ToolFailure(code: "UNAVAILABLE", message: "connection refused")
        }
        func call(_ call: ToolCall) async -> ToolCallResult { .failure(ToolFailure(code: "UNAVAILABLE", message: "")) }
    }
    let unreachable = await ProgramRunner.run(source: "print(1)\n", backend: Unreachable())
    #expect(unreachable.exitStatus == 3)
    #expect(unreachable.errorText == "toolmesh: cannot list the tools: UNAVAILABLE: connection refused\n")
}

@Test func cancellingTheCallerStopsTheRun() async throws {
    let counter = InFlightCounter()
    let task = Task {
        await ProgramRunner.run(source: "await hang()\n", backend: try teamBackend(counter: counter))
    }
    for _ in 0..<200 where await counter.total == 0 { try await Task.sleep(nanoseconds: 5_000_000) }
    task.cancel()
    let record = try await task.value
    #expect(record.exitStatus == 2)
    #expect(record.errorText.contains("run cancelled"))
}

@Test func theRunRecordIsMachineReadable() async throws {
    let record = await ProgramRunner.run(source: "print(await get_team_members('sales'))\n",
                                         backend: try teamBackend(counter: InFlightCounter()))
    guard case .object(let json) = record.json else {
        Issue.record("expected an object")
        return
    }
    #expect(json["exit_code"] == .number(JSONNumber(0)))
    #expect(json["stdout"] == .string("[{'id': 'eve', 'name': 'Eve'}]\n"))
    #expect(json["error"] == .null)
    let call = json["calls"]?.arrayValue?.first?.objectValue
    #expect(call?["tool"] == .string("get_team_members"))
    #expect(call?["arguments"] == .object(JSONObject([("department", .string("sales"))])))
    #expect(call?["status"] == .string("OK"))
    #expect(call?["worker"] == .string("local"))
    #expect(number(call?["duration_ms"]) >= 0)
    #expect(json["timings"]?.objectValue?["calls"] == .number(JSONNumber(1)))

    let failed = await ProgramRunner.run(source: "{}[3]\n", backend: try LocalToolBackend([]))
    let error = failed.json.objectValue?["error"]?.objectValue
    #expect(error?["type"] == .string("KeyError"))
    #expect(error?["kind"] == .string("exception"))
    #expect(error?["message"] == .string("3"))
}

@Test func theTimelineShowsEveryCallWithItsStatus() async throws {
    let record = await ProgramRunner.run(source: """
        import asyncio
        await asyncio.gather(get_team_members("sales"), get_team_members("nope"), return_exceptions=True)
        """, backend: try teamBackend(counter: InFlightCounter()))
    let text = CallTimeline.render(record)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("tool calls: 2 in "))
    #expect(lines[2].contains("get_team_members") && lines[2].hasSuffix("|  OK"))
    #expect(lines[3].contains("NOT_FOUND: unknown department: nope"))
    #expect(lines[3].hasSuffix("NOT_FOUND: unknown department: nope") && lines[3].contains("|") && lines[3].contains("="))
}

@Test func theComparisonCountsRoundsAsDirectTurnsAndResultsAsContext() async throws {
    let source = """
    import asyncio
    members = await get_team_members("engineering")
    expenses = await asyncio.gather(*[get_expenses(m["id"], "Q3") for m in members])
    print(len(expenses))
    """
    let record = await ProgramRunner.run(source: source, backend: try teamBackend(counter: InFlightCounter()))
    let comparison = CallingComparison(record)
    #expect(record.calls.map(\.round) == [1, 2, 2, 2, 2])
    #expect(comparison.toolCalls == 5)
    #expect(comparison.directTurns == 3)
    #expect(comparison.programTurns == 2)
    #expect(comparison.programContextBytes == 2)
    // Each result is serialized JSON; the members list alone is longer than the output.
    #expect(comparison.directContextBytes == record.calls.reduce(0) { $0 + $1.resultBytes })
    #expect(record.calls[0].resultBytes == #"[{"id":"ana","name":"Ana"},{"id":"bo","name":"Bo"},{"id":"cy","name":"Cy"},{"id":"dee","name":"Dee"}]"#.utf8.count)
    #expect(comparison.text.contains("direct tool calling"))
}

@Test func propertiesNamedLikeKeywordsAreSpelledWithAnUnderscore() async throws {
    let description = ToolDescription(
        name: "distance_km",
        inputSchema: schema(#"{"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"}},"required":["from","to"],"additionalProperties":false}"#))
    let backend = try LocalToolBackend([(description, { @Sendable arguments in
        .string("\(arguments["from"]?.stringValue ?? "?")->\(arguments["to"]?.stringValue ?? "?")")
    })])
    let record = await ProgramRunner.run(source: """
        print(await distance_km("Berlin", "Paris"), await distance_km(from_="Oslo", to="Rome"))
        await distance_km(to="x")
        """, backend: backend)
    #expect(record.output == "Berlin->Paris Oslo->Rome\n")
    #expect(record.calls.first?.arguments == JSONObject([("from", .string("Berlin")), ("to", .string("Paris"))]))
    #expect(record.errorText.hasSuffix("TypeError: distance_km() missing 1 required positional argument: 'from_'\n"))
    #expect(PythonStubs.render(description).hasPrefix("async def distance_km(from_: str, to: str) -> Any:"))
}
