/// Size limits applied to frames in both directions.
public struct FrameLimits: Sendable, Hashable {
    /// The default largest frame body: 16 MiB.
    public static let defaultMaxFrameBytes = 16 << 20

    /// The largest frame body (the length prefix's value) accepted or produced.
    public var maxFrameBytes: Int
    /// The most memory decoding one frame may allocate. protobuf-c expands small repeated
    /// messages several times over (a 2-byte submessage becomes a pointer and a struct), so a
    /// bound on frame size alone does not bound memory.
    public var maxDecodedBytes: Int

    /// Limits with `maxFrameBytes` and, unless given, a decode budget of four times that plus
    /// 64 KiB (room for legitimate metadata-heavy frames, not for amplification attacks).
    public init(maxFrameBytes: Int = FrameLimits.defaultMaxFrameBytes, maxDecodedBytes: Int? = nil) {
        let frame = max(1, min(maxFrameBytes, Int(UInt32.max)))
        self.maxFrameBytes = frame
        self.maxDecodedBytes = max(1, maxDecodedBytes ?? frame * 4 + (64 << 10))
    }
}
