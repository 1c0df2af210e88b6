import CLibUV
import Testing

/// Counts timer callbacks; reached through `uv_handle_t.data` because C callbacks cannot capture.
private final class TimerProbe {
    var fired = 0
}

@Suite("libuv through the CLibUV system-library target")
struct LibUVTests {
    @Test("the linked libuv is a 1.x release")
    func version() {
        #expect(uv_version() >> 16 == 1)
        #expect(String(cString: uv_version_string()).hasPrefix("1."))
    }

    @Test("a loop runs a timer callback, closes its handle and shuts down cleanly")
    func timerOnPrivateLoop() throws {
        let loop = UnsafeMutablePointer<uv_loop_t>.allocate(capacity: 1)
        defer { loop.deallocate() }
        #expect(uv_loop_init(loop) == 0)

        let timer = UnsafeMutablePointer<uv_timer_t>.allocate(capacity: 1)
        #expect(uv_timer_init(loop, timer) == 0)
        let probe = TimerProbe()
        timer.pointee.data = Unmanaged.passRetained(probe).toOpaque()

        let started = uv_timer_start(timer, { timer in
            guard let timer, let data = timer.pointee.data else { return }
            Unmanaged<TimerProbe>.fromOpaque(data).takeUnretainedValue().fired += 1
            uv_close(UnsafeMutableRawPointer(timer).assumingMemoryBound(to: uv_handle_t.self)) { handle in
                guard let handle else { return }
                if let data = handle.pointee.data {
                    Unmanaged<TimerProbe>.fromOpaque(data).release()
                }
                handle.deallocate()
            }
        }, 1, 0)
        #expect(started == 0)

        #expect(uv_run(loop, UV_RUN_DEFAULT) == 0)
        #expect(probe.fired == 1)
        #expect(uv_loop_close(loop) == 0)
    }

    @Test("libuv reports errors as negative codes with names")
    func errorNames() {
        #expect(String(cString: uv_err_name(UV_EADDRINUSE.rawValue)) == "EADDRINUSE")
    }
}
