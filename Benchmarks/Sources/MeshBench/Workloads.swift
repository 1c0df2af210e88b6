/// One echo round trip through a stack under test: sends `payload`, returns what came back.
typealias EchoCall = @Sendable (_ payload: [UInt8]) async throws -> [UInt8]

/// The two load shapes, applied the same way to every stack.
enum Workloads {
    /// Makes `count` calls one after another and returns each one's latency in nanoseconds.
    ///
    /// - Throws: the first failed call, or ``BenchError`` when an answer is not the payload.
    static func sequential(count: Int, payload: [UInt8], call: EchoCall) async throws -> [UInt64] {
        var latencies: [UInt64] = []
        latencies.reserveCapacity(count)
        for _ in 0..<count {
            let start = Stopwatch.now()
            let answer = try await call(payload)
            latencies.append(Stopwatch.elapsed(since: start))
            // Checked after the clock stops: a wrong echo would make every figure meaningless.
            guard answer.count == payload.count else {
                throw BenchError("echo returned \(answer.count) bytes instead of \(payload.count)")
            }
        }
        return latencies
    }

    /// Runs `concurrency` tasks that each call in a loop until `seconds` have passed, and returns
    /// completed calls per second.
    ///
    /// The rate divides by the time until the last task finished, so calls still in flight at the
    /// deadline are counted together with the time they took.
    static func throughput(concurrency: Int, seconds: Double, payload: [UInt8],
                           call: @escaping EchoCall) async throws -> Double {
        let start = Stopwatch.now()
        let deadline = start + UInt64(seconds * 1e9)
        let completed = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var calls = 0
                    while Stopwatch.now() < deadline {
                        _ = try await call(payload)
                        calls += 1
                    }
                    return calls
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = Double(Stopwatch.elapsed(since: start)) / 1e9
        return Double(completed) / elapsed
    }
}
