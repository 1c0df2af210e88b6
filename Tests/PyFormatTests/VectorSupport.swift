import BigInt
import Foundation
import PyFormat

/// This directory, found from this file's path (the fixture sits beside the tests).
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The committed fixture written by gen_vectors.py.
let vectorsURL = testsDirectory.appendingPathComponent("vectors.jsonl")

/// The fixture's lines.
func fixtureLines() -> [Substring] {
    guard let data = try? Data(contentsOf: vectorsURL), let text = String(data: data, encoding: .utf8) else { return [] }
    return text.split(separator: "\n")
}

/// The vectors of one kind (their first field), each a decoded JSON array.
func vectors(_ kind: String) -> [[Any]] {
    let prefix = "[\"\(kind)\","
    var rows: [[Any]] = []
    for line in fixtureLines() where line.hasPrefix(prefix) {
        if let row = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) as? [Any] {
            rows.append(row)
        } else {
            rows.append(["unparsable", String(line)])
        }
    }
    return rows
}

/// A Python `hex()` string as a BigInt.
func decodeInt(_ text: String) -> BigInt? {
    var body = Substring(text)
    var negative = false
    if body.hasPrefix("-") {
        negative = true
        body = body.dropFirst()
    }
    guard body.hasPrefix("0x"), let magnitude = BigUInt(body.dropFirst(2), radix: 16) else { return nil }
    return BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)
}

/// A `float.hex()` string (or inf/-inf/nan) as a Double.
func decodeFloat(_ text: String) -> Double? {
    Double(text)
}

/// Bit-exact equality, with every nan equal to every nan.
func sameDouble(_ a: Double, _ b: Double) -> Bool {
    (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
}

/// A tagged `%` argument (see gen_vectors.py).
func decodeArgument(_ json: Any) -> TestValue? {
    guard let object = json as? [String: Any], let (tag, payload) = object.first else { return nil }
    switch tag {
    case "i": return (payload as? String).flatMap(decodeInt).map(TestValue.int)
    case "b": return (payload as? Bool).map(TestValue.bool)
    case "f": return (payload as? String).flatMap(decodeFloat).map(TestValue.float)
    case "s": return (payload as? String).map(TestValue.str)
    case "n": return TestValue.none
    case "t", "l":
        guard let items = payload as? [Any] else { return nil }
        let decoded = items.compactMap(decodeArgument)
        guard decoded.count == items.count else { return nil }
        return tag == "t" ? .tuple(decoded) : .list(decoded)
    case "d":
        guard let pairs = payload as? [[Any]] else { return nil }
        var decoded: [(String, TestValue)] = []
        for pair in pairs {
            guard pair.count == 2, let key = pair[0] as? String, let value = decodeArgument(pair[1]) else { return nil }
            decoded.append((key, value))
        }
        return .dict(decoded)
    default: return nil
    }
}

/// The (outcome, text) CPython gave: "ok" or an exception class name, then the result or message.
func expectedOutcome(_ row: [Any], at index: Int) -> (String, String)? {
    guard row.count == index + 2, let status = row[index] as? String, let text = row[index + 1] as? String else { return nil }
    return (status, text)
}

/// Runs `body` and turns its result or error into an (outcome, text) pair like the fixture's.
func actualOutcome(_ body: () throws -> String) -> (String, String) {
    do {
        return ("ok", try body())
    } catch let error as PyFormatError {
        return (error.kind.rawValue, error.message)
    } catch let error as TestError {
        return (error.kind, error.message)
    } catch {
        return ("unexpected", "\(error)")
    }
}

/// Compares every row with `check`, which returns a failure description or nil.
/// Returns the failures and the number of rows checked.
func checkAll(_ rows: [[Any]], _ check: ([Any]) -> String?) -> (failures: [String], checked: Int) {
    var failures: [String] = []
    for row in rows {
        if let failure = check(row) { failures.append(failure) }
    }
    return (failures, rows.count)
}

/// A short report of the first failures.
func report(_ failures: [String]) -> String {
    let shown = failures.prefix(25).joined(separator: "\n")
    return "\(failures.count) vector(s) failed:\n\(shown)"
}
