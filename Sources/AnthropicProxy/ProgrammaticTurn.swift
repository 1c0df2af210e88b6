import Foundation
import MeshSchema
import PTC

/// One client request that uses code execution: resume a paused program if the request
/// carries its container, then loop between the model and the programs it writes.
struct ProgrammaticTurn {
    let service: MessagesService
    let request: JSONObject
    let tool: CodeExecutionTool
    let headers: ClientHeaders

    private var apiKey: String { headers.apiKey ?? "" }
    private var translation: HistoryTranslation { HistoryTranslation(tool: tool) }

    func run() async throws(APIError) -> JSONObject {
        guard let messagesValue = request["messages"] else { throw .invalidRequest("messages: Field required") }
        guard let messages = messagesValue.arrayValue, !messages.isEmpty else {
            throw .invalidRequest("messages: Input should be a non-empty list")
        }
        let backend = await makeBackend()
        var state = TurnState(upstreamMessages: try translation.upstreamMessages(messages))

        if let containerID = try Self.containerID(in: request) {
            let session = try service.sessions.take(containerID, apiKey: apiKey)
            do {
                try deliverResults(from: messages, to: session)
            } catch {
                _ = service.sessions.keep(session, id: containerID, apiKey: apiKey)
                throw error
            }
            switch await session.nextStop() {
            case .paused(let calls):
                return paused(session, calls, containerID: containerID, state: state)
            case .finished(let output, let record):
                finish(session.toolUseID, output, record, backend: session.backend, into: &state)
            }
        } else if let pending = pendingCallsFromCode(messages) {
            throw .invalidRequest("container: Field required: tool_result blocks answer calls made from code (\(pending)); "
                                  + "send the container id of the response that made them")
        }

        let upstreamTools = try upstreamToolList(stubs: PythonStubs.render(backend.callableTools))
        var last = JSONObject()
        for _ in 0..<service.options.maxModelTurns {
            var upstreamRequest = request
            upstreamRequest.setValue(.array(state.upstreamMessages), forKey: "messages")
            upstreamRequest.setValue(.array(upstreamTools), forKey: "tools")
            for key in ["container", "stream"] { _ = upstreamRequest.removeValue(forKey: key) }
            let response = try await service.upstream.createMessage(upstreamRequest, headers: headers)
            service.metrics.count(.modelTurns)
            state.modelTurns += 1
            service.metrics.addUsage(response["usage"])
            state.addUsage(response["usage"])
            last = response
            let content = response["content"]?.arrayValue ?? []
            state.clientContent += translation.clientBlocks(content)
            state.upstreamMessages.append(.object(JSONObject([("role", .string("assistant")), ("content", .array(content))])))
            let codeCalls = content.compactMap(\.objectValue).filter {
                $0["type"]?.stringValue == "tool_use" && $0["name"]?.stringValue == CodeExecutionTool.upstreamName
            }
            if codeCalls.isEmpty { return message(from: response, state: state) }
            var results: [JSONValue] = []
            for (index, call) in codeCalls.enumerated() {
                let id = call["id"]?.stringValue ?? ""
                guard index == 0 else {
                    // One program runs at a time; the model is told so and may run it next.
                    let output = ProgramOutput(stdout: "", stderr: "Only one program runs per turn; run this one again.\n",
                                               returnCode: 1)
                    state.clientContent.append(output.clientBlock(toolUseID: id))
                    results.append(output.upstreamBlock(toolUseID: id))
                    continue
                }
                guard case .string(let code)? = call["input"]?.objectValue?["code"] else {
                    let output = ProgramOutput(stdout: "", stderr: "execute_code needs `code`, a string.\n", returnCode: 1)
                    state.clientContent.append(output.clientBlock(toolUseID: id))
                    results.append(output.upstreamBlock(toolUseID: id))
                    continue
                }
                state.executions += 1
                service.metrics.count(.programRuns)
                let session = ProgramSession(code: code, toolUseID: id, backend: backend, options: runnerOptions())
                switch await session.nextStop() {
                case .paused(let calls):
                    return paused(session, calls, containerID: nil, state: state)
                case .finished(let output, let record):
                    countCalls(record, backend: backend, into: &state)
                    state.clientContent.append(output.clientBlock(toolUseID: id))
                    results.append(output.upstreamBlock(toolUseID: id))
                }
            }
            let directCalls = content.compactMap(\.objectValue).filter {
                $0["type"]?.stringValue == "tool_use" && $0["name"]?.stringValue != CodeExecutionTool.upstreamName
            }
            if !directCalls.isEmpty {
                // The client answers its direct calls; the program's output is already in the
                // content and reaches the model with those answers.
                return message(from: last, state: state, stopReason: "tool_use")
            }
            state.appendUserBlocks(results)
        }
        return message(from: last, state: state, stopReason: "pause_turn")
    }

