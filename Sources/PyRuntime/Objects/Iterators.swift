import BigInt

/// A built-in iterator: `iter([…])`, `enumerate`, `zip`, `map`, dict views …
class PyIterator: PyObject {
    /// `type` names a module's own iterator type (`itertools.chain`, …); by default the type
    /// is the one named by ``typeName``.
    init(iteratorType: PyType? = nil) { super.init(type: iteratorType ?? IteratorTypes.named(Self.typeName)) }

    /// The Python class name (`list_iterator`, `map`, …).
    class var typeName: String { "iterator" }

    /// The next element, or `nil` when exhausted.
    func next(_ vm: VM) throws(PyError) -> Value? { nil }
}

/// Iterates a list by position, seeing appends made during iteration (as CPython does).
final class ListIterator: PyIterator {
    override class var typeName: String { "list_iterator" }
    let list: PyList
    var position = 0
    init(_ list: PyList) { self.list = list }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard position < list.items.count else { return nil }
        defer { position += 1 }
        return list.items[position]
    }
}

/// Iterates a fixed array of values.
final class ArrayIterator: PyIterator {
    override class var typeName: String { "tuple_iterator" }
    var items: [Value]
    deinit { Trashcan.drop(&items, empty: []) }
    var position = 0
    init(_ items: [Value]) { self.items = items }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard position < items.count else { return nil }
        defer { position += 1 }
        return items[position]
    }
}

/// Iterates the characters of a string.
final class StrIterator: PyIterator {
    override class var typeName: String { "str_ascii_iterator" }
    var iterator: String.UnicodeScalarView.Iterator
    init(_ s: PyStr) { iterator = s.value.unicodeScalars.makeIterator() }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let scalar = iterator.next() else { return nil }
        return .str(String(Character(scalar)))
    }
}

/// Iterates a range without materializing it.
final class RangeIterator: PyIterator {
    override class var typeName: String { "range_iterator" }
    var current: Int
    var remaining: Int
    let step: Int
    init(_ range: PyRange) {
        current = range.start
        remaining = range.count
        step = range.step
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { current &+= step }
        return .int(current)
    }
}

/// Iterates a dict's keys, values or items; a size change raises like CPython.
final class DictIterator: PyIterator {
    override class var typeName: String { "dict_keyiterator" }
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    let initialCount: Int
    var position = 0
    init(_ dict: PyDict, kind: Kind) {
        self.dict = dict
        self.kind = kind
        initialCount = dict.count
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard dict.count == initialCount else {
            position = Int.max
            throw Errors.runtimeError("dictionary changed size during iteration")
        }
        while position < dict.entryCapacity {
            defer { position += 1 }
            if let (key, value) = dict.entry(at: position) {
                switch kind {
                case .keys: return key
                case .values: return value
                case .items: return .tuple([key, value])
                }
            }
        }
        return nil
    }
}

/// Iterates a set in table order; a size change raises like CPython.
final class SetIterator: PyIterator {
    override class var typeName: String { "set_iterator" }
    let set: PySet
    let initialCount: Int
    var position = 0
    init(_ set: PySet) {
        self.set = set
        initialCount = set.count
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard set.count == initialCount else {
            position = Int.max
            throw Errors.runtimeError("Set changed size during iteration")
        }
        while position < set.tableSize {
            defer { position += 1 }
            if let value = set.element(at: position) { return value }
        }
        return nil
    }
}

/// `enumerate(iterable, start)`.
final class EnumerateIterator: PyIterator {
    override class var typeName: String { "enumerate" }
    var source: Value
    deinit { Trashcan.drop(&source, empty: .none) }
    var counter: Int
    /// The counter once it has passed `Int.max` (`enumerate(x, start=2**63 - 1)`).
    var overflowCounter: BigInt?
    init(_ source: Value, start: Int) {
        self.source = source
        counter = start
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let value = try vm.nextValue(source) else { return nil }
        let index = counter
        if let big = overflowCounter {
            overflowCounter = big + 1
            return .tuple([PyBigInt.value(big), value])
        }
        let (next, overflow) = counter.addingReportingOverflow(1)
        if overflow { overflowCounter = BigInt(counter) + 1 } else { counter = next }
        return .tuple([.int(index), value])
    }
}

