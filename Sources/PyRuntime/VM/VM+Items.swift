import BigInt

extension VM {
    /// `len(value)`.
    func length(_ value: Value) throws(PyError) -> Int {
        guard case .object(let o) = value else { throw Errors.noLength(value) }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__len__") {
            let result = try call(method, [value])
            guard case .int(let n) = result else {
                if case .bool(let b) = result { return b ? 1 : 0 }
                throw Errors.typeError("'\(result.typeName)' object cannot be interpreted as an integer")
            }
            guard n >= 0 else { throw Errors.valueError("__len__() should return >= 0") }
            return n
        }
        switch o {
        case let s as PyStr: return s.count
        case let l as PyList: return l.items.count
        case let t as PyTuple: return t.items.count
        case let d as PyDict: return d.count
        case let s as PySet: return s.count
        case let r as PyRange: return r.count
        case let b as PyBytes: return b.bytes.count
        case let v as PyDictView: return v.dict.count
        default: throw Errors.noLength(value)
        }
    }

    /// An index argument as `Int` (`__index__` of ints and bools).
    func index(_ value: Value, for container: String) throws(PyError) -> Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            if let small = (o as? PyBigInt)?.small { return small }
            throw Errors.indexError("cannot fit 'int' into an index-sized integer")
        default:
            if container == "string" { throw Errors.typeError("string indices must be integers, not '\(value.typeName)'") }
            throw Errors.badIndexType(container, value)
        }
    }

    /// Normalizes a possibly negative index; `nil` when out of range.
    @inline(__always)
    func normalize(_ i: Int, count: Int) -> Int? {
        let j = i < 0 ? i + count : i
        return j >= 0 && j < count ? j : nil
    }

    /// `slice.indices(count)`: start, stop, step and the number of elements.
    func sliceIndices(_ slice: PySlice, count: Int) throws(PyError) -> (start: Int, stop: Int, step: Int, length: Int) {
        func bound(_ v: Value) throws(PyError) -> Int? {
            if v.isNone { return nil }
            if let n = Number(v), case .big(let b) = n { return b.signum() < 0 ? Int.min / 2 : Int.max / 2 }
            guard let n = Number(v), case .int(let i) = n else {
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        // CPython clamps steps to ±PY_SSIZE_T_MAX; negating Int.min would overflow.
        let step = max(try bound(slice.step) ?? 1, -Int.max)
        guard step != 0 else { throw Errors.valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try bound(slice.start).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? 0
            stop = try bound(slice.stop).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? count
        } else {
            start = try bound(slice.start).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? count - 1
            stop = try bound(slice.stop).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? -1
        }
        let length: Int
        if step > 0 { length = start < stop ? (stop - start - 1) / step + 1 : 0 } else {
            length = start > stop ? (start - stop - 1) / (-step) + 1 : 0
        }
        return (start, stop, step, length)
    }

    /// The positions a slice selects.
    func slicePositions(_ slice: PySlice, count: Int) throws(PyError) -> [Int] {
        let (start, _, step, length) = try sliceIndices(slice, count: count)
        var positions: [Int] = []
        positions.reserveCapacity(length)
        var i = start
        for _ in 0..<length {
            positions.append(i)
            i &+= step
        }
        return positions
    }

    /// `container[key]`.
    func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        guard case .object(let o) = container else { throw Errors.notSubscriptable(container) }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__getitem__") {
            return try call(method, [container, key])
        }
        switch o {
        case let list as PyList:
            if case .object(let k) = key, let slice = k as? PySlice {
                return .list(try slicePositions(slice, count: list.items.count).map { list.items[$0] })
            }
            guard let i = normalize(try index(key, for: "list"), count: list.items.count) else {
                throw Errors.indexOutOfRange("list")
            }
            return list.items[i]
        case let dict as PyDict:
            if let value = try dict.get(key, vm: self) { return value }
            if dict.type.hasSpecialMethods, let missing = dict.type.specialMethod("__missing__") {
                return try call(missing, [container, key])
            }
            throw Errors.keyError(key)
        case let tuple as PyTuple:
            if case .object(let k) = key, let slice = k as? PySlice {
                return .tuple(try slicePositions(slice, count: tuple.items.count).map { tuple.items[$0] })
            }
            guard let i = normalize(try index(key, for: "tuple"), count: tuple.items.count) else {
                throw Errors.indexOutOfRange("tuple")
            }
            return tuple.items[i]
        case let s as PyStr:
            if case .object(let k) = key, let slice = k as? PySlice {
                let (start, stop, step, length) = try sliceIndices(slice, count: s.count)
                if step == 1 { return .str(s.substring(start, max(start, stop))) }
                var view = String.UnicodeScalarView()
                var i = start
                for _ in 0..<length {
                    view.append(s.scalar(at: i))
                    i &+= step
                }
                return .str(String(view))
            }
            guard let i = normalize(try index(key, for: "string"), count: s.count) else {
                throw Errors.indexOutOfRange("string")
            }
            return .str(String(Character(s.scalar(at: i))))
        case let range as PyRange:
            if case .object(let k) = key, let slice = k as? PySlice {
                let (start, stop, step, _) = try sliceIndices(slice, count: range.count)
                let (newStep, overflow) = range.step.multipliedReportingOverflow(by: step)
                if overflow { throw Errors.overflowError("Python int too large to convert to C ssize_t") }
                return .object(PyRange(start: range.element(start), stop: range.element(stop), step: newStep))
            }
            guard let i = normalize(try index(key, for: "range"), count: range.count) else {
                throw Errors.indexOutOfRange("range object")
            }
            return .int(range.element(i))
        case let bytes as PyBytes:
            if case .object(let k) = key, let slice = k as? PySlice {
                return .object(PyBytes(try slicePositions(slice, count: bytes.bytes.count).map { bytes.bytes[$0] }))
            }
            guard let i = normalize(try index(key, for: "byte"), count: bytes.bytes.count) else {
                throw Errors.indexOutOfRange("index")
            }
            return .int(Int(bytes.bytes[i]))
        case let type as PyType:
            // `list[int]`, `dict[str, int]` in annotations evaluated at run time.
            _ = type
            return container
        default:
            throw Errors.notSubscriptable(container)
        }
    }

    /// `container[key] = value`.
    func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        guard case .object(let o) = container else { throw Errors.noItemAssignment(container) }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__setitem__") {
            _ = try call(method, [container, key, value])
            return
        }
        switch o {
        case let list as PyList:
            if case .object(let k) = key, let slice = k as? PySlice {
                let replacement = try collect(value)
                let (start, stop, step, length) = try sliceIndices(slice, count: list.items.count)
                if step == 1 {
                    list.items.replaceSubrange(start..<max(start, stop), with: replacement)
                } else {
                    guard replacement.count == length else {
                        throw Errors.valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(length)")
                    }
                    var i = start
                    for item in replacement {
                        list.items[i] = item
                        i &+= step
                    }
                }
                return
            }
            guard let i = normalize(try index(key, for: "list"), count: list.items.count) else {
                throw Errors.indexError("list assignment index out of range")
            }
            list.items[i] = value
        case let dict as PyDict:
            try reserveMemory(48)
            try dict.set(key, value, vm: self)
        default:
            throw Errors.noItemAssignment(container)
        }
    }

    /// `del container[key]`.
    func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
        guard case .object(let o) = container else { throw Errors.noItemDeletion(container) }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__delitem__") {
            _ = try call(method, [container, key])
            return
        }
        switch o {
        case let list as PyList:
            if case .object(let k) = key, let slice = k as? PySlice {
                let positions = Set(try slicePositions(slice, count: list.items.count))
                list.items = list.items.enumerated().filter { !positions.contains($0.offset) }.map(\.element)
                return
            }
            guard let i = normalize(try index(key, for: "list"), count: list.items.count) else {
                throw Errors.indexError("list assignment index out of range")
            }
            list.items.remove(at: i)
        case let dict as PyDict:
            guard try dict.remove(key, vm: self) != nil else { throw Errors.keyError(key) }
        default:
            throw Errors.noItemDeletion(container)
        }
    }
}
