// Strict RFC 8259 parser. It mirrors the control flow of CPython's `_json.c` scanner so that
// every error is reported with the same message at the same position as `json.loads`; it keeps
// an explicit stack instead of recursing, so no input can exhaust the thread's stack.

extension JSONValue {
    /// Parses one JSON document from UTF-8 bytes.
    ///
    /// Strict RFC 8259: no comments, trailing commas, single quotes, `NaN`/`Infinity`, leading
    /// zeros or leading `+`; only space, tab, CR and LF as whitespace; control characters inside
    /// strings must be escaped; the bytes must be UTF-8 and must not start with a byte order
    /// mark. Duplicate keys keep the first position and the last value (like Python). Numbers
    /// keep their text (see ``JSONNumber``), so `1e400` and 30-digit integers are accepted.
    ///
    /// - Throws: the first error, with CPython's message and position.
    public init(
        parsing bytes: some Collection<UInt8>, options: JSONParseOptions = JSONParseOptions()
    ) throws(JSONParseError) {
        var parser = JSONParser(bytes: Array(bytes), options: options)
        self = try parser.parseDocument()
    }

    /// Parses one JSON document from a string's UTF-8; see the byte-collection overload.
    public init(parsing text: String, options: JSONParseOptions = JSONParseOptions()) throws(JSONParseError) {
        try self.init(parsing: text.utf8, options: options)
    }
}

/// The parser state: the input and a read position.
struct JSONParser {
    let bytes: [UInt8]
    let options: JSONParseOptions
    var position = 0

    /// One array or object being filled, innermost last on the stack.
    private struct OpenContainer {
        var isObject: Bool
        var elements: [JSONValue] = []
        var object = JSONObject()
        /// The key whose value is being parsed (objects only).
        var key = ""
    }

    init(bytes: [UInt8], options: JSONParseOptions) {
        self.bytes = bytes
        self.options = options
    }

    /// The byte at the read position, or nil at the end.
    var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// The byte at `offset`, or nil past the end.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    func error(_ kind: JSONParseError.Kind, _ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(kind, message, at: offset, in: bytes)
    }

    /// JSON-text: ws value ws
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if let failure = UTF8Validation.firstError(in: bytes) {
            throw error(.invalidUTF8, failure.message, at: failure.offset)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw error(.unexpectedByteOrderMark, "Unexpected UTF-8 BOM (decode using utf-8-sig)", at: 0)
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if position != bytes.count {
            throw error(.extraData, "Extra data", at: position)
        }
        return value
    }

    /// value: object / array / string / number / 'true' / 'false' / 'null'
    ///
    /// Iterative: an opening bracket pushes a container and loops back for its first value; a
    /// completed value is added to the innermost container, which may then close in turn.
    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        var stack: [OpenContainer] = []
        while true {
            var value: JSONValue
            switch current {
            case UInt8(ascii: "["):
                try checkDepth(stack.count)
                position += 1
                skipWhitespace()
                guard current == UInt8(ascii: "]") else {
                    stack.append(OpenContainer(isObject: false))
                    continue
                }
                position += 1
                value = .array([])
            case UInt8(ascii: "{"):
                try checkDepth(stack.count)
                position += 1
                skipWhitespace()
                guard current == UInt8(ascii: "}") else {
                    let key = try parseMemberName()
                    stack.append(OpenContainer(isObject: true, key: key))
                    continue
                }
                position += 1
                value = .object(JSONObject())
            default:
                value = try parseScalar()
            }
            while let top = stack.indices.last {
                if stack[top].isObject {
                    stack[top].object.setValue(value, forKey: stack[top].key)
                } else {
                    stack[top].elements.append(value)
                }
                skipWhitespace()
                let isObject = stack[top].isObject
                if current == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    if isObject { stack[top].key = try parseMemberName() }
                    break
                }
                guard current == UInt8(ascii: isObject ? "}" : "]") else {
                    throw error(.expectingComma, "Expecting ',' delimiter", at: position)
                }
                position += 1
                let closed = stack.removeLast()
                value = closed.isObject ? .object(closed.object) : .array(closed.elements)
            }
            if stack.isEmpty { return value }
        }
    }

    /// member: string ws ':' ws — the part of a member before its value.
    private mutating func parseMemberName() throws(JSONParseError) -> String {
        guard current == UInt8(ascii: "\"") else {
            throw error(.expectingPropertyName, "Expecting property name enclosed in double quotes", at: position)
        }
        let key = try parseString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else {
            throw error(.expectingColon, "Expecting ':' delimiter", at: position)
        }
        position += 1
        skipWhitespace()
        return key
    }

    /// A value that is not a container: string, number or literal name.
    private mutating func parseScalar() throws(JSONParseError) -> JSONValue {
        switch current {
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "n") where matchLiteral("null"):
            return .null
        case UInt8(ascii: "t") where matchLiteral("true"):
            return .bool(true)
        case UInt8(ascii: "f") where matchLiteral("false"):
            return .bool(false)
        case .some(UInt8(ascii: "-")), .some(UInt8(ascii: "0")...UInt8(ascii: "9")):
            if let number = parseNumber() { return .number(number) }
        default:
            break
        }
        throw error(.expectingValue, "Expecting value", at: position)
    }

    /// Consumes `name` if the input continues with it.
    private mutating func matchLiteral(_ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        let matches = name.withUTF8Buffer { expected in
            bytes[position..<(position + count)].elementsEqual(expected)
        }
        if matches { position += count }
        return matches
    }

    private mutating func checkDepth(_ openContainers: Int) throws(JSONParseError) {
        guard openContainers < options.maxDepth else {
            throw error(.nestingTooDeep, "Nesting deeper than \(options.maxDepth) levels", at: position)
        }
    }

    /// ws: *( %x20 / %x09 / %x0A / %x0D )
    mutating func skipWhitespace() {
        while let byte = current,
              byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            position += 1
        }
    }
}
