import CLibUV

/// A libuv event loop running on a thread of its own.
///
/// Every libuv handle belongs to one loop and is touched only on that loop's thread. Other
/// threads hand work over with ``execute(_:)``: jobs go into a locked queue and the loop is
/// woken with `uv_async_send` (the only thread-safe libuv call) when the queue goes from
/// empty to non-empty, so a burst of submissions costs one wake-up.
///
/// Output written during one loop iteration is coalesced: connections only mark themselves
/// dirty, and a prepare handle flushes all of them just before the loop polls for I/O again.
///
/// `@unchecked Sendable`: the mutable state below the locked properties is confined to the
/// loop thread (checked with `assert(inLoopThread)` in debug builds).
public final class EventLoop: @unchecked Sendable {
    struct Submissions {
        var jobs: [@Sendable () -> Void] = []
        var shuttingDown = false
    }

    /// The libuv loop. Loop thread only.
    let uv: UnsafeMutablePointer<uv_loop_t>
    private let wakeup: UnsafeMutablePointer<uv_async_t>
    private let flusher: UnsafeMutablePointer<uv_prepare_t>
    private let submissions = Locked(Submissions())
    private let thread = Locked<uv_thread_t?>(nil)
    private let loopThread = Locked<uv_thread_t?>(nil)

    // Loop-confined state.
    private var dirty: [Connection] = []
    private var resources: [ObjectIdentifier: any LoopResource] = [:]
    /// Scratch buffer every read callback on this loop fills; reads are handled one at a time.
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)

    /// Creates the loop and starts its thread.
    public init() throws(TransportError) {
        uv = .allocate(capacity: 1)
        wakeup = .allocate(capacity: 1)
        flusher = .allocate(capacity: 1)
        let status = uv_loop_init(uv)
        guard status == 0 else {
            uv.deallocate()
            wakeup.deallocate()
            flusher.deallocate()
            readBuffer.deallocate()
            throw .uv("uv_loop_init", status)
        }
        uv_async_init(uv, wakeup) { handle in
            guard let loop = EventLoop.owner(of: handle) else { return }
            loop.runSubmissions()
        }
        uv_prepare_init(uv, flusher)
        uv_prepare_start(flusher) { handle in
            EventLoop.owner(of: handle)?.flushDirtyConnections()
        }
        // The flusher must not keep the loop alive on its own.
        uv_unref(UnsafeMutableRawPointer(flusher).assumingMemoryBound(to: uv_handle_t.self))
        let context = Unmanaged.passUnretained(self).toOpaque()
        wakeup.pointee.data = context
        flusher.pointee.data = context
        uv.pointee.data = context
        try startThread()
    }

    deinit {
        uv.deallocate()
        wakeup.deallocate()
        flusher.deallocate()
        readBuffer.deallocate()
    }

    /// True when called on this loop's thread.
    public var inLoopThread: Bool {
        guard var loopThread = loopThread.withLock({ $0 }) else { return false }
        var current = uv_thread_self()
        return uv_thread_equal(&current, &loopThread) != 0
    }

    /// Runs `job` on the loop thread, soon. Thread-safe.
    ///
    /// - Returns: false, without running `job`, when the loop is shutting down or has shut
    ///   down; the caller must then complete whatever the job would have completed.
    @discardableResult
    public func execute(_ job: @escaping @Sendable () -> Void) -> Bool {
        let (accepted, wake) = submissions.withLock { state -> (Bool, Bool) in
            guard !state.shuttingDown else { return (false, false) }
            state.jobs.append(job)
            return (true, state.jobs.count == 1)
        }
        if wake {
            uv_async_send(wakeup)
        }
        return accepted
    }

    /// Closes every handle, lets pending callbacks run, and joins the loop thread.
    ///
    /// Jobs already submitted run first; later ``execute(_:)`` calls are refused. Must not be
    /// called on the loop thread. Calling it again is harmless.
    public func shutdown() {
        assert(!inLoopThread, "EventLoop.shutdown() would deadlock on its own thread")
        let first = submissions.withLock { state -> Bool in
            defer { state.shuttingDown = true }
            return !state.shuttingDown
        }
        if first {
            uv_async_send(wakeup)
        }
        guard var joined = thread.withLock({ thread -> uv_thread_t? in
            defer { thread = nil }
            return thread
        }) else { return }
        uv_thread_join(&joined)
    }

    // MARK: - Loop thread

    /// The loop's time in milliseconds, as libuv caches it for the current iteration.
    /// Loop thread only.
    public var now: UInt64 { uv_now(uv) }

    /// Tracks a handle owner so shutdown can close it.
    func register(_ resource: any LoopResource) {
        resources[ObjectIdentifier(resource)] = resource
    }

    func unregister(_ resource: any LoopResource) {
        resources[ObjectIdentifier(resource)] = nil
    }

    /// Queues `connection` to have its output written before the loop next polls.
    func markDirty(_ connection: Connection) {
        dirty.append(connection)
    }

    private func flushDirtyConnections() {
        // A flush can mark connections dirty again (a failed write closes and notifies), so
        // take the list first.
        let connections = dirty
        dirty.removeAll(keepingCapacity: true)
        for connection in connections {
            connection.flush()
        }
    }

    private func runSubmissions() {
        let (jobs, shuttingDown) = submissions.withLock { state in
            defer { state.jobs.removeAll() }
            return (state.jobs, state.shuttingDown)
        }
        for job in jobs {
            job()
        }
        if shuttingDown {
            closeEverything()
        }
    }

    private func closeEverything() {
        for resource in resources.values {
            resource.closeForShutdown()
        }
        resources.removeAll()
        uv_close(UnsafeMutableRawPointer(wakeup).assumingMemoryBound(to: uv_handle_t.self), nil)
        uv_close(UnsafeMutableRawPointer(flusher).assumingMemoryBound(to: uv_handle_t.self), nil)
    }

    private func startThread() throws(TransportError) {
        var handle = uv_thread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = uv_thread_create(&handle, { context in
            guard let context else { return }
            let loop = Unmanaged<EventLoop>.fromOpaque(context).takeRetainedValue()
            loop.loopThread.withLock { $0 = uv_thread_self() }
            uv_run(loop.uv, UV_RUN_DEFAULT)
            // Every handle is closed by now; close callbacks have run.
            uv_loop_close(loop.uv)
        }, context)
        guard status == 0 else {
            Unmanaged<EventLoop>.fromOpaque(context).release()
            throw .uv("uv_thread_create", status)
        }
        thread.withLock { $0 = handle }
    }

    private static func owner<Handle>(of handle: UnsafeMutablePointer<Handle>?) -> EventLoop? {
        guard let handle,
              let data = UnsafeMutableRawPointer(handle).assumingMemoryBound(to: uv_handle_t.self).pointee.data
        else { return nil }
        return Unmanaged<EventLoop>.fromOpaque(data).takeUnretainedValue()
    }
}

/// Something that owns libuv handles on a loop and must close them when the loop shuts down.
protocol LoopResource: AnyObject {
    /// Closes the owned handles now (loop thread, during shutdown).
    func closeForShutdown()
}
