/// An error that CPython would raise, with its exception class and exact message.
///
/// Every bad input to this module ends in one of these (never a trap), so the
/// interpreter can turn it into the matching Python exception unchanged.
public struct PyFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class.
    public enum Kind: String, Equatable, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        /// Only for results too long to build (CPython would try to allocate them).
        case memoryError = "MemoryError"
    }

    /// Which Python exception class to raise.
    public let kind: Kind
    /// The exception's message, exactly as CPython 3.12 words it.
    public let message: String

    /// An error of class `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `"ValueError: message"`, as a traceback's last line shows it.
    public var description: String { "\(kind.rawValue): \(message)" }

    static func value(_ message: String) -> PyFormatError { PyFormatError(.valueError, message) }
    static func type(_ message: String) -> PyFormatError { PyFormatError(.typeError, message) }
    static func overflow(_ message: String) -> PyFormatError { PyFormatError(.overflowError, message) }

    /// Longest result this module builds; beyond it a MemoryError is thrown instead of
    /// letting an allocation trap (CPython would attempt the allocation).
    static let maxResultLength = Int(Int32.max)

    /// Throws MemoryError when a result of `length` characters is too long to build.
    static func checkLength(_ length: Int) throws {
        if length > maxResultLength { throw PyFormatError(.memoryError, "") }
    }
}
