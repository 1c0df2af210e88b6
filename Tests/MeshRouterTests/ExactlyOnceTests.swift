import MeshProtocol
@testable import MeshRouter
import MeshTestSupport
import Testing

/// Random interleavings of calls, answers, cancels, crashes and time; after each run every call
/// whose client is still connected has received exactly one result.
@Suite("Router exactly-once property")
struct ExactlyOnceTests {
    @Test("every call ends in exactly one result", arguments: 0..<20)
    func randomSchedule(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let harness = RouterHarness { $0.maxQueuedCallsPerTool = 8; $0.maxAttempts = 3 }
        var workers: [PeerID] = []
        var outstandingAtWorker: [(worker: PeerID, callID: UInt64)] = []
        let clients = [harness.peer(.client), harness.peer(.client)]
        var liveClients = Set(clients)
        var issued: [PeerID: Set<UInt64>] = [:]
        var results: [PeerID: [UInt64]] = [:]
        var nextCallID: UInt64 = 1

        func record(_ actions: [RouterAction]) {
            for action in actions {
                switch action {
                case let .send(.result(result), to: peer): results[peer, default: []].append(result.callID)
                case let .send(.call(call), to: peer): outstandingAtWorker.append((peer, call.callID))
                case let .close(peer): liveClients.remove(peer)
                default: break
                }
            }
        }

        for step in 0..<400 {
            switch random.next() % 10 {
            case 0, 1:
                if workers.count < 4 {
                    let tools = [tool("t", idempotent: random.next() % 2 == 0, maxConcurrency: UInt32(random.next() % 3))]
                    let (worker, actions) = harness.registerWorker(tools, id: "w\(step)",
                                                                   maxConcurrency: UInt32(1 + random.next() % 3))
                    workers.append(worker)
                    record(actions)
                }
            case 2, 3, 4:
                guard let client = liveClients.randomElement(using: &random) else { break }
                let id = nextCallID
                nextCallID += 1
                issued[client, default: []].insert(id)
                record(harness.deliver(.call(Call(callID: id, tool: "t", deadlineMs: 1 + random.next() % 500,
                                                  idempotent: random.next() % 4 == 0)), from: client))
            case 5, 6:
                guard !outstandingAtWorker.isEmpty else { break }
                let index = Int(random.next() % UInt64(outstandingAtWorker.count))
                let (worker, callID) = outstandingAtWorker.remove(at: index)
                record(harness.deliver(.result(CallResult(callID: callID, code: .ok)), from: worker))
            case 7:
                guard let client = liveClients.randomElement(using: &random),
                      let id = issued[client]?.randomElement(using: &random) else { break }
                record(harness.deliver(.cancel(Cancel(callID: id)), from: client))
            case 8:
                guard !workers.isEmpty, random.next() % 3 == 0 else { break }
                let worker = workers.remove(at: Int(random.next() % UInt64(workers.count)))
                outstandingAtWorker.removeAll { $0.worker == worker }
                record(harness.disconnect(worker))
            default:
                record(harness.advance(random.next() % 200))
            }
        }
        // Let every deadline pass, answering nothing more.
        record(harness.advance(100_000))
        for client in clients where liveClients.contains(client) {
            let received = results[client] ?? []
            #expect(received.count == Set(received).count, "duplicate results for client \(client)")
            #expect(Set(received) == issued[client] ?? [], "missing results for client \(client)")
        }
        #expect(harness.core.pendingCallCount == 0)
    }
}
