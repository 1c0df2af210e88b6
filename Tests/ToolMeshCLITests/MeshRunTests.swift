import Foundation
import MeshClient
import MeshTransport
import Testing

@Suite("toolmesh run --router, with router and workers as processes", .serialized)
struct MeshRunTests {
    @Test("tool calls of a program fan out over two worker processes at once")
    func fanOut() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let workers = try (1...2).map { try WorkerProcess(router: router.address, id: "w\($0)") }
        defer { workers.forEach { _ = $0.terminate() } }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 2))

        let path = try temporaryProgram("""
            import asyncio
            results = await asyncio.gather(*[sleep_ms(200) for _ in range(16)])
            print(len(results), await add(a=1.5, b=2))
            try:
                await fail("no such department: marketing")
            except ToolError as e:
                print(e.code, e.message)
            await add(1, "x")
            """)
        let started = Date()
        let outcome = try await runToolmesh(["run", path, "--router", router.address.description, "--trace"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(outcome.stdout == "16 3.5\nFAILED_PRECONDITION no such department: marketing\n")
        #expect(outcome.status == 1)
        // The router refuses the bad argument before the tool runs.
        #expect(outcome.stderr.contains("ToolError: add failed (INVALID_ARGUMENT): /b: expected number, got string\n"))
        // 16 calls of 200 ms, one after another, would take 3.2 s.
        #expect(elapsed < 2.5, "took \(elapsed) s")
        #expect(outcome.stderr.contains("tool calls: 19 in "))
        #expect(outcome.stderr.contains(" w1 ") && outcome.stderr.contains(" w2 "))
    }

    @Test("--json prints a run record; an unreachable router exits 1 with a clear error")
    func jsonRecordAndUnreachableRouter() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let worker = try WorkerProcess(router: router.address, id: "w1")
        defer { _ = worker.terminate() }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "echo", count: 1))

        let path = try temporaryProgram("print(await echo(x=[1, 2]))\n")
        let outcome = try await runToolmesh(["run", path, "--router", router.address.description, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(record?["stdout"] as? String == "{'x': [1, 2]}\n")
        let calls = record?["calls"] as? [[String: Any]]
        #expect(calls?.first?["tool"] as? String == "echo")
        #expect(calls?.first?["worker"] as? String == "w1")

        let stubs = try await runToolmesh(["tools", "--router", router.address.description, "--python-stubs"])
        #expect(stubs.stdout.contains("async def add(a: float, b: float) -> float:\n    \"\"\"Adds two numbers."))

        // Schemas keep their property order: it is the order of positional arguments.
        let listing = try await runToolmesh(["tools", "--json", "add", "--router", router.address.description])
        #expect(listing.stdout.contains(#""properties":{"a":{"type":"number"},"b":{"type":"number"}}"#), "\(listing.stdout)")

        let unreachable = try await runToolmesh(["run", path, "--router", "127.0.0.1:1"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("UNAVAILABLE"))
    }
}
