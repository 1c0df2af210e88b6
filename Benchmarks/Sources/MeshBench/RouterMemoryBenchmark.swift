import MeshClient

/// The router's memory cost of an idle connected worker and of a call in flight, read from the
/// router process alone (`VmRSS`), each round on a fresh router.
///
/// Baselines are taken after the code paths involved have run once (a first worker registered, a
/// few calls made), so one-time costs such as first-use initialisation are not counted
/// per item. Growth of tables that scale with the items (dictionary capacity) is counted.
struct RouterMemoryBenchmark {
    /// The `toolmesh` executable.
    var binary: String
    /// Workers connected per idle-worker round.
    var idleWorkers: Int
    /// Calls parked per in-flight round.
    var parkedCalls: Int
    /// Rounds per figure.
    var rounds: Int

    /// Measures both figures and reports their medians.
    func run() async throws {
        var perWorker: [Double] = []
        var perCall: [Double] = []
        for _ in 0..<rounds {
            perWorker.append(try await MeshStack.with(binary: binary) { try await bytesPerIdleWorker($0) })
            perCall.append(try await MeshStack.with(binary: binary) { try await bytesPerParkedCall($0) })
        }
        Report.line("router.rss_per_idle_worker_bytes", Statistics.median(perWorker), digits: 0)
        Report.line("router.rss_per_idle_worker_bytes.rounds", perWorker.map { String(Int($0)) }.joined(separator: " "))
        Report.line("router.rss_per_inflight_call_bytes", Statistics.median(perCall), digits: 0)
        Report.line("router.rss_per_inflight_call_bytes.rounds", perCall.map { String(Int($0)) }.joined(separator: " "))
        Report.line("router.rss_scope", "router child process only (VmRSS of /proc/PID/status)")
    }

    /// Connects `idleWorkers` workers that register one tool and then only heartbeat.
    private func bytesPerIdleWorker(_ stack: MeshStack) async throws -> Double {
        let address = stack.router.address
        try stack.workers.start(1, name: "idle", router: address, maxConcurrency: 64, tools: [BenchTools.idle])
        try await stack.client.waitForWorkers(1, serving: "idle")
        let before = try await settledResidentBytes(stack.router)
        try stack.workers.start(idleWorkers, name: "idle", router: address, maxConcurrency: 64,
                                tools: [BenchTools.idle])
        try await stack.client.waitForWorkers(idleWorkers + 1, serving: "idle")
        let after = try await settledResidentBytes(stack.router)
        return Double(after - before) / Double(idleWorkers)
    }

    /// Parks `parkedCalls` calls in one worker that answers only when released.
    private func bytesPerParkedCall(_ stack: MeshStack) async throws -> Double {
        let gate = Gate()
        let client = stack.client
        try stack.workers.start(1, name: "parker", router: stack.router.address, maxConcurrency: UInt32(parkedCalls),
                                tools: [BenchTools.echo, BenchTools.park(until: gate)])
        try await client.waitForWorkers(1, serving: "park")
        // A few sequential calls run the dispatch path once; a concurrent burst here would leave
        // freed heap behind for the parked calls to reuse, hiding part of their cost.
        _ = try await Workloads.sequential(count: 100, payload: Payload.make(size: 100), call: stack.echo)
        let before = try await settledResidentBytes(stack.router)
        let calls = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<parkedCalls {
                    group.addTask { _ = try await client.call("park") }
                }
                try await group.waitForAll()
            }
        }
        let after: Int
        do {
            try await client.waitForCallsInFlight(parkedCalls, of: "park")
            after = try await settledResidentBytes(stack.router)
        } catch {
            gate.open()
            _ = await calls.result
            throw error
        }
        gate.open()
        try await calls.value
        return Double(after - before) / Double(parkedCalls)
    }

    /// The router's RSS after a pause that lets writes drain and transient buffers go.
    private func settledResidentBytes(_ router: RouterProcess) async throws -> Int {
        try await Task.sleep(for: .milliseconds(300))
        return try router.residentBytes()
    }
}
