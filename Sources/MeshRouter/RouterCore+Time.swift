import MeshProtocol

extension RouterCore {
    /// Lets time pass: handshakes and calls past their deadlines end, silent peers are evicted.
    /// Call it at ``nextWakeup`` (calling it more often is harmless).
    public func advance(to now: UInt64) {
        self.now = max(self.now, now)
        for key in timers.popDue(self.now) {
            switch key {
            case let .handshake(peer):
                if case .handshaking? = peers[peer]?.role {
                    violation(peer, .deadlineExceeded,
                              "no Hello within \(configuration.handshakeTimeoutMs) ms of connecting")
                }
            case let .call(callKey):
                if let call = calls[callKey], call.deadline <= self.now {
                    expire(call)
                }
            case .leaseSweep:
                evictSilentPeers()
                if peers.isEmpty {
                    leaseSweepScheduled = false
                } else {
                    timers.insert(self.now + UInt64(configuration.heartbeatIntervalMs), .leaseSweep)
                }
            }
        }
    }

    /// Deadline entries stay in the heap after their calls end (removal from a heap is
    /// costly), so at high call rates the heap would hold rate x deadline dead entries. Once
    /// they outnumber live ones four to one, they are swept out in one linear pass.
    func compactTimersIfMostlyStale() {
        guard timers.count > 1_024, timers.count > 4 * (calls.count + peers.count + 1) else { return }
        timers.removeAll { key in
            switch key {
            case let .call(callKey): calls[callKey] == nil
            case let .handshake(peer): if case .handshaking? = peers[peer]?.role { false } else { true }
            case .leaseSweep: false
            }
        }
    }

    private func expire(_ call: CallState) {
        let waited = call.queued ? " while waiting for a free worker" : ""
        finish(call, CallResult(callID: call.key.callID, code: .deadlineExceeded,
                                message: "deadline exceeded\(waited)"))
    }

    /// Disconnects every peer that has sent nothing for longer than the lease.
    private func evictSilentPeers() {
        let lease = UInt64(configuration.heartbeatTimeoutMs)
        let silent = peers.filter { _, state in
            if case .handshaking = state.role { return false }
            return now >= state.lastHeard && now - state.lastHeard > lease
        }.keys.sorted()
        for peer in silent {
            violation(peer, .deadlineExceeded, "no frame received for more than \(lease) ms")
        }
    }
}
