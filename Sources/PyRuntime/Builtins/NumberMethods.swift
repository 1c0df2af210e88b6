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

/// `bytes` methods.
enum BytesMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable([
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
