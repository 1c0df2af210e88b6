/// Collects what the program prints, up to the output limit.
public final class OutputBuffer {
    /// The text printed so far.
    public private(set) var text = ""
    private var bytes = 0
    private let limit: Int
    /// Called with each chunk as it is printed (streaming to a terminal), if set.
    public var onWrite: ((String) -> Void)?

    public init(limit: Int) {
        self.limit = limit
    }

    /// Appends a chunk; throws a termination past the limit (what fits is kept).
    func write(_ chunk: String) throws(PyError) {
        bytes += chunk.utf8.count
        if bytes > limit {
            throw .terminated(.outputLimit(limit))
        }
        if let onWrite { onWrite(chunk) } else { text += chunk }
    }
}
