import BigInt
import PyCompiler

extension VM {
    /// `left op right` with Python's rules: numbers, sequences, then `__op__`/`__rop__`.
    func binaryOperation(_ op: BinaryOp, _ left: Value, _ right: Value) throws(PyError) -> Value {
        if case .bool(let a) = left, case .bool(let b) = right {
            switch op {
            case .and: return .bool(a && b)
            case .or: return .bool(a || b)
            case .xor: return .bool(a != b)
            default: break
            }
        }
        if let x = Number(left), let y = Number(right), let result = try numericBinary(op, x, y) { return result }
        if left.pyType.hasSpecialMethods || right.pyType.hasSpecialMethods,
           let result = try dunderBinary(op, left, right) {
            return result
        }
        if let result = try builtinBinary(op, left, right) { return result }
        switch (op, left.pyType.layout) {
        case (.add, .str): throw Errors.concatenate("str", right)
        case (.add, .list): throw Errors.concatenate("list", right)
        case (.add, .tuple): throw Errors.concatenate("tuple", right)
        default:
            if op == .multiply {
                for (sequence, other) in [(left, right), (right, left)] where [.str, .list, .tuple].contains(sequence.pyType.layout) {
                    throw Errors.typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
                }
            }
            throw Errors.unsupportedOperands(op == .power ? "** or pow()" : op.symbol, left, right)
        }
    }

    /// `left op= right`: the class's `__iop__` if it has one, else lists, sets and dicts
    /// change in place, else like `binaryOperation`.
    func inplaceOperation(_ op: BinaryOp, _ left: Value, _ right: Value) throws(PyError) -> Value {
        if case .object(let o) = left {
            if o.type.hasSpecialMethods, let method = o.type.specialMethod("__i" + BinaryOp.dunderName(op) + "__") {
                let result = try call(method, [left, right])
                if !isNotImplemented(result) { return result }
            }
            if let list = o as? PyList {
                if op == .add {
                    let items = try collect(right)
                    try reserveMemory(items.count * 16)
                    list.items.append(contentsOf: items)
                    return left
                }
                if op == .multiply, let n = Number(right), case .int(let count) = n {
                    let copy = list.items
                    try reserveMemory(copy.count.saturatingMultiply(max(0, count - 1)).saturatingMultiply(16))
                    list.items = count <= 0 ? [] : Array([[Value]](repeating: copy, count: count).joined())
                    return left
                }
            } else if let set = o as? PySet, !set.isFrozen, case .object(let r) = right, let other = r as? PySet {
                switch op {
                case .or:
                    for item in other.elements { try set.add(item, vm: self) }
                    return left
                case .and:
                    for item in set.elements where try !other.contains(item, vm: self) { try set.remove(item, vm: self) }
                    return left
                case .subtract:
                    for item in other.elements { try set.remove(item, vm: self) }
                    return left
                case .xor:
                    for item in other.elements {
                        if try set.contains(item, vm: self) { try set.remove(item, vm: self) } else { try set.add(item, vm: self) }
                    }
                    return left
                default: break
                }
            } else if let dict = o as? PyDict, op == .or {
                try updateDict(dict, from: right, merging: nil)
                return left
            }
        }
        return try binaryOperation(op, left, right)
    }

    /// Built-in sequence and collection operators.
    private func builtinBinary(_ op: BinaryOp, _ left: Value, _ right: Value) throws(PyError) -> Value? {
        guard case .object(let l) = left else {
            if op == .multiply, case .object = right, Number(left) != nil { return try builtinBinary(op, right, left) }
            return nil
        }
        switch op {
        case .add:
            guard case .object(let r) = right else { return nil }
            if let a = l as? PyStr, let b = r as? PyStr {
                try reserveMemory(a.value.utf8.count + b.value.utf8.count)
                return .str(a.value + b.value)
            }
            if let a = l as? PyList, let b = r as? PyList {
                try reserveMemory((a.items.count + b.items.count) * 16)
                return .list(a.items + b.items)
            }
            if let a = l as? PyTuple, let b = r as? PyTuple {
                try reserveMemory((a.items.count + b.items.count) * 16)
                return .tuple(a.items + b.items)
            }
            if let a = l as? PyBytes, let b = r as? PyBytes { return .object(PyBytes(a.bytes + b.bytes)) }
            return nil
        case .multiply:
            guard let n = Number(right), !n.isFloat else { return nil }
            guard case .int(let count) = n else { throw Errors.overflowError("cannot fit 'int' into an index-sized integer") }
            let times = max(0, count)
            if let s = l as? PyStr {
                try reserveMemory(s.value.utf8.count.saturatingMultiply(times))
                return .str(String(repeating: s.value, count: times))
            }
            if let list = l as? PyList {
                try reserveMemory(list.items.count.saturatingMultiply(times).saturatingMultiply(16))
                return .list(Array([[Value]](repeating: list.items, count: times).joined()))
            }
            if let bytes = l as? PyBytes {
                try reserveMemory(bytes.bytes.count.saturatingMultiply(times))
                return .object(PyBytes(Array([[UInt8]](repeating: bytes.bytes, count: times).joined())))
            }
            if let tuple = l as? PyTuple {
                try reserveMemory(tuple.items.count.saturatingMultiply(times).saturatingMultiply(16))
                return .tuple(Array([[Value]](repeating: tuple.items, count: times).joined()))
            }
            return nil
        case .remainder:
            if let s = l as? PyStr { return .str(try percentFormat(s.value, right)) }
            return nil
        case .or, .and, .xor, .subtract:
            guard case .object(let r) = right else { return nil }
            if let a = l as? PySet, let b = r as? PySet { return .object(try setOperation(op, a, b)) }
            if op == .or, let a = l as? PyDict, let b = r as? PyDict {
                let merged = PyDict()
                try updateDict(merged, from: .object(a), merging: nil)
                try updateDict(merged, from: .object(b), merging: nil)
                return .object(merged)
            }
            if let view = l as? PyDictView, view.kind != .values {
                let a = PySet()
                for item in try collect(left) { try a.add(item, vm: self) }
                let b = PySet()
                for item in try collect(right) { try b.add(item, vm: self) }
                return .object(try setOperation(op, a, b))
            }
            return nil
        default:
            return nil
        }
    }

