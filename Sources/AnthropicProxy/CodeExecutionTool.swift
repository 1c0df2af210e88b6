import MeshSchema
import PTC

/// The code-execution server tool in a Messages request, and the client tools a program may
/// call. The proxy runs the code itself: upstream, the server tool becomes the ordinary client
/// tool `execute_code`.
struct CodeExecutionTool: Sendable {
    /// The name programs use for the server tool (`code_execution`).
    var name: String
    /// Its versioned type, e.g. `code_execution_20260120`; also the `caller.type` of calls
    /// made from code.
    var type: String
    /// The client's tools that code may call (their `allowed_callers` name code execution).
    var clientTools: [ToolDescription]

    /// The client tool that stands for code execution upstream.
    static let upstreamName = "execute_code"

    /// `code_execution_YYYYMMDD`, any version.
    static func isCodeExecutionType(_ type: String) -> Bool {
        let prefix = "code_execution_"
        guard type.hasPrefix(prefix) else { return false }
        let date = type.dropFirst(prefix.count)
        return date.count == 8 && date.allSatisfy { $0 >= "0" && $0 <= "9" }
    }

    /// The code-execution tool of `request`, or nil when it has none (the request then passes
    /// through untouched).
    static func find(in request: JSONObject) throws(APIError) -> CodeExecutionTool? {
        guard let toolsValue = request["tools"] else { return nil }
        guard let tools = toolsValue.arrayValue else { throw .invalidRequest("tools: Input should be a valid list") }
        var found: CodeExecutionTool?
        var callable: [ToolDescription] = []
        for (index, value) in tools.enumerated() {
            guard let tool = value.objectValue else { throw .invalidRequest("tools.\(index): Input should be a valid dictionary") }
            if let type = tool["type"]?.stringValue, isCodeExecutionType(type) {
                found = CodeExecutionTool(name: tool["name"]?.stringValue ?? "code_execution", type: type, clientTools: [])
                continue
            }
            let callers = tool["allowed_callers"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard callers.contains(where: isCodeExecutionType) else { continue }
            guard let name = tool["name"]?.stringValue else { throw .invalidRequest("tools.\(index).name: Field required") }
            callable.append(ToolDescription(name: name, description: tool["description"]?.stringValue ?? "",
                                            inputSchema: tool["input_schema"]))
        }
        found?.clientTools = callable
        return found
    }

    /// Whether the model may still call `tool` directly: `allowed_callers` absent or naming
    /// `direct`.
    static func isDirectlyCallable(_ tool: JSONObject) -> Bool {
        guard let callers = tool["allowed_callers"]?.arrayValue?.compactMap(\.stringValue) else { return true }
        return callers.contains("direct")
    }

    /// The `execute_code` tool the model sees upstream, its description listing the functions
    /// the code can call.
    static func upstreamTool(stubs: String) -> JSONValue {
        let description = """
            Run a Python 3 program in a sandbox and get back what it prints (stdout and stderr). \
            Use it to call the functions below: call them with `await` (top-level `await` works), \
            run independent calls concurrently with `asyncio.gather`, and process their results \
            in the program. Only what the program prints is returned to you, so print a compact \
            summary rather than whole results. A failed call raises `ToolError` (an `Exception` \
            with `.code` and `.message`). Available modules: asyncio, json, math, itertools, \
            collections, functools, operator, heapq, bisect, copy, random, statistics, dataclasses, \
            typing, enum, time, string and textwrap; there is no file system or network access.

            Functions you can call:

            \(stubs.isEmpty ? "(none)" : stubs)
            """
        let schema = JSONValue.object(JSONObject([
            ("type", .string("object")),
            ("properties", .object(JSONObject([
                ("code", .object(JSONObject([("type", .string("string")),
                                             ("description", .string("The Python program to run."))]))),
            ]))),
            ("required", .array([.string("code")])),
        ]))
        return .object(JSONObject([("name", .string(upstreamName)), ("description", .string(description)),
                                   ("input_schema", schema)]))
    }
}
