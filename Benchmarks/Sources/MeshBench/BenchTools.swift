import MeshProtocol
import MeshWorker

/// The tools benchmark workers serve.
enum BenchTools {
    /// A small but real input schema, so registrations cost what a typical tool's would.
    private static let schema = Array(#"{"type":"object","properties":{"p":{"type":"string"}}}"#.utf8)

    /// `echo`: returns its arguments unchanged.
    static let echo = MeshWorker.Tool(ToolSpec(name: "echo", description: "Returns its arguments.",
                                               inputSchema: schema)) { call in
        call.arguments
    }

    /// `sleep`: answers `{}` after `milliseconds`, like a tool waiting on a slow backend.
    static func sleep(milliseconds: Int) -> MeshWorker.Tool {
        MeshWorker.Tool(ToolSpec(name: "sleep", description: "Answers after \(milliseconds) ms.",
                                 inputSchema: schema)) { _ in
            try await Task.sleep(for: .milliseconds(milliseconds))
            return Array("{}".utf8)
        }
    }

    /// `park`: answers `{}` once `gate` opens, so calls stay in flight as long as needed.
    static func park(until gate: Gate) -> MeshWorker.Tool {
        MeshWorker.Tool(ToolSpec(name: "park", description: "Answers when released.", inputSchema: schema)) { _ in
            await gate.wait()
            return Array("{}".utf8)
        }
    }

    /// `idle`: registered only to occupy a worker slot in the router; never called.
    static let idle = MeshWorker.Tool(ToolSpec(name: "idle", description: "Never called.", inputSchema: schema)) { _ in
        Array("{}".utf8)
    }
}
