import MeshProtocol

extension RouterCore {
    /// Registers a worker's whole tool set, or nothing (docs/protocol.md, section 4).
    func handleRegister(_ register: Register, from peer: PeerID, worker: WorkerState) {
        let (schemas, refusals) = check(register, from: peer)
        guard refusals.isEmpty else {
            send(.registerAck(RegisterAck(
                code: refusals[0].code,
                message: "\(refusals.count) of \(register.tools.count) tools refused",
                refusals: refusals
            )), to: peer)
            return
        }
        let newNames = Set(register.tools.map(\.name))
        unregisterTools(of: peer, worker: worker, keeping: newNames)
        worker.workerID = register.workerID
        worker.workerName = register.workerName
        worker.maxConcurrency = max(1, Int(register.maxConcurrency))
        worker.tools = Dictionary(register.tools.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        worker.registered = true
        for spec in register.tools {
            guard let schema = schemas[spec.name] else { continue }
            let entry = tools[spec.name] ?? ToolEntry(spec: spec, schema: schema)
            tools[spec.name] = entry
            if !entry.workers.contains(peer) {
                entry.workers.append(peer)
            }
        }
        send(.registerAck(RegisterAck(code: .ok)), to: peer)
        record(.workerRegistered(peer: peer, workerID: register.workerID, workerName: register.workerName,
                                 tools: register.tools.map(\.name)))
        // A worker that reconnected replaces its old connection; registering first lets the old
        // connection's idempotent calls fail over onto the new one.
        if !register.workerID.isEmpty,
           let oldPeer = peers.first(where: { other in
               other.key != peer && other.value.workerState?.workerID == register.workerID
           })?.key {
            send(.protocolError(ProtocolError(code: .aborted,
                                              message: "worker \(register.workerID) registered on a new connection")),
                 to: oldPeer)
            actions.append(.close(oldPeer))
            forget(oldPeer)
        }
        for name in newNames.sorted() {
            pumpQueue(of: name)
        }
    }

    /// The compiled input schema of each tool of `register`, and why each tool that cannot be
    /// registered is refused (empty when all can).
    func check(_ register: Register, from peer: PeerID) -> (schemas: [String: ToolSchema], refusals: [ToolRefusal]) {
        var schemas: [String: ToolSchema] = [:]
        var refusals: [ToolRefusal] = []
        for spec in register.tools {
            func refuse(_ code: StatusCode, _ message: String) {
                refusals.append(ToolRefusal(tool: spec.name, code: code, message: message))
            }
            if let problem = ToolNames.problem(with: spec.name) {
                refuse(.invalidArgument, problem)
                continue
            }
            guard schemas[spec.name] == nil else {
                refuse(.invalidArgument, "tool '\(spec.name)' is declared twice")
                continue
            }
            switch ToolSchema.compile(spec.inputSchema) {
            case let .failure(reason):
                refuse(.invalidArgument, reason.message)
            case let .success(schema):
                if let entry = tools[spec.name], entry.workers.contains(where: { $0 != peer }),
                   entry.schema.canonical != schema.canonical {
                    refuse(.alreadyExists, "tool '\(spec.name)' is registered by other workers with a different input schema")
                }
                schemas[spec.name] = schema
            }
        }
        return (schemas, refusals)
    }

    /// Takes `peer` off every tool it served except `keeping`; a tool left without workers is
    /// removed and its waiting calls end UNAVAILABLE.
    func unregisterTools(of peer: PeerID, worker: WorkerState, keeping: Set<String>) {
        for name in worker.tools.keys.sorted() where !keeping.contains(name) {
            guard let entry = tools[name] else { continue }
            entry.workers.removeAll { $0 == peer }
            if entry.workers.isEmpty {
                tools[name] = nil
                failQueue(of: entry, code: .unavailable, message: "no worker serves tool '\(name)' any more")
            } else if entry.spec == worker.tools[name] {
                // Keep the declaration of a worker that still serves the tool.
                if let next = entry.workers.first, let spec = peers[next]?.workerState?.tools[name] {
                    entry.spec = spec
                }
            }
        }
    }

    /// Stops routing new calls to the worker; its outstanding calls finish normally.
    func handleDrain(from peer: PeerID, worker: WorkerState) {
        worker.draining = true
        for name in worker.tools.keys.sorted() {
            guard let entry = tools[name] else { continue }
            let serving = entry.workers.contains { peers[$0]?.workerState?.draining == false }
            if !serving {
                failQueue(of: entry, code: .unavailable, message: "all workers of tool '\(name)' are draining")
            }
        }
    }

    /// The tools the mesh offers, sorted by name (docs/protocol.md, section 7).
    func listTools(_ request: ListToolsRequest) -> ListToolsResponse {
        let wanted = request.names.isEmpty ? nil : Set(request.names)
        let infos = tools.keys.sorted().compactMap { name -> ToolInfo? in
            guard wanted?.contains(name) ?? true, let entry = tools[name] else { return nil }
            let workers = entry.workers.compactMap { peer -> WorkerInfo? in
                guard let state = peers[peer], let worker = state.workerState else { return nil }
                let toolLimit = Int(worker.tools[name]?.maxConcurrency ?? 0)
                return WorkerInfo(
                    workerID: worker.workerID,
                    workerName: worker.workerName,
                    inFlight: UInt32(clamping: worker.outstandingByTool[name, default: 0]),
                    maxConcurrency: UInt32(clamping: toolLimit == 0 ? worker.maxConcurrency : min(toolLimit, worker.maxConcurrency)),
                    draining: worker.draining,
                    address: state.address
                )
            }
            return ToolInfo(spec: entry.spec, workers: workers)
        }
        return ListToolsResponse(requestID: request.requestID, tools: infos)
    }
}

extension PeerState {
    var workerState: WorkerState? {
        if case let .worker(worker) = role { return worker }
        return nil
    }
}
