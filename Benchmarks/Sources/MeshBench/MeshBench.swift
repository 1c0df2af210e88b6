import ArgumentParser
import Foundation

/// `mesh-bench`: the mesh (client → router → worker → back) against a direct grpc-swift-2 unary
/// call, side by side in one run on loopback, plus fan-out and router memory.
///
/// Figures are printed as `name: value` lines on standard output; progress goes to standard error.
@main
struct MeshBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mesh-bench",
        abstract: "Compare ToolMesh with grpc-swift-2 on loopback: latency, throughput, fan-out, router memory.",
        discussion: """
            The router runs as a child process (`toolmesh router`, from the main package's release \
            build); workers, the mesh client and the gRPC server and client run in this process. \
            Every figure is the median of --rounds rounds (--memory-rounds for memory).
            """
    )

    @Option(help: "The toolmesh executable (default: the main package's .build/release/toolmesh).")
    var toolmesh: String?

    @Option(help: "Measured rounds per latency, throughput and fan-out figure.")
    var rounds = 5

    @Option(help: "Sequential calls per latency round.")
    var calls = 5_000

    @Option(help: "Sequential warm-up calls per stack.")
    var warmup = 1_000

    @Option(help: "Concurrent callers in a throughput round.")
    var inFlight = 64

    @Option(help: "Seconds per throughput round.")
    var seconds = 3.0

    @Option(help: "Request size in bytes (at least 8).")
    var payload = 100

    @Option(help: "Calls issued at once per fan-out round.")
    var fanoutCalls = 1_000

    @Option(help: "Rounds per router memory figure, each on a fresh router.")
    var memoryRounds = 3

    @Option(help: "Idle workers connected per memory round.")
    var idleWorkers = 200

    @Option(help: "Calls parked in a worker per memory round.")
    var parkedCalls = 1_000

    func validate() throws {
        guard payload >= 8 else { throw ValidationError("--payload must be at least 8 bytes") }
        let counts = [("rounds", rounds), ("calls", calls), ("in-flight", inFlight), ("fanout-calls", fanoutCalls),
                      ("memory-rounds", memoryRounds), ("idle-workers", idleWorkers), ("parked-calls", parkedCalls)]
        for (name, value) in counts where value < 1 {
            throw ValidationError("--\(name) must be at least 1")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
    }

    func run() async throws {
        let binary = try ToolmeshBinary.locate(toolmesh)
        let load = MachineLoad()
        reportSetup(binary: binary)
        let request = Payload.make(size: payload)
        let comparison = StackComparison(rounds: rounds, calls: calls, warmupCalls: warmup, inFlight: inFlight,
                                         seconds: seconds, payload: request)
        let fanOut = FanOutBenchmark(calls: fanoutCalls, workers: 4, workerConcurrency: 64, sleepMs: 50, rounds: rounds)
        let (ratios, fanOutRatio) = try await MeshStack.with(binary: binary) { mesh in
            // Enough worker slots that the router never queues an echo call.
            try mesh.workers.start(1, name: "echoer", router: mesh.router.address,
                                   maxConcurrency: UInt32(max(inFlight, 64)), tools: [BenchTools.echo])
            try await mesh.client.waitForWorkers(1, serving: "echo")
            let grpc = try await GRPCStack.start()
            let ratios: StackComparison.Ratios
            do {
                Report.note("unary latency and \(inFlight)-in-flight throughput, \(rounds) rounds per stack")
                ratios = try await comparison.run(mesh: mesh.echo, grpc: { try await grpc.echo($0) })
            } catch {
                await grpc.shutdown()
                throw error
            }
            await grpc.shutdown()
            Report.note("fan-out")
            return (ratios, try await fanOut.run(on: mesh))
        }
        Report.note("router memory")
        try await RouterMemoryBenchmark(binary: binary, idleWorkers: idleWorkers, parkedCalls: parkedCalls,
                                        rounds: memoryRounds).run()
        reportTargets(ratios, fanOutRatio: fanOutRatio)
        Report.line("machine.other_processes_cpu_pct", load.otherProcessesPercent())
    }

    private func reportSetup(binary: String) {
        Report.line("config.date", ISO8601DateFormatter().string(from: Date()))
        Report.line("config.cpus", ProcessInfo.processInfo.activeProcessorCount)
        Report.line("config.router", binary)
        Report.line("config.payload_bytes", payload)
        Report.line("config.rounds", rounds)
        Report.line("config.unary_calls_per_round", calls)
        Report.line("config.inflight_seconds_per_round", seconds)
    }

    /// The goals the ratios are judged against, and whether this run met each.
    private func reportTargets(_ ratios: StackComparison.Ratios, fanOutRatio: Double) {
        let targets = [
            ("ratio.unary.p50", "<= 0.25", ratios.unaryP50 <= 0.25),
            ("ratio.inflight\(inFlight)", ">= 10", ratios.inFlight >= 10),
            ("fanout.ratio", "<= 1.25", fanOutRatio <= 1.25),
        ]
        for (name, bound, met) in targets {
            Report.line("target.\(name)", bound)
            Report.line("target.\(name).met", met ? "yes" : "no")
        }
    }
}
