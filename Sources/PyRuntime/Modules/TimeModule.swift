import BigInt
import Glibc

/// The `time` module's clocks and `sleep`. `sleep` blocks the run (as CPython's blocks its
/// thread, event loop included) in short slices, so the wall-time limit and cancellation end
/// a long sleep.
enum TimeModule {
    static func clock(_ id: clockid_t) -> (seconds: Int, nanoseconds: Int) {
        var ts = timespec()
        clock_gettime(id, &ts)
        return (ts.tv_sec, ts.tv_nsec)
    }

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("time"))
        for (name, id) in [("time", CLOCK_REALTIME), ("monotonic", CLOCK_MONOTONIC), ("perf_counter", CLOCK_MONOTONIC),
                           ("process_time", CLOCK_PROCESS_CPUTIME_ID)] {
            function(name) { vm, args throws(PyError) in
                try args.expect("time." + name, min: 0, max: 0)
                let now = clock(id)
                return .float(Double(now.seconds) + Double(now.nanoseconds) / 1e9)
            }
            function(name + "_ns") { vm, args throws(PyError) in
                try args.expect("time." + name + "_ns", min: 0, max: 0)
                let now = clock(id)
                return PyBigInt.value(BigIntBridge.nanoseconds(now.seconds, now.nanoseconds))
            }
        }
        function("sleep", sleep)
        return PyModule(name: "time", namespace: namespace)
    }

    /// `sleep(secs)`.
    static func sleep(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        if args.positional.count != 1 || !args.keywords.isEmpty {
            try args.expect("time.sleep", min: 1, max: 1)
        }
        let value = args.positional[0]
        guard let number = Number(value) else { throw Errors.notAnInteger(value) }
        let seconds = try doubleValue(number)
        if seconds.isNaN { throw Errors.valueError("Invalid value NaN (not a number)") }
        guard seconds >= 0 else { throw Errors.valueError("sleep length must be non-negative") }
        let deadline = monotonicSeconds() + seconds
        while true {
            try vm.checkLimits()
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 { break }
            sleepSeconds(min(remaining, 0.05))
        }
        return .none
    }
}

/// Nanosecond counts as exact integers.
enum BigIntBridge {
    static func nanoseconds(_ seconds: Int, _ nanoseconds: Int) -> BigInt {
        BigInt(seconds) * 1_000_000_000 + BigInt(nanoseconds)
    }
}
