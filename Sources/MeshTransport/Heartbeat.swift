import MeshProtocol

/// Sends `Ping` on a connection at a fixed interval, so the peer's lease on us stays fresh even
/// when there is nothing else to say, and closes the connection when the peer has been silent
/// for longer than `timeoutMs` (a router that answers nothing is as good as gone, even if TCP
/// has not noticed). Loop thread only; ``stop()`` before dropping it.
public final class Heartbeat {
    private let timer: LoopTimer
    private var nonce: UInt64 = 0

    /// Starts pinging `connection` every `intervalMs` (at least 100 ms); 0 for `timeoutMs`
    /// never gives up on the peer.
    public init(connection: Connection, intervalMs: UInt64, timeoutMs: UInt64) {
        timer = LoopTimer(loop: connection.loop)
        let interval = max(intervalMs, 100)
        timer.start(afterMs: interval, repeatMs: interval) { [weak self, weak connection] in
            guard let self, let connection else { return }
            let silence = connection.loop.now &- connection.lastReadAt
            if timeoutMs > 0 && silence > timeoutMs {
                connection.abort(.peerSilent(milliseconds: timeoutMs))
                return
            }
            nonce += 1
            try? connection.send(.ping(Ping(nonce: nonce)))
        }
    }

    /// Stops for good.
    public func stop() {
        timer.close()
    }
}
