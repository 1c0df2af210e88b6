import MeshProtocol
import MeshTestSupport
import Testing

@Suite("Hostile and broken input")
struct FrameDecoderTests {
    /// proto/testdata/invalid: each file and the error its README documents.
    static let invalidFrames: [(file: String, error: FrameError)] = [
        ("length_max", .frameTooLarge(length: 4_294_967_295, limit: 16 << 20)),
        ("length_over_limit", .frameTooLarge(length: (16 << 20) + 1, limit: 16 << 20)),
        ("length_zero", .emptyFrame),
        ("garbage", .malformedEnvelope(length: 8)),
        ("junk_body", .malformedEnvelope(length: 5)),
        ("unknown_body", .missingBody),
        ("bad_utf8", .invalidField(field: "Cancel.reason", reason: "not valid UTF-8")),
        ("truncated", .truncated(buffered: 6, expected: 8)),
    ]

    @Test("each invalid frame gives its documented error", arguments: invalidFrames.map(\.file))
    func invalidFrame(file: String) throws {
        let expected = try #require(Self.invalidFrames.first { $0.file == file }?.error)
        let bytes = try testdata("invalid/\(file).frame")
        #expect(throws: expected) { try decodeByteByByte(bytes) }
        // Delivered in one piece, too.
        var decoder = FrameDecoder()
        decoder.append(bytes)
        #expect(throws: expected) {
            while try decoder.next() != nil {}
            try decoder.finish()
        }
    }

    @Test("an oversized prefix is refused before any body byte arrives")
    func oversizedPrefixRefusedEarly() throws {
        var decoder = FrameDecoder(limits: FrameLimits(maxFrameBytes: 1024))
        decoder.append([0x00, 0x00, 0x04])
        #expect(try decoder.next() == nil)
        decoder.append([0x01])
        #expect(throws: FrameError.frameTooLarge(length: 1025, limit: 1024)) { try decoder.next() }
    }

    @Test("a frame exactly at the limit is accepted, one byte more is not")
    func limitBoundary() throws {
        let envelope = Envelope.call(Call(callID: 1, tool: "t", arguments: [UInt8](repeating: 0x20, count: 1000)))
        let size = try envelope.serializedBytes().count
        let exact = FrameLimits(maxFrameBytes: size)
        let frame = try FrameEncoder(limits: exact).encode(envelope)
        #expect(try decodeByteByByte(frame, limits: exact) == [envelope])

        let tooSmall = FrameLimits(maxFrameBytes: size - 1)
        #expect(throws: FrameError.frameTooLarge(length: UInt64(size), limit: size - 1)) {
            try FrameEncoder(limits: tooSmall).encode(envelope)
        }
        #expect(throws: FrameError.frameTooLarge(length: UInt64(size), limit: size - 1)) {
            try decodeByteByByte(frame, limits: tooSmall)
        }
    }

    @Test("the first error is final")
    func errorIsSticky() throws {
        var decoder = FrameDecoder()
        decoder.append([0, 0, 0, 0])
        #expect(throws: FrameError.emptyFrame) { try decoder.next() }
        decoder.append(try FrameEncoder().encode(.ping(Ping(nonce: 1))))
        #expect(throws: FrameError.emptyFrame) { try decoder.next() }
        #expect(throws: FrameError.emptyFrame) { try decoder.finish() }
        #expect(decoder.bufferedByteCount == 0)
    }

    @Test("frames after a good one are not lost when the stream stalls mid-frame")
    func partialFrameWaits() throws {
        let first = try FrameEncoder().encode(.ping(Ping(nonce: 1)))
        let second = try FrameEncoder().encode(.pong(Pong(nonce: 2)))
        var decoder = FrameDecoder()
        decoder.append(first + second.prefix(5))
        #expect(try decoder.next() == .ping(Ping(nonce: 1)))
        #expect(try decoder.next() == nil)
        #expect(decoder.bufferedByteCount == 5)
        #expect(throws: FrameError.truncated(buffered: 5, expected: second.count)) { try decoder.finish() }
    }

    @Test("a stream cut inside the length prefix reports it")
    func truncatedPrefix() throws {
        var decoder = FrameDecoder()
        decoder.append([0, 0])
        #expect(try decoder.next() == nil)
        #expect(throws: FrameError.truncated(buffered: 2, expected: nil)) { try decoder.finish() }
    }

    @Test("decoding memory is bounded by the budget, not only by the frame size")
    func decodeBudget() throws {
        // 100 000 empty ToolInfo entries: 2 bytes each on the wire, ~100 bytes each in C.
        var body: [UInt8] = []
        for _ in 0..<100_000 {
            body += [0x12, 0x00]  // ListToolsResponse.tools, length 0
        }
        let inner = varint(UInt64(body.count))
        let envelope: [UInt8] = [0x62] + inner + body  // Envelope.list_tools_response
        let limits = FrameLimits(maxFrameBytes: 1 << 20, maxDecodedBytes: 1 << 20)
        #expect(throws: FrameError.decodedSizeExceeded(limit: 1 << 20)) {
            try Envelope(serializedBytes: envelope, limits: limits)
        }
        // With room to spare the same bytes decode.
        let roomy = FrameLimits(maxFrameBytes: 1 << 20, maxDecodedBytes: 64 << 20)
        guard case let .listToolsResponse(response) = try Envelope(serializedBytes: envelope, limits: roomy) else {
            Issue.record("not a ListToolsResponse")
            return
        }
        #expect(response.tools.count == 100_000)
    }

    @Test("strings holding U+0000 are refused on encode and the buffer is untouched")
    func nulInString() throws {
        var buffer: [UInt8] = [1, 2, 3]
        #expect(throws: FrameError.unencodableString(field: "Call.tool")) {
            try FrameEncoder().encode(.call(Call(callID: 1, tool: "a\u{0}b")), into: &buffer)
        }
        #expect(throws: FrameError.unencodableString(field: "Call.metadata")) {
            try FrameEncoder().encode(.call(Call(callID: 1, tool: "t", metadata: ["k": "\u{0}"])), into: &buffer)
        }
        #expect(buffer == [1, 2, 3])
    }

    @Test("random bytes never crash the decoder", arguments: 0..<8)
    func randomInput(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        for _ in 0..<500 {
            let length = Int(generator.next() % 64)
            var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if seed % 2 == 0 {
                bytes = [0, 0, 0, UInt8(length)] + bytes  // a plausible prefix so the body is parsed
            }
            var decoder = FrameDecoder()
            decoder.append(bytes)
            _ = try? decoder.next()
            _ = try? Envelope(serializedBytes: Array(bytes.dropFirst(seed % 2 == 0 ? 4 : 0)))
        }
    }
}

/// Protobuf base-128 varint encoding.
func varint(_ value: UInt64) -> [UInt8] {
    var value = value
    var bytes: [UInt8] = []
    repeat {
        var byte = UInt8(value & 0x7F)
        value >>= 7
        if value != 0 { byte |= 0x80 }
        bytes.append(byte)
    } while value != 0
    return bytes
}
