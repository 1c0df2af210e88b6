import Glibc
import MeshSchema

/// The `asyncio` event loop inside the VM, following CPython's `BaseEventLoop._run_once`:
/// a FIFO of ready callbacks (each iteration runs those present at its start), timers, and
/// host calls waiting for the host. Ordering matches asyncio's, so interleavings print alike.
final class Scheduler {
    typealias Callback = (VM) throws(PyError) -> Void

    private var ready: [Callback] = []
    private var readyHead = 0
    private var timers: [(deadline: Double, sequence: Int, action: Callback)] = []
    private var timerSequence = 0
    /// Host calls issued since the host last collected them.
    var newRequests: [(id: Int, request: HostRequest)] = []
    /// Host calls awaiting a result, by id.
    var inFlight: [Int: PyFuture] = [:]
    private var nextCallID = 1
    /// Every host call issued during the run.
    var totalHostCalls = 0
    /// The task being stepped.
    var currentTask: PyTask?
    /// Whether an event loop is running (`asyncio.run`, or a program with top-level `await`).
    var loopRunning = false
    /// Set by the host to stop the run at the next check.
    var cancelRequested = false

    var hasReady: Bool { readyHead < ready.count }

    /// `loop.call_soon(callback)`.
    func callSoon(_ callback: @escaping Callback) {
        ready.append(callback)
    }

    /// `loop.call_later(delay, callback)`; returns a handle for `cancelTimer`.
    @discardableResult
    func callLater(_ delay: Double, _ action: @escaping Callback) -> Int {
        timerSequence += 1
        let entry = (deadline: monotonicSeconds() + max(0, delay), sequence: timerSequence, action: action)
        let index = timers.firstIndex { ($0.deadline, $0.sequence) > (entry.deadline, entry.sequence) } ?? timers.count
        timers.insert(entry, at: index)
        return timerSequence
    }

    func cancelTimer(_ handle: Int) {
        timers.removeAll { $0.sequence == handle }
    }

    /// The earliest timer deadline, if any.
    var nextDeadline: Double? { timers.first?.deadline }

    // MARK: Futures

    /// Completes a future and schedules its callbacks.
    func complete(_ future: PyFuture, _ state: PyFuture.State) {
        guard !future.isDone else { return }
        future.state = state
        let callbacks = future.callbacks
        future.callbacks = []
        for callback in callbacks { callSoon(callback) }
    }

    /// `future.add_done_callback(callback)`.
    func whenDone(_ future: PyFuture, _ callback: @escaping Callback) {
        if future.isDone {
            callSoon(callback)
        } else {
            future.callbacks.append(callback)
        }
    }

    /// Issues a host call the first time its future is awaited.
    func start(_ future: PyFuture, vm: VM) throws(PyError) {
        guard let request = future.hostRequest, !future.started else { return }
        if totalHostCalls >= vm.limits.maxExternalCalls {
            throw .terminated(.externalCallLimit(vm.limits.maxExternalCalls))
        }
        future.started = true
        totalHostCalls += 1
        let id = nextCallID
        nextCallID += 1
        newRequests.append((id, request))
        inFlight[id] = future
    }

    /// Delivers a host call's outcome.
    func resolve(_ id: Int, _ state: PyFuture.State) -> Bool {
        guard let future = inFlight.removeValue(forKey: id) else { return false }
        complete(future, state)
        return true
    }

    // MARK: Tasks

    /// `asyncio.create_task(coroutine)`: schedules the first step.
    func createTask(_ coroutine: PyGenerator, vm: VM) -> PyTask {
        let task = PyTask(coroutine: coroutine, name: "Task-\(nextTaskNumber())")
        callSoon { vm throws(PyError) in try self.step(task, vm: vm) }
        return task
    }

    private var taskCounter = 0
    private func nextTaskNumber() -> Int {
        taskCounter += 1
        return taskCounter
    }

