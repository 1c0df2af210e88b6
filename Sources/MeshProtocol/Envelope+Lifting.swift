import CProtobufC
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import MeshWireC

// protobuf-c structs -> Swift values ("lifting"). protobuf-c has already checked the wire
// format; this layer checks what it does not: UTF-8 of strings, and pointers it may leave nil.

/// Readers for protobuf-c field representations.
enum Lift {
    /// A string field; nil (absent) is "". Rejects text that is not UTF-8.
    static func string(_ pointer: UnsafePointer<CChar>?, _ field: StaticString) throws(FrameError) -> String {
        guard let pointer else { return "" }
        let length = strlen(pointer)
        let bytes = UnsafeRawBufferPointer(start: pointer, count: length).bindMemory(to: UInt8.self)
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw .invalidField(field: "\(field)", reason: "not valid UTF-8")
        }
        return string
    }

    /// A bytes field, copied.
    static func bytes(_ data: ProtobufCBinaryData) -> [UInt8] {
        guard data.len > 0, let base = data.data else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: data.len))
    }

    /// A repeated field of pointers (messages, or strings); an element protobuf-c left nil is an
    /// error, not a trap.
    static func repeated<C, Element>(
        _ count: Int,
        _ items: UnsafeMutablePointer<UnsafeMutablePointer<C>?>?,
        _ field: StaticString,
        _ lift: (UnsafePointer<C>) throws(FrameError) -> Element
    ) throws(FrameError) -> [Element] {
        guard count > 0 else { return [] }
        guard let items else { throw .invalidField(field: "\(field)", reason: "missing elements") }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for index in 0..<count {
            guard let item = items[index] else {
                throw .invalidField(field: "\(field)", reason: "missing element \(index)")
            }
            elements.append(try lift(item))
        }
        return elements
    }

    static func metadata(
        _ count: Int,
        _ items: UnsafeMutablePointer<UnsafeMutablePointer<Toolmesh__V1__MetadataEntry>?>?,
        _ field: StaticString
    ) throws(FrameError) -> Metadata {
        Metadata(try repeated(count, items, field) { (entry) throws(FrameError) in
            MetadataEntry(key: try string(entry.pointee.key, field), value: try string(entry.pointee.value, field))
        })
    }

    static func status(_ code: Toolmesh__V1__StatusCode) -> StatusCode {
        StatusCode(wireValue: Int32(truncatingIfNeeded: code.rawValue))
    }

    /// The message a set oneof case points at; nil there means protobuf-c broke its contract.
    static func body<C>(_ pointer: UnsafeMutablePointer<C>?) throws(FrameError) -> UnsafePointer<C> {
        guard let pointer else { throw .missingBody }
        return UnsafePointer(pointer)
    }
}

extension Envelope {
    init(lifting c: UnsafePointer<Toolmesh__V1__Envelope>) throws(FrameError) {
        let envelope = c.pointee
        switch envelope.body_case {
        case TOOLMESH__V1__ENVELOPE__BODY_HELLO:
            self = .hello(try Hello(lifting: Lift.body(envelope.hello)))
        case TOOLMESH__V1__ENVELOPE__BODY_WELCOME:
            self = .welcome(try Welcome(lifting: Lift.body(envelope.welcome)))
        case TOOLMESH__V1__ENVELOPE__BODY_REGISTER:
            self = .register(try Register(lifting: Lift.body(envelope.register_)))
        case TOOLMESH__V1__ENVELOPE__BODY_REGISTER_ACK:
            self = .registerAck(try RegisterAck(lifting: Lift.body(envelope.register_ack)))
        case TOOLMESH__V1__ENVELOPE__BODY_CALL:
            self = .call(try Call(lifting: Lift.body(envelope.call)))
        case TOOLMESH__V1__ENVELOPE__BODY_RESULT:
            self = .result(try CallResult(lifting: Lift.body(envelope.result)))
        case TOOLMESH__V1__ENVELOPE__BODY_CANCEL:
            self = .cancel(try Cancel(lifting: Lift.body(envelope.cancel)))
        case TOOLMESH__V1__ENVELOPE__BODY_PING:
            self = .ping(Ping(nonce: try Lift.body(envelope.ping).pointee.nonce))
        case TOOLMESH__V1__ENVELOPE__BODY_PONG:
            self = .pong(Pong(nonce: try Lift.body(envelope.pong).pointee.nonce))
        case TOOLMESH__V1__ENVELOPE__BODY_DRAIN:
            self = .drain(try Drain(lifting: Lift.body(envelope.drain)))
        case TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_REQUEST:
            self = .listToolsRequest(try ListToolsRequest(lifting: Lift.body(envelope.list_tools_request)))
        case TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_RESPONSE:
            self = .listToolsResponse(try ListToolsResponse(lifting: Lift.body(envelope.list_tools_response)))
        case TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR:
            self = .protocolError(try ProtocolError(lifting: Lift.body(envelope.protocol_error)))
        default:
            throw .missingBody
        }
    }
}

