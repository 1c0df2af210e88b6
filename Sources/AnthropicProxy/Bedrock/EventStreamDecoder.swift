import Foundation

/// Decodes AWS's binary event-stream framing (what `InvokeModelWithResponseStream` answers
/// with): each message is a prelude (total length, headers length, CRC32), headers, a
/// payload and a CRC32 of the whole message. Input may arrive split anywhere.
struct EventStreamDecoder {
    struct Message: Equatable {
        var headers: [String: String]
        var payload: [UInt8]
    }

    enum DecodingError: Error, Equatable, CustomStringConvertible {
        case badLength(Int)
        case badChecksum
        case badHeader

        var description: String {
            switch self {
            case .badLength(let length): "event-stream message of impossible length \(length)"
            case .badChecksum: "event-stream checksum mismatch"
            case .badHeader: "malformed event-stream header"
            }
        }
    }

    /// Messages larger than this are refused (a streamed model event is far smaller).
    static let maxMessageBytes = 16 << 20
    private var buffer: [UInt8] = []

    /// Adds bytes and returns every message now complete.
    mutating func feed(_ bytes: [UInt8]) throws(DecodingError) -> [Message] {
        buffer += bytes
        var messages: [Message] = []
        while buffer.count >= 12 {
            let total = Int(Self.uint32(buffer, 0)), headersLength = Int(Self.uint32(buffer, 4))
            guard total >= 16, total <= Self.maxMessageBytes, headersLength <= total - 16 else {
                throw .badLength(total)
            }
            guard CRC32.checksum(buffer[0..<8]) == Self.uint32(buffer, 8) else { throw .badChecksum }
            guard buffer.count >= total else { break }
            guard CRC32.checksum(buffer[0..<(total - 4)]) == Self.uint32(buffer, total - 4) else { throw .badChecksum }
            let headers = try Self.headers(Array(buffer[12..<(12 + headersLength)]))
            messages.append(Message(headers: headers, payload: Array(buffer[(12 + headersLength)..<(total - 4)])))
            buffer.removeFirst(total)
        }
        return messages
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    /// The string headers (other value types are skipped, by their sizes).
    private static func headers(_ bytes: [UInt8]) throws(DecodingError) -> [String: String] {
        var headers: [String: String] = [:]
        var i = 0
        func need(_ count: Int) throws(DecodingError) { if i + count > bytes.count { throw .badHeader } }
        while i < bytes.count {
            try need(1)
            let nameLength = Int(bytes[i]); i += 1
            try need(nameLength + 1)
            let name = String(decoding: bytes[i..<(i + nameLength)], as: UTF8.self); i += nameLength
            let type = bytes[i]; i += 1
            switch type {
            case 0, 1: break // true, false
            case 2: try need(1); i += 1
            case 3: try need(2); i += 2
            case 4: try need(4); i += 4
            case 5, 8: try need(8); i += 8
            case 9: try need(16); i += 16
            case 6, 7:
                try need(2)
                let length = Int(bytes[i]) << 8 | Int(bytes[i + 1]); i += 2
                try need(length)
                if type == 7 { headers[name] = String(decoding: bytes[i..<(i + length)], as: UTF8.self) }
                i += length
            default: throw .badHeader
            }
        }
        return headers
    }
}

/// CRC-32 (IEEE 802.3, the zlib polynomial).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
