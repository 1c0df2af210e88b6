import BigInt
import Foundation
import PyFormat

/// `int`: constructor and methods.
enum IntMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable(OperatorMethods.table("int") + [
        method("int", "bit_length") { vm, args throws(PyError) in
            try args.expectMethod("bit_length", min: 0, max: 0)
            guard let v = args.positional[0].bigInteger else { return .int(0) }
            return .int(v.isZero ? 0 : v.magnitude.bitWidth)
        },
        method("int", "bit_count") { vm, args throws(PyError) in
            guard let v = args.positional[0].bigInteger else { return .int(0) }
            return .int(v.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        },
        method("int", "conjugate") { vm, args throws(PyError) in PyBigInt.value(args.positional[0].bigInteger ?? 0) },
        method("int", "is_integer") { vm, args throws(PyError) in .true },
        method("int", "__index__") { vm, args throws(PyError) in PyBigInt.value(args.positional[0].bigInteger ?? 0) },
    ])

    /// `int(x=0)`, `int(text, base=10)`.
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        let value = try constructInt(vm, args)
        // A subclass instance keeps its class (`class Level(int)`, `IntEnum` members).
        guard type !== BuiltinTypes.int, let n = Number(value) else { return value }
        return .object(PyBigInt(n.big, type: type))
    }

    private static func constructInt(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("int", min: 0, max: 2, allowKeywords: ["base"])
        guard let value = args.positional.first else { return .int(0) }
        let base = args.argument(1, "base")
        if case .object(let o) = value, let s = o as? PyStr {
            let radix = try base.map { b throws(PyError) in try vm.intArgument(b) } ?? 10
            guard radix == 0 || (2...36).contains(radix) else { throw Errors.valueError("int() base must be >= 2 and <= 36, or 0") }
            return PyBigInt.value(try formatCall { () throws -> BigInt in try PyInt.parse(s.value, base: radix) })
        }
        if base != nil { throw Errors.typeError("int() can't convert non-string with explicit base") }
        switch Number(value) {
        case .int(let i)?: return .int(i)
        case .big(let b)?: return PyBigInt.value(b)
        case .float(let d)?:
            if d.isNaN { throw Errors.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw Errors.overflowError("cannot convert float infinity to integer") }
            if abs(d) < 9.2e18 { return .int(Int(d)) }
            return PyBigInt.value(BigInt(d))
        case nil:
            if !value.pyType.isBuiltin {
                for name in ["__int__", "__index__"] {
                    if let method = value.pyType.lookup(name) { return try vm.call(method, [value]) }
                }
            }
            throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
        }
    }

    /// `bool(x=False)`.
    static func constructBool(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("bool", min: 0, max: 1)
        guard let value = args.positional.first else { return .false }
        return .bool(try vm.isTruthy(value))
    }
}

/// `float`: constructor and methods.
enum FloatMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable(OperatorMethods.table("float") + [
        method("float", "is_integer") { vm, args throws(PyError) in
            guard case .float(let d) = args.positional[0] else { return .false }
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        },
        method("float", "conjugate") { vm, args throws(PyError) in args.positional[0] },
        method("float", "hex") { vm, args throws(PyError) in
            guard case .float(let d) = args.positional[0] else { return .str("") }
            return .str(String(format: "%a", d))
        },
        method("float", "as_integer_ratio") { vm, args throws(PyError) in
            guard case .float(let d) = args.positional[0] else { return .none }
            if d.isNaN { throw Errors.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw Errors.overflowError("cannot convert Infinity to integer ratio") }
            var numerator = d, exponent = 0
            while numerator != numerator.rounded(.towardZero) {
                numerator *= 2
                exponent += 1
            }
            var n = BigInt(numerator), den = BigInt(1) << exponent
            let g = n.greatestCommonDivisor(with: den)
            if !g.isZero { n /= g; den /= g }
            return .tuple([PyBigInt.value(n), PyBigInt.value(den)])
        },
    ])

    /// `float(x=0.0)`.
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("float", min: 0, max: 1)
        guard let value = args.positional.first else { return .float(0) }
        if case .object(let o) = value, let s = o as? PyStr {
            return .float(try formatCall { () throws -> Double in try PyFloat.parse(s.value) })
        }
        if let n = Number(value) { return .float(try doubleValue(n)) }
        if !value.pyType.isBuiltin, let method = value.pyType.lookup("__float__") { return try vm.call(method, [value]) }
        throw Errors.typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
    }
}

/// `bytes`: constructor and methods.
enum BytesMethods {
    static func receiver(_ args: Arguments) -> [UInt8] {
        if case .object(let o) = args.positional[0], let b = o as? PyBytes { return b.bytes }
        return []
    }

