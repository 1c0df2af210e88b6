import MeshSchema

/// Translates between the conversation the client holds (code execution as a server tool:
/// `server_tool_use`, `code_execution_tool_result`, and `tool_use` blocks made from code) and
/// the one the upstream model sees (code execution as the client tool `execute_code`).
///
/// Both directions are pure functions of the messages, so the proxy keeps no copy of the
/// history: each request's history is translated afresh.
struct HistoryTranslation {
    let tool: CodeExecutionTool

    private func type(_ block: JSONObject) -> String { block["type"]?.stringValue ?? "" }

    /// Whether a `tool_use` block was made from code (its `caller` names code execution).
    func isCallFromCode(_ block: JSONObject) -> Bool {
        guard type(block) == "tool_use", let caller = block["caller"]?.objectValue?["type"]?.stringValue else { return false }
        return CodeExecutionTool.isCodeExecutionType(caller)
    }

    /// The client's messages as the upstream sees them:
    /// - `server_tool_use` (code execution) becomes `tool_use` of `execute_code`;
    /// - a `code_execution_tool_result` ends the assistant turn and becomes a user
    ///   `tool_result` with the program's output;
    /// - calls made from code and their results are dropped: they never enter the model's
    ///   context;
    /// - the `caller` of direct calls is removed; consecutive turns of one role are merged.
    func upstreamMessages(_ messages: [JSONValue]) throws(APIError) -> [JSONValue] {
        var fromCode = Set<String>()
        var turns: [(role: String, content: [JSONValue])] = []
        func append(_ role: String, _ content: [JSONValue]) {
            guard !content.isEmpty else { return }
            if let last = turns.last, last.role == role {
                turns[turns.count - 1].content += content
            } else {
                turns.append((role, content))
            }
        }
        for (index, value) in messages.enumerated() {
            guard let message = value.objectValue, let role = message["role"]?.stringValue else {
                throw .invalidRequest("messages.\(index): each message needs a role and content")
            }
            let blocks: [JSONValue]
            switch message["content"] {
            case .string(let text)?: blocks = [.object(JSONObject([("type", .string("text")), ("text", .string(text))]))]
            case .array(let items)?: blocks = items
            default: throw .invalidRequest("messages.\(index).content: Input should be a valid string or list")
            }
            if role == "assistant" {
                var current: [JSONValue] = []
                for block in blocks {
                    guard let object = block.objectValue else { continue }
                    switch type(object) {
                    case "server_tool_use" where object["name"]?.stringValue == tool.name:
                        let code = object["input"]?.objectValue?["code"] ?? .string("")
                        current.append(.object(JSONObject([
                            ("type", .string("tool_use")), ("id", object["id"] ?? .string("")),
                            ("name", .string(CodeExecutionTool.upstreamName)),
                            ("input", .object(JSONObject([("code", code)]))),
                        ])))
                    case "code_execution_tool_result":
                        append("assistant", current)
                        current = []
                        let output = ProgramOutput(block: object) ?? ProgramOutput(stdout: "", stderr: "", returnCode: 0)
                        append("user", [output.upstreamBlock(toolUseID: object["tool_use_id"]?.stringValue ?? "")])
                    case "tool_use" where isCallFromCode(object):
                        if let id = object["id"]?.stringValue { fromCode.insert(id) }
                    case "tool_use":
                        var direct = object
                        _ = direct.removeValue(forKey: "caller")
                        current.append(.object(direct))
                    default:
                        current.append(block)
                    }
                }
                append("assistant", current)
            } else {
                append(role, blocks.filter { block in
                    guard let object = block.objectValue, type(object) == "tool_result",
                          let id = object["tool_use_id"]?.stringValue else { return true }
                    return !fromCode.contains(id)
                })
            }
        }
        return turns.map { .object(JSONObject([("role", .string($0.role)), ("content", .array($0.content))])) }
    }

    /// The upstream model's content blocks as the client sees them: `tool_use` of
    /// `execute_code` becomes `server_tool_use` of the code-execution tool; direct tool calls
    /// carry `caller: {type: direct}`.
    func clientBlocks(_ content: [JSONValue]) -> [JSONValue] {
        content.map { block in
            guard let object = block.objectValue, type(object) == "tool_use" else { return block }
            if object["name"]?.stringValue == CodeExecutionTool.upstreamName {
                return .object(JSONObject([
                    ("type", .string("server_tool_use")), ("id", object["id"] ?? .string("")),
                    ("name", .string(tool.name)),
                    ("input", .object(JSONObject([("code", object["input"]?.objectValue?["code"] ?? .string(""))]))),
                ]))
            }
            var direct = object
            direct.setValue(.object(JSONObject([("type", .string("direct"))])), forKey: "caller")
            return .object(direct)
        }
    }
}
