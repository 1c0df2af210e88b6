import MeshProtocol

/// Size limits of one connection.
public struct ConnectionLimits: Sendable, Hashable {
    /// Frame size and decode budget, both directions.
    public var frames: FrameLimits
    /// Unsent output above which the connection stops reading from its peer, so a peer that
    /// sends requests but does not read the answers is slowed down rather than buffered for.
    public var pauseReadingAboveBytes: Int
    /// Unsent output at which reading resumes.
    public var resumeReadingBelowBytes: Int
    /// Unsent output at which the connection is closed with
    /// ``TransportError/outboundLimitExceeded(limit:)``: the peer has stopped reading.
    public var maxOutboundBytes: Int

    /// Defaults: 16 MiB frames, pause at 1 MiB of unsent output, resume at 256 KiB, and give
    /// up at four maximum frames (64 MiB).
    public init(
        frames: FrameLimits = FrameLimits(),
        pauseReadingAboveBytes: Int = 1 << 20,
        resumeReadingBelowBytes: Int = 256 << 10,
        maxOutboundBytes: Int? = nil
    ) {
        self.frames = frames
        self.pauseReadingAboveBytes = pauseReadingAboveBytes
        self.resumeReadingBelowBytes = min(resumeReadingBelowBytes, pauseReadingAboveBytes)
        self.maxOutboundBytes = max(maxOutboundBytes ?? frames.maxFrameBytes * 4, frames.maxFrameBytes + 4)
    }
}
