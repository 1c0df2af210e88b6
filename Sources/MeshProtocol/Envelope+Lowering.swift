import CProtobufC
import MeshWireC

// Swift values -> protobuf-c structs ("lowering"), built in a WireArena for one pack call.
// Field names in errors follow mesh.proto ("Call.tool") so peers can find them.

extension WireArena {
    /// A protobuf-c repeated field of pointers (messages or strings): the count and an array of
    /// lowered elements.
    func repeated<Element, C>(
        _ elements: [Element],
        _ lower: (Element, WireArena) throws(FrameError) -> UnsafeMutablePointer<C>
    ) throws(FrameError) -> (count: Int, items: UnsafeMutablePointer<UnsafeMutablePointer<C>?>?) {
        guard !elements.isEmpty else { return (0, nil) }
        let items = pointers(to: C.self, count: elements.count)
        for (index, element) in elements.enumerated() {
            items[index] = try lower(element, self)
        }
        return (elements.count, items)
    }

    func metadata(_ metadata: Metadata, field: StaticString) throws(FrameError)
        -> (count: Int, items: UnsafeMutablePointer<UnsafeMutablePointer<Toolmesh__V1__MetadataEntry>?>?)
    {
        try repeated(metadata.entries) { (entry, arena) throws(FrameError) in
            let c = arena.make(Toolmesh__V1__MetadataEntry.self)
            toolmesh__v1__metadata_entry__init(c)
            c.pointee.key = try arena.cString(entry.key, field: field)
            c.pointee.value = try arena.cString(entry.value, field: field)
            return c
        }
    }
}

func wireStatus(_ code: StatusCode) -> Toolmesh__V1__StatusCode {
    Toolmesh__V1__StatusCode(rawValue: UInt32(code.rawValue))
}

