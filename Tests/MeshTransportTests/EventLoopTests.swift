import MeshProtocol
@testable import MeshTransport
import MeshTestSupport
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Event loop")
struct EventLoopTests {
    @Test("jobs run on the loop thread, in submission order")
    func jobsRunInOrder() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let seen = Mutex<[Int]>([])
        let onThread = Mutex(true)
        for index in 0..<1000 {
            loop.execute {
                seen.withLock { $0.append(index) }
                if !loop.inLoopThread { onThread.withLock { $0 = false } }
            }
        }
        #expect(await eventually { seen.withLock { $0.count } == 1000 })
        #expect(seen.withLock { $0 } == Array(0..<1000))
        #expect(onThread.withLock { $0 })
        #expect(!loop.inLoopThread)
    }

    @Test("after shutdown, submissions are refused and nothing runs")
    func refusedAfterShutdown() throws {
        let loop = try EventLoop()
        loop.shutdown()
        let ran = Mutex(false)
        #expect(loop.execute { ran.withLock { $0 = true } } == false)
        #expect(!ran.withLock { $0 })
        loop.shutdown()  // a second call is harmless
    }

    @Test("timers fire once, repeat, and stop")
    func timers() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let once = Mutex(0)
        let repeating = Mutex(0)
        try await onLoop(loop) {
            let single = LoopTimer(loop: loop)
            single.start(afterMs: 5) { once.withLock { $0 += 1 } }
            let repeated = LoopTimer(loop: loop)
            repeated.start(afterMs: 1, repeatMs: 1) {
                let count = repeating.withLock { value -> Int in
                    value += 1
                    return value
                }
                if count == 5 { repeated.close() }
            }
        }
        #expect(await eventually { once.withLock { $0 } == 1 && repeating.withLock { $0 } == 5 })
        try await Task.sleep(for: .milliseconds(30))
        #expect(once.withLock { $0 } == 1)
        #expect(repeating.withLock { $0 } == 5)
    }

    @Test("shutdown closes open timers and connections and joins the thread")
    func shutdownClosesEverything() async throws {
        let loop = try EventLoop()
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0))
        let client = Probe()
        _ = try await loop.connect(to: server.address) { _ in client }
        #expect(await eventually { server.probes.count == 1 })
        try await onLoop(loop) {
            LoopTimer(loop: loop).start(afterMs: 60_000) {}
        }
        loop.shutdown()
        #expect(client.closed)
        #expect(client.closeError == .loopShutDown)
        #expect(server.probes.first?.closed == true)
    }
}

@Suite("Signals")
struct SignalWaiterTests {
    @Test("a signal raised right after install is caught, not lost")
    func caughtRightAfterInstall() async throws {
        let waiter = try await SignalWaiter.install([SIGUSR2])
        // Process-directed, like a real SIGTERM: the test thread itself may block signals.
        kill(getpid(), SIGUSR2)
        #expect(await waiter.wait() == SIGUSR2)
    }
}
