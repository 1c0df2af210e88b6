/// A generator or coroutine: a suspended frame plus its saved exception state.
final class PyGenerator: PyObject {
    enum State { case created, suspended, running, finished }

    let frame: Frame
    var state: State = .created
    /// The exception being handled inside the generator while it is suspended.
    var handledException: PyException?
    /// The value the generator returned, for `StopIteration.value`.
    var returnValue: Value = .none
    let name: String
    let qualifiedName: String

    init(frame: Frame, type: PyType) {
        self.frame = frame
        name = frame.code.code.name
        qualifiedName = frame.code.code.qualifiedName
        super.init(type: type)
        frame.generator = self
    }

    var isCoroutine: Bool { type === BuiltinTypes.coroutine }

    // A chain of generators each holding the previous one (`g = (x for x in g)`) would
    // otherwise be released recursively; ordinary frames never nest deeper than the
    // recursion limit, so only generator frames go through the trashcan.
    deinit {
        Trashcan.drop(&frame.locals, empty: [])
        Trashcan.drop(&frame.stack, empty: [])
    }
}