extension Hello {
    init(lifting c: UnsafePointer<Toolmesh__V1__Hello>) throws(FrameError) {
        let m = c.pointee
        self.init(
            protocolVersion: m.protocol_version,
            peerKind: PeerKind(wireValue: Int32(truncatingIfNeeded: m.peer_kind.rawValue)),
            token: try Lift.string(m.token, "Hello.token"),
            peerName: try Lift.string(m.peer_name, "Hello.peer_name"),
            agent: try Lift.string(m.agent, "Hello.agent")
        )
    }
}

extension Welcome {
    init(lifting c: UnsafePointer<Toolmesh__V1__Welcome>) throws(FrameError) {
        let m = c.pointee
        self.init(
            protocolVersion: m.protocol_version,
            routerID: try Lift.string(m.router_id, "Welcome.router_id"),
            heartbeatIntervalMs: m.heartbeat_interval_ms,
            heartbeatTimeoutMs: m.heartbeat_timeout_ms,
            maxFrameBytes: m.max_frame_bytes
        )
    }
}

extension ToolSpec {
    init(lifting c: UnsafePointer<Toolmesh__V1__ToolSpec>) throws(FrameError) {
        let m = c.pointee
        self.init(
            name: try Lift.string(m.name, "ToolSpec.name"),
            description: try Lift.string(m.description, "ToolSpec.description"),
            inputSchema: Lift.bytes(m.input_schema),
            outputSchema: Lift.bytes(m.output_schema),
            idempotent: m.idempotent != 0,
            maxConcurrency: m.max_concurrency,
            defaultDeadlineMs: m.default_deadline_ms
        )
    }
}

extension Register {
    init(lifting c: UnsafePointer<Toolmesh__V1__Register>) throws(FrameError) {
        let m = c.pointee
        self.init(
            workerName: try Lift.string(m.worker_name, "Register.worker_name"),
            workerID: try Lift.string(m.worker_id, "Register.worker_id"),
            tools: try Lift.repeated(m.n_tools, m.tools, "Register.tools") { (tool) throws(FrameError) in
                try ToolSpec(lifting: tool)
            },
            maxConcurrency: m.max_concurrency,
            labels: try Lift.metadata(m.n_labels, m.labels, "Register.labels")
        )
    }
}

extension RegisterAck {
    init(lifting c: UnsafePointer<Toolmesh__V1__RegisterAck>) throws(FrameError) {
        let m = c.pointee
        self.init(
            code: Lift.status(m.code),
            message: try Lift.string(m.message, "RegisterAck.message"),
            refusals: try Lift.repeated(m.n_refusals, m.refusals, "RegisterAck.refusals") {
                (refusal) throws(FrameError) in
                ToolRefusal(
                    tool: try Lift.string(refusal.pointee.tool, "ToolRefusal.tool"),
                    code: Lift.status(refusal.pointee.code),
                    message: try Lift.string(refusal.pointee.message, "ToolRefusal.message")
                )
            }
        )
    }
}

