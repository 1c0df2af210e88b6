import MeshClient
import MeshProtocol

extension MeshClient {
    /// Polls the router's tool listing until `condition` holds for the workers serving `tool`.
    ///
    /// Registration and dispatch are asynchronous; the listing is the router's own view, so it is
    /// the one to wait on before measuring the router.
    ///
    /// - Throws: ``BenchError`` after `timeoutMs` without the condition holding.
    func waitUntil(tool: String, timeoutMs: UInt64 = 30_000, what: String,
                   _ condition: ([WorkerInfo]) -> Bool) async throws {
        let deadline = Stopwatch.now() + timeoutMs * 1_000_000
        while true {
            let workers = try await listTools(names: [tool]).first?.workers ?? []
            if condition(workers) { return }
            guard Stopwatch.now() < deadline else {
                throw BenchError("timed out after \(timeoutMs) ms waiting for \(what)")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Waits until `count` workers have registered `tool`.
    func waitForWorkers(_ count: Int, serving tool: String) async throws {
        try await waitUntil(tool: tool, what: "\(count) workers serving '\(tool)'") { $0.count >= count }
    }

    /// Waits until the router counts `count` calls of `tool` running on its workers together.
    func waitForCallsInFlight(_ count: Int, of tool: String) async throws {
        try await waitUntil(tool: tool, what: "\(count) calls of '\(tool)' in flight") { workers in
            workers.reduce(0) { $0 + Int($1.inFlight) } >= count
        }
    }
}