    /// The request as the upstream would see it before the first model turn (what
    /// `count_tokens` should count).
    func upstreamView() async throws(APIError) -> JSONObject {
        let messages = request["messages"]?.arrayValue ?? []
        let callable = await makeBackend().callableTools
        var view = request
        view.setValue(.array(try translation.upstreamMessages(messages)), forKey: "messages")
        view.setValue(.array(try upstreamToolList(stubs: PythonStubs.render(callable))), forKey: "tools")
        for key in ["container", "stream"] { _ = view.removeValue(forKey: key) }
        return view
    }

    /// The tools of this request's programs: its client tools and the mesh's current ones.
    private func makeBackend() async -> ProxyToolBackend {
        ProxyToolBackend(clientTools: tool.clientTools, meshTools: await service.meshTools(), mesh: service.mesh,
                         clientCalls: ClientToolCalls())
    }

    private func runnerOptions() -> ProgramRunner.Options {
        var options = ProgramRunner.Options()
        options.filename = "<code>"
        options.limits = service.options.programLimits
        options.maxConcurrentCalls = service.options.maxConcurrentCalls
        options.callTimeout = service.options.callTimeout
        return options
    }

    private func countCalls(_ record: RunRecord?, backend: ProxyToolBackend, into state: inout TurnState) {
        guard let record else { return }
        let client = record.calls.filter { backend.isClientTool($0.tool) }.count
        service.metrics.count(.clientToolCalls, by: client)
        service.metrics.count(.meshToolCalls, by: record.calls.count - client)
        state.clientCalls += client
        state.meshCalls += record.calls.count - client
    }

    private func finish(_ toolUseID: String, _ output: ProgramOutput, _ record: RunRecord?, backend: ProxyToolBackend,
                        into state: inout TurnState) {
        state.clientContent.append(output.clientBlock(toolUseID: toolUseID))
        state.appendUserBlocks([output.upstreamBlock(toolUseID: toolUseID)])
        countCalls(record, backend: backend, into: &state)
    }

    /// The upstream's tool list: the code tool replaced by `execute_code`, tools only code may
    /// call left out, and `allowed_callers` removed.
    private func upstreamToolList(stubs: String) throws(APIError) -> [JSONValue] {
        var tools: [JSONValue] = []
        for value in request["tools"]?.arrayValue ?? [] {
            guard var tool = value.objectValue else { continue }
            if let type = tool["type"]?.stringValue, CodeExecutionTool.isCodeExecutionType(type) {
                tools.append(CodeExecutionTool.upstreamTool(stubs: stubs))
                continue
            }
            guard CodeExecutionTool.isDirectlyCallable(tool) else { continue }
            _ = tool.removeValue(forKey: "allowed_callers")
            tools.append(.object(tool))
        }
        return tools
    }

