import ArgumentParser
import Foundation
import Logging
import MeshClient
import MeshProtocol
import MeshRouter
import MeshTransport
import MeshWorker

/// `toolmesh demo`: the mesh end to end in one process, with nothing to set up.
///
/// Until the interpreter lands, the demo shows the mesh part of programmatic tool calling:
/// an embedded router, three example workers, and a batch of tool calls made one after
/// another and then all at once, as a program's `asyncio.gather` will make them.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start a router and example tool services, and run an example program.",
        discussion: """
            Runs everything in this process on a free loopback port and shuts it down at the end. \
            Running model-written Python programs joins the demo with the interpreter.
            """
    )

    @Option(name: .long, help: "Tool calls to make.")
    var calls = 24

    @Option(name: .long, help: "How long each call's tool works, in milliseconds.")
    var toolMs = 50

    func validate() throws {
        guard (1...10_000).contains(calls) else { throw ValidationError("--calls must be between 1 and 10000") }
        guard (0...10_000).contains(toolMs) else { throw ValidationError("--tool-ms must be between 0 and 10000") }
    }

    func run() async throws {
        let loop = try EventLoop()
        var quiet = Logger(label: "toolmesh.demo.router")
        quiet.logLevel = .error
        let router = RouterServer(configuration: RouterConfiguration(routerID: "demo"),
                                  address: .tcp(host: "127.0.0.1", port: 0), loop: loop, logger: quiet)
        let address = try await router.start()
        let workers = try (1...3).map { index in
            try MeshWorker(options: MeshWorker.Options(address: address, workerName: "example",
                                                       workerID: "example-\(index)", maxConcurrency: 16),
                           tools: ExampleTools.all)
        }
        let serving = workers.map { worker in Task { await worker.run() } }
        let client = try await MeshClient.connect(MeshClient.Options(address: address, name: "demo"))
        defer {
            client.close()
            workers.forEach { $0.stop() }
            serving.forEach { $0.cancel() }
            loop.shutdown()
        }
        try await waitForWorkers(client, count: workers.count)
        print("router on \(address); 3 example workers registered: "
              + (try await client.listTools()).map(\.spec.name).joined(separator: ", "))

        let arguments = Array(#"{"ms":\#(toolMs)}"#.utf8)
        let sequential = try await timed {
            for _ in 0..<calls { _ = try await client.call("sleep_ms", arguments: arguments, idempotent: true) }
        }
        var servedBy: [String: Int] = [:]
        let concurrent = try await timed {
            servedBy = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<calls {
                    group.addTask { try await client.call("sleep_ms", arguments: arguments, idempotent: true).workerID }
                }
                return try await group.reduce(into: [:]) { $0[$1, default: 0] += 1 }
            }
        }
        print("\(calls) calls of sleep_ms(\(toolMs) ms), one after another: \(milliseconds(sequential)) ms")
        print("\(calls) calls of sleep_ms(\(toolMs) ms), all at once:       \(milliseconds(concurrent)) ms "
              + "(spread over " + servedBy.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
              .joined(separator: ", ") + ")")
        do {
            _ = try await client.call("add", arguments: Array(#"{"a": "two", "b": 1}"#.utf8))
        } catch {
            print("a bad call is refused before any worker runs it: \(error)")
        }
    }

    private func waitForWorkers(_ client: MeshClient, count: Int) async throws {
        for _ in 0..<500 {
            if let tool = try await client.listTools(names: ["sleep_ms"]).first, tool.workers.count == count { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CommandFailure("the example workers did not register within 5 s")
    }

    private func timed(_ body: () async throws -> Void) async throws -> Duration {
        let start = ContinuousClock.now
        try await body()
        return ContinuousClock.now - start
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
