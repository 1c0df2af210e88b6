/// Text pieces for violation and schema error messages. Anything echoed from a value or schema
/// is truncated, so a hostile property name cannot inflate an error.
enum SchemaMessage {
    /// Longest echoed text, in Unicode scalars.
    static let echoLimit = 100

    /// `'name'`, with `\`, `'` and control characters escaped as Python's `repr` would, and
    /// long text cut with `…`.
    static func quoted(_ text: String) -> String {
        var result = "'"
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count == echoLimit {
                result += "…"
                break
            }
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                result += "\\x" + (hex.count == 1 ? "0" : "") + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    /// Compact JSON for a schema value, cut with `…` when long.
    static func json(_ value: JSONValue) -> String {
        truncated(value.serializedText)
    }

    /// `"a", "b", 3` for `enum` values, cut with `…` when long.
    static func list(_ values: [JSONValue]) -> String {
        var result = ""
        for (index, value) in values.enumerated() {
            if index > 0 { result += ", " }
            if result.unicodeScalars.count > echoLimit * 2 {
                return result + "…"
            }
            result += json(value)
        }
        return result
    }

    /// `string`, `string or null`, `string, number or null`.
    static func alternatives(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// `1 item`, `2 items`.
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    private static func truncated(_ text: String) -> String {
        guard text.unicodeScalars.count > echoLimit else { return text }
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.prefix(echoLimit))
        return result + "…"
    }
}