    /// The response that pauses the program for the client: its new calls as `tool_use`
    /// blocks made from code, and the container to resume it with.
    private func paused(_ session: ProgramSession, _ calls: [CallRecord], containerID: String?, state: TurnState) -> JSONObject {
        log(state, outcome: "paused for \(calls.count) client call\(calls.count == 1 ? "" : "s")")
        var content = state.clientContent
        for call in calls {
            let toolUseID = "toolu_" + SessionStore.randomHex(24)
            session.show(call.id, as: toolUseID)
            content.append(.object(JSONObject([
                ("type", .string("tool_use")), ("id", .string(toolUseID)), ("name", .string(call.tool)),
                ("input", .object(call.arguments)),
                ("caller", .object(JSONObject([("type", .string(tool.type)), ("tool_id", .string(session.toolUseID))]))),
            ])))
        }
        let container: (id: String, expiresAt: Date)
        if let containerID {
            container = (containerID, service.sessions.keep(session, id: containerID, apiKey: apiKey))
        } else {
            container = service.sessions.add(session, apiKey: apiKey)
        }
        var message = baseMessage(id: "msg_" + SessionStore.randomHex(24), model: request["model"], state: state)
        message.setValue(.array(content), forKey: "content")
        message.setValue(.string("tool_use"), forKey: "stop_reason")
        message.setValue(.object(JSONObject([
            ("id", .string(container.id)),
            ("expires_at", .string(ISO8601DateFormatter().string(from: container.expiresAt))),
        ])), forKey: "container")
        return message
    }

    private func message(from response: JSONObject, state: TurnState, stopReason: String? = nil) -> JSONObject {
        log(state, outcome: stopReason ?? response["stop_reason"]?.stringValue ?? "end_turn")
        var message = baseMessage(id: response["id"]?.stringValue ?? "msg_" + SessionStore.randomHex(24),
                                  model: response["model"] ?? request["model"], state: state)
        message.setValue(.array(state.clientContent), forKey: "content")
        message.setValue(stopReason.map { .string($0) } ?? response["stop_reason"] ?? .string("end_turn"), forKey: "stop_reason")
        message.setValue(response["stop_sequence"] ?? .null, forKey: "stop_sequence")
        return message
    }

    private func baseMessage(id: String, model: JSONValue?, state: TurnState) -> JSONObject {
        JSONObject([
            ("id", .string(id)), ("type", .string("message")), ("role", .string("assistant")),
            ("model", model ?? .string("")), ("content", .array([])), ("stop_reason", .null), ("stop_sequence", .null),
            ("usage", state.usageJSON),
        ])
    }

    /// One record per programmatic request: what it took.
    private func log(_ state: TurnState, outcome: String) {
        service.logger.info("programmatic turn", metadata: [
            "outcome": "\(outcome)", "model_turns": "\(state.modelTurns)", "programs": "\(state.executions)",
            "mesh_calls": "\(state.meshCalls)", "client_calls": "\(state.clientCalls)",
            "input_tokens": "\(state.inputTokens)", "output_tokens": "\(state.outputTokens)",
        ])
    }

    /// The request's `container`: a string or `{"id": …}`.
    static func containerID(in request: JSONObject) throws(APIError) -> String? {
        switch request["container"] {
        case nil, .null?: return nil
        case .string(let id)?: return id
        case .object(let object)?:
            guard let id = object["id"]?.stringValue else { throw .invalidRequest("container.id: Field required") }
            return id
        default: throw .invalidRequest("container: Input should be a valid string")
        }
    }

