import MeshProtocol

extension RouterCore {
    /// A client's call: checked, then dispatched or queued (docs/protocol.md, section 5).
    func handleCall(_ call: Call, from client: PeerID) {
        let key = CallKey(client: client, callID: call.callID)
        guard call.callID != 0 else {
            violation(client, .invalidArgument, "Call.call_id must not be 0")
            return
        }
        guard calls[key] == nil else {
            violation(client, .invalidArgument, "Call.call_id \(call.callID) is already in use on this connection")
            return
        }
        guard !isDraining else {
            reply(to: key, CallResult(callID: call.callID, code: .unavailable, message: "router is shutting down"),
                  tool: call.tool, arrivedAt: now)
            return
        }
        guard let entry = tools[call.tool], !entry.workers.isEmpty else {
            reply(to: key, CallResult(callID: call.callID, code: .notFound, message: unknownToolMessage(call.tool)),
                  tool: call.tool, arrivedAt: now)
            return
        }
        // Bad arguments never reach tool code, whatever language the worker is written in.
        if let problem = entry.schema.problem(with: call.arguments) {
            reply(to: key, CallResult(callID: call.callID, code: .invalidArgument, message: problem),
                  tool: call.tool, arrivedAt: now)
            return
        }
        let timeout = call.deadlineMs > 0
            ? call.deadlineMs
            : (entry.spec.defaultDeadlineMs > 0 ? entry.spec.defaultDeadlineMs : configuration.defaultDeadlineMs)
        let (deadline, overflow) = now.addingReportingOverflow(timeout)
        let state = CallState(key: key, call: call, idempotent: call.idempotent || entry.spec.idempotent,
                              deadline: overflow ? .max : deadline)
        state.arrivedAt = now
        calls[key] = state
        if case let .client(state)? = peers[client]?.role {
            state.outstanding.insert(call.callID)
        }
        timers.insert(state.deadline, .call(key))
        compactTimersIfMostlyStale()
        dispatchOrQueue(state, entry: entry)
    }

    /// Cancels a call for its client; unknown ids are ignored (they may cross the result).
    func handleCancel(_ key: CallKey) {
        guard let call = calls[key] else { return }
        finish(call, CallResult(callID: key.callID, code: .cancelled, message: "cancelled by the client"))
    }

    /// A worker's answer: forwarded if the client still waits; the worker's slot is freed.
    func handleResult(_ result: CallResult, from peer: PeerID, worker: WorkerState) {
        guard let sent = worker.outstanding.removeValue(forKey: result.callID) else { return }
        releaseSlot(of: worker, tool: sent.tool)
        if let call = calls[sent.key], let assignment = call.assignment,
           assignment.worker == peer, assignment.callID == result.callID {
            var forwarded = result
            forwarded.callID = sent.key.callID
            finish(call, forwarded)
        }
        // The freed slot may admit a waiting call of any of the worker's tools.
        let waiting = worker.tools.keys.filter { (tools[$0]?.waiting ?? 0) > 0 }
        for name in waiting.sorted() {
            pumpQueue(of: name)
        }
    }

    /// Sends the call to the least busy eligible worker, or queues it.
    func dispatchOrQueue(_ call: CallState, entry: ToolEntry) {
        if let worker = pickWorker(for: call.tool, entry: entry) {
            dispatch(call, to: worker)
            return
        }
        let serving = entry.workers.contains { peers[$0]?.workerState?.draining == false }
        guard serving else {
            finish(call, CallResult(callID: call.key.callID, code: .unavailable,
                                    message: "all workers of tool '\(call.tool)' are draining"))
            return
        }
        guard entry.waiting < configuration.maxQueuedCallsPerTool else {
            finish(call, CallResult(callID: call.key.callID, code: .resourceExhausted,
                                    message: "queue of tool '\(call.tool)' is full (\(entry.waiting) calls waiting)"))
            return
        }
        call.queued = true
        entry.waiting += 1
        entry.queue.append(call.key)
    }

    /// Fewest outstanding calls wins; ties go round robin.
    func pickWorker(for tool: String, entry: ToolEntry) -> PeerID? {
        var best: (peer: PeerID, load: Int)?
        let count = entry.workers.count
        guard count > 0 else { return nil }
        for offset in 0..<count {
            let peer = entry.workers[(entry.nextPick + offset) % count]
            guard let worker = peers[peer]?.workerState, worker.canTake(tool) else { continue }
            if best == nil || worker.outstanding.count < best?.load ?? .max {
                best = (peer, worker.outstanding.count)
            }
        }
        if best != nil {
            entry.nextPick = (entry.nextPick + 1) % count
        }
        return best?.peer
    }

