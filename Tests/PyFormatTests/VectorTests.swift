import BigInt
import Foundation
import PyFormat
import Testing

/// Every vector of the CPython-generated fixture (vectors.jsonl), by kind.
@Suite struct VectorTests {
    @Test func fixtureIsLoaded() {
        #expect(fixtureLines().count > 10_000, "vectors.jsonl missing or unreadable at \(vectorsURL.path)")
    }

    @Test func floatRepr() {
        let rows = vectors("repr")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 3, let hex = row[1] as? String, let x = decodeFloat(hex), let expected = row[2] as? String else {
                return "bad row \(row)"
            }
            let actual = FloatRepr.repr(x)
            return actual == expected ? nil : "repr(\(hex)): expected \(expected), got \(actual)"
        }
        #expect(checked > 2000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func formatBuiltin() {
        let rows = vectors("format")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 6, let type = row[1] as? String, let spec = row[3] as? String,
                  let expected = expectedOutcome(row, at: 4) else { return "bad row \(row)" }
            let actual: (String, String)
            switch type {
            case "int":
                guard let text = row[2] as? String, let value = decodeInt(text) else { return "bad int \(row)" }
                actual = actualOutcome { try PyFormat.format(value, spec: spec) }
                // The Int fast path must agree with the BigInt path wherever it applies.
                if let small = Int(exactly: value) {
                    let fast = actualOutcome { try PyFormat.format(small, spec: spec) }
                    if fast != actual { return "format(Int \(value), \(spec.debugDescription)): Int path \(fast), BigInt path \(actual)" }
                }
            case "bool":
                guard let flag = row[2] as? Bool else { return "bad bool \(row)" }
                actual = spec.isEmpty ? ("ok", flag ? "True" : "False")
                                      : actualOutcome { try PyFormat.format(flag ? 1 : 0, spec: spec, typeName: "bool") }
            case "float":
                guard let text = row[2] as? String, let value = decodeFloat(text) else { return "bad float \(row)" }
                actual = actualOutcome { try PyFormat.format(value, spec: spec) }
            case "str":
                guard let value = row[2] as? String else { return "bad str \(row)" }
                actual = actualOutcome { try PyFormat.format(value, spec: spec) }
            default:
                return "bad type \(row)"
            }
            return actual == expected ? nil
                : "format(\(type) \(row[2]), \(spec.debugDescription)): expected \(expected), got \(actual)"
        }
        #expect(checked > 20_000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func percentFormatting() {
        let rows = vectors("percent")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 5, let format = row[1] as? String, let args = decodeArgument(row[2]),
                  let expected = expectedOutcome(row, at: 3) else { return "bad row \(row)" }
            let actual = actualOutcome { try PyFormat.percent(format, args) }
            return actual == expected ? nil : "\(format.debugDescription) % \(row[2]): expected \(expected), got \(actual)"
        }
        #expect(checked > 2000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func intParse() {
        let rows = vectors("int_parse")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 5, let text = row[1] as? String, let base = row[2] as? Int,
                  let expected = expectedOutcome(row, at: 3) else { return "bad row \(row)" }
            let actual = actualOutcome {
                let value = try PyInt.parse(text, base: base)
                return (value.sign == .minus && !value.magnitude.isZero ? "-0x" : "0x") + String(value.magnitude, radix: 16)
            }
            return actual == expected ? nil : "int(\(text.prefix(60).debugDescription), \(base)): expected \(expected), got \(actual)"
        }
        #expect(checked > 1000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func floatParse() {
        let rows = vectors("float_parse")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 4, let text = row[1] as? String, let expected = expectedOutcome(row, at: 2) else {
                return "bad row \(row)"
            }
            do {
                let value = try PyFloat.parse(text)
                guard expected.0 == "ok", let want = decodeFloat(expected.1), sameDouble(value, want) else {
                    return "float(\(text.prefix(60).debugDescription)): expected \(expected), got \(value)"
                }
                return nil
            } catch let error as PyFormatError {
                return (error.kind.rawValue, error.message) == expected ? nil
                    : "float(\(text.prefix(60).debugDescription)): expected \(expected), got \(error)"
            } catch {
                return "float(\(text.debugDescription)): unexpected \(error)"
            }
        }
        #expect(checked > 300)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func roundFloat() {
        let rows = vectors("round_float")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 5, let hex = row[1] as? String, let x = decodeFloat(hex),
                  let expected = expectedOutcome(row, at: 3) else { return "bad row \(row)" }
            let digits = row[2] as? Int
            do {
                if let digits {
                    let value = try PyFloat.round(x, digits: digits)
                    guard expected.0 == "ok", let want = decodeFloat(expected.1), sameDouble(value, want) else {
                        return "round(\(hex), \(digits)): expected \(expected), got \(value.description)"
                    }
                } else {
                    let value = try PyFloat.round(x)
                    guard expected.0 == "ok", decodeInt(expected.1) == value else {
                        return "round(\(hex)): expected \(expected), got \(value)"
                    }
                }
                return nil
            } catch let error as PyFormatError {
                return (error.kind.rawValue, error.message) == expected ? nil
                    : "round(\(hex), \(String(describing: digits))): expected \(expected), got \(error)"
            } catch {
                return "round(\(hex)): unexpected \(error)"
            }
        }
        #expect(checked > 5000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func roundInt() {
        let rows = vectors("round_int")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 5, let text = row[1] as? String, let value = decodeInt(text), let digits = row[2] as? Int,
                  let wantText = row[4] as? String, let want = decodeInt(wantText) else { return "bad row \(row)" }
            let actual = PyFloat.round(value, digits: digits)
            return actual == want ? nil : "round(\(value), \(digits)): expected \(want), got \(actual)"
        }
        #expect(checked > 1000)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }

    @Test func intToString() {
        let rows = vectors("int_str")
        let (failures, checked) = checkAll(rows) { row in
            guard row.count == 5, let text = row[1] as? String, let value = decodeInt(text), let radix = row[2] as? Int,
                  let expected = expectedOutcome(row, at: 3) else { return "bad row \(row)" }
            var actual = actualOutcome { try PyInt.string(value, radix: radix) }
            let chars = Array(actual.1)
            if actual.0 == "ok" && chars.count > 200 {
                // The fixture abbreviates long results the same way.
                actual.1 = "\(chars.count):\(String(chars.prefix(40)))...\(String(chars.suffix(40)))"
            }
            return actual == expected ? nil : "int_str(\(text.prefix(40)), \(radix)): expected \(expected), got \(actual)"
        }
        #expect(checked > 900)
        let failureCount = failures.count
        #expect(failureCount == 0, Comment(rawValue: report(failures)))
    }
}
