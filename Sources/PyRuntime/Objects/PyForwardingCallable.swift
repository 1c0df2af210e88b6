/// A callable object that answers each call by calling another callable, possibly with
/// more arguments, or from a cache (`functools.partial`, `lru_cache` wrappers).
///
/// The interpreter loop runs a Python target in a frame of its own instead of a nested
/// loop, so recursion through the object (a memoized recursive function) is bounded by the
/// recursion limit like any Python recursion, not by the nesting limit of callbacks.
class PyForwardingCallable: PyObject {
    /// Whether the object binds like a function when read from an instance of a class that
    /// holds it (`@lru_cache` on a method); `functools.partial` does not.
    var bindsAsMethod: Bool { false }

    /// How to answer a call with these arguments (the last `keywordNames.count` of `args`
    /// are keyword arguments). Subclasses override it.
    func forward(_ vm: VM, _ args: [Value], keywordNames: [String]) throws(PyError) -> ForwardedCall {
        throw Errors.notCallable(.object(self))
    }
}

/// What a `PyForwardingCallable` does with a call.
enum ForwardedCall {
    /// The result, known without calling anything (a cache hit).
    case result(Value)
    /// Call `target` with `args` (keyword arguments last, named by `keywordNames`); when it
    /// returns, `completion` (if any) receives the result before the caller does.
    case call(target: Value, args: [Value], keywordNames: [String], completion: CallCompletion?)
}

/// Receives the result of a forwarded call (`lru_cache` stores it).
final class CallCompletion {
    let deliver: (Value) throws(PyError) -> Void

    init(_ deliver: @escaping (Value) throws(PyError) -> Void) { self.deliver = deliver }
}