    /// Hands the client's `tool_result`s to the paused program; they must answer exactly the
    /// calls it waits on, and the last user turn may hold nothing else.
    private func deliverResults(from messages: [JSONValue], to session: ProgramSession) throws(APIError) {
        guard let last = messages.last?.objectValue, last["role"]?.stringValue == "user",
              let blocks = last["content"]?.arrayValue else {
            throw .invalidRequest("messages: the last message must be a user turn of tool_result blocks answering the calls pending in the container")
        }
        // Results for direct calls of the same model turn go to the model, not the program.
        let direct = Set((messages.dropLast().last?.objectValue?["content"]?.arrayValue ?? []).compactMap(\.objectValue)
            .filter { $0["type"]?.stringValue == "tool_use" && !translation.isCallFromCode($0) }
            .compactMap { $0["id"]?.stringValue })
        var answers: [String: ToolCallResult] = [:]
        for (index, value) in blocks.enumerated() {
            guard let block = value.objectValue, block["type"]?.stringValue == "tool_result",
                  let id = block["tool_use_id"]?.stringValue else {
                throw .invalidRequest("messages.\(messages.count - 1).content.\(index): while calls from code are pending, the user turn may contain only tool_result blocks")
            }
            if !direct.contains(id) { answers[id] = Self.result(of: block) }
        }
        let pending = session.pendingToolUseIDs
        let missing = pending.subtracting(answers.keys), unexpected = Set(answers.keys).subtracting(pending)
        guard missing.isEmpty, unexpected.isEmpty else {
            var problems: [String] = []
            if !missing.isEmpty { problems.append("missing results for \(missing.sorted().joined(separator: ", "))") }
            if !unexpected.isEmpty { problems.append("unexpected results for \(unexpected.sorted().joined(separator: ", "))") }
            throw .invalidRequest("tool_result blocks do not match the calls pending in the container: " + problems.joined(separator: "; "))
        }
        for (id, result) in answers { session.answer(id, with: result) }
    }

    /// A `tool_result` as what the program's call returns: JSON when the text parses as JSON,
    /// else the text; `is_error` raises `ToolError` in the program.
    static func result(of block: JSONObject) -> ToolCallResult {
        var text = ""
        switch block["content"] {
        case .string(let s)?: text = s
        case .array(let items)?:
            text = items.compactMap { $0.objectValue?["text"]?.stringValue }.joined(separator: "\n")
        default: break
        }
        if block["is_error"]?.boolValue == true {
            return .failure(ToolFailure(code: "UNKNOWN", message: text, worker: "client"))
        }
        if let json = try? JSONValue(parsing: text) { return .success(json, worker: "client") }
        return .success(.string(text), worker: "client")
    }

    /// Ids of calls made from code that the last user turn answers, when the request gives no
    /// container (so they cannot reach their program).
    private func pendingCallsFromCode(_ messages: [JSONValue]) -> String? {
        guard messages.count >= 2, let assistant = messages[messages.count - 2].objectValue,
              let blocks = assistant["content"]?.arrayValue else { return nil }
        let fromCode = Set(blocks.compactMap(\.objectValue).filter(translation.isCallFromCode).compactMap { $0["id"]?.stringValue })
        let answered = (messages.last?.objectValue?["content"]?.arrayValue ?? []).compactMap {
            $0.objectValue?["tool_use_id"]?.stringValue
        }.filter(fromCode.contains)
        return answered.isEmpty ? nil : answered.joined(separator: ", ")
    }
}

/// What one request has built so far.
struct TurnState {
    var upstreamMessages: [JSONValue]
    var clientContent: [JSONValue] = []
    var inputTokens = 0
    var outputTokens = 0
    var executions = 0
    var modelTurns = 0
    var meshCalls = 0
    var clientCalls = 0

    /// Adds blocks to the upstream conversation as a user turn, joining the last turn when it
    /// is the user's: every `tool_result` of a model turn must be in the turn right after it.
    mutating func appendUserBlocks(_ blocks: [JSONValue]) {
        if var last = upstreamMessages.last?.objectValue, last["role"]?.stringValue == "user",
           case .array(let existing)? = last["content"] {
            last.setValue(.array(existing + blocks), forKey: "content")
            upstreamMessages[upstreamMessages.count - 1] = .object(last)
        } else {
            upstreamMessages.append(.object(JSONObject([("role", .string("user")), ("content", .array(blocks))])))
        }
    }

    mutating func addUsage(_ usage: JSONValue?) {
        let tokens = UsageTokens(usage)
        inputTokens += tokens.input
        outputTokens += tokens.output
    }

    var usageJSON: JSONValue {
        .object(JSONObject([
            ("input_tokens", .number(JSONNumber(inputTokens))),
            ("output_tokens", .number(JSONNumber(outputTokens))),
            ("server_tool_use", .object(JSONObject([("code_execution_requests", .number(JSONNumber(executions)))]))),
        ]))
    }
}
