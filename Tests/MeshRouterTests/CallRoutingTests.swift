import MeshProtocol
@testable import MeshRouter
import Testing

@Suite("Router call routing")
struct CallRoutingTests {
    @Test("a call goes to the worker under the router's id and comes back under the client's")
    func roundTrip() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("echo")], id: "w1")
        let client = harness.peer(.client)
        let out = harness.deliver(.call(Call(callID: 77, tool: "echo", arguments: Array("{}".utf8), deadlineMs: 5_000,
                                             metadata: ["trace": "t1"])), from: client)
        #expect(out == [.send(.call(Call(callID: 1, tool: "echo", arguments: Array("{}".utf8), deadlineMs: 5_000,
                                         metadata: ["trace": "t1"], attempt: 1)), to: worker)])
        harness.now += 20
        let back = harness.deliver(.result(CallResult(callID: 1, code: .ok, result: Array("42".utf8))), from: worker)
        #expect(back == [.send(.result(CallResult(callID: 77, code: .ok, result: Array("42".utf8),
                                                  workerID: "w1", attempts: 1)), to: client)])
        #expect(harness.core.pendingCallCount == 0)
    }

    @Test("an unknown tool is NOT_FOUND with close names suggested")
    func unknownTool() {
        let harness = RouterHarness()
        _ = harness.worker([tool("get_expenses"), tool("get_team_members")])
        let client = harness.peer(.client)
        let actions = harness.deliver(.call(Call(callID: 1, tool: "get_expense")), from: client)
        #expect(sentResults(actions).map(\.result) == [CallResult(
            callID: 1, code: .notFound, message: "unknown tool 'get_expense'; did you mean 'get_expenses'?")])
    }

    @Test("calls spread evenly over three workers")
    func balancing() {
        let harness = RouterHarness()
        let workers = (1...3).map { harness.worker([tool("t")], id: "w\($0)") }
        let client = harness.peer(.client)
        var perWorker: [PeerID: Int] = [:]
        for id in 1...30 {
            for (peer, _) in sentCalls(harness.deliver(.call(Call(callID: UInt64(id), tool: "t")), from: client)) {
                perWorker[peer, default: 0] += 1
            }
        }
        #expect(workers.map { perWorker[$0] ?? 0 } == [10, 10, 10])
    }

    @Test("the least busy worker is chosen")
    func leastOutstanding() {
        let harness = RouterHarness()
        let busy = harness.worker([tool("t")], id: "busy")
        let idle = harness.worker([tool("t")], id: "idle")
        let client = harness.peer(.client)
        let first = sentCalls(harness.deliver(.call(Call(callID: 1, tool: "t")), from: client))
        let second = sentCalls(harness.deliver(.call(Call(callID: 2, tool: "t")), from: client))
        #expect(Set([first.first?.to, second.first?.to]) == Set([busy, idle]))
        // The worker that answers first is idle again and gets the next call.
        guard let answered = first.first else { return }
        harness.deliver(.result(CallResult(callID: answered.call.callID, code: .ok)), from: answered.to)
        let third = sentCalls(harness.deliver(.call(Call(callID: 3, tool: "t")), from: client))
        #expect(third.first?.to == answered.to)
    }

    @Test("concurrency limits queue calls in order; a full queue is RESOURCE_EXHAUSTED")
    func queueing() {
        let harness = RouterHarness { $0.maxQueuedCallsPerTool = 2 }
        let worker = harness.worker([tool("t", maxConcurrency: 1)], id: "w1", maxConcurrency: 4)
        let client = harness.peer(.client)
        #expect(sentCalls(harness.deliver(.call(Call(callID: 1, tool: "t")), from: client)).count == 1)
        #expect(harness.deliver(.call(Call(callID: 2, tool: "t")), from: client).isEmpty)
        #expect(harness.deliver(.call(Call(callID: 3, tool: "t")), from: client).isEmpty)
        let rejected = sentResults(harness.deliver(.call(Call(callID: 4, tool: "t")), from: client))
        #expect(rejected.map(\.result.code) == [.resourceExhausted])
        #expect(rejected.first?.result.message == "queue of tool 't' is full (2 calls waiting)")
        // Each answer lets the oldest waiting call through.
        let next = harness.deliver(.result(CallResult(callID: 1, code: .ok)), from: worker)
        #expect(sentResults(next).map(\.result.callID) == [1])
        #expect(sentCalls(next).map(\.call.callID) == [2])
    }

    @Test("a deadline ends the call, cancels it at the worker, and the late result is dropped")
    func deadline() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("slow", maxConcurrency: 1)], id: "w1")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "slow", deadlineMs: 100)), from: client)
        #expect(harness.deliver(.call(Call(callID: 2, tool: "slow", deadlineMs: 10_000)), from: client).isEmpty)
        #expect(harness.advance(99).isEmpty)
        let expired = harness.advance(1)
        #expect(expired == [
            .send(.cancel(Cancel(callID: 1, reason: "deadline exceeded")), to: worker),
            .send(.result(CallResult(callID: 1, code: .deadlineExceeded, message: "deadline exceeded",
                                     workerID: "w1", attempts: 1)), to: client),
        ])
        // The slot stays taken until the worker answers; then the queued call goes out.
        let late = harness.deliver(.result(CallResult(callID: 1, code: .cancelled)), from: worker)
        #expect(sentResults(late).isEmpty)
        #expect(sentCalls(late).map(\.call.callID) == [2])
    }

    @Test("a queued call that times out says so")
    func deadlineInQueue() {
        let harness = RouterHarness()
        _ = harness.worker([tool("t", maxConcurrency: 1)])
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "t", deadlineMs: 1_000)), from: client)
        harness.deliver(.call(Call(callID: 2, tool: "t", deadlineMs: 50)), from: client)
        let expired = sentResults(harness.advance(50))
        #expect(expired.map(\.result) == [CallResult(callID: 2, code: .deadlineExceeded,
                                                     message: "deadline exceeded while waiting for a free worker")])
    }

    @Test("a client cancel answers CANCELLED and cancels at the worker")
    func cancel() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("t")], id: "w1")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 9, tool: "t")), from: client)
        let actions = harness.deliver(.cancel(Cancel(callID: 9)), from: client)
        #expect(actions == [
            .send(.cancel(Cancel(callID: 1, reason: "cancelled by the client")), to: worker),
            .send(.result(CallResult(callID: 9, code: .cancelled, message: "cancelled by the client",
                                     workerID: "w1", attempts: 1)), to: client),
        ])
        #expect(harness.deliver(.cancel(Cancel(callID: 9)), from: client).isEmpty)
    }

    @Test("when a worker dies, idempotent calls move to another worker and others are UNAVAILABLE")
    func failover() {
        let harness = RouterHarness()
        let doomed = harness.worker([tool("read", idempotent: true), tool("write")], id: "doomed")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "read")), from: client)
        harness.deliver(.call(Call(callID: 2, tool: "write")), from: client)
        harness.deliver(.call(Call(callID: 3, tool: "write", idempotent: true)), from: client)
        let survivor = harness.worker([tool("read", idempotent: true), tool("write")], id: "survivor")
        let actions = harness.disconnect(doomed)
        let retried = sentCalls(actions)
        #expect(retried.map(\.to) == [survivor, survivor])
        #expect(Set(retried.map(\.call.tool)) == ["read", "write"])
        #expect(retried.allSatisfy { $0.call.attempt == 2 })
        let failed = sentResults(actions).map(\.result)
        #expect(failed.map(\.callID) == [2])
        #expect(failed.first?.code == .unavailable)
        #expect(failed.first?.message == "worker doomed was lost while running the call; it may or may not have taken effect")
    }

    @Test("a client that disconnects has its calls cancelled at the workers")
    func clientGone() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("t")], id: "w1")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "t")), from: client)
        #expect(harness.disconnect(client) == [.send(.cancel(Cancel(callID: 1, reason: "client disconnected")), to: worker)])
        #expect(harness.core.pendingCallCount == 0)
    }

    @Test("a draining worker gets no new calls; with all workers draining, calls are UNAVAILABLE")
    func drain() {
        let harness = RouterHarness()
        let first = harness.worker([tool("t")], id: "a")
        let second = harness.worker([tool("t")], id: "b")
        let client = harness.peer(.client)
        harness.deliver(.drain(Drain(reason: "deploy")), from: first)
        for id in 1...4 {
            #expect(sentCalls(harness.deliver(.call(Call(callID: UInt64(id), tool: "t")), from: client)).map(\.to) == [second])
        }
        harness.deliver(.drain(Drain()), from: second)
        let refused = sentResults(harness.deliver(.call(Call(callID: 5, tool: "t")), from: client))
        #expect(refused.map(\.result.code) == [.unavailable])
    }

    @Test("call id 0 and reused ids are protocol violations")
    func badCallIDs() {
        let harness = RouterHarness()
        _ = harness.worker([tool("t")])
        let client = harness.peer(.client)
        #expect(harness.deliver(.call(Call(callID: 0, tool: "t")), from: client).last == .close(client))
        let other = harness.peer(.client)
        harness.deliver(.call(Call(callID: 4, tool: "t")), from: other)
        let actions = harness.deliver(.call(Call(callID: 4, tool: "t")), from: other)
        #expect(actions.contains(.close(other)))
        // Its first call 4 is cancelled at the worker, as for any client that goes away.
        #expect(actions.contains { if case .send(.cancel, _) = $0 { return true } else { return false } })
    }
}

