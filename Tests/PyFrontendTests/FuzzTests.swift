import PyTestSupport
import Testing
@testable import PyFrontend

/// A small deterministic generator (SplitMix64), so failures reproduce.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }
}

/// Fragments that mutations splice into programs.
private let fragments = ["(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "f'", "{x", "}", "\\", "\n", "    ", "\t",
                         "if ", "else", "lambda", "*", "**", "=", ":=", "#", "0x", "1_", "é", "\u{0}", "async ",
                         "await ", "yield", "\"\"\"", "f\"{", "!r", "=}", "...", "@", "->", "not in", "\r\n"]

/// Parses `source`; the test passes as long as this returns (a module or a SyntaxError).
private func parsesWithoutTrapping(_ source: String) -> Bool {
    do {
        _ = try Python.parse(source)
        return true
    } catch {
        return !error.message.isEmpty && error.line >= 0
    }
}

@Test func mutatedProgramsNeverTrap() {
    var random = SplitMix64(state: 0x5EED)
    let seeds = orchestrationCorpus + goldenDumps.map(\.source)
    for _ in 0..<3000 {
        var bytes = Array(seeds[random.below(seeds.count)].utf8)
        for _ in 0...random.below(4) {
            let position = random.below(bytes.count + 1)
            switch random.below(3) {
            case 0:
                bytes.insert(contentsOf: Array(fragments[random.below(fragments.count)].utf8), at: position)
            case 1:
                if position < bytes.count {
                    bytes.removeSubrange(position..<min(bytes.count, position + 1 + random.below(8)))
                }
            default:
                if position < bytes.count {
                    bytes[position] = UInt8(truncatingIfNeeded: random.next())
                }
            }
        }
        #expect(parsesWithoutTrapping(String(decoding: bytes, as: UTF8.self)))
    }
}

@Test func randomBytesNeverTrap() {
    var random = SplitMix64(state: 42)
    for _ in 0..<2000 {
        let count = random.below(200)
        let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(parsesWithoutTrapping(String(decoding: bytes, as: UTF8.self)))
        let ascii = (0..<count).map { _ in UInt8(32 + random.below(95)) }
        #expect(parsesWithoutTrapping(String(decoding: ascii, as: UTF8.self)))
    }
}

@Test func randomTokenSoupNeverTraps() {
    var random = SplitMix64(state: 7)
    let words = fragments + ["x", "1", "def", "class", "for", "in", "return", "try:", "except", "with", "as", "+", "-"]
    for _ in 0..<2000 {
        let source = (0..<random.below(40)).map { _ in words[random.below(words.count)] }.joined(separator: " ")
        #expect(parsesWithoutTrapping(source))
    }
}
