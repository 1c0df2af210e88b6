/// Finds the first bytes that are not UTF-8, and describes them as CPython's UTF-8 decoder does.
///
/// Overlong forms, surrogates (U+D800...U+DFFF encoded directly) and values above U+10FFFF are
/// invalid, as in RFC 3629.
enum UTF8Validation {
    struct Failure {
        /// Offset of the first byte of the bad sequence.
        var offset: Int
        /// CPython's `UnicodeDecodeError` text, such as
        /// `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
        var message: String
    }

    static func firstError(in bytes: [UInt8]) -> Failure? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, secondRange): (Int, ClosedRange<UInt8>)
            switch lead {
            case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)
            case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
            case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
            default:
                return failure(bytes, at: index, validCount: 1, reason: "invalid start byte")
            }
            // Count the continuation bytes that are acceptable so far.
            var valid = 1
            while valid < length, index + valid < bytes.count {
                let byte = bytes[index + valid]
                let range: ClosedRange<UInt8> = valid == 1 ? secondRange : 0x80...0xBF
                guard range.contains(byte) else { break }
                valid += 1
            }
            if valid == length {
                index += length
            } else if index + valid == bytes.count {
                return failure(bytes, at: index, validCount: valid, reason: "unexpected end of data")
            } else {
                return failure(bytes, at: index, validCount: valid, reason: "invalid continuation byte")
            }
        }
        return nil
    }

    private static func failure(_ bytes: [UInt8], at offset: Int, validCount: Int, reason: String) -> Failure {
        if validCount == 1 {
            let hex = String(bytes[offset], radix: 16)
            let byte = hex.count == 1 ? "0x0" + hex : "0x" + hex
            let message = "'utf-8' codec can't decode byte \(byte) in position \(offset): \(reason)"
            return Failure(offset: offset, message: message)
        }
        let last = offset + validCount - 1
        let message = "'utf-8' codec can't decode bytes in position \(offset)-\(last): \(reason)"
        return Failure(offset: offset, message: message)
    }
}
