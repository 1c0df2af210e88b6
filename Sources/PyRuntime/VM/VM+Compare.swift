import BigInt
import PyCompiler

extension VM {
    /// `left op right` for every comparison operator.
    func compareOperation(_ op: CompareOp, _ left: Value, _ right: Value) throws(PyError) -> Value {
        switch op {
        case .is: return .bool(Value.identical(left, right))
        case .isNot: return .bool(!Value.identical(left, right))
        case .in: return .bool(try contains(right, left))
        case .notIn: return .bool(try !contains(right, left))
        default: break
        }
        let leftType = left.pyType, rightType = right.pyType
        if leftType.hasSpecialMethods || rightType.hasSpecialMethods {
            return try specialCompare(op, left, right, leftType, rightType)
        }
        if let result = try builtinCompare(op, left, right) { return .bool(result) }
        return try identityComparison(op, left, right)
    }

    /// A comparison where an operand's class may define comparison methods: the reflected
    /// method of a right operand whose class derives from the left's goes first, then the
    /// left's method, then the right's reflected one; a method returning `NotImplemented`
    /// passes. Then the storage's own comparison (a `dict` subclass compares as a `dict`),
    /// then identity for `==` and `!=`.
    private func specialCompare(_ op: CompareOp, _ left: Value, _ right: Value, _ leftType: PyType,
                                _ rightType: PyType) throws(PyError) -> Value {
        // `object.__ne__` inverts `__eq__`, so a class overriding only `__eq__` decides `!=`.
        if op == .notEqual, definesOnlyEquality(leftType) || definesOnlyEquality(rightType) {
            return .bool(try !isTruthy(try compareOperation(.equal, left, right)))
        }
        let (name, reflected) = VM.dunders(op)
        let rightFirst = rightType !== leftType && rightType.isSubtype(of: leftType)
        if rightFirst, let method = rightType.specialMethod(reflected), let r = try callComparison(method, right, left) {
            return r
        }
        if let method = leftType.specialMethod(name), let r = try callComparison(method, left, right) { return r }
        if !rightFirst, let method = rightType.specialMethod(reflected), let r = try callComparison(method, right, left) {
            return r
        }
        if let result = try builtinCompare(op, left, right) { return .bool(result) }
        return try identityComparison(op, left, right)
    }

    private func definesOnlyEquality(_ type: PyType) -> Bool {
        type.specialMethod("__eq__") != nil && type.specialMethod("__ne__") == nil
    }

    /// What is left when no method decides: identity for `==`/`!=`, else `TypeError`.
    private func identityComparison(_ op: CompareOp, _ left: Value, _ right: Value) throws(PyError) -> Value {
        switch op {
        case .equal: return .bool(Value.identical(left, right))
        case .notEqual: return .bool(!Value.identical(left, right))
        default: throw Errors.comparisonNotSupported(op.symbol, left, right)
        }
    }

    private func callComparison(_ method: Value, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let result = try call(method, [a, b])
        return isNotImplemented(result) ? nil : result
    }

    private static func dunders(_ op: CompareOp) -> (String, String) {
        switch op {
        case .less: ("__lt__", "__gt__")
        case .lessEqual: ("__le__", "__ge__")
        case .greater: ("__gt__", "__lt__")
        case .greaterEqual: ("__ge__", "__le__")
        case .equal: ("__eq__", "__eq__")
        default: ("__ne__", "__ne__")
        }
    }

