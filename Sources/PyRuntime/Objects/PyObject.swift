/// The base of every heap-allocated Python value.
///
/// Instances of user classes are plain `PyObject`s with an attribute dictionary; built-in
/// kinds subclass it with their own storage. `type` is set once at creation (assigning
/// `__class__` is not supported).
public class PyObject {
    /// The object's class. Only `nil` while the `type` type object itself is being created.
    private var storedType: PyType?
    /// Instance attributes (`__dict__`), created on first assignment, for objects whose
    /// class allows them (`type.hasInstanceDict`).
    final var attributes: PyDict?

    /// The object's class.
    @inline(__always)
    final var type: PyType { storedType.unsafelyUnwrapped }

    init(type: PyType?) {
        storedType = type
    }

    deinit {
        if attributes != nil { Trashcan.drop(&attributes, empty: nil) }
    }

    /// Completes the bootstrap of the `type` type object, whose class is itself.
    final func bootstrapType(_ type: PyType) {
        storedType = type
    }
}
