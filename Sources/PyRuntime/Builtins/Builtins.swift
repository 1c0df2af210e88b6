import BigInt
import PyFormat

/// Built-in functions too long to define inline in `BuiltinModule`.
enum Builtins {
    /// `print(*objects, sep=' ', end='\n')`.
    static func print(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("print", min: 0, max: Int.max, allowKeywords: ["sep", "end", "file", "flush"])
        var separator = " ", terminator = "\n"
        if let sep = args.keyword("sep"), !sep.isNone {
            guard case .object(let o) = sep, let s = o as? PyStr else {
                throw Errors.typeError("sep must be None or a string, not \(sep.typeName)")
            }
            separator = s.value
        }
        if let end = args.keyword("end"), !end.isNone {
            guard case .object(let o) = end, let s = o as? PyStr else {
                throw Errors.typeError("end must be None or a string, not \(end.typeName)")
            }
            terminator = s.value
        }
        var line = ""
        for (i, value) in args.positional.enumerated() {
            if i > 0 { line += separator }
            line += try vm.str(value)
        }
        line += terminator
        try vm.output.write(line)
        return .none
    }

    /// `pow(base, exp, mod=None)`.
    static func pow(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("pow", min: 2, max: 3, allowKeywords: ["base", "exp", "mod"])
        let base = args.positional[0], exponent = args.positional[1]
        guard args.positional.count == 3, !args.positional[2].isNone else {
            return try vm.binaryOperation(.power, base, exponent)
        }
        guard let b = base.bigInteger, let e = exponent.bigInteger, let m = args.positional[2].bigInteger else {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        guard !m.isZero else { throw Errors.valueError("pow() 3rd argument cannot be 0") }
        var modBase = b, modExponent = e
        if modExponent.signum() < 0 {
            guard let inverse = b.inverse(m) else { throw Errors.valueError("base is not invertible for the given modulus") }
            modBase = inverse
            modExponent = -modExponent
        }
        var result = modBase.power(modExponent, modulus: m)
        if !result.isZero, (result.signum() < 0) != (m.signum() < 0) { result += m }
        return PyBigInt.value(result)
    }

    /// `round(number, ndigits=None)`.
    static func round(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("round", min: 1, max: 2, allowKeywords: ["number", "ndigits"])
        let value = args.positional[0]
        let digits = args.argument(1, "ndigits").flatMap { $0.isNone ? nil : $0 }
        switch Number(value) {
        case .float(let d)?:
            if let digits {
                let n = try vm.intArgument(digits)
                return .float(try formatCall { () throws -> Double in try PyFloat.round(d, digits: n) })
            }
            if d.isNaN { throw Errors.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw Errors.overflowError("cannot convert float infinity to integer") }
            return PyBigInt.value(try formatCall { () throws -> BigInt in try PyFloat.round(d) })
        case .int, .big:
            guard let digits else { return PyBigInt.value(value.bigInteger ?? 0) }
            let n = try vm.intArgument(digits)
            if n >= 0 { return PyBigInt.value(value.bigInteger ?? 0) }
            return PyBigInt.value(PyFloat.round(value.bigInteger ?? 0, digits: n))
        case nil:
            if !value.pyType.isBuiltin, let method = value.pyType.lookup("__round__") {
                return try vm.call(method, [value] + (digits.map { [$0] } ?? []))
            }
            throw Errors.typeError("type \(value.typeName) doesn't define __round__ method")
        }
    }

    /// `min(...)` / `max(...)` with `key=` and `default=`.
    static func minMax(_ vm: VM, _ args: Arguments, name: String, op: CompareOpKind) throws(PyError) -> Value {
        try args.expect(name, min: 1, max: Int.max, allowKeywords: ["key", "default"])
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let items: [Value]
        if args.positional.count == 1 {
            items = try vm.collect(args.positional[0])
            if items.isEmpty {
                if let fallback = args.keyword("default") { return fallback }
                throw Errors.valueError("\(name)() iterable argument is empty")
            }
        } else {
            if args.keyword("default") != nil {
                throw Errors.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        var best = items[0]
        var bestKey = try key.map { k throws(PyError) in try vm.call(k, [best]) } ?? best
        for item in items.dropFirst() {
            let itemKey = try key.map { k throws(PyError) in try vm.call(k, [item]) } ?? item
            let better: Bool
            if case .int(let a) = itemKey, case .int(let b) = bestKey {
                better = op == .less ? a < b : a > b
            } else {
                better = try vm.isTruthy(try vm.compareOperation(op == .less ? .less : .greater, itemKey, bestKey))
            }
            if better {
                best = item
                bestKey = itemKey
            }
        }
        return best
    }

    enum CompareOpKind { case less, greater }

    /// `sum(iterable, start=0)`; floats use Neumaier summation, as CPython 3.12 does.
    static func sum(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("sum", min: 1, max: 2, allowKeywords: ["start"])
        var total = args.argument(1, "start") ?? .int(0)
        if case .object(let o) = total, o is PyStr {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]")
        }
        let iterator = try vm.iterate(args.positional[0])
        var floatSum: Double?
        var compensation = 0.0
        while let item = try vm.nextValue(iterator) {
            if case .float(let x) = item, floatSum != nil || Number(total) != nil {
                if floatSum == nil { floatSum = try doubleValue(Number(total) ?? .int(0)) }
                let t = floatSum! + x
                if abs(floatSum!) >= abs(x) { compensation += (floatSum! - t) + x } else { compensation += (x - t) + floatSum! }
                floatSum = t
                continue
            }
            if let f = floatSum {
                if case .int(let i) = item {
                    let x = Double(i)
                    let t = f + x
                    if abs(f) >= abs(x) { compensation += (f - t) + x } else { compensation += (x - t) + f }
                    floatSum = t
                    continue
                }
                total = .float(f + compensation)
                floatSum = nil
                compensation = 0
            }
            if case .int(let a) = total, case .int(let b) = item {
                let (r, overflow) = a.addingReportingOverflow(b)
                if !overflow {
                    total = .int(r)
                    continue
                }
            }
            total = try vm.binaryOperation(.add, total, item)
        }
        if let f = floatSum { return .float(compensation.isFinite ? f + compensation : f) }
        return total
    }

    /// `isinstance(value, classinfo)`.
    static func isInstance(_ vm: VM, _ value: Value, _ classInfo: Value) throws(PyError) -> Bool {
        guard case .object(let o) = classInfo else {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if let type = o as? PyType { return value.pyType.isSubtype(of: type) }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isInstance(vm, value, item) { return true }
            return false
        }
        // Objects standing for classes (`typing.List`) answer for themselves.
        if o.type.hasSpecialMethods, let check = o.type.specialMethod("__instancecheck__") {
            return try vm.isTruthy(try vm.call(check, [classInfo, value]))
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `issubclass(type, classinfo)`.
    static func isSubclass(_ vm: VM, _ type: PyType, _ classInfo: Value) throws(PyError) -> Bool {
        guard case .object(let o) = classInfo else {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        if let other = o as? PyType { return type.isSubtype(of: other) }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isSubclass(vm, type, item) { return true }
            return false
        }
        if o.type.hasSpecialMethods, let check = o.type.specialMethod("__subclasscheck__") {
            return try vm.isTruthy(try vm.call(check, [classInfo, .object(type)]))
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `hex()`, `oct()`, `bin()` (the digits come with their `0x`/`0o`/`0b` prefix).
    static func radix(_ vm: VM, _ args: Arguments, _ name: String, _ radix: Int) throws(PyError) -> Value {
        try args.expect(name, min: 1, max: 1)
        guard let value = args.positional[0].bigInteger else { throw Errors.notAnInteger(args.positional[0]) }
        let digits = try formatCall { () throws -> String in try PyInt.string(value, radix: radix) }
        return .str(digits)
    }
}

/// Runs a PyFormat routine, turning its error into the matching Python exception.
func formatCall<T>(_ body: () throws -> T) throws(PyError) -> T {
    do {
        return try body()
    } catch let error as PyFormatError {
        throw PyError.from(error)
    } catch let error as PyError {
        throw error
    } catch {
        throw Errors.valueError("\(error)")
    }
}
