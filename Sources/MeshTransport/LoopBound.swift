/// Carries a loop-confined value (a connection, a core object) across threads to code that
/// runs on its loop, e.g. in a job passed to ``EventLoop/execute(_:)``.
///
/// `@unchecked Sendable` on a promise the compiler cannot check: `value` is only used on the
/// loop thread that owns it.
public struct LoopBound<Value>: @unchecked Sendable {
    /// The wrapped value; touch it only on its loop's thread.
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
