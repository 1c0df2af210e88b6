import Foundation
import MeshClient
import MeshProtocol
import MeshTransport
import Testing

/// A `toolmesh worker --example` child process.
final class WorkerProcess: @unchecked Sendable {
    let process = Process()
    let id: String

    init(router: SocketAddress, id: String) throws {
        self.id = id
        process.executableURL = toolmeshBinary
        process.arguments = ["worker", "--example", "--router", router.description, "--id", id]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    /// SIGKILL: the worker gets no chance to say goodbye.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then wait for the exit; returns the exit status.
    func terminate() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Waits until `count` workers serve `tool`.
func waitForWorkers(_ client: MeshClient, tool: String, count: Int) async throws -> Bool {
    for _ in 0..<500 {
        if let info = try await client.listTools(names: [tool]).first, info.workers.count == count { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return false
}

@Suite("Worker processes on a router process", .serialized)
struct WorkerProcessTests {
    @Test("calls spread over three worker processes")
    func balancing() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let workers = try (1...3).map { try WorkerProcess(router: router.address, id: "w\($0)") }
        defer { workers.forEach { _ = $0.terminate() } }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 3))

        let servedBy = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<30 {
                group.addTask { try await client.call("sleep_ms", arguments: Array(#"{"ms":50}"#.utf8)).workerID }
            }
            return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }
        // Exactly 10 each when all 30 arrive before the first finishes; allow for a slow start.
        #expect(Set(servedBy.keys) == ["w1", "w2", "w3"])
        #expect(servedBy.values.allSatisfy { (5...15).contains($0) }, "\(servedBy)")
        #expect(servedBy.values.reduce(0, +) == 30)
    }

    @Test("kill -9 mid-call: idempotent calls finish on another worker, others are UNAVAILABLE")
    func killedWorker() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let victim = try WorkerProcess(router: router.address, id: "victim")
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 1))

        // Long enough that the survivor registers before the victim would finish, even on a
        // loaded machine.
        let arguments = Array(#"{"ms":4000}"#.utf8)
        let retried = Task { try await client.call("sleep_ms", arguments: arguments, timeoutMs: 20_000, idempotent: true) }
        let lost = Task { try await client.call("sleep_ms", arguments: arguments, timeoutMs: 20_000) }
        try await Task.sleep(for: .milliseconds(200))
        let survivor = try WorkerProcess(router: router.address, id: "survivor")
        defer { _ = survivor.terminate() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 2))
        victim.kill()

        let output = try await retried.value
        #expect(output.workerID == "survivor")
        #expect(output.attempts == 2)
        await #expect { try await lost.value } throws: { error in
            guard let error = error as? MeshError else { return false }
            return error.code == .unavailable && error.message.contains("victim")
        }
    }

    @Test("workers re-register within 2 s of a router restart")
    func routerRestart() async throws {
        let first = try RouterProcess()
        let address = first.address
        let worker = try WorkerProcess(router: address, id: "steady")
        defer { _ = worker.terminate() }
        let probe = try await MeshClient.connect(MeshClient.Options(address: address))
        #expect(try await waitForWorkers(probe, tool: "echo", count: 1))
        probe.close()
        _ = first.stop()

        let second = try RouterProcess(listen: address.description)
        defer { _ = second.stop() }
        let started = ContinuousClock.now
        let client = try await MeshClient.connect(MeshClient.Options(address: address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "echo", count: 1))
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(2), "workers took \(elapsed) to come back")
    }

    @Test("SIGTERM drains: the call in flight completes, then the worker exits 0")
    func drainOnSigterm() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let worker = try WorkerProcess(router: router.address, id: "draining")
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 1))
        let call = Task { try await client.call("sleep_ms", arguments: Array(#"{"ms":300}"#.utf8)) }
        try await Task.sleep(for: .milliseconds(100))
        #expect(worker.terminate() == 0)
        #expect(try await call.value.result == Array(#"{"slept_ms":300}"#.utf8))
        // The router has either seen the drain (UNAVAILABLE) or already the disconnection (NOT_FOUND).
        await #expect { try await client.call("echo") } throws: {
            [.notFound, .unavailable].contains(($0 as? MeshError)?.code)
        }
    }
}

@Suite("Router shutdown as a process", .serialized)
struct RouterShutdownTests {
    @Test("SIGTERM to the router lets the call in flight finish, then the router exits 0")
    func routerDrains() async throws {
        let router = try RouterProcess()
        let worker = try WorkerProcess(router: router.address, id: "w")
        defer { _ = worker.terminate() }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 1))
        let call = Task { try await client.call("sleep_ms", arguments: Array(#"{"ms":300}"#.utf8)) }
        try await Task.sleep(for: .milliseconds(100))
        #expect(router.stop() == 0)
        #expect(try await call.value.result == Array(#"{"slept_ms":300}"#.utf8))
    }
}

@Suite("Deadlines across processes", .serialized)
struct DeadlineProcessTests {
    @Test("a call past its deadline ends DEADLINE_EXCEEDED on time, and the worker is free again")
    func deadline() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let worker = try WorkerProcess(router: router.address, id: "slow")
        defer { _ = worker.terminate() }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "sleep_ms", count: 1))

        let started = ContinuousClock.now
        await #expect(throws: MeshError(code: .deadlineExceeded, message: "deadline exceeded")) {
            try await client.call("sleep_ms", arguments: Array(#"{"ms":5000}"#.utf8), timeoutMs: 200)
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(190) && elapsed < .milliseconds(1_500), "took \(elapsed)")
        // The router cancelled the sleep at the worker, whose slot is free again.
        var inFlight: UInt32? = nil
        for _ in 0..<300 where inFlight != 0 {
            inFlight = try await client.listTools(names: ["sleep_ms"]).first?.workers.first?.inFlight
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(inFlight == 0)
    }
}
