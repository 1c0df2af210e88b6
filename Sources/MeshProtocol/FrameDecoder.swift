/// Turns a byte stream into envelopes, whatever the boundaries the bytes arrive in.
///
/// Feed it with ``append(_:)`` as bytes arrive, then call ``next()`` until it returns nil.
/// A length prefix over the limit is rejected as soon as its 4 bytes are in, before any body
/// is buffered, so a peer cannot make the decoder hold more than one frame plus what the
/// caller appended. The first error is final: framing cannot resynchronize, so every later
/// ``next()`` throws it again and the connection must be closed.
public struct FrameDecoder: Sendable {
    /// The limits applied to every frame.
    public let limits: FrameLimits

    private var buffer: [UInt8] = []
    private var readIndex = 0
    private var failure: FrameError?

    public init(limits: FrameLimits = FrameLimits()) {
        self.limits = limits
    }

    /// Bytes received and not yet returned as envelopes.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    /// Adds received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete envelope, or nil when more bytes are needed.
    public mutating func next() throws(FrameError) -> Envelope? {
        if let failure { throw failure }
        do {
            return try decodeNext()
        } catch {
            failure = error
            buffer = []
            readIndex = 0
            throw error
        }
    }

    /// Declares the end of the stream.
    ///
    /// - Throws: ``FrameError/truncated(buffered:expected:)`` if a frame was cut off.
    public mutating func finish() throws(FrameError) {
        if let failure { throw failure }
        let buffered = bufferedByteCount
        guard buffered > 0 else { return }
        let error = FrameError.truncated(buffered: buffered, expected: bodyLength().map { 4 + $0 })
        failure = error
        throw error
    }

    private func bodyLength() -> Int? {
        guard bufferedByteCount >= 4 else { return nil }
        let length = UInt32(buffer[readIndex]) << 24 | UInt32(buffer[readIndex + 1]) << 16
            | UInt32(buffer[readIndex + 2]) << 8 | UInt32(buffer[readIndex + 3])
        return Int(length)
    }

    private mutating func decodeNext() throws(FrameError) -> Envelope? {
        guard let length = bodyLength() else { return nil }
        guard length > 0 else { throw .emptyFrame }
        guard length <= limits.maxFrameBytes else {
            throw .frameTooLarge(length: UInt64(length), limit: limits.maxFrameBytes)
        }
        guard bufferedByteCount >= 4 + length else { return nil }
        let start = readIndex + 4
        let budget = limits.maxDecodedBytes
        // withUnsafeBytes rethrows untyped errors, so the outcome travels out as a Result.
        let envelope = try buffer.withUnsafeBytes { bytes in
            Result { () throws(FrameError) in
                try Envelope(serializedBytes: UnsafeRawBufferPointer(rebasing: bytes[start..<start + length]),
                             maxDecodedBytes: budget)
            }
        }.get()
        readIndex = start + length
        compact()
        return envelope
    }

    /// Drops consumed bytes once they are the larger part of the buffer, keeping appends
    /// amortized O(1) without copying after every frame.
    private mutating func compact() {
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            readIndex = 0
        } else if readIndex > 4096 && readIndex * 2 > buffer.count {
            buffer.removeFirst(readIndex)
            readIndex = 0
        }
    }
}
