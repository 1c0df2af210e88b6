import Foundation
import MeshSchema
import PyFrontend
import PyRuntime

/// Runs a Python program whose tool calls go to a ``ToolBackend``, concurrently.
///
/// Every tool the backend lists becomes an async function of the program. When every task of
/// the program waits on tools, the runner sends the calls issued so far to the backend (at
/// most ``Options/maxConcurrentCalls`` at a time; the rest wait their turn), sleeps until one
/// or more end, and resumes the program with those results. A failed call is raised in the
/// program as `ToolError`. When the program ends, calls still in flight are cancelled.
public enum ProgramRunner {
    public struct Options: Sendable {
        /// The file name shown in tracebacks.
        public var filename = "<program>"
        /// The interpreter's limits; `maxWallTime` also bounds the time spent waiting on tools.
        public var limits = Limits()
        /// Calls in flight at once, at most.
        public var maxConcurrentCalls = 64
        /// Deadline of each call, in seconds (capped by the time left to the run); nil leaves
        /// it to the backend.
        public var callTimeout: Double? = 30
        /// Called on the interpreter's thread each time the program waits on tools, with the
        /// calls that are with the backend and not yet answered (the proxy pauses the program
        /// for its client when all of them are the client's tools).
        public var onWaiting: (@Sendable (_ running: [CallRecord]) -> Void)?

        public init() {}
    }

    /// Runs `source` to its end. `onOutput` receives printed text as it is written, on the
    /// interpreter's thread. Cancelling the calling task stops the run (its outcome is then a
    /// `cancelled` limit failure).
    public static func run(source: String, backend: some ToolBackend, options: Options = Options(),
                           onOutput: (@Sendable (String) -> Void)? = nil) async -> RunRecord {
        let started = Interpreter.monotonicNow()
        let tools: [ToolDescription]
        do {
            tools = try await backend.tools()
        } catch {
            return RunRecord(outcome: .backendFailed(error), output: "", outputBytes: 0, calls: [],
                             duration: Interpreter.monotonicNow() - started, interpreterTime: 0)
        }
        let mailbox = CallMailbox()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<RunRecord, Never>) in
                // Parsing deeply nested source recurses: give the interpreter a large stack.
                let thread = Thread {
                    let session = RunSession(backend: backend, options: options, mailbox: mailbox, started: started)
                    continuation.resume(returning: session.run(source: source, tools: tools, onOutput: onOutput))
                }
                thread.stackSize = 16 << 20
                thread.start()
            }
        } onCancel: {
            mailbox.cancel()
        }
    }
}

/// One run, confined to the interpreter's thread.
private final class RunSession<Backend: ToolBackend> {
    private let backend: Backend
    private let options: ProgramRunner.Options
    private let mailbox: CallMailbox
    private let started: Double
    private var records: [CallRecord] = []
    /// Calls issued by the program and not yet sent, oldest first.
    private var waiting: [Int] = []
    private var waitingHead = 0
    private var running: [Int: Task<Void, Never>] = [:]
    private var interpreterTime = 0.0
    private var round = 0
    /// Bytes printed through `onOutput` (the interpreter keeps no copy of streamed text).
    private var outputBytes = 0
    /// Per tool, the property name behind each Python keyword that differs from it.
    private var propertyNames: [String: [String: String]] = [:]

    init(backend: Backend, options: ProgramRunner.Options, mailbox: CallMailbox, started: Double) {
        self.backend = backend
        self.options = options
        self.mailbox = mailbox
        self.started = started
    }

    func run(source: String, tools: [ToolDescription], onOutput: (@Sendable (String) -> Void)?) -> RunRecord {
        let interpreter: Interpreter
        do {
            interpreter = try Interpreter(source: source, filename: options.filename, limits: options.limits,
                                          hostFunctions: tools.map(\.hostFunction))
        } catch {
            return record(.syntaxError(error.description), output: "")
        }
        if let onOutput {
            interpreter.outputBuffer.onWrite = { [unowned self] text in
                outputBytes += text.utf8.count
                onOutput(text)
            }
        }
        for tool in tools {
            let renamed = tool.parameters.filter { $0.pythonName != $0.name }
            if !renamed.isEmpty {
                propertyNames[tool.name] = Dictionary(renamed.map { ($0.pythonName, $0.name) }, uniquingKeysWith: { a, _ in a })
            }
        }
        var status = timed { interpreter.start() }
        while true {
            switch status {
            case .finished:
                abandonRunningCalls()
                return record(.finished, output: interpreter.output)
            case .failed(let failure):
                abandonRunningCalls()
                return record(.failed(failure), output: interpreter.output)
            case .suspended(let calls, let timerDeadline):
                if !calls.isEmpty { round += 1 }
                for call in calls { issue(call) }
                sendWaitingCalls(deadline: interpreter.wallTimeDeadline)
                if let onWaiting = options.onWaiting {
                    onWaiting(running.keys.sorted().compactMap { index(of: $0).map { records[$0] } })
                }
                let wakeAt = min(timerDeadline ?? .infinity, interpreter.wallTimeDeadline)
                let (deliveries, cancelled) = mailbox.take(waitingAtMost: wakeAt - Interpreter.monotonicNow())
                if cancelled { interpreter.cancel() }
                var outcomes: [Int: Interpreter.CallOutcome] = [:]
                for delivery in deliveries {
                    outcomes[delivery.id] = finish(delivery)
                }
                sendWaitingCalls(deadline: interpreter.wallTimeDeadline)
                status = timed { interpreter.resume(outcomes) }
            }
        }
    }

