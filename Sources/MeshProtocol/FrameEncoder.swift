/// Turns envelopes into frames: a 4-byte big-endian body length, then the body.
public struct FrameEncoder: Sendable {
    /// The limits every encoded frame must respect.
    public var limits: FrameLimits

    public init(limits: FrameLimits = FrameLimits()) {
        self.limits = limits
    }

    /// One complete frame.
    ///
    /// - Throws: ``FrameError/frameTooLarge(length:limit:)`` or
    ///   ``FrameError/unencodableString(field:)``; nothing is produced then.
    public func encode(_ envelope: Envelope) throws(FrameError) -> [UInt8] {
        var frame: [UInt8] = []
        try encode(envelope, into: &frame)
        return frame
    }

    /// Appends one frame to `buffer`, so several replies can go out in one write.
    ///
    /// On error `buffer` is left exactly as it was.
    public func encode(_ envelope: Envelope, into buffer: inout [UInt8]) throws(FrameError) {
        try Envelope.appendSerialized(envelope, to: &buffer, reservingPrefix: true, limits: limits)
    }
}
