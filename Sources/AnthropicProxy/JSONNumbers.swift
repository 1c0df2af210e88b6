import MeshSchema

extension JSONValue {
    /// A number as an `Int` clamped to `range`, or nil for anything else. Counts and codes
    /// come from clients and upstreams; a value like `1e300` must not trap the conversion.
    func clampedInt(in range: ClosedRange<Int>) -> Int? {
        guard let value = numberValue?.doubleValue, value.isFinite else { return nil }
        return Int(Swift.max(Double(range.lowerBound), Swift.min(Double(range.upperBound), value.rounded(.towardZero))))
    }
}

/// The token counts of an upstream message's `usage`: non-negative, and clamped far below any
/// sum that could overflow; 0 when absent.
struct UsageTokens {
    var input: Int
    var output: Int

    init(_ usage: JSONValue?) {
        let range = 0...1_000_000_000_000
        input = usage?.objectValue?["input_tokens"]?.clampedInt(in: range) ?? 0
        output = usage?.objectValue?["output_tokens"]?.clampedInt(in: range) ?? 0
    }
}
