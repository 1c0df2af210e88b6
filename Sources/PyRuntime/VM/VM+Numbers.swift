import BigInt
import Glibc
import PyCompiler

/// A numeric operand after promotion: `bool` counts as `int`.
enum Number {
    case int(Int)
    case big(BigInt)
    case float(Double)

    init?(_ value: Value) {
        switch value {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o):
            guard let big = o as? PyBigInt else { return nil }
            self = .big(big.value)
        case .none: return nil
        }
    }

    var big: BigInt {
        switch self {
        case .int(let i): BigInt(i)
        case .big(let b): b
        case .float(let d): BigInt(d)
        }
    }

    var isFloat: Bool { if case .float = self { return true }; return false }
}

/// Converts an integer to `Double` like CPython (`OverflowError` when out of range).
func doubleValue(_ n: Number) throws(PyError) -> Double {
    switch n {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .big(let b):
        let d = Double(b)
        guard d.isFinite else { throw Errors.overflowError("int too large to convert to float") }
        return d
    }
}

extension VM {
    /// `a op b` for two small ints when the result is a small int; `nil` means "take the
    /// general path" (overflow, division by zero, negative powers …).
    @inline(__always)
    func fastIntBinary(_ op: BinaryOp, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? nil : r
        case .subtract:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? nil : r
        case .multiply:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : r
        case .floorDivide:
            guard b != 0, !(a == Int.min && b == -1) else { return nil }
            let q = a / b
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
        case .remainder:
            guard b != 0, !(a == Int.min && b == -1) else { return nil }
            let r = a % b
            return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
        case .and: return a & b
        case .or: return a | b
        case .xor: return a ^ b
        default: return nil
        }
    }

    @inline(__always)
    func fastIntCompare(_ op: CompareOp, _ a: Int, _ b: Int) -> Bool? {
        switch op {
        case .less: a < b
        case .lessEqual: a <= b
        case .equal, .is: a == b
        case .notEqual, .isNot: a != b
        case .greater: a > b
        case .greaterEqual: a >= b
        case .in, .notIn: nil
        }
    }

    /// Arithmetic on two numbers, or `nil` when the operator does not apply to numbers.
    func numericBinary(_ op: BinaryOp, _ x: Number, _ y: Number) throws(PyError) -> Value? {
        if x.isFloat || y.isFloat {
            return try floatBinary(op, try doubleValue(x), try doubleValue(y))
        }
        if case .int(let a) = x, case .int(let b) = y, let r = fastIntBinary(op, a, b) { return .int(r) }
        let a = x.big, b = y.big
        switch op {
        case .add: return PyBigInt.value(a + b)
        case .subtract: return PyBigInt.value(a - b)
        case .multiply:
            try reserveMemory((a.bitWidth + b.bitWidth) / 8)
            return PyBigInt.value(a * b)
        case .trueDivide:
            guard !b.isZero else { throw Errors.divisionByZero() }
            return .float(try trueDivide(a, b))
        case .floorDivide:
            guard !b.isZero else { throw Errors.integerDivisionByZero() }
            return PyBigInt.value(floorDivMod(a, b).quotient)
        case .remainder:
            guard !b.isZero else { throw Errors.integerModuloByZero() }
            return PyBigInt.value(floorDivMod(a, b).remainder)
        case .power:
            return try intPower(a, b)
        case .leftShift:
            guard b.signum() >= 0 else { throw Errors.valueError("negative shift count") }
            guard let shift = Int(exactly: b), shift <= limits.maxIntegerBits else { throw Errors.memory() }
            if a.isZero { return .int(0) }
            try reserveMemory((a.bitWidth + shift) / 8)
            return PyBigInt.value(a << shift)
        case .rightShift:
            guard b.signum() >= 0 else { throw Errors.valueError("negative shift count") }
            guard let shift = Int(exactly: b) else { return .int(a.signum() < 0 ? -1 : 0) }
            return PyBigInt.value(a >> shift)
        case .and: return PyBigInt.value(a & b)
        case .or: return PyBigInt.value(a | b)
        case .xor: return PyBigInt.value(a ^ b)
        case .matrixMultiply: return nil
        }
    }

    /// Python's floor division and modulo (the remainder has the divisor's sign).
    func floorDivMod(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero, (r.signum() < 0) != (b.signum() < 0) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    private func trueDivide(_ a: BigInt, _ b: BigInt) throws(PyError) -> Double {
        let da = Double(a), db = Double(b)
        if da.isFinite, db.isFinite, abs(da) < 9.007199254740992e15, abs(db) < 9.007199254740992e15 {
            return da / db
        }
        guard let result = VM.correctlyRoundedQuotient(a, b) else {
            throw Errors.overflowError("integer division result too large for a float")
        }
        return result
    }

    /// `a / b` (b ≠ 0) as the nearest float, ties to even, subnormals included, as CPython's
    /// `long_true_divide` rounds it; `nil` when it overflows. `float(Fraction)` and the
    /// `statistics` module rely on this rounding.
    static func correctlyRoundedQuotient(_ a: BigInt, _ b: BigInt) -> Double? {
        if a.isZero { return b.signum() < 0 ? -0.0 : 0.0 }
        let negative = (a.signum() < 0) != (b.signum() < 0)
        let n = BigInt(a.magnitude), d = BigInt(b.magnitude)
        // Scale so the integer quotient has at least 55 bits; the remainder is the sticky bit.
        let shift = 55 - (n.magnitude.bitWidth - d.magnitude.bitWidth)
        let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
                                : n.quotientAndRemainder(dividingBy: d << -shift)
        let bits = q.magnitude.bitWidth
        // The result's binary exponent, and how many bits it keeps (fewer when subnormal).
        let exponent = bits - 1 - shift
        let precision = exponent >= -1022 ? 53 : 53 - (-1022 - exponent)
        let drop = bits - precision
        var mantissa = q >> drop
        let rest = q - (mantissa << drop)
        let half = BigInt(1) << (drop - 1)
        if rest > half || (rest == half && (!r.isZero || mantissa & 1 == 1)) { mantissa += 1 }
        let scale = drop - shift
        guard let m = UInt64(exactly: mantissa) else { return nil }
        var result = Double(m)
        // Scaled in two steps so a subnormal result is not rounded twice.
        if scale < -1000 {
            result = result * 0x1p-1000
            result = result * Double(sign: .plus, exponent: scale + 1000, significand: 1)
        } else {
            result = scale > 1023 ? (m == 0 ? 0 : .infinity) : result * Double(sign: .plus, exponent: scale, significand: 1)
        }
        guard result.isFinite else { return nil }
        return negative ? -result : result
    }

    private func intPower(_ base: BigInt, _ exponent: BigInt) throws(PyError) -> Value {
        if exponent.signum() < 0 {
            let b = try doubleValue(.big(base))
            if b == 0 { throw Errors.make(ExceptionTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(Glibc.pow(b, try doubleValue(.big(exponent))))
        }
        if base.isZero || base == 1 { return PyBigInt.value(exponent.isZero ? 1 : base) }
        if base == -1 { return .int(exponent.isZero || exponent % 2 == 0 ? 1 : -1) }
        guard let e = Int(exactly: exponent) else { throw Errors.memory() }
        let bits = base.magnitude.bitWidth * e
        if bits > limits.maxIntegerBits { throw Errors.memory() }
        try reserveMemory(bits / 8)
        return PyBigInt.value(base.power(e))
    }

    /// Float arithmetic with CPython's errors.
    func floatBinary(_ op: BinaryOp, _ a: Double, _ b: Double) throws(PyError) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .trueDivide:
            guard b != 0 else { throw Errors.floatDivisionByZero("float division by zero") }
            return .float(a / b)
        case .floorDivide:
            guard b != 0 else { throw Errors.floatDivisionByZero("float floor division by zero") }
            return .float(floatDivMod(a, b).quotient)
        case .remainder:
            guard b != 0 else { throw Errors.floatDivisionByZero("float modulo") }
            return .float(floatDivMod(a, b).remainder)
        case .power:
            return .float(try floatPower(a, b))
        default:
            return nil
        }
    }

    /// CPython's `float.__divmod__` (floatobject.c `_float_div_mod`).
    func floatDivMod(_ vx: Double, _ wx: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    private func floatPower(_ a: Double, _ b: Double) throws(PyError) -> Double {
        if a == 0, b < 0 {
            throw Errors.make(ExceptionTypes.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if a < 0, b != b.rounded(), a.isFinite, b.isFinite {
            throw Errors.valueError("complex numbers are not supported")
        }
        let result = Glibc.pow(a, b)
        if !result.isFinite, a.isFinite, b.isFinite {
            throw Errors.make(ExceptionTypes.overflowError, "(34, 'Numerical result out of range')")
        }
        return result
    }

    /// Python `hash()` of an int.
    static func hashInteger(_ value: BigInt) -> Int {
        let modulus = BigInt((1 << 61) - 1)
        var h = Int(value.magnitude % modulus.magnitude)
        if value.signum() < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    @inline(__always)
    static func hashInteger(_ value: Int) -> Int {
        let modulus = (1 << 61) - 1
        if value > -modulus, value < modulus { return value == -1 ? -2 : value }
        return hashInteger(BigInt(value))
    }

    /// CPython's `_Py_HashDouble`, so `hash(2.0) == hash(2)` and `hash(0.5)` matches.
    static func hashFloat(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        if v.isNaN { return 0 }
        let modulus: UInt64 = (1 << 61) - 1
        // The sign comes from `v`: Swift's `frexp` overlay does not keep it in the mantissa.
        let sign = v < 0 ? -1 : 1
        let m = frexp(Swift.abs(v))
        var mantissa = m.0
        var e = m.1
        var x: UInt64 = 0
        while mantissa != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            mantissa *= 268435456.0
            e -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(61 - e)
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}
