@testable import AnthropicProxy
import MeshSchema
import Testing

private func json(_ text: String) -> JSONValue {
    (try? JSONValue(parsing: text)) ?? .string("bad literal: \(text)")
}

@Suite("The proxy's request and history translation")
struct ProxyUnitTests {
    let tool = CodeExecutionTool(name: "code_execution", type: "code_execution_20260120", clientTools: [])

    @Test("code execution tools are recognized by type, any version")
    func recognizesCodeExecution() throws {
        #expect(CodeExecutionTool.isCodeExecutionType("code_execution_20250825"))
        #expect(CodeExecutionTool.isCodeExecutionType("code_execution_20260120"))
        #expect(!CodeExecutionTool.isCodeExecutionType("code_execution_2026012"))
        #expect(!CodeExecutionTool.isCodeExecutionType("bash_20250124"))
        let request = try #require(json(#"""
            {"tools": [{"type": "code_execution_20250825", "name": "code_execution"},
                       {"name": "q", "input_schema": {"type": "object"}, "allowed_callers": ["code_execution_20250825"]},
                       {"name": "d", "input_schema": {"type": "object"}}]}
            """#).objectValue)
        let found = try #require(try CodeExecutionTool.find(in: request))
        #expect(found.type == "code_execution_20250825")
        #expect(found.clientTools.map(\.name) == ["q"])
        #expect(try CodeExecutionTool.find(in: JSONObject([("tools", .array([]))])) == nil)
    }

    @Test("the client's history becomes the upstream's: code runs as execute_code, calls from code vanish")
    func upstreamHistory() throws {
        let messages = try #require(json(#"""
            [{"role": "user", "content": "go"},
             {"role": "assistant", "content": [
                {"type": "text", "text": "running"},
                {"type": "server_tool_use", "id": "toolu_x", "name": "code_execution", "input": {"code": "print(1)"}},
                {"type": "tool_use", "id": "toolu_c", "name": "q", "input": {}, "caller": {"type": "code_execution_20260120", "tool_id": "toolu_x"}}]},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_c", "content": "r"}]},
             {"role": "assistant", "content": [
                {"type": "code_execution_tool_result", "tool_use_id": "toolu_x",
                 "content": {"type": "code_execution_result", "stdout": "1\n", "stderr": "", "return_code": 0, "content": []}},
                {"type": "text", "text": "done"},
                {"type": "tool_use", "id": "toolu_d", "name": "d", "input": {}, "caller": {"type": "direct"}}]},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_d", "content": "ok"}]}]
            """#).arrayValue)
        let upstream = try HistoryTranslation(tool: tool).upstreamMessages(messages)
        #expect(JSONValue.array(upstream) == json(#"""
            [{"role": "user", "content": [{"type": "text", "text": "go"}]},
             {"role": "assistant", "content": [
                {"type": "text", "text": "running"},
                {"type": "tool_use", "id": "toolu_x", "name": "execute_code", "input": {"code": "print(1)"}}]},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_x", "content": "1\n"}]},
             {"role": "assistant", "content": [
                {"type": "text", "text": "done"},
                {"type": "tool_use", "id": "toolu_d", "name": "d", "input": {}}]},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_d", "content": "ok"}]}]
            """#))
    }

    @Test("the model's blocks become the client's: execute_code shows as the server tool")
    func clientBlocks() {
        let blocks = HistoryTranslation(tool: tool).clientBlocks([
            json(#"{"type": "tool_use", "id": "t1", "name": "execute_code", "input": {"code": "x = 1"}}"#),
            json(#"{"type": "tool_use", "id": "t2", "name": "d", "input": {"a": 1}}"#),
        ])
        #expect(blocks == [
            json(#"{"type": "server_tool_use", "id": "t1", "name": "code_execution", "input": {"code": "x = 1"}}"#),
            json(#"{"type": "tool_use", "id": "t2", "name": "d", "input": {"a": 1}, "caller": {"type": "direct"}}"#),
        ])
    }

    @Test("a failed program's output names its error and exit code for the model")
    func programOutputText() {
        let output = ProgramOutput(stdout: "partial\n", stderr: "Traceback …\nKeyError: 3\n", returnCode: 1)
        #expect(output.text == "partial\n[stderr]\nTraceback …\nKeyError: 3\n[exit code 1]")
        #expect(output.upstreamBlock(toolUseID: "t").objectValue?["is_error"] == .bool(true))
        #expect(ProgramOutput(stdout: "", stderr: "", returnCode: 0).text == "(the program printed nothing)")
    }

    @Test("an assembled message streams as the Messages API's event sequence")
    func serverSentEvents() throws {
        let message = try #require(json(#"""
            {"id": "m", "type": "message", "role": "assistant", "model": "x",
             "content": [{"type": "text", "text": "hi"}, {"type": "server_tool_use", "id": "t", "name": "code_execution", "input": {"code": "1"}}],
             "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 1, "output_tokens": 2}}
            """#).objectValue)
        let events = ServerSentEvents.events(for: message).split(separator: "\n").filter { $0.hasPrefix("event: ") }
        #expect(events == ["event: message_start", "event: content_block_start", "event: content_block_delta",
                           "event: content_block_stop", "event: content_block_start", "event: content_block_delta",
                           "event: content_block_stop", "event: message_delta", "event: message_stop"])
        #expect(ServerSentEvents.events(for: message).contains(#""partial_json":"{\"code\":\"1\"}""#))
    }

    @Test("numbers from clients and upstreams are clamped, never trapped on")
    func hostileNumbers() throws {
        let block = try #require(json(#"""
            {"type": "code_execution_tool_result", "tool_use_id": "t",
             "content": {"type": "code_execution_result", "stdout": "", "stderr": "", "return_code": 1e300}}
            """#).objectValue)
        #expect(ProgramOutput(block: block)?.returnCode == 255)
        let metrics = ProxyMetrics()
        metrics.addUsage(json(#"{"input_tokens": 1e300, "output_tokens": -5}"#))
        metrics.addUsage(json(#"{"input_tokens": 1e300}"#))
        #expect(metrics.value(.inputTokens) == 2_000_000_000_000)
        #expect(metrics.value(.outputTokens) == 0)
        metrics.count(.requests, by: Int.max)
        metrics.count(.requests, by: Int.max)
        #expect(metrics.value(.requests) == Int.max)
    }

    @Test("errors have the Messages API's shape")
    func errorShape() {
        #expect(APIError.invalidRequest("bad").json == json(#"{"type":"error","error":{"type":"invalid_request_error","message":"bad"}}"#))
        #expect(APIError.type(forStatus: 529) == "overloaded_error")
        #expect(APIError.type(forStatus: 429) == "rate_limit_error")
    }
}
