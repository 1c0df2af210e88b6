import MeshClient

/// Many slow calls at once from one client, served by a few workers of bounded concurrency:
/// how close the router's queueing and dispatch come to the ideal schedule.
struct FanOutBenchmark {
    /// Calls issued together per round.
    var calls: Int
    /// Workers serving the slow tool.
    var workers: Int
    /// Calls each worker runs at once.
    var workerConcurrency: Int
    /// How long the tool takes.
    var sleepMs: Int
    /// Measured rounds; one more runs first, unmeasured, as a warm-up.
    var rounds: Int

    /// Waves of `workers × workerConcurrency` calls, each taking `sleepMs`: the wall time of a
    /// router that never leaves a slot idle and adds no delay.
    var idealMs: Int {
        let slots = workers * workerConcurrency
        return (calls + slots - 1) / slots * sleepMs
    }

    /// Starts the workers on `stack`, runs the rounds, reports the median wall time and returns
    /// its ratio to the ideal.
    func run(on stack: MeshStack) async throws -> Double {
        try stack.workers.start(workers, name: "sleeper", router: stack.router.address,
                                maxConcurrency: UInt32(workerConcurrency),
                                tools: [BenchTools.sleep(milliseconds: sleepMs)])
        try await stack.client.waitForWorkers(workers, serving: "sleep")
        _ = try await round(client: stack.client)
        var walls: [Double] = []
        for _ in 0..<rounds {
            walls.append(Double(try await round(client: stack.client)) / 1e6)
        }
        let wall = Statistics.median(walls)
        Report.line("fanout.wall_ms", wall)
        Report.line("fanout.wall_ms.rounds", walls.map { String(Int($0.rounded())) }.joined(separator: " "))
        Report.line("fanout.ideal_ms", idealMs)
        Report.line("fanout.ratio", wall / Double(idealMs), digits: 3)
        return wall / Double(idealMs)
    }

    /// Issues every call at once and returns the nanoseconds until the last one answered.
    private func round(client: MeshClient) async throws -> UInt64 {
        let start = Stopwatch.now()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<calls {
                group.addTask {
                    _ = try await client.call("sleep")
                }
            }
            try await group.waitForAll()
        }
        return Stopwatch.elapsed(since: start)
    }
}