extension Envelope {
    /// Builds the C `Envelope` for this value in `arena`.
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Envelope> {
        let c = arena.make(Toolmesh__V1__Envelope.self)
        toolmesh__v1__envelope__init(c)
        switch self {
        case let .hello(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_HELLO
            c.pointee.hello = try message.lower(in: arena)
        case let .welcome(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_WELCOME
            c.pointee.welcome = try message.lower(in: arena)
        case let .register(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_REGISTER
            c.pointee.register_ = try message.lower(in: arena)
        case let .registerAck(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_REGISTER_ACK
            c.pointee.register_ack = try message.lower(in: arena)
        case let .call(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_CALL
            c.pointee.call = try message.lower(in: arena)
        case let .result(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_RESULT
            c.pointee.result = try message.lower(in: arena)
        case let .cancel(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_CANCEL
            c.pointee.cancel = try message.lower(in: arena)
        case let .ping(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_PING
            c.pointee.ping = message.lower(in: arena)
        case let .pong(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_PONG
            c.pointee.pong = message.lower(in: arena)
        case let .drain(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_DRAIN
            c.pointee.drain = try message.lower(in: arena)
        case let .listToolsRequest(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_REQUEST
            c.pointee.list_tools_request = try message.lower(in: arena)
        case let .listToolsResponse(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_RESPONSE
            c.pointee.list_tools_response = try message.lower(in: arena)
        case let .protocolError(message):
            c.pointee.body_case = TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR
            c.pointee.protocol_error = try message.lower(in: arena)
        }
        return c
    }
}

extension Hello {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Hello> {
        let c = arena.make(Toolmesh__V1__Hello.self)
        toolmesh__v1__hello__init(c)
        c.pointee.protocol_version = protocolVersion
        c.pointee.peer_kind = Toolmesh__V1__PeerKind(rawValue: UInt32(peerKind.rawValue))
        c.pointee.token = try arena.cString(token, field: "Hello.token")
        c.pointee.peer_name = try arena.cString(peerName, field: "Hello.peer_name")
        c.pointee.agent = try arena.cString(agent, field: "Hello.agent")
        return c
    }
}

extension Welcome {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Welcome> {
        let c = arena.make(Toolmesh__V1__Welcome.self)
        toolmesh__v1__welcome__init(c)
        c.pointee.protocol_version = protocolVersion
        c.pointee.router_id = try arena.cString(routerID, field: "Welcome.router_id")
        c.pointee.heartbeat_interval_ms = heartbeatIntervalMs
        c.pointee.heartbeat_timeout_ms = heartbeatTimeoutMs
        c.pointee.max_frame_bytes = maxFrameBytes
        return c
    }
}

extension ToolSpec {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__ToolSpec> {
        let c = arena.make(Toolmesh__V1__ToolSpec.self)
        toolmesh__v1__tool_spec__init(c)
        c.pointee.name = try arena.cString(name, field: "ToolSpec.name")
        c.pointee.description = try arena.cString(description, field: "ToolSpec.description")
        c.pointee.input_schema = arena.binary(inputSchema)
        c.pointee.output_schema = arena.binary(outputSchema)
        c.pointee.idempotent = idempotent ? 1 : 0
        c.pointee.max_concurrency = maxConcurrency
        c.pointee.default_deadline_ms = defaultDeadlineMs
        return c
    }
}

extension Register {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Register> {
        let c = arena.make(Toolmesh__V1__Register.self)
        toolmesh__v1__register__init(c)
        c.pointee.worker_name = try arena.cString(workerName, field: "Register.worker_name")
        c.pointee.worker_id = try arena.cString(workerID, field: "Register.worker_id")
        (c.pointee.n_tools, c.pointee.tools) = try arena.repeated(tools) { (tool, arena) throws(FrameError) in
            try tool.lower(in: arena)
        }
        c.pointee.max_concurrency = maxConcurrency
        (c.pointee.n_labels, c.pointee.labels) = try arena.metadata(labels, field: "Register.labels")
        return c
    }
}

extension RegisterAck {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__RegisterAck> {
        let c = arena.make(Toolmesh__V1__RegisterAck.self)
        toolmesh__v1__register_ack__init(c)
        c.pointee.code = wireStatus(code)
        c.pointee.message = try arena.cString(message, field: "RegisterAck.message")
        (c.pointee.n_refusals, c.pointee.refusals) = try arena.repeated(refusals) {
            (refusal, arena) throws(FrameError) in
            let r = arena.make(Toolmesh__V1__ToolRefusal.self)
            toolmesh__v1__tool_refusal__init(r)
            r.pointee.tool = try arena.cString(refusal.tool, field: "ToolRefusal.tool")
            r.pointee.code = wireStatus(refusal.code)
            r.pointee.message = try arena.cString(refusal.message, field: "ToolRefusal.message")
            return r
        }
        return c
    }
}

extension Call {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Call> {
        let c = arena.make(Toolmesh__V1__Call.self)
        toolmesh__v1__call__init(c)
        c.pointee.call_id = callID
        c.pointee.tool = try arena.cString(tool, field: "Call.tool")
        c.pointee.arguments = arena.binary(arguments)
        c.pointee.deadline_ms = deadlineMs
        (c.pointee.n_metadata, c.pointee.metadata) = try arena.metadata(metadata, field: "Call.metadata")
        c.pointee.idempotent = idempotent ? 1 : 0
        c.pointee.attempt = attempt
        return c
    }
}

extension CallResult {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__CallResult> {
        let c = arena.make(Toolmesh__V1__CallResult.self)
        toolmesh__v1__call_result__init(c)
        c.pointee.call_id = callID
        c.pointee.code = wireStatus(code)
        c.pointee.message = try arena.cString(message, field: "CallResult.message")
        c.pointee.result = arena.binary(result)
        (c.pointee.n_metadata, c.pointee.metadata) = try arena.metadata(metadata, field: "CallResult.metadata")
        c.pointee.worker_id = try arena.cString(workerID, field: "CallResult.worker_id")
        c.pointee.attempts = attempts
        return c
    }
}

extension Cancel {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Cancel> {
        let c = arena.make(Toolmesh__V1__Cancel.self)
        toolmesh__v1__cancel__init(c)
        c.pointee.call_id = callID
        c.pointee.reason = try arena.cString(reason, field: "Cancel.reason")
        return c
    }
}

extension Ping {
    func lower(in arena: WireArena) -> UnsafeMutablePointer<Toolmesh__V1__Ping> {
        let c = arena.make(Toolmesh__V1__Ping.self)
        toolmesh__v1__ping__init(c)
        c.pointee.nonce = nonce
        return c
    }
}

extension Pong {
    func lower(in arena: WireArena) -> UnsafeMutablePointer<Toolmesh__V1__Pong> {
        let c = arena.make(Toolmesh__V1__Pong.self)
        toolmesh__v1__pong__init(c)
        c.pointee.nonce = nonce
        return c
    }
}

extension Drain {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__Drain> {
        let c = arena.make(Toolmesh__V1__Drain.self)
        toolmesh__v1__drain__init(c)
        c.pointee.reason = try arena.cString(reason, field: "Drain.reason")
        c.pointee.grace_ms = graceMs
        return c
    }
}

extension ListToolsRequest {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__ListToolsRequest> {
        let c = arena.make(Toolmesh__V1__ListToolsRequest.self)
        toolmesh__v1__list_tools_request__init(c)
        c.pointee.request_id = requestID
        (c.pointee.n_names, c.pointee.names) = try arena.repeated(names) { (name, arena) throws(FrameError) in
            try arena.cString(name, field: "ListToolsRequest.names")
        }
        return c
    }
}

extension WorkerInfo {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__WorkerInfo> {
        let c = arena.make(Toolmesh__V1__WorkerInfo.self)
        toolmesh__v1__worker_info__init(c)
        c.pointee.worker_id = try arena.cString(workerID, field: "WorkerInfo.worker_id")
        c.pointee.worker_name = try arena.cString(workerName, field: "WorkerInfo.worker_name")
        c.pointee.in_flight = inFlight
        c.pointee.max_concurrency = maxConcurrency
        c.pointee.draining = draining ? 1 : 0
        c.pointee.address = try arena.cString(address, field: "WorkerInfo.address")
        return c
    }
}

extension ListToolsResponse {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__ListToolsResponse> {
        let c = arena.make(Toolmesh__V1__ListToolsResponse.self)
        toolmesh__v1__list_tools_response__init(c)
        c.pointee.request_id = requestID
        (c.pointee.n_tools, c.pointee.tools) = try arena.repeated(tools) { (tool, arena) throws(FrameError) in
            let info = arena.make(Toolmesh__V1__ToolInfo.self)
            toolmesh__v1__tool_info__init(info)
            info.pointee.spec = try tool.spec.lower(in: arena)
            (info.pointee.n_workers, info.pointee.workers) = try arena.repeated(tool.workers) {
                (worker, arena) throws(FrameError) in try worker.lower(in: arena)
            }
            return info
        }
        return c
    }
}

extension ProtocolError {
    func lower(in arena: WireArena) throws(FrameError) -> UnsafeMutablePointer<Toolmesh__V1__ProtocolError> {
        let c = arena.make(Toolmesh__V1__ProtocolError.self)
        toolmesh__v1__protocol_error__init(c)
        c.pointee.code = wireStatus(code)
        c.pointee.message = try arena.cString(message, field: "ProtocolError.message")
        return c
    }
}
