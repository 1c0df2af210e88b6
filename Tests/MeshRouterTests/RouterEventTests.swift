import MeshProtocol
import MeshRouter
import Testing

@Suite("Router events for structured logs")
struct RouterEventTests {
    @Test("registration, each finished call and a worker's departure are recorded with their facts")
    func events() {
        let harness = RouterHarness()
        harness.core.recordsEvents = true
        let worker = harness.worker([tool("echo")], id: "w1")
        let client = harness.peer(.client)
        _ = harness.deliver(.call(Call(callID: 7, tool: "echo", arguments: Array("{}".utf8), deadlineMs: 5_000)), from: client)
        harness.now += 25
        _ = harness.deliver(.result(CallResult(callID: 1, code: .ok, result: Array("1".utf8))), from: worker)
        _ = harness.deliver(.call(Call(callID: 8, tool: "ech")), from: client)
        _ = harness.deliver(.call(Call(callID: 9, tool: "echo", arguments: Array("{}".utf8), deadlineMs: 5_000)), from: client)
        _ = harness.disconnect(worker)
        #expect(harness.core.takeEvents() == [
            .workerRegistered(peer: worker, workerID: "w1", workerName: "w", tools: ["echo"]),
            .callFinished(CallSummary(client: client, callID: 7, tool: "echo", code: .ok, message: "", workerID: "w1",
                                      attempts: 1, durationMs: 25)),
            .callFinished(CallSummary(client: client, callID: 8, tool: "ech", code: .notFound,
                                      message: "unknown tool 'ech'; did you mean 'echo'?", workerID: "",
                                      attempts: 0, durationMs: 0)),
            .workerLeft(peer: worker, workerID: "w1", inFlight: 1),
            .callFinished(CallSummary(client: client, callID: 9, tool: "echo", code: .unavailable,
                                      message: "worker w1 was lost while running the call; it may or may not have taken effect",
                                      workerID: "w1", attempts: 1, durationMs: 0)),
        ])
        #expect(harness.core.takeEvents().isEmpty)
    }

    @Test("nothing is recorded unless asked for")
    func offByDefault() {
        let harness = RouterHarness()
        _ = harness.worker([tool("echo")])
        #expect(harness.core.takeEvents().isEmpty)
    }
}
