import Foundation

/// Unary latency and throughput with calls in flight, mesh against gRPC, in alternating rounds.
///
/// Rounds alternate between the stacks (and which goes first) so that the machine's drift —
/// other builds, frequency changes — falls on both alike; each figure is the median of its rounds.
struct StackComparison {
    /// Measured rounds per figure.
    var rounds: Int
    /// Sequential calls per latency round.
    var calls: Int
    /// Sequential calls per stack before measuring, to warm connections, allocators and caches.
    var warmupCalls: Int
    /// Concurrent callers in a throughput round.
    var inFlight: Int
    /// Length of a throughput round.
    var seconds: Double
    /// The request.
    var payload: [UInt8]

    /// Per-round results of one stack.
    struct Figures {
        var p50: [Double] = []
        var p99: [Double] = []
        var callsPerSecond: [Double] = []
    }

    /// The mesh's figures divided by gRPC's.
    struct Ratios {
        /// Median unary p50, mesh over gRPC: lower is better.
        var unaryP50: Double
        /// Median calls per second with calls in flight, mesh over gRPC: higher is better.
        var inFlight: Double
    }

    /// Measures both stacks, reports every figure as it is known, and returns the ratios.
    func run(mesh: @escaping EchoCall, grpc: @escaping EchoCall) async throws -> Ratios {
        let stacks = [("mesh", mesh), ("grpc", grpc)]
        for (_, call) in stacks {
            _ = try await Workloads.sequential(count: warmupCalls, payload: payload, call: call)
            _ = try await Workloads.throughput(concurrency: inFlight, seconds: 0.5, payload: payload, call: call)
        }
        var figures = ["mesh": Figures(), "grpc": Figures()]
        for round in 0..<rounds {
            for (name, call) in ordered(stacks, round: round) {
                let latencies = try await Workloads.sequential(count: calls, payload: payload, call: call)
                figures[name, default: Figures()].p50.append(Double(Statistics.percentile(latencies, 0.50)) / 1e3)
                figures[name, default: Figures()].p99.append(Double(Statistics.percentile(latencies, 0.99)) / 1e3)
            }
        }
        let unaryP50 = reportLatency(figures)
        for round in 0..<rounds {
            for (name, call) in ordered(stacks, round: round) {
                let rate = try await Workloads.throughput(concurrency: inFlight, seconds: seconds, payload: payload,
                                                          call: call)
                figures[name, default: Figures()].callsPerSecond.append(rate)
            }
        }
        return Ratios(unaryP50: unaryP50, inFlight: reportThroughput(figures))
    }

    /// The stacks in turn order for `round`: who goes first alternates.
    private func ordered(_ stacks: [(String, EchoCall)], round: Int) -> [(String, EchoCall)] {
        round.isMultiple(of: 2) ? stacks : stacks.reversed()
    }

    private func reportLatency(_ figures: [String: Figures]) -> Double {
        for name in ["mesh", "grpc"] {
            let stack = figures[name, default: Figures()]
            Report.line("\(name).unary.p50_us", Statistics.median(stack.p50))
            Report.line("\(name).unary.p99_us", Statistics.median(stack.p99))
            Report.line("\(name).unary.p50_us.rounds", list(stack.p50))
        }
        let mesh = Statistics.median(figures["mesh", default: Figures()].p50)
        let grpc = Statistics.median(figures["grpc", default: Figures()].p50)
        Report.line("ratio.unary.p50", mesh / grpc, digits: 3)
        return mesh / grpc
    }

    private func reportThroughput(_ figures: [String: Figures]) -> Double {
        for name in ["mesh", "grpc"] {
            let stack = figures[name, default: Figures()]
            Report.line("\(name).inflight\(inFlight).calls_per_s", Statistics.median(stack.callsPerSecond), digits: 0)
            Report.line("\(name).inflight\(inFlight).calls_per_s.rounds", list(stack.callsPerSecond, digits: 0))
        }
        let mesh = Statistics.median(figures["mesh", default: Figures()].callsPerSecond)
        let grpc = Statistics.median(figures["grpc", default: Figures()].callsPerSecond)
        Report.line("ratio.inflight\(inFlight)", mesh / grpc, digits: 2)
        return mesh / grpc
    }

    private func list(_ values: [Double], digits: Int = 1) -> String {
        values.map { String(format: "%.\(digits)f", $0) }.joined(separator: " ")
    }
}