    /// `Task.__step`: runs the task until it awaits something not done, returns or raises.
    func step(_ task: PyTask, vm: VM) throws(PyError) {
        guard !task.isDone else { return }
        var thrown: PyError?
        if task.cancelRequested {
            task.cancelRequested = false
            thrown = Errors.bare(ExceptionTypes.cancelledError)
        }
        let previous = currentTask
        currentTask = task
        defer { currentTask = previous }
        task.waitingOn = nil
        let exit: VM.FrameExit
        do {
            if let coroutine = task.coroutine {
                exit = try vm.resumeCoroutine(coroutine, throwing: thrown)
            } else {
                exit = try resumeRoot(task, vm: vm, throwing: thrown)
            }
        } catch {
            guard case .exception(let e) = error else { throw error }
            if e.type.isSubtype(of: ExceptionTypes.cancelledError) {
                complete(task, .cancelled)
            } else {
                complete(task, .failed(e))
            }
            return
        }
        switch exit {
        case .returned(let value):
            complete(task, .finished(value))
        case .yielded(let value):
            if case .object(let o) = value, let future = o as? PyFuture {
                task.waitingOn = future
                // `Task.__wakeup`: the awaiting `send` re-reads the future's outcome.
                whenDone(future) { vm throws(PyError) in try vm.scheduler.step(task, vm: vm) }
            } else {
                callSoon { vm throws(PyError) in try self.step(task, vm: vm) }
            }
        }
    }


    private func resumeRoot(_ task: PyTask, vm: VM, throwing thrown: PyError?) throws(PyError) -> VM.FrameExit {
        guard let root = task.rootFrame else { return .returned(.none) }
        if !task.hasStarted {
            task.hasStarted = true
            try vm.enterFrame()
            return try vm.run(root)
        }
        guard let blocked = task.blockedFrame, let future = blocked.blockedOn else { return .returned(.none) }
        task.blockedFrame = nil
        blocked.blockedOn = nil
        var frame: Frame? = blocked
        while let f = frame {
            vm.frameDepth += 1
            if f === root { break }
            frame = f.back
        }
        if let thrown { return try vm.run(root, startingAt: blocked, throwing: thrown) }
        do {
            blocked.stack.append(try future.result())
        } catch {
            return try vm.run(root, startingAt: blocked, throwing: error)
        }
        return try vm.run(root, startingAt: blocked)
    }

    // MARK: The loop

    /// What `runUntilDone` stopped for.
    enum Pause {
        case done
        /// Waiting for host calls; `deadline` is the next timer, if any.
        case waitingForHost(deadline: Double?)
    }

    /// Runs until `root` is done or every task waits for the host.
    func runUntilDone(_ root: PyTask, vm: VM) throws(PyError) -> Pause {
        while !root.isDone {
            try vm.checkLimits()
            if !hasReady {
                if let deadline = nextDeadline {
                    let wait = deadline - monotonicSeconds()
                    if wait > 0 {
                        if !inFlight.isEmpty { return .waitingForHost(deadline: deadline) }
                        let remaining = vm.limits.maxWallTime - (monotonicSeconds() - vm.startTime)
                        if remaining <= 0 { throw .terminated(.timeLimit(vm.limits.maxWallTime)) }
                        sleepSeconds(min(wait, remaining + 0.001))
                    }
                } else if !inFlight.isEmpty {
                    return .waitingForHost(deadline: nil)
                } else {
                    throw Errors.runtimeError("the program is waiting for something that can never happen (all tasks are blocked)")
                }
            }
            runOnce(vm: vm, root: root)
            if let error = loopError {
                loopError = nil
                throw error
            }
        }
        return .done
    }

    private var loopError: PyError?

    /// One `_run_once`: due timers become ready, then the callbacks ready at the start run.
    private func runOnce(vm: VM, root: PyTask) {
        let now = monotonicSeconds()
        while let first = timers.first, first.deadline <= now {
            timers.removeFirst()
            ready.append(first.action)
        }
        let end = ready.count
        while readyHead < end {
            let callback = ready[readyHead]
            readyHead += 1
            do {
                try callback(vm)
            } catch {
                loopError = error
                break
            }
        }
        if readyHead > 1024, readyHead * 2 > ready.count {
            ready.removeFirst(readyHead)
            readyHead = 0
        }
    }
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func sleepSeconds(_ seconds: Double) {
    guard seconds > 0 else { return }
    var ts = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
    _ = nanosleep(&ts, nil)
}