@Suite("Router shutdown")
struct RouterDrainTests {
    @Test("draining tells every peer, refuses new calls, and lets calls in flight finish")
    func drain() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("t", maxConcurrency: 1)], id: "w1")
        let client = harness.peer(.client)
        harness.deliver(.call(Call(callID: 1, tool: "t")), from: client)
        harness.deliver(.call(Call(callID: 2, tool: "t")), from: client)  // queued
        harness.core.beginDrain(graceMs: 3_000, now: harness.now)
        let actions = harness.core.takeActions()
        let drained = actions.compactMap { action -> PeerID? in
            if case let .send(.drain(drain), to: peer) = action, drain.graceMs == 3_000 { return peer }
            return nil
        }
        #expect(Set(drained) == [worker, client])
        #expect(sentResults(actions).map(\.result) == [CallResult(callID: 2, code: .unavailable,
                                                                  message: "router is shutting down")])
        #expect(sentResults(harness.deliver(.call(Call(callID: 3, tool: "t")), from: client)).map(\.result.code)
                == [.unavailable])
        #expect(harness.core.pendingCallCount == 1)
        let done = harness.deliver(.result(CallResult(callID: 1, code: .ok)), from: worker)
        #expect(sentResults(done).map(\.result.code) == [.ok])
        #expect(harness.core.pendingCallCount == 0)
    }
}

