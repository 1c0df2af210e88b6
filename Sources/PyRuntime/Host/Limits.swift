/// The resource limits of one run. Every limit is enforced; a breach either raises the
/// Python exception CPython would (`RecursionError`, `MemoryError`) or ends the run with a
/// `Termination`. Defaults suit model-written orchestration programs.
public struct Limits: Sendable, Equatable {
    /// Instructions (counted on backward jumps and calls).
    public var maxInstructions: Int = 200_000_000
    /// Wall-clock seconds for the whole run, including time spent waiting on host calls.
    public var maxWallTime: Double = 60
    /// Estimated bytes allocated by the program.
    public var maxMemoryBytes: Int = 512 * 1024 * 1024
    /// Python call depth (`RecursionError` beyond it).
    public var maxRecursionDepth: Int = 1000
    /// Built-in functions calling back into Python (`sorted(key=…)` inside `sorted(key=…)` …).
    public var maxNestedCallbacks: Int = 50
    /// Bytes of printed output.
    public var maxOutputBytes: Int = 1024 * 1024
    /// Host (tool) calls in total.
    public var maxExternalCalls: Int = 10_000
    /// The largest integer, in bits (`2 ** 10**9` is a `MemoryError` at once).
    public var maxIntegerBits: Int = 1 << 24

    public init() {}
}