    /// Comparisons between built-in values; `nil` when the types do not compare natively.
    private func builtinCompare(_ op: CompareOp, _ left: Value, _ right: Value) throws(PyError) -> Bool? {
        if let x = Number(left), let y = Number(right) {
            return numberCompare(op, x, y)
        }
        guard case .object(let l) = left, case .object(let r) = right else {
            if left.isNone, right.isNone {
                if op == .equal { return true }
                if op == .notEqual { return false }
            }
            return nil
        }
        if let a = l as? PyException, let b = r as? PyException, op == .equal || op == .notEqual {
            return (a === b) == (op == .equal)
        }
        if let a = l as? PyStr, let b = r as? PyStr {
            if op == .equal { return a.equals(b) }
            if op == .notEqual { return !a.equals(b) }
            return ordered(op, a.compare(b))
        }
        if let a = l as? PyList, let b = r as? PyList { return try sequenceCompare(op, a.items, b.items) }
        if let a = l as? PyTuple, let b = r as? PyTuple { return try sequenceCompare(op, a.items, b.items) }
        if let a = l as? PyDict, let b = r as? PyDict {
            guard op == .equal || op == .notEqual else { return nil }
            return try dictsEqual(a, b) == (op == .equal)
        }
        if let a = l as? PySet, let b = r as? PySet { return try setCompare(op, a, b) }
        if let a = l as? PyRange, let b = r as? PyRange, op == .equal || op == .notEqual {
            let same = a.count == b.count && (a.count == 0 || (a.start == b.start && (a.count == 1 || a.step == b.step)))
            return same == (op == .equal)
        }
        if (l is PyDictView || l is PySet) && (r is PyDictView || r is PySet),
           (l as? PyDictView)?.kind != .values, (r as? PyDictView)?.kind != .values {
            let x = PySet(), y = PySet()
            for item in try collect(left) { try x.add(item, vm: self) }
            for item in try collect(right) { try y.add(item, vm: self) }
            return try setCompare(op, x, y)
        }
        if let a = l as? PySlice, let b = r as? PySlice {
            return try sequenceCompare(op, [a.start, a.stop, a.step], [b.start, b.stop, b.step])
        }
        if let a = l as? PyBytes, let b = r as? PyBytes {
            if op == .equal { return a.bytes == b.bytes }
            if op == .notEqual { return a.bytes != b.bytes }
            return ordered(op, a.bytes.lexicographicallyPrecedes(b.bytes) ? -1 : (a.bytes == b.bytes ? 0 : 1))
        }
        return nil
    }

    private func ordered(_ op: CompareOp, _ c: Int) -> Bool? {
        switch op {
        case .less: c < 0
        case .lessEqual: c <= 0
        case .greater: c > 0
        case .greaterEqual: c >= 0
        case .equal: c == 0
        case .notEqual: c != 0
        default: nil
        }
    }

