import MeshSchema
import PTC

/// What a finished program gives back, in the two shapes the proxy needs: the client's
/// `code_execution_tool_result` block and the upstream's `tool_result` text.
struct ProgramOutput: Sendable, Equatable {
    var stdout: String
    var stderr: String
    var returnCode: Int

    init(stdout: String, stderr: String, returnCode: Int) {
        self.stdout = stdout
        self.stderr = stderr
        self.returnCode = returnCode
    }

    init(_ record: RunRecord) {
        self.init(stdout: record.output, stderr: record.errorText, returnCode: Int(record.exitStatus))
    }

    /// From a client's `code_execution_tool_result` block (history sent back to the proxy).
    init?(block: JSONObject) {
        guard let content = block["content"]?.objectValue else { return nil }
        self.init(stdout: content["stdout"]?.stringValue ?? "", stderr: content["stderr"]?.stringValue ?? "",
                  returnCode: content["return_code"]?.clampedInt(in: -255...255) ?? 0)
    }

    /// The block the client sees after the `server_tool_use` that ran the code.
    func clientBlock(toolUseID: String) -> JSONValue {
        .object(JSONObject([
            ("type", .string("code_execution_tool_result")),
            ("tool_use_id", .string(toolUseID)),
            ("content", .object(JSONObject([
                ("type", .string("code_execution_result")),
                ("stdout", .string(stdout)),
                ("stderr", .string(stderr)),
                ("return_code", .number(JSONNumber(returnCode))),
                ("content", .array([])),
            ]))),
        ]))
    }

    /// The text the model reads upstream: the output, then any error output and the status.
    var text: String {
        var text = stdout.isEmpty && stderr.isEmpty ? "(the program printed nothing)" : stdout
        if !stderr.isEmpty {
            text += (stdout.isEmpty || stdout.hasSuffix("\n") ? "" : "\n") + "[stderr]\n" + stderr
        }
        if returnCode != 0 { text += "[exit code \(returnCode)]" }
        return text
    }

    /// The `tool_result` block for `execute_code` upstream.
    func upstreamBlock(toolUseID: String) -> JSONValue {
        var block = JSONObject([("type", .string("tool_result")), ("tool_use_id", .string(toolUseID)),
                                ("content", .string(text))])
        if returnCode != 0 { block.setValue(.bool(true), forKey: "is_error") }
        return .object(block)
    }
}
