import CLibUV

/// A libuv timer. Create, start, stop and close it on its loop's thread only.
///
/// The callback runs on the loop thread. A closed timer never fires again and cannot be
/// restarted; closing is also done for you when the loop shuts down.
public final class LoopTimer: LoopResource {
    private let loop: EventLoop
    private var handle: UnsafeMutablePointer<uv_timer_t>?
    private var callback: (() -> Void)?

    /// A stopped timer on `loop`.
    public init(loop: EventLoop) {
        assert(loop.inLoopThread)
        self.loop = loop
        let handle = UnsafeMutablePointer<uv_timer_t>.allocate(capacity: 1)
        uv_timer_init(loop.uv, handle)
        // Retained while the handle is open; released in the close callback.
        handle.pointee.data = Unmanaged.passRetained(self).toOpaque()
        self.handle = handle
        loop.register(self)
    }

    /// Fires `callback` after `milliseconds`, then every `repeatMilliseconds` if that is not 0.
    /// Restarting a running timer replaces its schedule and callback.
    public func start(afterMs milliseconds: UInt64, repeatMs repeatMilliseconds: UInt64 = 0,
                      _ callback: @escaping () -> Void) {
        guard let handle else { return }
        self.callback = callback
        uv_timer_start(handle, { handle in
            guard let data = handle?.pointee.data else { return }
            Unmanaged<LoopTimer>.fromOpaque(data).takeUnretainedValue().callback?()
        }, milliseconds, repeatMilliseconds)
    }

    /// Stops the timer; it can be started again.
    public func stop() {
        guard let handle else { return }
        uv_timer_stop(handle)
        callback = nil
    }

    /// Stops the timer for good and frees its handle.
    public func close() {
        guard let handle else { return }
        self.handle = nil
        callback = nil
        loop.unregister(self)
        HandleClosing.close(handle)
    }

    func closeForShutdown() {
        close()
    }
}