extension Call {
    init(lifting c: UnsafePointer<Toolmesh__V1__Call>) throws(FrameError) {
        let m = c.pointee
        self.init(
            callID: m.call_id,
            tool: try Lift.string(m.tool, "Call.tool"),
            arguments: Lift.bytes(m.arguments),
            deadlineMs: m.deadline_ms,
            metadata: try Lift.metadata(m.n_metadata, m.metadata, "Call.metadata"),
            idempotent: m.idempotent != 0,
            attempt: m.attempt
        )
    }
}

extension CallResult {
    init(lifting c: UnsafePointer<Toolmesh__V1__CallResult>) throws(FrameError) {
        let m = c.pointee
        self.init(
            callID: m.call_id,
            code: Lift.status(m.code),
            message: try Lift.string(m.message, "CallResult.message"),
            result: Lift.bytes(m.result),
            metadata: try Lift.metadata(m.n_metadata, m.metadata, "CallResult.metadata"),
            workerID: try Lift.string(m.worker_id, "CallResult.worker_id"),
            attempts: m.attempts
        )
    }
}

extension Cancel {
    init(lifting c: UnsafePointer<Toolmesh__V1__Cancel>) throws(FrameError) {
        self.init(callID: c.pointee.call_id, reason: try Lift.string(c.pointee.reason, "Cancel.reason"))
    }
}

extension Drain {
    init(lifting c: UnsafePointer<Toolmesh__V1__Drain>) throws(FrameError) {
        self.init(reason: try Lift.string(c.pointee.reason, "Drain.reason"), graceMs: c.pointee.grace_ms)
    }
}

extension ListToolsRequest {
    init(lifting c: UnsafePointer<Toolmesh__V1__ListToolsRequest>) throws(FrameError) {
        let m = c.pointee
        let names = try Lift.repeated(m.n_names, m.names, "ListToolsRequest.names") { (name) throws(FrameError) in
            try Lift.string(name, "ListToolsRequest.names")
        }
        self.init(requestID: m.request_id, names: names)
    }
}

extension WorkerInfo {
    init(lifting c: UnsafePointer<Toolmesh__V1__WorkerInfo>) throws(FrameError) {
        let m = c.pointee
        self.init(
            workerID: try Lift.string(m.worker_id, "WorkerInfo.worker_id"),
            workerName: try Lift.string(m.worker_name, "WorkerInfo.worker_name"),
            inFlight: m.in_flight,
            maxConcurrency: m.max_concurrency,
            draining: m.draining != 0,
            address: try Lift.string(m.address, "WorkerInfo.address")
        )
    }
}

extension ListToolsResponse {
    init(lifting c: UnsafePointer<Toolmesh__V1__ListToolsResponse>) throws(FrameError) {
        let m = c.pointee
        self.init(
            requestID: m.request_id,
            tools: try Lift.repeated(m.n_tools, m.tools, "ListToolsResponse.tools") { (info) throws(FrameError) in
                // proto3: an absent submessage is the default (empty) one.
                let spec = try info.pointee.spec.map { (spec) throws(FrameError) in try ToolSpec(lifting: spec) }
                return ToolInfo(
                    spec: spec ?? ToolSpec(name: ""),
                    workers: try Lift.repeated(info.pointee.n_workers, info.pointee.workers, "ToolInfo.workers") {
                        (worker) throws(FrameError) in try WorkerInfo(lifting: worker)
                    }
                )
            }
        )
    }
}

extension ProtocolError {
    init(lifting c: UnsafePointer<Toolmesh__V1__ProtocolError>) throws(FrameError) {
        self.init(code: Lift.status(c.pointee.code), message: try Lift.string(c.pointee.message, "ProtocolError.message"))
    }
}
