import MeshProtocol
import Testing

/// Values at the edges of each field's range, and the all-default form of each message.
let edgeCases: [Envelope] = [
    .hello(Hello(protocolVersion: 0, peerKind: .unspecified)),
    .hello(Hello(protocolVersion: .max, peerKind: .client, token: String(repeating: "t", count: 10_000),
                 peerName: "名前 🚀", agent: "a")),
    .welcome(Welcome(protocolVersion: 1, routerID: "", heartbeatIntervalMs: 0, heartbeatTimeoutMs: .max,
                     maxFrameBytes: .max)),
    .register(Register(workerName: "", workerID: "", tools: [], maxConcurrency: 0)),
    .register(Register(
        workerName: "w", workerID: "id",
        tools: (0..<200).map { ToolSpec(name: "tool_\($0)", inputSchema: json("{}"), maxConcurrency: UInt32($0)) },
        maxConcurrency: .max,
        labels: Metadata((0..<50).map { MetadataEntry(key: "k\($0 % 3)", value: "v\($0)") }))),
    .registerAck(RegisterAck(code: .ok)),
    .registerAck(RegisterAck(code: .alreadyExists, message: "m",
                             refusals: [ToolRefusal(tool: "x", code: .alreadyExists, message: "")])),
    .call(Call(callID: 1, tool: "")),
    .call(Call(callID: .max, tool: "t", arguments: [UInt8](repeating: 0, count: 3) + json("\u{0}"),
               deadlineMs: .max, metadata: ["": ""], idempotent: true, attempt: .max)),
    .result(CallResult(callID: 0, code: .ok)),
    .result(CallResult(callID: 9, code: .unauthenticated, message: "línea 1\nlínea 2\t\"quoted\"",
                       result: Array(0...255), workerID: "w", attempts: .max)),
    .cancel(Cancel(callID: 0)),
    .ping(Ping(nonce: 0)),
    .ping(Ping(nonce: .max)),
    .pong(Pong(nonce: 12_345_678_901)),
    .drain(Drain()),
    .listToolsRequest(ListToolsRequest(requestID: 0)),
    .listToolsRequest(ListToolsRequest(requestID: 1, names: ["", "a", ""])),
    .listToolsResponse(ListToolsResponse(requestID: 3)),
    .listToolsResponse(ListToolsResponse(requestID: 3, tools: [ToolInfo(spec: ToolSpec(name: "t"))])),
    .protocolError(ProtocolError(code: .dataLoss, message: "")),
] + StatusCode.allCases.map { .result(CallResult(callID: 5, code: $0, message: $0.name)) }

@Suite("Round trips")
struct RoundTripTests {
    @Test("encode then decode gives the same value", arguments: edgeCases)
    func roundTrip(envelope: Envelope) throws {
        let frame = try FrameEncoder().encode(envelope)
        #expect(try decodeByteByByte(frame) == [envelope])
        #expect(try Envelope(serializedBytes: Array(frame.dropFirst(4))) == envelope)
        #expect(try envelope.serializedBytes() == Array(frame.dropFirst(4)))
    }

    @Test("the frame prefix is the body length, big-endian")
    func prefixIsBigEndianLength() throws {
        let envelope = Envelope.call(Call(callID: 1, tool: "t", arguments: [UInt8](repeating: 0x41, count: 70_000)))
        let frame = try FrameEncoder().encode(envelope)
        let length = Int(frame[0]) << 24 | Int(frame[1]) << 16 | Int(frame[2]) << 8 | Int(frame[3])
        #expect(length == frame.count - 4)
        #expect(frame[1] == 0x01)  // 70 000 > 65 535: the third byte from the right is in use
    }

    @Test("a ping frame has the documented bytes")
    func pingBytes() throws {
        #expect(try FrameEncoder().encode(.ping(Ping(nonce: 1))) == [0, 0, 0, 4, 0x42, 0x02, 0x08, 0x01])
    }

    @Test("several frames appended to one buffer decode in order")
    func batchedEncoding() throws {
        var buffer: [UInt8] = []
        let encoder = FrameEncoder()
        for envelope in edgeCases {
            try encoder.encode(envelope, into: &buffer)
        }
        var decoder = FrameDecoder()
        decoder.append(buffer)
        var decoded: [Envelope] = []
        while let envelope = try decoder.next() {
            decoded.append(envelope)
        }
        #expect(decoded == edgeCases)
        #expect(decoder.bufferedByteCount == 0)
        try decoder.finish()
    }

    @Test("unknown wire numbers of enums decode to the documented fallbacks")
    func unknownEnumValues() throws {
        // CallResult{call_id: 1, code: 99}: 0x32 = field 6, then 08 01 10 63.
        let result = try Envelope(serializedBytes: [0x32, 0x04, 0x08, 0x01, 0x10, 0x63])
        #expect(result == .result(CallResult(callID: 1, code: .unknown)))
        // Hello{peer_kind: 7}: 0x0a = field 1, then 10 07.
        let hello = try Envelope(serializedBytes: [0x0A, 0x02, 0x10, 0x07])
        #expect(hello == .hello(Hello(protocolVersion: 0, peerKind: .unspecified)))
    }

    @Test("unknown fields inside a known message are ignored")
    func unknownFieldsIgnored() throws {
        // Ping{nonce: 5, field 99: 1}: 08 05 98 06 01.
        let ping = try Envelope(serializedBytes: [0x42, 0x05, 0x08, 0x05, 0x98, 0x06, 0x01])
        #expect(ping == .ping(Ping(nonce: 5)))
    }
}
