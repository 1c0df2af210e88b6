import Foundation

/// Checks on JSON documents carried as bytes; the router otherwise never parses payloads.
enum JSONText {
    /// Why `bytes` is not a JSON object, or nil when it is one (or is empty, meaning `{}`).
    static func objectProblem(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return nil }
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return "not valid JSON"
        }
        return value is [String: Any] ? nil : "must be a JSON object"
    }

    /// `bytes` without the whitespace between tokens, so two encodings of the same document
    /// with the same member order compare equal.
    static func withoutWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                result.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                result.append(byte)
            } else if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
                result.append(byte)
            }
        }
        return result
    }
}
