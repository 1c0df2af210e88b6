import BigInt

/// A `random.Random` instance: a Mersenne Twister and the spare normal deviate of `gauss`.
final class PyRandom: PyObject {
    var generator = MersenneTwister()
    var gaussNext: Double?

    init(type: PyType) {
        super.init(type: type)
        seedFromEntropy()
    }

    /// Unseeded generators start from system entropy (624 words, as CPython reads them).
    func seedFromEntropy() {
        var system = SystemRandomNumberGenerator()
        generator.seed(key: (0..<MersenneTwister.n).map { _ in UInt32.random(in: .min ... .max, using: &system) })
        gaussNext = nil
    }

    /// `seed(a=None, version=2)` as CPython 3.12 seeds: ints by their absolute value's
    /// 32-bit words, `str`/`bytes` by their bytes followed by their SHA-512 digest, floats
    /// by their hash.
    func seed(_ vm: VM, _ value: Value, version: Int) throws(PyError) {
        gaussNext = nil
        switch value {
        case .none:
            seedFromEntropy()
        case .int, .bool:
            generator.seed(integer: (value.bigInteger ?? 0).magnitude)
        case .float:
            generator.seed(integer: BigUInt(UInt(bitPattern: try vm.hash(value))))
        case .object(let o):
            if let big = o as? PyBigInt {
                generator.seed(integer: big.value.magnitude)
            } else if version == 2, let text = o as? PyStr {
                generator.seed(integer: PyRandom.integer(fromSeedBytes: Array(text.value.utf8)))
            } else if version == 2, let bytes = o as? PyBytes {
                generator.seed(integer: PyRandom.integer(fromSeedBytes: bytes.bytes))
            } else if o is PyStr || o is PyBytes {
                generator.seed(integer: BigUInt(UInt(bitPattern: try vm.hash(value))))
            } else {
                throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
        }
    }

    /// `int.from_bytes(a + sha512(a).digest(), 'big')`.
    static func integer(fromSeedBytes bytes: [UInt8]) -> BigUInt {
        let all = bytes + SHA512.digest(bytes)
        var words: [UInt] = []
        var end = all.count
        while end > 0 {
            let start = max(0, end - 8)
            var word: UInt = 0
            for byte in all[start..<end] { word = word << 8 | UInt(byte) }
            words.append(word)
            end = start
        }
        return BigUInt(words: words)
    }

    func random() -> Double { generator.nextDouble() }

    /// `getrandbits(k)` as a Python int.
    func bits(_ vm: VM, _ k: Int) throws(PyError) -> Value {
        guard k >= 0 else { throw Errors.valueError("number of bits must be non-negative") }
        if k <= 32 { return .int(k == 0 ? 0 : Int(generator.next() >> UInt32(32 - k))) }
        guard k <= vm.limits.maxIntegerBits else { throw Errors.memory() }
        try vm.reserveMemory(k / 8)
        return PyBigInt.value(BigInt(generator.bits(k)))
    }

    /// `_randbelow(n)` for n > 0: `getrandbits(n.bit_length())` until below `n`.
    func below(_ vm: VM, _ n: BigInt) throws(PyError) -> BigInt {
        let k = n.magnitude.bitWidth
        if k <= 32, let limit = UInt32(exactly: n) {
            var r = generator.next() >> UInt32(32 - k)
            while r >= limit { r = generator.next() >> UInt32(32 - k) }
            return BigInt(r)
        }
        guard k <= vm.limits.maxIntegerBits else { throw Errors.memory() }
        var r = BigInt(generator.bits(k))
        while r >= n {
            try vm.tick()
            r = BigInt(generator.bits(k))
        }
        return r
    }

    /// `_randbelow(n)` for an `Int` n > 0.
    func below(_ vm: VM, _ n: Int) throws(PyError) -> Int {
        Int(try below(vm, BigInt(n)))
    }
}
