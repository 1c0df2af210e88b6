import Foundation
import MeshClient
import MeshProtocol
import MeshTestSupport
@testable import MeshTransport
import Testing

/// A worker connection that answers `echo` with its arguments and `fail` with NOT_FOUND, and
/// leaves `hang` unanswered until cancelled.
func echoWorker(_ loop: EventLoop, router: SocketAddress, id: String = "echo-1") async throws -> MeshPeer {
    let worker = try await MeshPeer.connect(loop, to: router, kind: .worker) { connection, envelope in
        switch envelope {
        case let .call(call) where call.tool == "echo":
            try? connection.send(.result(CallResult(callID: call.callID, code: .ok, result: call.arguments,
                                                    metadata: ["served-by": "echo"])))
        case let .call(call) where call.tool == "fail":
            try? connection.send(.result(CallResult(callID: call.callID, code: .notFound,
                                                    message: "unknown department: marketing")))
        case let .cancel(cancel):
            try? connection.send(.result(CallResult(callID: cancel.callID, code: .cancelled)))
        default:
            break
        }
    }
    try await worker.send(.register(Register(
        workerName: "echo", workerID: id,
        tools: [ToolSpec(name: "echo", description: "Returns its arguments.",
                         inputSchema: Array(#"{"type":"object"}"#.utf8)),
                ToolSpec(name: "fail"), ToolSpec(name: "hang")],
        maxConcurrency: 16)))
    #expect(await worker.envelope(1) == .registerAck(RegisterAck(code: .ok)))
    return worker
}

@Suite("MeshClient and the call/tools commands against a router process", .serialized)
struct ClientTests {
    @Test("call returns the tool's JSON; errors carry the worker's code and message")
    func callAndErrors() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        _ = try await echoWorker(loop, router: router.address)
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }

        let output = try await client.call("echo", arguments: Array(#"{"n":1}"#.utf8), timeoutMs: 5_000)
        #expect(output.result == Array(#"{"n":1}"#.utf8))
        #expect(output.workerID == "echo-1")
        #expect(output.metadata["served-by"] == "echo")

        await #expect(throws: MeshError(code: .notFound, message: "unknown department: marketing")) {
            try await client.call("fail")
        }
        await #expect(throws: MeshError(code: .notFound, message: "unknown tool 'ecko'; did you mean 'echo'?")) {
            try await client.call("ecko")
        }
        // 100 calls in flight at once over the one connection.
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for index in 0..<100 {
                group.addTask { try await client.call("echo", arguments: Array(#"{"i":\#(index)}"#.utf8)).result }
            }
            return try await group.reduce(into: Set<[UInt8]>()) { $0.insert($1) }
        }
        #expect(results.count == 100)
    }

    @Test("cancelling the task cancels the call at the worker")
    func cancellation() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let worker = try await echoWorker(loop, router: router.address)
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        let task = Task { try await client.call("hang", timeoutMs: 30_000) }
        #expect(await eventually { worker.probe.envelopes.contains { if case .call = $0 { true } else { false } } })
        task.cancel()
        await #expect(throws: MeshError(code: .cancelled, message: "cancelled by the client")) { try await task.value }
        #expect(await eventually { worker.probe.envelopes.contains { if case .cancel = $0 { true } else { false } } })
    }

    @Test("calls in flight fail UNAVAILABLE when the router dies; the client reconnects to its replacement")
    func routerLoss() async throws {
        let router = try RouterProcess()
        let loop = try EventLoop()
        defer { loop.shutdown() }
        _ = try await echoWorker(loop, router: router.address)
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        let hanging = Task { try await client.call("hang") }
        try await Task.sleep(for: .milliseconds(100))
        _ = router.stop()
        await #expect { try await hanging.value } throws: { ($0 as? MeshError)?.code == .unavailable }

        let replacement = try RouterProcess(listen: router.address.description)
        defer { _ = replacement.stop() }
        _ = try await echoWorker(loop, router: replacement.address, id: "echo-2")
        let output = try await client.call("echo", arguments: Array("{}".utf8))
        #expect(output.workerID == "echo-2")
    }

    @Test("toolmesh call and toolmesh tools, as a user runs them")
    func commandLine() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        _ = try await echoWorker(loop, router: router.address)
        let address = router.address.description

        let ok = try await runToolmesh(["call", "echo", #"{"department": "engineering"}"#, "--router", address])
        #expect(ok.status == 0)
        #expect(ok.stdout == "{\"department\": \"engineering\"}\n")

        let failed = try await runToolmesh(["call", "fail", "--router", address])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("NOT_FOUND: unknown department: marketing"))

        let badJSON = try await runToolmesh(["call", "echo", "[1]", "--router", address])
        #expect(badJSON.status != 0)
        #expect(badJSON.stderr.contains("arguments must be a JSON object"))

        let listing = try await runToolmesh(["tools", "--json", "echo", "--router", address])
        #expect(listing.status == 0)
        let tools = try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]]
        #expect(tools?.first?["name"] as? String == "echo")
        #expect(tools?.first?["description"] as? String == "Returns its arguments.")
        #expect((tools?.first?["workers"] as? [[String: Any]])?.first?["worker_id"] as? String == "echo-1")

        let unreachable = try await runToolmesh(["tools", "--router", "127.0.0.1:1"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("UNAVAILABLE: cannot reach router at 127.0.0.1:1"))
    }
}

@Suite("MeshClient against a silent router")
struct SilentRouterTests {
    @Test("a router that stops answering is given up after its lease; calls fail UNAVAILABLE")
    func silentRouter() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        // A fake router: welcomes the client with a 100 ms heartbeat and a 300 ms lease, then
        // never says anything again.
        let probes = ProbeList()
        let listener = try await onLoop(loop) {
            LoopBound(try Listener(loop: loop, address: .tcp(host: "127.0.0.1", port: 0)) { connection in
                let probe = Probe { connection, envelope in
                    if case .hello = envelope {
                        try? connection.send(.welcome(Welcome(routerID: "mute", heartbeatIntervalMs: 100,
                                                              heartbeatTimeoutMs: 300, maxFrameBytes: 1 << 20)))
                    }
                }
                probes.probes.withLock { $0.append(probe) }
                connection.delegate = probe
            })
        }
        let address = listener.value.localAddress
        let client = try await MeshClient.connect(MeshClient.Options(address: address))
        defer { client.close() }
        let started = ContinuousClock.now
        await #expect { try await client.call("anything") } throws: { error in
            guard let error = error as? MeshError else { return false }
            return error.code == .unavailable && error.message.contains("peer sent nothing for more than 300 ms")
        }
        #expect(ContinuousClock.now - started < .seconds(2))
    }
}
