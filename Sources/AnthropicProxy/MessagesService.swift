import Foundation
import Logging
import MeshSchema
import PTC
import PyRuntime

/// Which mesh tools programs may call: all, none, or the named ones.
public enum MeshToolSelection: Sendable, Equatable {
    case all
    case none
    case named(Set<String>)

    func allows(_ name: String) -> Bool {
        switch self {
        case .all: true
        case .none: false
        case .named(let names): names.contains(name)
        }
    }
}

/// `POST /v1/messages` with programmatic tool calling run in the proxy.
///
/// A request without a code-execution tool goes to the upstream unchanged. One with it is
/// rewritten (see ``CodeExecutionTool`` and ``HistoryTranslation``), and the proxy loops: it
/// asks the model, runs each `execute_code` program (mesh tools called directly, client tools
/// paused for), gives the model the program's output, and asks again, until the model ends
/// its turn or a program waits on the client.
public final class MessagesService: Sendable {
    public struct Options: Sendable {
        /// Limits of each program; the wall time includes time paused for the client.
        public var programLimits: Limits
        public var maxConcurrentCalls = 64
        /// Deadline of each mesh call, in seconds.
        public var callTimeout: Double = 60
        /// Model turns within one client request before answering `pause_turn`.
        public var maxModelTurns = 25

        public init() {
            programLimits = Limits()
            programLimits.maxWallTime = 600
        }
    }

    let upstream: any ModelUpstream
    let mesh: MeshToolBackend?
    private let meshSelection: MeshToolSelection
    let sessions: SessionStore
    let options: Options
    let metrics: ProxyMetrics
    let logger: Logger

    public init(upstream: any ModelUpstream, mesh: MeshToolBackend?, meshSelection: MeshToolSelection = .all,
                sessionIdleTimeout: TimeInterval = 270, options: Options = Options(), metrics: ProxyMetrics = ProxyMetrics(),
                logger: Logger = Logger(label: "toolmesh.proxy")) {
        self.logger = logger
        self.upstream = upstream
        self.mesh = mesh
        self.meshSelection = meshSelection
        sessions = SessionStore(idleTimeout: sessionIdleTimeout)
        self.options = options
        self.metrics = metrics
    }

    /// Paused programs currently held.
    public var pausedPrograms: Int { sessions.count }

    /// Drops sessions idle past their timeout.
    public func sweepSessions() { sessions.sweep() }

    /// Answers one Messages request (without streaming; `stream` is handled by the caller).
    public func createMessage(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject {
        metrics.count(.requests)
        guard let tool = try CodeExecutionTool.find(in: request) else {
            var plain = request
            _ = plain.removeValue(forKey: "stream")
            let message = try await upstream.createMessage(plain, headers: headers)
            metrics.count(.modelTurns)
            metrics.addUsage(message["usage"])
            return message
        }
        return try await ProgrammaticTurn(service: self, request: request, tool: tool, headers: headers).run()
    }

    /// The request `count_tokens` should count: as the upstream will see it (code execution
    /// rewritten, history translated), or unchanged without code execution.
    public func countingRequest(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject {
        guard let tool = try CodeExecutionTool.find(in: request) else { return request }
        return try await ProgrammaticTurn(service: self, request: request, tool: tool, headers: headers).upstreamView()
    }

    /// The mesh tools programs may call now (the mesh is asked on every request, so tools
    /// that join or leave are seen at once).
    func meshTools() async -> [ToolDescription] {
        guard let mesh, meshSelection != .none else { return [] }
        let tools = (try? await mesh.tools()) ?? []
        return tools.filter { meshSelection.allows($0.name) }
    }
}
