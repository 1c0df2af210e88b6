extension JSONValue {
    /// Compact JSON text as UTF-8: no whitespace, members in order, numbers as their literals.
    ///
    /// Strings escape `"`, `\` and the control characters U+0000...U+001F (`\b \f \n \r \t`,
    /// others as lowercase `\u00XX`); every other character, including non-ASCII, is written as
    /// UTF-8 — the output of Python's `json.dumps(v, ensure_ascii=False, separators=(",", ":"))`
    /// for the same value. The output parses back to an equal value. Iterative: any depth.
    public func serialized() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.output
    }

    /// ``serialized()`` as a `String`.
    public var serializedText: String {
        String(decoding: serialized(), as: UTF8.self)
    }
}

/// Appends compact JSON to a byte buffer.
struct JSONWriter {
    var output: [UInt8] = []

    /// A container being written: its children and the next one to write.
    private enum Frame {
        case array([JSONValue], next: Int)
        case object([(key: String, value: JSONValue)], next: Int)
    }

    mutating func write(_ root: JSONValue) {
        var stack: [Frame] = []
        var pending: JSONValue? = root
        while true {
            if let value = pending {
                pending = nil
                switch value {
                case .null: append("null")
                case .bool(let flag): append(flag ? "true" : "false")
                case .number(let number): output.append(contentsOf: number.literal.utf8)
                case .string(let text): writeString(text)
                case .array(let elements):
                    output.append(UInt8(ascii: "["))
                    stack.append(.array(elements, next: 0))
                case .object(let object):
                    output.append(UInt8(ascii: "{"))
                    stack.append(.object(object.members, next: 0))
                }
            }
            guard let top = stack.indices.last else { return }
            switch stack[top] {
            case .array(let elements, let next):
                if next < elements.count {
                    if next > 0 { output.append(UInt8(ascii: ",")) }
                    stack[top] = .array(elements, next: next + 1)
                    pending = elements[next]
                } else {
                    output.append(UInt8(ascii: "]"))
                    stack.removeLast()
                }
            case .object(let members, let next):
                if next < members.count {
                    if next > 0 { output.append(UInt8(ascii: ",")) }
                    writeString(members[next].key)
                    output.append(UInt8(ascii: ":"))
                    stack[top] = .object(members, next: next + 1)
                    pending = members[next].value
                } else {
                    output.append(UInt8(ascii: "}"))
                    stack.removeLast()
                }
            }
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// A quoted, escaped string.
    mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20:
                let hexDigits: StaticString = "0123456789abcdef"
                append("\\u00")
                hexDigits.withUTF8Buffer { digits in
                    output.append(digits[Int(byte >> 4)])
                    output.append(digits[Int(byte & 0x0F)])
                }
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
