/// What the runtime throws: a Python exception the program may catch, or the end of the
/// run because a limit was breached (never catchable by the program).
public enum PyError: Error, @unchecked Sendable {
    case exception(PyException)
    case terminated(Termination)
}

/// Why a run was stopped from outside the program's control.
public enum Termination: Sendable, Equatable, CustomStringConvertible {
    /// More instructions than `Limits.maxInstructions`.
    case instructionLimit(Int)
    /// Longer than `Limits.maxWallTime` (seconds).
    case timeLimit(Double)
    /// More printed output than `Limits.maxOutputBytes`.
    case outputLimit(Int)
    /// More external calls than `Limits.maxExternalCalls`.
    case externalCallLimit(Int)
    /// The host cancelled the run.
    case cancelled

    public var description: String {
        switch self {
        case .instructionLimit(let n): "instruction limit exceeded (\(n) instructions)"
        case .timeLimit(let s): "time limit exceeded (\(s) s)"
        case .outputLimit(let n): "output limit exceeded (\(n) bytes)"
        case .externalCallLimit(let n): "external call limit exceeded (\(n) calls)"
        case .cancelled: "run cancelled"
        }
    }
}
