import MeshProtocol

extension RouterCore {
    /// Checks version, peer kind and token, in that order (docs/protocol.md, section 3).
    func handleHello(_ hello: Hello, from peer: PeerID, state: PeerState) {
        guard hello.protocolVersion == meshProtocolVersion else {
            violation(peer, .failedPrecondition,
                      "protocol version \(hello.protocolVersion) is not supported; this router speaks \(meshProtocolVersion)")
            return
        }
        guard hello.peerKind != .unspecified else {
            violation(peer, .invalidArgument, "Hello.peer_kind must be PEER_KIND_WORKER or PEER_KIND_CLIENT")
            return
        }
        if let token = configuration.token, !constantTimeEqual(Array(token.utf8), Array(hello.token.utf8)) {
            violation(peer, .unauthenticated, hello.token.isEmpty ? "missing token" : "invalid token")
            return
        }
        state.name = hello.peerName
        state.role = hello.peerKind == .worker ? .worker(WorkerState()) : .client(ClientState())
        send(.welcome(Welcome(
            routerID: configuration.routerID,
            heartbeatIntervalMs: configuration.heartbeatIntervalMs,
            heartbeatTimeoutMs: configuration.heartbeatTimeoutMs,
            maxFrameBytes: UInt32(clamping: configuration.frameLimits.maxFrameBytes)
        )), to: peer)
    }

    /// Compares secrets without an early exit, so timing does not reveal a matching prefix.
    func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0 && a.count == b.count
    }

    /// Removes a peer and settles everything it was part of: a client's calls are cancelled
    /// at their workers; a worker's tools lose it and its calls fail over.
    func forget(_ peer: PeerID) {
        guard let state = peers.removeValue(forKey: peer) else { return }
        switch state.role {
        case .handshaking:
            break
        case let .client(client):
            for callID in client.outstanding.sorted() {
                if let call = calls.removeValue(forKey: CallKey(client: peer, callID: callID)) {
                    abandon(call, reason: "client disconnected")
                }
            }
        case let .worker(worker):
            if worker.registered {
                record(.workerLeft(peer: peer, workerID: worker.workerID, inFlight: worker.outstanding.count))
            }
            unregisterTools(of: peer, worker: worker, keeping: [])
            for (_, sent) in worker.outstanding.sorted(by: { $0.key < $1.key }) {
                guard let call = calls[sent.key], call.assignment?.worker == peer else { continue }
                failOver(call, lostWorker: worker)
            }
        }
    }
}
