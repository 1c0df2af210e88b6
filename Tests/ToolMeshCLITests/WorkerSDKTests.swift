import Foundation
import MeshClient
import MeshProtocol
import MeshTransport
import MeshWorker
import Testing

private struct Sum: Decodable, Sendable {
    var a: Double
    var b: Double
}

private struct Total: Encodable {
    var total: Double
    var attempt: UInt32
}

@Suite("MeshWorker SDK in process", .serialized)
struct WorkerSDKTests {
    @Test("typed handlers decode arguments, encode results, and refuse what does not decode")
    func typedHandler() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let tool = MeshWorker.Tool(ToolSpec(name: "add", inputSchema: Array(#"{"type":"object"}"#.utf8)),
                                   typed: { (input: Sum, call: ToolCall) in
                                       Total(total: input.a + input.b, attempt: call.attempt)
                                   })
        let worker = try MeshWorker(options: MeshWorker.Options(address: router.address, workerName: "math",
                                                                workerID: "math-1"),
                                    tools: [tool])
        let serving = Task { await worker.run() }
        defer {
            worker.stop()
            serving.cancel()
        }
        let client = try await MeshClient.connect(MeshClient.Options(address: router.address))
        defer { client.close() }
        #expect(try await waitForWorkers(client, tool: "add", count: 1))

        let output = try await client.call("add", arguments: Array(#"{"a": 2, "b": 0.5}"#.utf8))
        let decoded = try JSONSerialization.jsonObject(with: Data(output.result)) as? [String: Any]
        #expect(decoded?["total"] as? Double == 2.5)
        #expect(decoded?["attempt"] as? Int == 1)

        await #expect(throws: MeshError(code: .invalidArgument, message: "arguments do not match Sum: /: missing property 'b'")) {
            try await client.call("add", arguments: Array(#"{"a": 2}"#.utf8))
        }
        await #expect(throws: MeshError(code: .invalidArgument, message: "arguments do not match Sum: /a: expected Double")) {
            try await client.call("add", arguments: Array(#"{"a": "two", "b": 1}"#.utf8))
        }
    }
}
