import CLibUV
import MeshProtocol

/// Receives a connection's envelopes and its end, on the loop thread.
public protocol ConnectionDelegate: AnyObject {
    /// One decoded envelope, in arrival order.
    func connection(_ connection: Connection, didReceive envelope: Envelope)
    /// The connection is closed; called exactly once. `error` is nil for a clean end (local
    /// close, or the peer closing at a frame boundary).
    func connectionDidClose(_ connection: Connection, error: TransportError?)
}

/// A framed, full-duplex stream (TCP or Unix socket) on an ``EventLoop``.
///
/// Loop thread only. Incoming bytes are decoded into envelopes and handed to the delegate;
/// ``send(_:)`` encodes into an output buffer that the loop flushes once per iteration, first
/// with `uv_try_write` and the remainder with one `uv_write`. A peer that sends a bad frame gets
/// a `ProtocolError` and the connection closes.
public final class Connection: LoopResource {
    enum State { case open, closing, closed }

    /// The loop this connection lives on.
    public let loop: EventLoop
    /// The peer's address as text (`127.0.0.1:51234`, `unix:/path`), for logs and listings.
    public let remoteAddress: String
    /// Receives envelopes and the close; set it before the first loop iteration after
    /// creation, i.e. in the accept or connect callback.
    public weak var delegate: (any ConnectionDelegate)?

    let limits: ConnectionLimits
    private let stream: UnsafeMutablePointer<uv_stream_t>
    private let encoder: FrameEncoder
    private var decoder: FrameDecoder
    private(set) var state = State.open
    private var pending: [UInt8] = []
    private var bytesInWrites = 0
    private var flushQueued = false
    private var readingPaused = false
    private var closeError: TransportError?
    private var lingerTimer: LoopTimer?

    /// Wraps an initialized, connected stream handle allocated with ``allocateStream()``;
    /// takes ownership of it.
    init(loop: EventLoop, stream: UnsafeMutablePointer<uv_stream_t>, remoteAddress: String, limits: ConnectionLimits) {
        self.loop = loop
        self.stream = stream
        self.remoteAddress = remoteAddress
        self.limits = limits
        encoder = FrameEncoder(limits: limits.frames)
        decoder = FrameDecoder(limits: limits.frames)
        lastReadAt = loop.now
        // Retained while the handle is open; released in the close callback.
        stream.pointee.data = Unmanaged.passRetained(self).toOpaque()
        loop.register(self)
    }

    /// Memory for a `uv_tcp_t` or `uv_pipe_t`, whichever is larger.
    static func allocateStream() -> UnsafeMutablePointer<uv_stream_t> {
        let size = max(MemoryLayout<uv_tcp_t>.size, MemoryLayout<uv_pipe_t>.size)
        return UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            .bindMemory(to: uv_stream_t.self, capacity: 1)
    }

    /// True until ``close(flushing:)`` is called or the connection fails.
    public var isOpen: Bool { state == .open }

    /// Loop time (ms) when bytes last arrived from the peer, or when the connection opened.
    public private(set) var lastReadAt: UInt64

    /// Bytes accepted by ``send(_:)`` and not yet written to the socket.
    public var unsentByteCount: Int { pending.count + bytesInWrites }

    /// Starts delivering envelopes to the delegate.
    func startReading() {
        let status = uv_read_start(stream, { handle, _, buffer in
            guard let handle, let buffer, let connection = Connection.owner(of: handle) else { return }
            let scratch = connection.loop.readBuffer
            buffer.pointee = uv_buf_init(scratch.baseAddress?.assumingMemoryBound(to: CChar.self),
                                         UInt32(scratch.count))
        }, { handle, count, buffer in
            guard let handle, let connection = Connection.owner(of: handle) else { return }
            connection.didRead(count: count, base: buffer?.pointee.base)
        })
        if status != 0 {
            fail(.uv("uv_read_start", status))
        }
    }

    /// Queues `envelope` for sending; it is written before the loop next polls.
    ///
    /// Does nothing once the connection is closing. Encoding errors (a string with U+0000, a
    /// message over the frame limit) are thrown and nothing is queued; the connection stays
    /// open.
    public func send(_ envelope: Envelope) throws(FrameError) {
        guard state == .open else { return }
        try encoder.encode(envelope, into: &pending)
        guard unsentByteCount <= limits.maxOutboundBytes else {
            fail(.outboundLimitExceeded(limit: limits.maxOutboundBytes))
            return
        }
        if unsentByteCount > limits.pauseReadingAboveBytes {
            pauseReading()
        }
        queueFlush()
    }

    /// Closes the connection. With `flushing`, output already queued is written first (for at
    /// most a second, in case the peer does not read); otherwise it is discarded. The delegate
    /// hears ``ConnectionDelegate/connectionDidClose(_:error:)`` with a nil error.
    public func close(flushing: Bool = true) {
        guard state == .open else { return }
        state = .closing
        stopReading()
        if flushing && unsentByteCount > 0 {
            queueFlush()
            let timer = LoopTimer(loop: loop)
            timer.start(afterMs: 1000) { [weak self] in self?.closeHandle() }
            lingerTimer = timer
        } else {
            closeHandle()
        }
    }

    /// Closes at once because of `error`, discarding unsent output; the delegate hears `error`.
    public func abort(_ error: TransportError) {
        fail(error)
    }

    func closeForShutdown() {
        if closeError == nil {
            closeError = .loopShutDown
        }
        closeHandle()
    }