    private func timed(_ body: () -> Interpreter.Status) -> Interpreter.Status {
        let start = Interpreter.monotonicNow()
        defer { interpreterTime += Interpreter.monotonicNow() - start }
        return body()
    }

    private func now() -> Double { Interpreter.monotonicNow() - started }

    /// Records a call the program made; it waits for a slot. Calls are numbered from 1 in
    /// issue order, which is also the interpreter's id order.
    private func issue(_ call: Interpreter.PendingCall) {
        var arguments = JSONObject()
        let renamed = propertyNames[call.function]
        for (name, value) in call.keywords { arguments.setValue(value, forKey: renamed?[name] ?? name) }
        records.append(CallRecord(id: call.id, tool: call.function, arguments: arguments, issuedAt: now(),
                                  status: "PENDING", round: round))
        waiting.append(call.id)
    }

    private func index(of id: Int) -> Int? {
        // Ids are issued in increasing order, so the records are sorted by id.
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < records.count && records[low].id == id ? low : nil
    }

    private func sendWaitingCalls(deadline: Double) {
        while running.count < max(1, options.maxConcurrentCalls), waitingHead < waiting.count {
            let id = waiting[waitingHead]
            waitingHead += 1
            guard let index = index(of: id) else { continue }
            records[index].startedAt = now()
            let remaining = deadline - Interpreter.monotonicNow()
            let timeout = min(options.callTimeout ?? .infinity, max(remaining, 0.001))
            let call = ToolCall(id: id, tool: records[index].tool, arguments: records[index].arguments,
                                // Capped at a year: a huge --call-timeout must not trap the conversion.
                                timeoutMs: timeout.isFinite ? UInt64((min(timeout, 31_536_000) * 1000).rounded(.up)) : nil)
            let backend = backend, mailbox = mailbox, started = started
            running[id] = Task.detached {
                let result = await backend.call(call)
                mailbox.post(CallMailbox.Delivery(id: id, result: result,
                                                  endedAt: Interpreter.monotonicNow() - started))
            }
        }
        if waitingHead > 256, waitingHead * 2 > waiting.count {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
    }

    /// Records a call's end and turns it into what the program sees.
    private func finish(_ delivery: CallMailbox.Delivery) -> Interpreter.CallOutcome {
        running[delivery.id] = nil
        let index = index(of: delivery.id)
        if let index { records[index].endedAt = delivery.endedAt }
        switch delivery.result {
        case .success(let value, let worker):
            if let index {
                records[index].status = "OK"
                records[index].worker = worker
                records[index].resultBytes = value.serialized().count
            }
            return .success(value)
        case .failure(let failure):
            if let index {
                records[index].status = failure.code
                records[index].message = failure.message
                records[index].worker = failure.worker
                records[index].resultBytes = failure.message.utf8.count
            }
            return .toolError(code: failure.code, message: failure.message)
        }
    }

    /// The program ended: calls still running or waiting are cancelled and recorded so.
    private func abandonRunningCalls() {
        for task in running.values { task.cancel() }
        running.removeAll()
        let end = now()
        for index in records.indices where records[index].endedAt == nil {
            records[index].endedAt = records[index].startedAt == nil ? nil : end
            records[index].status = "CANCELLED"
            records[index].message = "the program ended before the call did"
        }
        waiting.removeAll()
        waitingHead = 0
    }

    private func record(_ outcome: RunRecord.Outcome, output: String) -> RunRecord {
        RunRecord(outcome: outcome, output: output, outputBytes: outputBytes + output.utf8.count, calls: records,
                  duration: now(), interpreterTime: interpreterTime)
    }
}
