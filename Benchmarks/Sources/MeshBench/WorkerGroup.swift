import MeshTransport
import MeshWorker

/// Workers running in this process, each with its own event loop, and the tasks running them.
///
/// Not thread-safe: used by the one task that drives the benchmark.
final class WorkerGroup {
    private var running: [(worker: MeshWorker, task: Task<Void, Never>)] = []

    /// Number of workers started and not yet stopped.
    var count: Int { running.count }

    /// Starts `count` workers named `name` that serve `tools` with at most `maxConcurrency`
    /// calls at once; they connect and register in the background.
    func start(_ count: Int, name: String, router: SocketAddress, maxConcurrency: UInt32,
               tools: [MeshWorker.Tool]) throws {
        for _ in 0..<count {
            let options = MeshWorker.Options(address: router, workerName: name, workerID: "\(name)-\(running.count)",
                                             maxConcurrency: maxConcurrency)
            let worker = try MeshWorker(options: options, tools: tools)
            running.append((worker, Task { await worker.run() }))
        }
    }

    /// Stops every worker and waits until each has shut its event loop down.
    func stopAll() async {
        for entry in running {
            entry.worker.stop()
        }
        for entry in running {
            await entry.task.value
        }
        running = []
    }
}
