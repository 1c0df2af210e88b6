import BigInt
import Glibc

/// The methods of `random.Random`, shared by the module's functions (which use one hidden
/// instance, as CPython's do). Each follows CPython 3.12's `random.py` step by step, so a
/// seeded generator yields the same values.
enum RandomMethods {
    typealias Body = (VM, PyRandom, Arguments) throws(PyError) -> Value

    /// `name`'s body; `args` starts with the instance (`self`).
    nonisolated(unsafe) static let all: [(String, Body)] = [
        ("seed", seed), ("random", random), ("getrandbits", getrandbits), ("randbytes", randbytes),
        ("getstate", getstate), ("setstate", setstate), ("randrange", randrange), ("randint", randint),
        ("choice", choice), ("choices", RandomSequences.choices), ("shuffle", RandomSequences.shuffle),
        ("sample", RandomSequences.sample),
    ] + RandomDistributions.all

    static func seed(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "Random.seed", positional: ["a", "version"], defaults: [.none, .int(2)]).bind(args)
        try r.seed(vm, values[0], version: try vm.intArgument(values[1]))
        return .none
    }

    static func random(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        try args.expectMethod("Random.random", min: 0, max: 0)
        return .float(r.random())
    }

    static func getrandbits(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        try args.expectMethod("Random.getrandbits", min: 1, max: 1)
        return try r.bits(vm, try vm.intArgument(args.positional[1]))
    }

    static func randbytes(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let n = try vm.intArgument(try Signature(name: "Random.randbytes", positional: ["n"]).bind(args)[0])
        guard n >= 0 else { throw Errors.valueError("number of bits must be non-negative") }
        guard n <= vm.limits.maxIntegerBits / 8 else { throw Errors.memory() }
        try vm.reserveMemory(n)
        guard n > 0 else { return .object(PyBytes([])) }
        let bits = r.generator.bits(n * 8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(n)
        for word in bits.words {
            for shift in stride(from: 0, to: UInt.bitWidth, by: 8) where bytes.count < n {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt(shift)))
            }
        }
        while bytes.count < n { bytes.append(0) }
        return .object(PyBytes(bytes))
    }

    /// `getstate()`: `(3, (624 words and the position), gauss_next)`.
    static func getstate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        _ = try Signature(name: "Random.getstate", positional: []).bind(args)
        let gauss: Value = r.gaussNext.map { .float($0) } ?? .none
        return .tuple([.int(3), .tuple(r.generator.words.map { .int($0) }), gauss])
    }

    static func setstate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let state = try Signature(name: "Random.setstate", positional: ["state"]).bind(args)[0]
        let version = try vm.getItem(state, .int(0))
        guard try vm.equals(version, .int(3)) else {
            throw Errors.valueError("state with version \(try vm.repr(version)) passed to Random.setstate() of version 3")
        }
        let parts = try vm.unpack(state, count: 3)
        guard case .object(let o) = parts[1], let words = o as? PyTuple else {
            throw Errors.typeError("state vector must be a tuple")
        }
        guard words.items.count == MersenneTwister.n + 1 else { throw Errors.valueError("state vector is the wrong size") }
        var vector: [UInt32] = []
        for item in words.items.prefix(MersenneTwister.n) {
            guard case .int(let word) = item, let value = UInt32(exactly: word) else {
                throw Errors.overflowError("Python int too large to convert to C unsigned long")
            }
            vector.append(value)
        }
        let index = try vm.intArgument(words.items[MersenneTwister.n])
        guard (0...MersenneTwister.n).contains(index) else { throw Errors.valueError("invalid state") }
        r.generator.restore(vector, index: index)
        r.gaussNext = parts[2].isNone ? nil : try doubleArgument(parts[2])
        return .none
    }

    /// `randrange(start, stop=None, step=1)` (CPython 3.12: integer arguments only).
    static func randrange(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "Random.randrange", positional: ["start", "stop", "step"],
                                   defaults: [.none, .int(1)]).bind(args)
        let start = try integer(values[0])
        if values[1].isNone {
            if !Value.identical(values[2], .int(1)) { throw Errors.typeError("Missing a non-None stop argument") }
            guard start > 0 else { throw Errors.valueError("empty range for randrange()") }
            return PyBigInt.value(try r.below(vm, start))
        }
        let stop = try integer(values[1])
        let width = stop - start
        let step = try integer(values[2])
        if step == 1 {
            guard width > 0 else {
                throw Errors.valueError("empty range in randrange(\(try vm.str(values[0])), \(try vm.str(values[1])))")
            }
            return PyBigInt.value(start + (try r.below(vm, width)))
        }
        let count: BigInt
        if step > 0 {
            count = floorDivide(width + step - 1, step)
        } else if step < 0 {
            count = floorDivide(width + step + 1, step)
        } else {
            throw Errors.valueError("zero step for randrange()")
        }
        guard count > 0 else {
            throw Errors.valueError("empty range in randrange(\(try vm.str(values[0])), \(try vm.str(values[1])), \(try vm.str(values[2])))")
        }
        return PyBigInt.value(start + step * (try r.below(vm, count)))
    }

    static func randint(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "Random.randint", positional: ["a", "b"]).bind(args)
        let b = try vm.binaryOperation(.add, values[1], .int(1))
        return try randrange(vm, r, Arguments([args.positional[0], values[0], b]))
    }

    static func choice(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let sequence = try Signature(name: "Random.choice", positional: ["seq"]).bind(args)[0]
        let count = try vm.length(sequence)
        guard count > 0 else { throw Errors.indexError("Cannot choose from an empty sequence") }
        return try vm.getItem(sequence, .int(try r.below(vm, count)))
    }

    /// `operator.index(value)` as a `BigInt`.
    static func integer(_ value: Value) throws(PyError) -> BigInt {
        guard let n = Number(value), !n.isFloat else { throw Errors.notAnInteger(value) }
        return n.big
    }

    static func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
        return remainder != 0 && (remainder < 0) != (b < 0) ? quotient - 1 : quotient
    }

    /// A float argument of the math functions (`must be real number, not str`).
    static func doubleArgument(_ value: Value) throws(PyError) -> Double {
        guard let n = Number(value) else { throw Errors.typeError("must be real number, not \(value.typeName)") }
        return try doubleValue(n)
    }
}