/// `zip(*iterables, strict=False)`.
final class ZipIterator: PyIterator {
    override class var typeName: String { "zip" }
    var sources: [Value]
    deinit { Trashcan.drop(&sources, empty: []) }
    let strict: Bool
    init(_ sources: [Value], strict: Bool) {
        self.sources = sources
        self.strict = strict
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard !sources.isEmpty else { return nil }
        var items: [Value] = []
        items.reserveCapacity(sources.count)
        for (i, source) in sources.enumerated() {
            guard let value = try vm.nextValue(source) else {
                if strict {
                    if i > 0 {
                        throw Errors.valueError("zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")")
                    }
                    for (j, other) in sources.enumerated().dropFirst() where try vm.nextValue(other) != nil {
                        throw Errors.valueError("zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
                    }
                }
                return nil
            }
            items.append(value)
        }
        return .tuple(items)
    }
}

/// `map(function, *iterables)`.
final class MapIterator: PyIterator {
    override class var typeName: String { "map" }
    let function: Value
    var sources: [Value]
    deinit { Trashcan.drop(&sources, empty: []) }
    init(_ function: Value, _ sources: [Value]) {
        self.function = function
        self.sources = sources
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        var args: [Value] = []
        for source in sources {
            guard let value = try vm.nextValue(source) else { return nil }
            args.append(value)
        }
        return try vm.call(function, args)
    }
}

/// `filter(function, iterable)`.
final class FilterIterator: PyIterator {
    override class var typeName: String { "filter" }
    let function: Value
    var source: Value
    deinit { Trashcan.drop(&source, empty: .none) }
    init(_ function: Value, _ source: Value) {
        self.function = function
        self.source = source
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        while let value = try vm.nextValue(source) {
            let keep = function.isNone ? value : try vm.call(function, [value])
            if try vm.isTruthy(keep) { return value }
        }
        return nil
    }
}

/// `reversed(sequence)` over a snapshot of positions.
final class ReversedIterator: PyIterator {
    override class var typeName: String { "list_reverseiterator" }
    let sequence: Value
    var position: Int
    init(_ sequence: Value, count: Int) {
        self.sequence = sequence
        position = count - 1
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard position >= 0 else { return nil }
        if case .object(let o) = sequence, let list = o as? PyList, position >= list.items.count {
            position = -1
            return nil
        }
        defer { position -= 1 }
        return try vm.getItem(sequence, .int(position))
    }
}

/// `iter(callable, sentinel)`.
final class CallableIterator: PyIterator {
    override class var typeName: String { "callable_iterator" }
    let function: Value
    let sentinel: Value
    var done = false
    init(_ function: Value, sentinel: Value) {
        self.function = function
        self.sentinel = sentinel
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if done { return nil }
        let value = try vm.call(function, [])
        if try vm.equals(value, sentinel) {
            done = true
            return nil
        }
        return value
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views.
final class PyDictView: PyObject {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind

    /// A view of `dict`; `type` is the view class of a dict subclass (`odict_keys`), by
    /// default the kind's `dict_keys`/`dict_values`/`dict_items`.
    init(_ dict: PyDict, kind: Kind, type: PyType? = nil) {
        self.dict = dict
        self.kind = kind
        let defaultType: PyType
        switch kind {
        case .keys: defaultType = BuiltinTypes.dictKeys
        case .values: defaultType = BuiltinTypes.dictValues
        case .items: defaultType = BuiltinTypes.dictItems
        }
        super.init(type: type ?? defaultType)
    }
}

/// One built-in class per iterator kind, so `type(it).__name__` reads as in CPython.
enum IteratorTypes {
    nonisolated(unsafe) static let all: [String: PyType] = {
        var types: [String: PyType] = [:]
        for name in ["iterator", "list_iterator", "tuple_iterator", "str_ascii_iterator", "range_iterator",
                     "dict_keyiterator", "set_iterator", "enumerate", "zip", "map", "filter",
                     "list_reverseiterator", "callable_iterator"] {
            types[name] = BuiltinTypes.make(name, .iterator, methods: IteratorMethods.table)
        }
        return types
    }()

    static func named(_ name: String) -> PyType { all[name] ?? BuiltinTypes.iterator }
}