    /// `set op set`; the result has the left operand's kind.
    func setOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws(PyError) -> PySet {
        let result = PySet(frozen: a.isFrozen)
        switch op {
        case .or:
            for item in a.elements { try result.add(item, vm: self) }
            for item in b.elements { try result.add(item, vm: self) }
        case .and:
            let (small, large) = a.count <= b.count ? (a, b) : (b, a)
            for item in small.elements where try large.contains(item, vm: self) { try result.add(item, vm: self) }
        case .subtract:
            for item in a.elements where try !b.contains(item, vm: self) { try result.add(item, vm: self) }
        case .xor:
            for item in a.elements where try !b.contains(item, vm: self) { try result.add(item, vm: self) }
            for item in b.elements where try !a.contains(item, vm: self) { try result.add(item, vm: self) }
        default:
            break
        }
        return result
    }

    /// `__add__` then `__radd__` of user and module classes (before the left's method when
    /// the right operand's class derives from the left's, as in CPython); `nil` when neither
    /// decides.
    private func dunderBinary(_ op: BinaryOp, _ left: Value, _ right: Value) throws(PyError) -> Value? {
        let name = BinaryOp.dunderName(op)
        let leftType = left.pyType, rightType = right.pyType
        let reflected = rightType !== leftType ? rightType.specialMethod("__r\(name)__") : nil
        let rightFirst = reflected != nil && rightType.isSubtype(of: leftType)
        if rightFirst, let reflected {
            let result = try call(reflected, [right, left])
            if !isNotImplemented(result) { return result }
        }
        if let method = leftType.specialMethod("__\(name)__") {
            let result = try call(method, [left, right])
            if !isNotImplemented(result) { return result }
        }
        if !rightFirst, let reflected {
            let result = try call(reflected, [right, left])
            if !isNotImplemented(result) { return result }
        }
        return nil
    }