    func dispatch(_ call: CallState, to peer: PeerID) {
        guard let worker = peers[peer]?.workerState else { return }
        let callID = worker.nextCallID
        worker.nextCallID += 1
        worker.outstanding[callID] = WorkerCall(key: call.key, tool: call.tool)
        worker.outstandingByTool[call.tool, default: 0] += 1
        call.attempts += 1
        call.assignment = (peer, callID)
        call.lastWorkerID = worker.workerID
        send(.call(Call(
            callID: callID,
            tool: call.tool,
            arguments: call.arguments,
            deadlineMs: call.deadline == .max ? 0 : max(1, call.deadline &- now),
            metadata: call.metadata,
            idempotent: call.idempotent,
            attempt: call.attempts
        )), to: peer)
    }

    /// Dispatches queued calls of `name` while workers have room.
    func pumpQueue(of name: String) {
        guard let entry = tools[name] else { return }
        while entry.queueHead < entry.queue.count {
            let key = entry.queue[entry.queueHead]
            guard let call = calls[key], call.queued else {
                entry.queueHead += 1
                continue
            }
            guard let worker = pickWorker(for: name, entry: entry) else { break }
            entry.queueHead += 1
            call.queued = false
            entry.waiting -= 1
            dispatch(call, to: worker)
        }
        if entry.queueHead > 64 && entry.queueHead * 2 > entry.queue.count {
            entry.queue.removeFirst(entry.queueHead)
            entry.queueHead = 0
        }
    }

    /// Ends every waiting call of `entry` with `code`.
    func failQueue(of entry: ToolEntry, code: StatusCode, message: String) {
        for key in entry.queue[entry.queueHead...] {
            guard let call = calls[key], call.queued else { continue }
            finish(call, CallResult(callID: key.callID, code: code, message: message))
        }
        entry.queue.removeAll()
        entry.queueHead = 0
        entry.waiting = 0
    }

    /// Retries an idempotent call elsewhere after its worker was lost, or ends it UNAVAILABLE.
    func failOver(_ call: CallState, lostWorker: WorkerState) {
        call.assignment = nil
        let who = lostWorker.workerID.isEmpty ? "a worker" : "worker \(lostWorker.workerID)"
        guard call.idempotent else {
            finish(call, CallResult(callID: call.key.callID, code: .unavailable,
                                    message: "\(who) was lost while running the call; it may or may not have taken effect"))
            return
        }
        guard call.attempts < configuration.maxAttempts, call.deadline > now,
              let entry = tools[call.tool], !entry.workers.isEmpty else {
            finish(call, CallResult(callID: call.key.callID, code: .unavailable,
                                    message: "\(who) was lost while running the call and no retry is possible"))
            return
        }
        dispatchOrQueue(call, entry: entry)
    }

    /// Sends the call's one result to its client and forgets the call. A worker still running
    /// it (one that has not answered) is told to cancel; its slot stays taken until it answers.
    func finish(_ call: CallState, _ result: CallResult) {
        guard calls.removeValue(forKey: call.key) != nil else { return }
        if let assignment = call.assignment {
            cancelAtWorker(assignment, reason: result.message)
        }
        dequeue(call)
        var result = result
        result.callID = call.key.callID
        result.workerID = call.lastWorkerID
        result.attempts = call.attempts
        reply(to: call.key, result, tool: call.tool, arrivedAt: call.arrivedAt)
    }

    /// Forgets a call whose client has gone, cancelling it at its worker.
    func abandon(_ call: CallState, reason: String) {
        if let assignment = call.assignment {
            cancelAtWorker(assignment, reason: reason)
        }
        dequeue(call)
    }

    private func dequeue(_ call: CallState) {
        if call.queued, let entry = tools[call.tool] {
            call.queued = false
            entry.waiting -= 1
        }
    }

    private func cancelAtWorker(_ assignment: (worker: PeerID, callID: UInt64), reason: String) {
        guard let worker = peers[assignment.worker]?.workerState,
              worker.outstanding[assignment.callID] != nil else { return }
        send(.cancel(Cancel(callID: assignment.callID, reason: reason)), to: assignment.worker)
    }

    private func reply(to key: CallKey, _ result: CallResult, tool: String, arrivedAt: UInt64) {
        if case let .client(state)? = peers[key.client]?.role {
            state.outstanding.remove(key.callID)
        }
        send(.result(result), to: key.client)
        record(.callFinished(CallSummary(client: key.client, callID: key.callID, tool: tool, code: result.code,
                                         message: result.message, workerID: result.workerID,
                                         attempts: result.attempts, durationMs: now >= arrivedAt ? now - arrivedAt : 0)))
    }

    private func releaseSlot(of worker: WorkerState, tool: String) {
        guard let count = worker.outstandingByTool[tool] else { return }
        worker.outstandingByTool[tool] = count > 1 ? count - 1 : nil
    }

    func unknownToolMessage(_ name: String) -> String {
        let suggestions = ToolNames.suggestions(for: name, among: tools.keys)
        if suggestions.isEmpty {
            return tools.isEmpty ? "unknown tool '\(name)': no tools are registered" : "unknown tool '\(name)'"
        }
        return "unknown tool '\(name)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
