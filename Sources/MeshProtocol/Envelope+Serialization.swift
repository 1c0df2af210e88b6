import CProtobufC
import MeshWireC

extension Envelope {
    /// The protobuf encoding of this envelope (a frame body, without the length prefix).
    ///
    /// - Throws: ``FrameError/frameTooLarge(length:limit:)`` when the encoding is longer than
    ///   `limits.maxFrameBytes`; ``FrameError/unencodableString(field:)`` when a string holds
    ///   U+0000.
    public func serializedBytes(limits: FrameLimits = FrameLimits()) throws(FrameError) -> [UInt8] {
        var bytes: [UInt8] = []
        try Self.appendSerialized(self, to: &bytes, reservingPrefix: false, limits: limits)
        return bytes
    }

    /// Decodes one envelope from exactly `bytes` (a frame body, without the length prefix).
    ///
    /// - Throws: ``FrameError/malformedEnvelope(length:)`` for bytes that are not an
    ///   `Envelope`, ``FrameError/missingBody`` when no known message is set,
    ///   ``FrameError/invalidField(field:reason:)`` for content protobuf accepts but the
    ///   protocol does not, ``FrameError/decodedSizeExceeded(limit:)`` past the memory budget.
    public init(serializedBytes bytes: [UInt8], limits: FrameLimits = FrameLimits()) throws(FrameError) {
        // withUnsafeBytes rethrows untyped errors, so the outcome travels out as a Result.
        self = try bytes.withUnsafeBytes { buffer in
            Result { () throws(FrameError) in
                try Envelope(serializedBytes: buffer, maxDecodedBytes: limits.maxDecodedBytes)
            }
        }.get()
    }

    /// Decodes one envelope from `bytes` with at most `maxDecodedBytes` of C allocations.
    init(serializedBytes bytes: UnsafeRawBufferPointer, maxDecodedBytes: Int) throws(FrameError) {
        var budget = DecodeBudget(remaining: maxDecodedBytes)
        self = try withUnsafeMutablePointer(to: &budget) { (budget) throws(FrameError) in
            var allocator = ProtobufCAllocator(
                alloc: { context, size in
                    guard let budget = context?.assumingMemoryBound(to: DecodeBudget.self) else { return nil }
                    guard size <= budget.pointee.remaining else {
                        budget.pointee.exceeded = true
                        return nil
                    }
                    budget.pointee.remaining -= size
                    return UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
                },
                free: { _, pointer in pointer?.deallocate() },
                allocator_data: UnsafeMutableRawPointer(budget)
            )
            let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            guard let envelope = toolmesh__v1__envelope__unpack(&allocator, bytes.count, base) else {
                if budget.pointee.exceeded {
                    throw .decodedSizeExceeded(limit: maxDecodedBytes)
                }
                throw .malformedEnvelope(length: bytes.count)
            }
            defer { toolmesh__v1__envelope__free_unpacked(envelope, &allocator) }
            return try Envelope(lifting: envelope)
        }
    }

    /// Appends the encoding of `envelope` to `buffer`, preceded by the 4-byte big-endian length
    /// when `reservingPrefix` is set; packs straight into `buffer`, with no intermediate copy.
    static func appendSerialized(
        _ envelope: Envelope,
        to buffer: inout [UInt8],
        reservingPrefix: Bool,
        limits: FrameLimits
    ) throws(FrameError) {
        let arena = WireArena()
        let message = try envelope.lower(in: arena)
        let length = toolmesh__v1__envelope__get_packed_size(message)
        guard length <= limits.maxFrameBytes else {
            throw .frameTooLarge(length: UInt64(length), limit: limits.maxFrameBytes)
        }
        let prefix = reservingPrefix ? 4 : 0
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: prefix + length))
        buffer.withUnsafeMutableBufferPointer { out in
            if reservingPrefix {
                let value = UInt32(length)
                out[start] = UInt8(truncatingIfNeeded: value >> 24)
                out[start + 1] = UInt8(truncatingIfNeeded: value >> 16)
                out[start + 2] = UInt8(truncatingIfNeeded: value >> 8)
                out[start + 3] = UInt8(truncatingIfNeeded: value)
            }
            if let base = out.baseAddress {
                _ = toolmesh__v1__envelope__pack(message, base + start + prefix)
            }
        }
    }
}

/// The running total of a decode's C allocations; see ``FrameLimits/maxDecodedBytes``.
private struct DecodeBudget {
    var remaining: Int
    var exceeded = false
}
