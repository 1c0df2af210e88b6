import Foundation
import MeshSchema

/// Counters of the proxy's work, for logs and `GET /metrics` (Prometheus text format).
public final class ProxyMetrics: @unchecked Sendable {
    public enum Counter: String, CaseIterable, Sendable {
        case requests = "toolmesh_proxy_requests_total"
        case modelTurns = "toolmesh_proxy_model_turns_total"
        case programRuns = "toolmesh_proxy_program_runs_total"
        case meshToolCalls = "toolmesh_proxy_mesh_tool_calls_total"
        case clientToolCalls = "toolmesh_proxy_client_tool_calls_total"
        case inputTokens = "toolmesh_proxy_upstream_input_tokens_total"
        case outputTokens = "toolmesh_proxy_upstream_output_tokens_total"
        case errors = "toolmesh_proxy_errors_total"

        var help: String {
            switch self {
            case .requests: "Messages requests received."
            case .modelTurns: "Requests sent to the upstream model."
            case .programRuns: "Programs run for execute_code calls."
            case .meshToolCalls: "Tool calls from programs that went to the mesh."
            case .clientToolCalls: "Tool calls from programs that paused for the client."
            case .inputTokens: "Input tokens the upstream reported."
            case .outputTokens: "Output tokens the upstream reported."
            case .errors: "Requests answered with an error."
            }
        }
    }

    private let lock = NSLock()
    private var values: [Counter: Int] = [:]

    public init() {}

    public func count(_ counter: Counter, by amount: Int = 1) {
        // Saturating: counters of a long-running proxy must never trap.
        lock.withLock {
            let (sum, overflow) = values[counter, default: 0].addingReportingOverflow(amount)
            values[counter] = overflow ? Int.max : sum
        }
    }

    public func value(_ counter: Counter) -> Int { lock.withLock { values[counter] ?? 0 } }

    /// Adds an upstream message's `usage` to the token counters.
    func addUsage(_ usage: JSONValue?) {
        let tokens = UsageTokens(usage)
        count(.inputTokens, by: tokens.input)
        count(.outputTokens, by: tokens.output)
    }

    /// The Prometheus exposition text.
    public var prometheusText: String {
        Counter.allCases.map { counter in
            "# HELP \(counter.rawValue) \(counter.help)\n# TYPE \(counter.rawValue) counter\n\(counter.rawValue) \(value(counter))\n"
        }.joined()
    }
}