    func isNotImplemented(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === BuiltinTypes.notImplemented }
        return false
    }

    /// `-x`, `+x`, `~x`, `not x`.
    func unaryOperation(_ op: UnaryOp, _ operand: Value) throws(PyError) -> Value {
        if op == .not { return .bool(try !isTruthy(operand)) }
        if let n = Number(operand) {
            switch (op, n) {
            case (.negative, .int(let i)):
                return i == Int.min ? PyBigInt.value(-BigInt(i)) : .int(-i)
            case (.negative, .big(let b)): return PyBigInt.value(-b)
            case (.negative, .float(let d)): return .float(-d)
            case (.positive, .float(let d)): return .float(d)
            case (.positive, _): return PyBigInt.value(n.big)
            case (.invert, .int(let i)): return .int(~i)
            case (.invert, .big(let b)): return PyBigInt.value(-b - 1)
            default: break
            }
        }
        let name = op == .negative ? "__neg__" : op == .positive ? "__pos__" : "__invert__"
        if operand.pyType.hasSpecialMethods, let method = operand.pyType.specialMethod(name) {
            return try call(method, [operand])
        }
        let symbol = op == .negative ? "-" : op == .positive ? "+" : "~"
        throw Errors.badUnaryOperand(symbol, operand)
    }

    // MARK: Truth

    /// Python truthiness: `__bool__`, then `__len__`, else true.
    func isTruthy(_ value: Value) throws(PyError) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o.type.layout {
            case .str: if let s = o as? PyStr { return !s.value.isEmpty }
            case .list: if let l = o as? PyList, !o.type.hasSpecialMethods { return !l.items.isEmpty }
            case .tuple: if let t = o as? PyTuple, !o.type.hasSpecialMethods { return !t.items.isEmpty }
            case .dict: if let d = o as? PyDict, !o.type.hasSpecialMethods { return d.count > 0 }
            case .set, .frozenset: if let s = o as? PySet, !o.type.hasSpecialMethods { return s.count > 0 }
            case .range: if let r = o as? PyRange { return r.count > 0 }
            case .int: return !((o as? PyBigInt)?.value.isZero ?? false)
            default: break
            }
            if o.type.hasSpecialMethods {
                if let method = o.type.specialMethod("__bool__") {
                    let result = try call(method, [value])
                    guard case .bool(let b) = result else {
                        throw Errors.typeError("__bool__ should return bool, returned \(result.typeName)")
                    }
                    return b
                }
                if o.type.specialMethod("__len__") != nil { return try length(value) > 0 }
            }
            if let list = o as? PyList { return !list.items.isEmpty }
            if let dict = o as? PyDict { return dict.count > 0 }
            if let set = o as? PySet { return set.count > 0 }
            if let view = o as? PyDictView { return view.dict.count > 0 }
            return true
        }
    }

    // MARK: Hashing and equality

    /// Python `hash()`; unhashable values raise `TypeError: unhashable type: 'list'`.
    func hash(_ value: Value) throws(PyError) -> Int {
        switch value {
        case .none: return 0x5F5E_0F1
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return VM.hashInteger(i)
        case .float(let d):
            if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return VM.hashInteger(Int(d)) }
            return VM.hashFloat(d)
        case .object(let o):
            if let s = o as? PyStr { return s.hashValue }
            if let b = o as? PyBigInt { return VM.hashInteger(b.value) }
            if o.type.hasSpecialMethods {
                if let method = o.type.specialMethod("__hash__") {
                    if method.isNone { throw Errors.unhashable(value) }
                    let result = try call(method, [value])
                    guard let n = Number(result), !n.isFloat else {
                        throw Errors.typeError("__hash__ method should return an integer")
                    }
                    if case .int(let i) = n { return i == -1 ? -2 : i }
                    return VM.hashInteger(n.big)
                }
                // A class defining __eq__ without __hash__ is unhashable.
                if o.type.specialMethod("__eq__") != nil { throw Errors.unhashable(value) }
            }
            return try storageHash(o, value)
        }
    }

    /// The hash of an object's built-in storage: tuples and frozensets by content (a
    /// `namedtuple` hashes as its tuple), lists, dicts and sets are unhashable, anything
    /// else by identity.
    private func storageHash(_ o: PyObject, _ value: Value) throws(PyError) -> Int {
        switch o {
        case let t as PyTuple: return try hashTuple(t.items)
        case let s as PySet:
            guard s.isFrozen else { throw Errors.unhashable(value) }
            return try hashFrozenSet(s)
        case is PyList, is PyDict: throw Errors.unhashable(value)
        case let b as PyBytes:
            var h = Hasher()
            h.combine(b.bytes)
            return h.finalize()
        case let r as PyRange: return try hashTuple([.int(r.count), .int(r.start), .int(r.step)])
        default: return VM.identityHash(o)
        }
    }

    /// `object.__hash__`: by identity.
    static func identityHash(_ o: PyObject) -> Int { ObjectIdentifier(o).hashValue }

    /// CPython's tuple hash (xxHash-based), so equal tuples hash alike across types.
    func hashTuple(_ items: [Value]) throws(PyError) -> Int {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try nested { () throws(PyError) in try hash(item) }))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(Int64(bitPattern: acc))
    }

    private func hashFrozenSet(_ set: PySet) throws(PyError) -> Int {
        var h: UInt64 = 0
        for item in set.elements {
            let x = UInt64(bitPattern: Int64(try hash(item)))
            h ^= ((x ^ 89_869_747) ^ (x << 16)) &* 3_644_798_167
        }
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907_133_923
        let result = Int(Int64(bitPattern: h))
        return result == -1 ? 590_923_713 : result
    }

    /// Equality for dict and set lookups: identity first, then `==`.
    @inline(__always)
    func keysEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr { return s.equals(t) }
        case (.float(let x), .float(let y)):
            // Identity first, as CPython's containment does: `nan in [nan]` is True.
            return x == y || x.bitPattern == y.bitPattern
        default: break
        }
        return try equals(a, b)
    }

    /// `a == b` as a Swift `Bool`.
    func equals(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        try isTruthy(try compareOperation(.equal, a, b))
    }
}

extension BinaryOp {
    /// The dunder stem: `add` for `__add__`/`__radd__`/`__iadd__`.
    static func dunderName(_ op: BinaryOp) -> String {
        switch op {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .matrixMultiply: "matmul"
        case .trueDivide: "truediv"
        case .floorDivide: "floordiv"
        case .remainder: "mod"
        case .power: "pow"
        case .leftShift: "lshift"
        case .rightShift: "rshift"
        case .and: "and"
        case .or: "or"
        case .xor: "xor"
        }
    }
}

extension Int {
    /// Multiplies, saturating at `Int.max` (sizes for the memory check).
    func saturatingMultiply(_ other: Int) -> Int {
        let (r, o) = multipliedReportingOverflow(by: other)
        return o ? Int.max : r
    }
}
