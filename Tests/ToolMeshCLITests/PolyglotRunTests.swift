import Foundation
import MeshClient
import MeshTransport
import Testing

/// A tool service process of any language, killed with SIGKILL at the end (a signal that no
/// inherited signal mask can hold back).
final class ServiceChild: @unchecked Sendable {
    let process = Process()

    init(_ executable: String, _ arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: executable + " (run tools/setup-services)"])
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A router with the three example services of the demo, each its own process: documents
/// (Swift), team and expenses (Python), geography (C).
struct PolyglotMesh {
    let router: RouterProcess
    let services: [String: ServiceChild]

    static func start() async throws -> PolyglotMesh {
        let router = try RouterProcess()
        let address = router.address.description
        let root = repositoryRoot.path
        var services: [String: ServiceChild] = [:]
        do {
            services["swift"] = try ServiceChild(toolmeshBinary.path, ["worker", "--example", "--service", "documents",
                                                                       "--router", address, "--id", "docs"])
            services["python"] = try ServiceChild(root + "/.build-python/venv/bin/python",
                                                  [root + "/tools/examples/python/team_service.py", "--router", address,
                                                   "--id", "team"])
            services["c"] = try ServiceChild(root + "/tools/c/build/geo_worker", ["--router", address, "--id", "geo"])
        } catch {
            services.values.forEach { $0.kill() }
            _ = router.stop()
            throw error
        }
        let mesh = PolyglotMesh(router: router, services: services)
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        for tool in ["get_document", "get_expenses", "distance_km"] {
            guard try await waitForWorkers(client, tool: tool, count: 1) else {
                mesh.stop()
                throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "\(tool) did not register"])
            }
        }
        return mesh
    }

    func run(_ source: String, _ options: [String] = []) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await runToolmesh(["run", try temporaryProgram(source), "--router", router.address.description] + options)
    }

    func stop() {
        services.values.forEach { $0.kill() }
        _ = router.stop()
    }
}

@Suite("Programs over Swift, Python and C services, each a process", .serialized)
struct PolyglotRunTests {
    @Test("the travel-budget program calls all three, positionally and by keyword")
    func travelBudget() async throws {
        let mesh = try await PolyglotMesh.start()
        defer { mesh.stop() }
        let program = try String(contentsOf: repositoryRoot.appendingPathComponent("tools/examples/travel_budget.py"),
                                 encoding: .utf8)
        let outcome = try await mesh.run(program, ["--trace"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            4 of 8 engineers exceeded their Q3 travel budget:
              Chen Wei     staff   spent $ 8,650.00 of $8,000 (+8%), 53,105 km to Sydney, Tokyo
              Hana Sato    senior  spent $ 6,500.00 of $6,000 (+8%), 21,703 km to New York
              Ada Park     senior  spent $ 6,430.75 of $6,000 (+7%), 22,815 km to London, Paris
              Dana Ruiz    junior  spent $ 3,415.80 of $3,000 (+14%), 11,536 km to New York

            """)
        #expect(outcome.stderr.contains("tool calls: 16 in "))
        for worker in [" docs ", " team ", " geo "] { #expect(outcome.stderr.contains(worker)) }

        let keywords = try await mesh.run("""
            items = await get_expenses(quarter="Q3", employee_id="e105")
            leg = await distance_km(from_="London", to="Paris")
            hits = await search_documents(query="travel budget", limit=1)
            print(len(items), leg["km"], [h["id"] for h in hits])
            """)
        #expect(keywords.stdout == "2 343.6 ['travel-policy']\n", "\(keywords.stderr)")
    }

    @Test("each service's own error text reaches the program as ToolError; an uncaught one is a traceback")
    func errors() async throws {
        let mesh = try await PolyglotMesh.start()
        defer { mesh.stop() }
        let outcome = try await mesh.run("""
            import asyncio
            calls = [get_team_members("marketing"), distance_km("Atlantis", "Paris"), get_document("handbook"),
                     get_expenses("e101", "Q5")]
            for result in await asyncio.gather(*calls, return_exceptions=True):
                print(type(result).__name__, result.code, "|", result.message)
            await get_expenses("e999", quarter="Q1")
            """)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(outcome.stdout)\(outcome.stderr)")
        #expect(lines.first == "ToolError NOT_FOUND | unknown department: marketing")
        #expect(lines.dropFirst().first?.hasPrefix("ToolError NOT_FOUND | ") == true && lines[1].contains("Atlantis"))
        #expect(lines.dropFirst(2).first?.hasPrefix("ToolError NOT_FOUND | no document 'handbook'") == true)
        #expect(lines.last == #"ToolError INVALID_ARGUMENT | /quarter: must be one of "Q1", "Q2", "Q3", "Q4""#)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("line 6, in <module>"))
        #expect(outcome.stderr.hasSuffix("ToolError: get_expenses failed (NOT_FOUND): unknown employee: e999\n"))
    }

    @Test("a call past its deadline fails DEADLINE_EXCEEDED and the program goes on")
    func deadline() async throws {
        let mesh = try await PolyglotMesh.start()
        defer { mesh.stop() }
        let started = Date()
        let outcome = try await mesh.run("""
            try:
                await refresh_station("Oslo", latency_ms=5000)
            except ToolError as e:
                print(e.code)
            print(await city_weather("Oslo"))
            """, ["--call-timeout", "0.3"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("DEADLINE_EXCEEDED\n{'city': 'Oslo'"))
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test("a worker killed mid-run: its call fails UNAVAILABLE, the others finish, nothing hangs")
    func killedWorker() async throws {
        let mesh = try await PolyglotMesh.start()
        defer { mesh.stop() }
        let run = Task {
            try await mesh.run("""
                import asyncio
                results = await asyncio.gather(refresh_station("Oslo", latency_ms=3000), get_expenses("e101", "Q3"),
                                               asyncio.sleep(0.5, "slept"), return_exceptions=True)
                for r in results:
                    print(r.code if isinstance(r, ToolError) else len(r) if isinstance(r, list) else r)
                print(await get_document("travel-policy") is not None)
                """)
        }
        try await Task.sleep(for: .milliseconds(800))
        mesh.services["c"]?.kill()
        let outcome = try await run.value
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "UNAVAILABLE\n5\nslept\nTrue\n")
    }
}
