import Foundation
import MeshSchema
import PTC
import PyRuntime

/// A program the proxy runs for one `execute_code` call; it may pause, across HTTP requests,
/// while the client answers calls to its tools.
final class ProgramSession: @unchecked Sendable {
    /// Where the program stands when the proxy must answer its client.
    enum Stop: Sendable {
        /// It ended; the output goes back to the model.
        case finished(ProgramOutput, RunRecord?)
        /// It waits on these client calls, not yet shown to the client.
        case paused([CallRecord])
    }

    private enum Event: Sendable {
        case waiting([CallRecord])
        case finished(RunRecord)
    }

    /// The `server_tool_use` id that started the program (the calls' `caller.tool_id`).
    let toolUseID: String
    let backend: ProxyToolBackend
    private let events: AsyncStream<Event>
    private let eventSink: AsyncStream<Event>.Continuation
    private let task: Task<Void, Never>
    private let lock = NSLock()
    /// Calls shown to the client, by the `tool_use` id the client got.
    private var shown: [String: Int] = [:]
    private var answered: Set<Int> = []

    init(code: String, toolUseID: String, backend: ProxyToolBackend, options: ProgramRunner.Options) {
        self.toolUseID = toolUseID
        self.backend = backend
        (events, eventSink) = AsyncStream.makeStream(of: Event.self)
        var options = options
        let sink = eventSink
        options.onWaiting = { running in sink.yield(.waiting(running)) }
        task = Task { [eventSink] in
            let record = await ProgramRunner.run(source: code, backend: backend, options: options)
            eventSink.yield(.finished(record))
            eventSink.finish()
        }
    }

    /// Waits until the program ends, or waits only on client calls of which at least one has
    /// not been shown to the client yet.
    func nextStop() async -> Stop {
        for await event in events {
            switch event {
            case .finished(let record):
                return .finished(ProgramOutput(record), record)
            case .waiting(let running):
                guard !running.isEmpty, running.allSatisfy({ backend.isClientTool($0.tool) }) else { continue }
                let new = lock.withLock { running.filter { !shown.values.contains($0.id) && !answered.contains($0.id) } }
                if !new.isEmpty { return .paused(new) }
            }
        }
        return .finished(ProgramOutput(stdout: "", stderr: "the program stopped unexpectedly\n", returnCode: 1), nil)
    }

    /// Records that `id` was shown to the client as `tool_use` block `toolUseID`.
    func show(_ id: Int, as toolUseID: String) {
        lock.withLock { shown[toolUseID] = id }
    }

    /// The `tool_use` ids shown to the client and not answered yet.
    var pendingToolUseIDs: Set<String> {
        lock.withLock { Set(shown.filter { !answered.contains($0.value) }.keys) }
    }

    /// Delivers the client's answer to a shown call.
    func answer(_ toolUseID: String, with result: ToolCallResult) {
        let id: Int? = lock.withLock {
            guard let id = shown[toolUseID], !answered.contains(id) else { return nil }
            answered.insert(id)
            return id
        }
        if let id { backend.clientCalls.deliver(id, result) }
    }

    /// Stops the program (an expired or abandoned session).
    func cancel() {
        task.cancel()
    }
}