@Suite("Router argument validation")
struct ArgumentValidationTests {
    static let schema = #"{"type":"object","properties":{"employee_id":{"type":"string"},"quarter":{"enum":["Q1","Q2","Q3","Q4"]}},"required":["employee_id"],"additionalProperties":false}"#

    @Test("arguments that break the input schema are refused before any worker sees them", arguments: [
        (#"{"employee_id": 17}"#, "/employee_id: expected string, got integer"),
        (#"{"quarter": "Q3"}"#, "/: missing required property 'employee_id'"),
        (#"{"employee_id": "e", "quarter": "Q5"}"#, #"/quarter: must be one of "Q1", "Q2", "Q3", "Q4""#),
        (#"{"employee_id": "e", "extra": 1}"#, "/: unexpected property 'extra'"),
        ("[1, 2]", "arguments must be a JSON object, got array"),
        (#"{"employee_id": "e",}"#, "arguments are not valid JSON: Expecting property name enclosed in double quotes: line 1 column 21 (char 20)"),
    ])
    func refused(arguments: String, message: String) {
        let harness = RouterHarness()
        _ = harness.worker([tool("get_expenses", schema: Self.schema)], id: "w1")
        let client = harness.peer(.client)
        let actions = harness.deliver(.call(Call(callID: 1, tool: "get_expenses", arguments: Array(arguments.utf8))),
                                      from: client)
        #expect(sentCalls(actions).isEmpty)
        #expect(sentResults(actions).map(\.result) == [CallResult(callID: 1, code: .invalidArgument, message: message)])
    }

    @Test("valid arguments pass through byte for byte")
    func accepted() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("get_expenses", schema: Self.schema)], id: "w1")
        let client = harness.peer(.client)
        let arguments = Array(#"{ "quarter" : "Q3", "employee_id": "e-17" }"#.utf8)
        let actions = harness.deliver(.call(Call(callID: 1, tool: "get_expenses", arguments: arguments)), from: client)
        #expect(sentCalls(actions).map(\.to) == [worker])
        #expect(sentCalls(actions).first?.call.arguments == arguments)
    }
}

@Suite("Router memory under sustained load")
struct TimerCompactionTests {
    @Test("deadline entries of finished calls do not pile up")
    func finishedCallsAreSwept() {
        let harness = RouterHarness()
        let worker = harness.worker([tool("t")], id: "w1")
        let client = harness.peer(.client)
        for id in 1...50_000 {
            harness.deliver(.call(Call(callID: UInt64(id), tool: "t", deadlineMs: 60_000)), from: client)
            harness.deliver(.result(CallResult(callID: UInt64(id), code: .ok)), from: worker)
        }
        #expect(harness.core.pendingCallCount == 0)
        #expect(harness.core.timers.count <= 1_100)
    }

    @Test("the heap still orders what it keeps")
    func heapOrderAfterCompaction() {
        var heap = DeadlineHeap<Int>()
        for value in (0..<2_000).shuffled() { heap.insert(UInt64(value), value) }
        heap.removeAll { $0 % 3 == 0 }
        #expect(heap.popDue(.max) == (0..<2_000).filter { $0 % 3 != 0 })
    }
}