    static func bytesArgument(_ value: Value, _ context: String) throws(PyError) -> [UInt8] {
        guard case .object(let o) = value, let b = o as? PyBytes else {
            throw Errors.typeError("a bytes-like object is required, not '\(value.typeName)'")
        }
        return b.bytes
    }

    /// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding)`.
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("bytes", min: 0, max: 3, allowKeywords: ["source", "encoding", "errors"])
        guard let source = args.argument(0, "source") else { return .object(PyBytes([])) }
        if case .object(let o) = source, o is PyStr {
            guard args.argument(1, "encoding") != nil else { throw Errors.typeError("string argument without an encoding") }
            return try StrMethods.encode(vm, Arguments([source] + Array(args.positional.dropFirst()), keywords: args.keywords))
        }
        if case .int(let n) = source {
            guard n >= 0 else { throw Errors.valueError("negative count") }
            try vm.reserveMemory(n)
            return .object(PyBytes([UInt8](repeating: 0, count: n)))
        }
        if case .object(let o) = source, let b = o as? PyBytes { return .object(PyBytes(b.bytes)) }
        var bytes: [UInt8] = []
        for item in try vm.collect(source) {
            let n = try vm.intArgument(item)
            guard (0...255).contains(n) else { throw Errors.valueError("bytes must be in range(0, 256)") }
            bytes.append(UInt8(n))
        }
        return .object(PyBytes(bytes))
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("bytes", "hex") { vm, args throws(PyError) in
            .str(receiver(args).map { String($0, radix: 16).leftPadded(to: 2) }.joined())
        },
        method("bytes", "upper") { vm, args throws(PyError) in
            .object(PyBytes(receiver(args).map { (0x61...0x7A).contains($0) ? $0 - 32 : $0 }))
        },
        method("bytes", "lower") { vm, args throws(PyError) in
            .object(PyBytes(receiver(args).map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }))
        },
        method("bytes", "strip") { vm, args throws(PyError) in
            var bytes = receiver(args)[...]
            let strip: Set<UInt8> = args.positional.count > 1 && !args.positional[1].isNone
                ? Set(try bytesArgument(args.positional[1], "strip")) : [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
            while let first = bytes.first, strip.contains(first) { bytes = bytes.dropFirst() }
            while let last = bytes.last, strip.contains(last) { bytes = bytes.dropLast() }
            return .object(PyBytes(Array(bytes)))
        },
        method("bytes", "split") { vm, args throws(PyError) in
            let bytes = receiver(args)
            guard args.positional.count > 1, !args.positional[1].isNone else {
                let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
                return .list(bytes.split(whereSeparator: { whitespace.contains($0) }).map { .object(PyBytes(Array($0))) })
            }
            let separator = try bytesArgument(args.positional[1], "split")
            guard !separator.isEmpty else { throw Errors.valueError("empty separator") }
            var parts: [Value] = []
            var rest = bytes[...]
            while let range = rest.firstRange(of: separator) {
                parts.append(.object(PyBytes(Array(rest[..<range.lowerBound]))))
                rest = rest[range.upperBound...]
            }
            parts.append(.object(PyBytes(Array(rest))))
            return .list(parts)
        },
        method("bytes", "count") { vm, args throws(PyError) in
            let bytes = receiver(args)
            let needle = try bytesArgument(args.positional[1], "count")
            guard !needle.isEmpty else { return .int(bytes.count + 1) }
            var n = 0
            var rest = bytes[...]
            while let range = rest.firstRange(of: needle) {
                n += 1
                rest = rest[range.upperBound...]
            }
            return .int(n)
        },
        method("bytes", "find") { vm, args throws(PyError) in
            let bytes = receiver(args)
            let needle = try bytesArgument(args.positional[1], "find")
            guard let range = bytes.firstRange(of: needle) else { return .int(-1) }
            return .int(range.lowerBound)
        },
        method("bytes", "decode") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let b = o as? PyBytes else { return .none }
            let errors = try args.argument(2, "errors").map { v throws(PyError) in try vm.strArgument(v, "decode() argument 'errors'").value } ?? "strict"
            if let text = String(validating: b.bytes, as: UTF8.self) { return .str(text) }
            if errors == "replace" { return .str(String(decoding: b.bytes, as: UTF8.self)) }
            if errors == "ignore" {
                return .str(String(decoding: b.bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: ""))
            }
            // The first offending byte, for CPython's message.
            var position = 0
            while position < b.bytes.count, String(validating: b.bytes[..<(position + 1)], as: UTF8.self) != nil
                    || b.bytes[position] < 0x80 {
                position += 1
            }
            let byte = position < b.bytes.count ? b.bytes[position] : 0
            throw Errors.make(ExceptionTypes.unicodeDecodeError,
                              "'utf-8' codec can't decode byte 0x\(String(byte, radix: 16).leftPadded(to: 2)) in position \(position): invalid start byte")
        },
    ])
}