    /// Exact comparison of ints and floats (no precision loss for big ints).
    func numberCompare(_ op: CompareOp, _ x: Number, _ y: Number) -> Bool? {
        let c: Int
        switch (x, y) {
        case (.int(let a), .int(let b)): c = a < b ? -1 : (a == b ? 0 : 1)
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return op == .notEqual }
            c = a < b ? -1 : (a == b ? 0 : 1)
        case (.float(let a), _):
            if a.isNaN { return op == .notEqual }
            c = VM.compareFloatToInteger(a, y.big)
        case (_, .float(let b)):
            if b.isNaN { return op == .notEqual }
            c = -VM.compareFloatToInteger(b, x.big)
        default:
            let a = x.big, b = y.big
            c = a < b ? -1 : (a == b ? 0 : 1)
        }
        return ordered(op, c)
    }

    private static func compareFloatToInteger(_ d: Double, _ i: BigInt) -> Int {
        if d.isInfinite { return d > 0 ? 1 : -1 }
        let whole = BigInt(d.rounded(.down))
        if whole < i { return -1 }
        if whole > i { return 1 }
        return d > d.rounded(.down) ? 1 : 0
    }

    /// Lexicographic comparison of two sequences' elements (lists, tuples, deques).
    func sequenceCompare(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws(PyError) -> Bool? {
        if (op == .equal || op == .notEqual) && a.count != b.count { return op == .notEqual }
        for i in 0..<min(a.count, b.count) {
            if Value.identical(a[i], b[i]) { continue }
            let (x, y) = (a[i], b[i])
            if try !nested({ () throws(PyError) in try equals(x, y) }) {
                if op == .equal { return false }
                if op == .notEqual { return true }
                return try nested { () throws(PyError) in try isTruthy(try compareOperation(op, x, y)) }
            }
        }
        return ordered(op, a.count < b.count ? -1 : (a.count == b.count ? 0 : 1))
    }

    private func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in a.entries {
            guard let other = try b.get(key, vm: self) else { return false }
            if !Value.identical(value, other), try !nested({ () throws(PyError) in try equals(value, other) }) { return false }
        }
        return true
    }

    private func setCompare(_ op: CompareOp, _ a: PySet, _ b: PySet) throws(PyError) -> Bool? {
        func isSubset(_ x: PySet, _ y: PySet) throws(PyError) -> Bool {
            if x.count > y.count { return false }
            for item in x.elements where try !y.contains(item, vm: self) { return false }
            return true
        }
        switch op {
        case .equal: return a.count == b.count ? try isSubset(a, b) : false
        case .notEqual: return a.count == b.count ? try !isSubset(a, b) : true
        case .lessEqual: return try isSubset(a, b)
        case .less: return a.count < b.count ? try isSubset(a, b) : false
        case .greaterEqual: return try isSubset(b, a)
        case .greater: return b.count < a.count ? try isSubset(b, a) : false
        default: return nil
        }
    }

    /// `item in container`.
    func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        guard case .object(let o) = container else {
            throw Errors.typeError("argument of type '\(container.typeName)' is not iterable")
        }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__contains__") {
            return try isTruthy(try call(method, [container, item]))
        }
        if let s = o as? PyStr {
            guard case .object(let i) = item, let needle = i as? PyStr else {
                throw Errors.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return needle.value.isEmpty || s.value.utf8.firstRange(of: needle.value.utf8) != nil
        }
        if let list = o as? PyList {
            for element in list.items where try keysEqual(element, item) { return true }
            return false
        }
        if let bytes = o as? PyBytes {
            if case .int(let byte) = item {
                guard (0...255).contains(byte) else { throw Errors.valueError("byte must be in range(0, 256)") }
                return bytes.bytes.contains(UInt8(byte))
            }
            guard case .object(let i) = item, let needle = i as? PyBytes else {
                throw Errors.typeError("a bytes-like object is required, not '\(item.typeName)'")
            }
            return needle.bytes.isEmpty || bytes.bytes.firstRange(of: needle.bytes) != nil
        }
        if let tuple = o as? PyTuple {
            for element in tuple.items where try keysEqual(element, item) { return true }
            return false
        }
        if let dict = o as? PyDict { return try dict.contains(item, vm: self) }
        if let set = o as? PySet {
            if case .object(let i) = item, let inner = i as? PySet, !inner.isFrozen {
                let frozen = PySet(frozen: true)
                for element in inner.elements { try frozen.add(element, vm: self) }
                return try set.contains(.object(frozen), vm: self)
            }
            return try set.contains(item, vm: self)
        }
        if let range = o as? PyRange {
            guard let n = Number(item), !n.isFloat, case .int(let i) = n else {
                if let n = Number(item), case .float(let d) = n, d == d.rounded(), abs(d) < 9e18 {
                    return try contains(container, .int(Int(d)))
                }
                return false
            }
            if range.step > 0 ? (i < range.start || i >= range.stop) : (i > range.start || i <= range.stop) { return false }
            // The distance from the start fits in UInt even when it does not fit in Int.
            let distance = range.step > 0 ? UInt(bitPattern: i &- range.start) : UInt(bitPattern: range.start &- i)
            return distance % range.step.magnitude == 0
        }
        if let view = o as? PyDictView {
            switch view.kind {
            case .keys: return try view.dict.contains(item, vm: self)
            case .values:
                for (_, value) in view.dict.entries where try keysEqual(value, item) { return true }
                return false
            case .items:
                guard case .object(let t) = item, let pair = t as? PyTuple, pair.items.count == 2,
                      let value = try view.dict.get(pair.items[0], vm: self) else { return false }
                return try keysEqual(value, pair.items[1])
            }
        }
        let iterator = try iterate(container)
        while let element = try nextValue(iterator) {
            if try keysEqual(element, item) { return true }
        }
        return false
    }
}
