import ArgumentParser
import ExampleDocuments
import Foundation
import Logging
import MeshClient
import MeshProtocol
import MeshRouter
import MeshTransport
import MeshWorker
import PTC

/// `toolmesh demo`: programmatic tool calling end to end on this machine.
///
/// Starts a router in this process, the example services (documents in Swift, in process;
/// team and expenses in Python and geography in C, as child processes), runs the example
/// program against them, and prints its output, the timeline of its tool calls and what the
/// same task would have cost with direct tool calling. Everything is shut down at the end.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start a router and example tool services, and run an example program.",
        discussion: """
            Run from the repository after tools/demo has set up the Python SDK and built the C \
            worker (tools/demo does both, then runs this).
            """
    )

    @Option(help: "The repository (where tools/examples is).")
    var root = FileManager.default.currentDirectoryPath

    @Option(help: "The program to run (default: tools/examples/travel_budget.py).")
    var program: String?

    @Option(help: "Python interpreter with the toolmesh SDK installed (default: .build-python/venv/bin/python).")
    var python: String?

    @Option(help: "The C example worker (default: tools/c/build/geo_worker).")
    var geoWorker: String?

    @Option(help: "Simulated latency of each team/expenses call, in milliseconds.")
    var latencyMs = 40

    func validate() throws {
        guard (0...10_000).contains(latencyMs) else { throw ValidationError("--latency-ms must be between 0 and 10000") }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let layout = DemoLayout(root: root)
        let programPath = program ?? layout.program
        let pythonPath = python ?? layout.python
        let geoPath = geoWorker ?? layout.geoWorker
        if let problem = layout.problems(python: pythonPath, geoWorker: geoPath, program: programPath) {
            throw CommandFailure(problem)
        }
        guard let source = try? String(contentsOfFile: programPath, encoding: .utf8) else {
            throw CommandFailure("cannot read \(programPath)")
        }

        let loop = try EventLoop()
        var quiet = Logger(label: "toolmesh.demo")
        quiet.logLevel = .error
        let router = RouterServer(configuration: RouterConfiguration(routerID: "demo"),
                                  address: .tcp(host: "127.0.0.1", port: 0), loop: loop, logger: quiet)
        let address = try await router.start()
        let documents = try MeshWorker(options: MeshWorker.Options(address: address, workerName: "documents",
                                                                   workerID: "documents-swift"),
                                       tools: DocumentsService.tools)
        let serving = Task { await documents.run() }
        var services: [ServiceProcess] = []
        let client: MeshClient
        do {
            services.append(try ServiceProcess(name: "team-python", executable: pythonPath,
                                               arguments: [layout.teamService, "--id", "team-python",
                                                           "--latency-ms", "\(latencyMs)"], router: address))
            services.append(try ServiceProcess(name: "geo-c", executable: geoPath, arguments: ["--id", "geo-c"],
                                               router: address))
            client = try await MeshClient.connect(MeshClient.Options(address: address, name: "demo"))
        } catch {
            shutDown(services, documents: documents, serving: serving, loop: loop)
            throw error
        }
        defer { shutDown(services, documents: documents, serving: serving, loop: loop, client: client) }

        let needed = ["get_document", "get_team_members", "get_expenses", "distance_km"]
        let tools = try await waitForTools(needed, client: client, services: services)
        print("ToolMesh demo: a router on \(address) and three tool services")
        let byWorker = Dictionary(grouping: tools, by: { $0.workers.first?.workerID ?? "?" })
        for (worker, infos) in byWorker.sorted(by: { $0.key < $1.key }) {
            print("  " + worker.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + infos.map(\.spec.name).joined(separator: ", "))
        }
        print("\nThe model's program (\(URL(fileURLWithPath: programPath).lastPathComponent)), run once:\n")
        print(source.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        print("Its output:\n")
        fflush(nil)

        var options = ProgramRunner.Options()
        options.filename = programPath
        let output = StandardOutput()
        let record = await ProgramRunner.run(source: source, backend: MeshToolBackend(client: client), options: options,
                                             onOutput: { text in output.write(text) })
        output.flush()
        FileHandle.standardOutput.write(Data(record.errorText.utf8))
        print("\nTool calls:\n")
        print(CallTimeline.render(record), terminator: "")
        print("\nThe same task with direct tool calling:\n")
        print(CallingComparison(record).text, terminator: "")
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "\nDemo ran in %.2f s, the program in %.1f ms.", seconds, record.duration * 1000))
        if record.exitStatus != 0 { throw ExitCode(record.exitStatus) }
    }

    /// Waits until every tool in `names` has a worker; fails with the services' own words if
    /// one exits or the tools do not appear within 15 s.
    private func waitForTools(_ names: [String], client: MeshClient, services: [ServiceProcess]) async throws -> [ToolInfo] {
        for _ in 0..<1500 {
            let tools = try await client.listTools()
            let ready = Set(tools.filter { !$0.workers.isEmpty }.map(\.spec.name))
            if names.allSatisfy(ready.contains) { return tools }
            if let dead = services.first(where: { !$0.process.isRunning }) {
                throw CommandFailure("the \(dead.name) service exited (status \(dead.process.terminationStatus)):\n\(dead.logTail)")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        let report = services.map { "\($0.name):\n\($0.logTail)" }.joined(separator: "\n")
        throw CommandFailure("the example services did not register within 15 s\n\(report)")
    }

    private func shutDown(_ services: [ServiceProcess], documents: MeshWorker, serving: Task<Void, Never>,
                          loop: EventLoop, client: MeshClient? = nil) {
        client?.close()
        for service in services { service.stop() }
        documents.stop()
        serving.cancel()
        loop.shutdown()
    }
}
