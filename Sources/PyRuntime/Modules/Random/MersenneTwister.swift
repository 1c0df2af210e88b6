import BigInt

/// MT19937 exactly as CPython's `_random` module runs it, so seeded streams match.
struct MersenneTwister {
    static let n = 624
    static let m = 397
    private(set) var state = [UInt32](repeating: 0, count: MersenneTwister.n)
    private(set) var index = MersenneTwister.n + 1

    /// `init_genrand`.
    mutating func seed(_ s: UInt32) {
        state[0] = s
        for i in 1..<Self.n {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// `init_by_array`: CPython's seeding from the 32-bit words of an integer.
    mutating func seed(key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        seed(19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000
    }

    /// Seeds from a non-negative integer's 32-bit words, least significant first.
    mutating func seed(integer: BigUInt) {
        var key: [UInt32] = []
        for word in integer.words {
            key.append(UInt32(truncatingIfNeeded: word))
            key.append(UInt32(truncatingIfNeeded: word >> 32))
        }
        let count = integer.isZero ? 1 : (integer.bitWidth - 1) / 32 + 1
        seed(key: Array(key.prefix(count)))
    }

    /// `genrand_uint32`.
    mutating func next() -> UInt32 {
        if index >= Self.n {
            for k in 0..<Self.n {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % Self.n] & 0x7fff_ffff)
                state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    mutating func nextDouble() -> Double {
        let a = Double(next() >> 5), b = Double(next() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k ≥ 0: 32-bit words from least significant; a partial top word
    /// keeps its high bits.
    mutating func bits(_ k: Int) -> BigUInt {
        if k <= 32 { return k == 0 ? 0 : BigUInt(next() >> UInt32(32 - k)) }
        var words: [UInt] = []
        var remaining = k
        var pending: UInt?
        while remaining > 0 {
            var r = next()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            remaining -= 32
            if let low = pending {
                words.append(low | UInt(r) << 32)
                pending = nil
            } else {
                pending = UInt(r)
            }
        }
        if let low = pending { words.append(low) }
        return BigUInt(words: words)
    }

    /// The state as CPython's `getstate()` holds it: 624 words and the position.
    var words: [Int] { state.map { Int($0) } + [index] }

    /// Restores `words` (624 words and a position in 0...624).
    mutating func restore(_ words: [UInt32], index: Int) {
        state = words
        self.index = index
    }
}
