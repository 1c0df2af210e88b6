/// A Python `list`.
final class PyList: PyObject {
    var items: [Value]

    init(_ items: [Value] = []) {
        self.items = items
        super.init(type: BuiltinTypes.list)
    }

    init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
    }

    deinit { Trashcan.drop(&items, empty: []) }
}

/// A Python `tuple`.
final class PyTuple: PyObject {
    /// The elements; never changed after creation (`var` only so `deinit` can hand them to
    /// the trashcan).
    private(set) var items: [Value]

    init(_ items: [Value]) {
        self.items = items
        super.init(type: BuiltinTypes.tuple)
    }

    init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
    }

    deinit { Trashcan.drop(&items, empty: []) }

    /// The shared empty tuple.
    nonisolated(unsafe) static let empty = PyTuple([])
}

/// A Python `range`.
final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    /// The number of elements (computed without overflow).
    let count: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        count = PyRange.length(start: start, stop: stop, step: step)
        super.init(type: BuiltinTypes.range)
    }

    /// The element at `index` (0 ≤ index < count).
    func element(_ index: Int) -> Int { start &+ index &* step }

    static func length(start: Int, stop: Int, step: Int) -> Int {
        if step > 0, start < stop {
            let span = stop.subtractingReportingOverflow(start)
            if span.overflow { return Int.max }
            return (span.partialValue - 1) / step + 1
        }
        if step < 0, start > stop {
            let span = start.subtractingReportingOverflow(stop)
            if span.overflow { return Int.max }
            return Int((UInt(span.partialValue) - 1) / step.magnitude) + 1
        }
        return 0
    }
}

/// A Python `slice` object.
final class PySlice: PyObject {
    let start: Value
    let stop: Value
    let step: Value

    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }
}

/// A function's closure cell.
final class PyCell: PyObject {
    var value: Value?

    init(_ value: Value? = nil) {
        self.value = value
        super.init(type: BuiltinTypes.cell)
    }

    deinit { Trashcan.drop(&value, empty: nil) }
}

/// An imported module: a name and a namespace.
final class PyModule: PyObject {
    let name: String
    let namespace: PyDict

    init(name: String, namespace: PyDict) {
        self.name = name
        self.namespace = namespace
        super.init(type: BuiltinTypes.module)
    }
}

/// A marker object (`NotImplemented`, `Ellipsis`, the VM's null slot).
final class PySingleton: PyObject {
    let name: String

    init(name: String, type: PyType) {
        self.name = name
        super.init(type: type)
    }
}
