/// RFC 6901 JSON Pointers: rendering instance paths and reading local `$ref` fragments.
enum JSONPointer {
    /// `tokens` as a pointer: `""` for the root, else `/` before each token with `~` written
    /// `~0` and `/` written `~1`.
    static func render(_ tokens: [String]) -> String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            for character in token.unicodeScalars {
                switch character {
                case "~": pointer += "~0"
                case "/": pointer += "~1"
                default: pointer.unicodeScalars.append(character)
                }
            }
        }
        return pointer
    }

    /// The tokens of a URI fragment such as `#/$defs/a~1b` or `#/%24defs/x` (RFC 6901 section 6:
    /// percent-decoded first, then `~1` and `~0` unescaped); nil when it is not a valid pointer.
    static func tokens(ofFragment fragment: Substring) -> [String]? {
        guard let decoded = percentDecoded(fragment) else { return nil }
        guard !decoded.isEmpty else { return [] }
        guard decoded.first == "/" else { return nil }
        var tokens: [String] = []
        for raw in decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = unescaped(raw) else { return nil }
            tokens.append(token)
        }
        return tokens
    }

    /// `~0` as `~` and `~1` as `/`; nil for any other `~` sequence.
    private static func unescaped(_ raw: Substring) -> String? {
        var token = ""
        var iterator = raw.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "~" else {
                token.unicodeScalars.append(scalar)
                continue
            }
            switch iterator.next() {
            case "0": token += "~"
            case "1": token += "/"
            default: return nil
            }
        }
        return token
    }

    /// `%XX` sequences decoded as UTF-8; nil for a malformed escape or invalid UTF-8.
    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(HexDigit.value), let low = iterator.next().flatMap(HexDigit.value) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
