/// Why bytes could not be turned into an ``Envelope`` (or an ``Envelope`` into a frame).
///
/// Every decoding error is fatal for the connection it came from: framing has no way to
/// resynchronize, so the receiver sends a ``ProtocolError`` with ``statusCode`` and closes.
public enum FrameError: Error, Sendable, Hashable {
    /// A length prefix, or a message being encoded, is larger than the frame size limit.
    case frameTooLarge(length: UInt64, limit: Int)
    /// A length prefix of 0: every frame must hold an ``Envelope`` with a body.
    case emptyFrame
    /// The frame body is not a valid protobuf `Envelope`.
    case malformedEnvelope(length: Int)
    /// The `Envelope` decoded but holds no message this version knows.
    case missingBody
    /// A field decoded but its content is not acceptable (e.g. a string that is not UTF-8).
    case invalidField(field: String, reason: String)
    /// Decoding the frame would allocate more memory than the decoder's budget.
    case decodedSizeExceeded(limit: Int)
    /// The stream ended inside a frame: `buffered` bytes were received of `expected` (the
    /// prefix plus the body; nil while the 4-byte prefix itself is incomplete).
    case truncated(buffered: Int, expected: Int?)
    /// A string to encode contains U+0000, which the C implementations cannot carry.
    case unencodableString(field: String)

    /// The status code to put in the ``ProtocolError`` sent before closing.
    public var statusCode: StatusCode {
        switch self {
        case .frameTooLarge, .decodedSizeExceeded: .resourceExhausted
        case .emptyFrame, .malformedEnvelope, .missingBody, .invalidField, .truncated, .unencodableString:
            .invalidArgument
        }
    }
}

extension FrameError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .frameTooLarge(length, limit):
            "frame of \(length) bytes exceeds the limit of \(limit) bytes"
        case .emptyFrame:
            "empty frame (length prefix 0)"
        case let .malformedEnvelope(length):
            "frame body of \(length) bytes is not a valid toolmesh.v1.Envelope"
        case .missingBody:
            "envelope holds no known message (body unset or of a newer protocol version)"
        case let .invalidField(field, reason):
            "invalid field \(field): \(reason)"
        case let .decodedSizeExceeded(limit):
            "decoding the frame would allocate more than \(limit) bytes"
        case let .truncated(buffered, expected?):
            "stream ended inside a frame: \(buffered) of \(expected) bytes received"
        case let .truncated(buffered, nil):
            "stream ended inside a length prefix: \(buffered) of 4 bytes received"
        case let .unencodableString(field):
            "string field \(field) contains U+0000, which the protocol cannot carry"
        }
    }
}
