import MeshSchema
import PyRuntime

/// Everything about one program run: output, outcome, and each tool call with its timing.
public struct RunRecord: Sendable {
    /// How the run ended.
    public enum Outcome: Sendable {
        /// The program ran to its end.
        case finished
        /// An uncaught exception or a breached limit.
        case failed(RunFailure)
        /// The program did not compile; the CPython-style `SyntaxError` report.
        case syntaxError(String)
        /// The tool backend could not list its tools, so the program did not start.
        case backendFailed(ToolFailure)
    }

    public var outcome: Outcome
    /// What the program printed (empty when it was streamed through `onOutput` instead).
    public var output: String
    /// How many bytes (UTF-8) the program printed, streamed or not.
    public var outputBytes: Int
    /// Every tool call, in the order the program issued them.
    public var calls: [CallRecord]
    /// Wall time of the whole run, in seconds.
    public var duration: Double
    /// Time the interpreter spent running Python (the rest was spent waiting on tools).
    public var interpreterTime: Double

    /// The text for standard error: a traceback or an error report, or empty.
    public var errorText: String {
        switch outcome {
        case .finished: ""
        case .failed(let failure): failure.traceback
        case .syntaxError(let report): report.hasSuffix("\n") ? report : report + "\n"
        case .backendFailed(let failure): "toolmesh: cannot list the tools: \(failure)\n"
        }
    }

    /// The process exit status the CLI uses: 0 finished, 1 exception or syntax error, 2 limit,
    /// 3 backend unavailable.
    public var exitStatus: Int32 {
        switch outcome {
        case .finished: 0
        case .failed(let failure): if case .limit = failure.kind { 2 } else { 1 }
        case .syntaxError: 1
        case .backendFailed: 3
        }
    }
}

/// One tool call of a run. Times are seconds from the start of the run.
public struct CallRecord: Sendable {
    /// The call's number in the run, from 1.
    public var id: Int
    public var tool: String
    public var arguments: JSONObject
    /// When the program issued the call.
    public var issuedAt: Double
    /// When it was sent to the backend (later than `issuedAt` when the concurrency cap held it).
    public var startedAt: Double?
    /// When its outcome arrived.
    public var endedAt: Double?
    /// `OK`, a status name, or `CANCELLED` for calls the run abandoned.
    public var status: String
    /// The error message of a failed call.
    public var message: String?
    /// The worker that answered, when known.
    public var worker: String?
    /// Which suspension of the program surfaced the call, from 1: calls of the same round
    /// were issued together (what one model turn could batch without PTC).
    public var round: Int
    /// Size of the result as JSON text (or of the error message): what would enter a model's
    /// context if the model called the tool directly.
    public var resultBytes: Int = 0

    /// How long the call took on the backend, in seconds.
    public var duration: Double? {
        guard let startedAt, let endedAt else { return nil }
        return endedAt - startedAt
    }
}
