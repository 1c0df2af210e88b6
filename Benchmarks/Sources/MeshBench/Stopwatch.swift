import Glibc

/// Monotonic time for measuring intervals.
enum Stopwatch {
    /// Nanoseconds since an arbitrary fixed point (`CLOCK_MONOTONIC`, which NTP never steps).
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Nanoseconds elapsed since `start`, a value of ``now()``.
    static func elapsed(since start: UInt64) -> UInt64 {
        now() - start
    }
}
