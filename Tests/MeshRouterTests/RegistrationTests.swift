import MeshProtocol
@testable import MeshRouter
import Testing

@Suite("Router registration")
struct RegistrationTests {
    @Test("bad tool names are refused, and nothing is registered", arguments: [
        ("get-expenses", "tool name 'get-expenses' must be a Python identifier: ASCII letters, digits and '_', not starting with a digit"),
        ("1st", "tool name '1st' must be a Python identifier: ASCII letters, digits and '_', not starting with a digit"),
        ("lambda", "tool name 'lambda' is a Python keyword"),
        ("", "tool name is empty"),
        (String(repeating: "a", count: 65), "tool name is longer than 64 characters"),
    ])
    func badNames(name: String, message: String) {
        let harness = RouterHarness()
        let worker = harness.peer(.worker)
        let actions = harness.deliver(.register(Register(workerName: "w", workerID: "w1",
                                                         tools: [tool("fine"), tool(name)], maxConcurrency: 1)), from: worker)
        #expect(actions == [.send(.registerAck(RegisterAck(
            code: .invalidArgument, message: "1 of 2 tools refused",
            refusals: [ToolRefusal(tool: name, code: .invalidArgument, message: message)])), to: worker)])
        let listing = harness.deliver(.listToolsRequest(ListToolsRequest(requestID: 1)), from: worker)
        #expect(listing == [.send(.listToolsResponse(ListToolsResponse(requestID: 1)), to: worker)])
    }

    @Test("input schemas that are not JSON, not schemas, or not for objects are refused")
    func badSchema() {
        let harness = RouterHarness()
        let worker = harness.peer(.worker)
        let tools = [tool("a", schema: "[1]"), tool("b", schema: "{"), tool("c", schema: #"{"type":"array"}"#),
                     tool("d", schema: #"{"type":"object","required":"x"}"#), tool("fine", schema: #"{"type":"object"}"#)]
        let actions = harness.deliver(.register(Register(workerName: "w", workerID: "w1", tools: tools,
                                                         maxConcurrency: 1)), from: worker)
        guard case let .send(.registerAck(ack), _)? = actions.first else {
            Issue.record("no RegisterAck")
            return
        }
        #expect(ack.refusals.map(\.tool) == ["a", "b", "c", "d"])
        #expect(ack.refusals.map(\.message) == [
            "input_schema: invalid schema at #: a schema must be an object or a boolean, got array",
            "input_schema is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
            "input_schema must describe a JSON object (its \"type\" excludes \"object\")",
            ack.refusals.last?.message ?? "",
        ])
        #expect(ack.refusals.last?.message.hasPrefix("input_schema: invalid schema at #/required") == true)
    }

    @Test("a second worker must declare the same input schema, whitespace aside")
    func schemaConflict() {
        let harness = RouterHarness()
        _ = harness.worker([tool("lookup", schema: #"{"type": "object"}"#)])
        _ = harness.worker([tool("lookup", schema: #"{"type":"object"}"#)])
        let third = harness.peer(.worker)
        let actions = harness.deliver(.register(Register(workerName: "w", workerID: "w3",
                                                         tools: [tool("lookup", schema: #"{"type":"object","required":["q"]}"#)],
                                                         maxConcurrency: 1)), from: third)
        #expect(actions == [.send(.registerAck(RegisterAck(
            code: .alreadyExists, message: "1 of 1 tools refused",
            refusals: [ToolRefusal(tool: "lookup", code: .alreadyExists,
                                   message: "tool 'lookup' is registered by other workers with a different input schema")])),
                                  to: third)])
    }

    @Test("registering again replaces the tool set")
    func reRegister() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("a"), tool("b")], id: "w1")
        harness.deliver(.register(Register(workerName: "w", workerID: "w1", tools: [tool("b"), tool("c")],
                                           maxConcurrency: 1)), from: worker)
        let listing = harness.deliver(.listToolsRequest(ListToolsRequest(requestID: 2)), from: worker)
        guard case let .send(.listToolsResponse(response), _)? = listing.first else {
            Issue.record("no listing")
            return
        }
        #expect(response.tools.map(\.spec.name) == ["b", "c"])
    }

    @Test("a worker id registering on a new connection replaces the old connection")
    func takeover() {
        let harness = RouterHarness()
        let old = harness.worker([tool("a", idempotent: true)], id: "same")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "a")), from: client)
        let new = harness.peer(.worker)
        let actions = harness.deliver(.register(Register(workerName: "w", workerID: "same", tools: [tool("a", idempotent: true)],
                                                         maxConcurrency: 4)), from: new)
        #expect(actions.contains(.close(old)))
        // The idempotent call of the old connection runs again on the new one.
        #expect(sentCalls(actions).map(\.to) == [new])
        #expect(sentCalls(actions).first?.call.attempt == 2)
    }

    @Test("listing shows tools sorted, with their workers and load")
    func listing() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("zeta"), tool("alpha", maxConcurrency: 2)], id: "w1", maxConcurrency: 8)
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 5, tool: "alpha")), from: client)
        let actions = harness.deliver(.listToolsRequest(ListToolsRequest(requestID: 9, names: ["alpha", "nope"])), from: client)
        #expect(actions == [.send(.listToolsResponse(ListToolsResponse(requestID: 9, tools: [ToolInfo(
            spec: tool("alpha", maxConcurrency: 2),
            workers: [WorkerInfo(workerID: "w1", workerName: "w", inFlight: 1, maxConcurrency: 2,
                                 address: "127.0.0.1:\(40_000 + worker.rawValue)")])])), to: client)])
    }
}