    // MARK: - Reading

    private func didRead(count: Int, base: UnsafeMutablePointer<CChar>?) {
        guard state == .open else { return }
        if count < 0 {
            let code = Int32(truncatingIfNeeded: count)
            if code == UV_EOF.rawValue {
                do throws(FrameError) {
                    try decoder.finish()
                    closeHandle()
                } catch {
                    fail(.frame(error))
                }
            } else {
                fail(.uv("read", code))
            }
            return
        }
        guard count > 0, let base else { return }
        lastReadAt = loop.now
        decoder.append(UnsafeRawBufferPointer(start: base, count: count).bindMemory(to: UInt8.self))
        do throws(FrameError) {
            // The delegate may close us while handling an envelope; stop delivering then.
            while state == .open, let envelope = try decoder.next() {
                delegate?.connection(self, didReceive: envelope)
            }
        } catch {
            rejectFrame(error)
        }
    }

    /// Tells the peer why its frame is refused, then closes after flushing that message.
    private func rejectFrame(_ error: FrameError) {
        closeError = .frame(error)
        try? send(.protocolError(ProtocolError(code: error.statusCode, message: error.description)))
        close(flushing: true)
    }

    private func pauseReading() {
        guard !readingPaused, state == .open else { return }
        readingPaused = true
        uv_read_stop(stream)
    }

    private func resumeReadingIfDrained() {
        guard readingPaused, state == .open, unsentByteCount < limits.resumeReadingBelowBytes else { return }
        readingPaused = false
        startReading()
    }

    private func stopReading() {
        uv_read_stop(stream)
    }

    // MARK: - Writing

    private func queueFlush() {
        guard !flushQueued else { return }
        flushQueued = true
        loop.markDirty(self)
    }

    /// Writes queued output: as much as the socket takes now, the rest in one `uv_write`.
    func flush() {
        flushQueued = false
        guard state != .closed, !pending.isEmpty else { return }
        let written = pending.withUnsafeMutableBytes { bytes -> Int32 in
            var buffer = uv_buf_init(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
            return uv_try_write(stream, &buffer, 1)
        }
        if written < 0 && written != UV_EAGAIN.rawValue {
            fail(.uv("write", written))
            return
        }
        let sent = Int(max(written, 0))
        if sent == pending.count {
            pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
            afterOutputDrained()
            return
        }
        startWrite(of: pending[sent...])
        pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
    }

    private func startWrite(of bytes: ArraySlice<UInt8>) {
        let request = WriteRequest(connection: self, bytes: bytes)
        bytesInWrites += bytes.count
        let status = uv_write(request.request, stream, &request.buffer, 1) { request, status in
            guard let request, let data = request.pointee.data else { return }
            let write = Unmanaged<WriteRequest>.fromOpaque(data).takeRetainedValue()
            write.connection.didWrite(byteCount: write.byteCount, status: status)
        }
        if status != 0 {
            Unmanaged.passUnretained(request).release()
            bytesInWrites -= bytes.count
            fail(.uv("uv_write", status))
        }
    }

    private func didWrite(byteCount: Int, status: Int32) {
        bytesInWrites -= byteCount
        guard state != .closed else { return }
        if status < 0 {
            fail(.uv("write", status))
            return
        }
        afterOutputDrained()
    }

    private func afterOutputDrained() {
        if state == .closing && unsentByteCount == 0 {
            closeHandle()
        } else {
            resumeReadingIfDrained()
        }
    }

    // MARK: - Closing

    /// Closes because of `error`, discarding unsent output.
    private func fail(_ error: TransportError) {
        guard state != .closed else { return }
        if closeError == nil {
            closeError = error
        }
        closeHandle()
    }

    private func closeHandle() {
        guard state != .closed else { return }
        state = .closed
        lingerTimer?.close()
        lingerTimer = nil
        pending = []
        loop.unregister(self)
        uv_close(UnsafeMutableRawPointer(stream).assumingMemoryBound(to: uv_handle_t.self)) { handle in
            guard let handle, let data = handle.pointee.data else { return }
            let connection = Unmanaged<Connection>.fromOpaque(data).takeRetainedValue()
            connection.delegate?.connectionDidClose(connection, error: connection.closeError)
            connection.delegate = nil
            handle.deallocate()
        }
    }

    private static func owner<Handle>(of handle: UnsafeMutablePointer<Handle>) -> Connection? {
        guard let data = UnsafeMutableRawPointer(handle).assumingMemoryBound(to: uv_handle_t.self).pointee.data else {
            return nil
        }
        return Unmanaged<Connection>.fromOpaque(data).takeUnretainedValue()
    }
}

/// One `uv_write` in flight: the request and a copy of the bytes, both kept alive until the
/// write callback (libuv reads the buffer asynchronously).
private final class WriteRequest {
    let connection: Connection
    let request: UnsafeMutablePointer<uv_write_t>
    let storage: UnsafeMutableRawBufferPointer
    var buffer: uv_buf_t
    var byteCount: Int { storage.count }

    init(connection: Connection, bytes: ArraySlice<UInt8>) {
        self.connection = connection
        storage = .allocate(byteCount: bytes.count, alignment: 1)
        storage.copyBytes(from: bytes)
        buffer = uv_buf_init(storage.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
        request = .allocate(capacity: 1)
        // Retained until the write callback.
        request.pointee.data = Unmanaged.passRetained(self).toOpaque()
    }

    deinit {
        storage.deallocate()
        request.deallocate()
    }
}
