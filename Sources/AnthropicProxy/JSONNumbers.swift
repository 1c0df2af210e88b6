import MeshSchema

extension JSONValue {
    /// A number as an `Int` clamped to `range`, or nil for anything else. Counts and codes
    /// come from clients and upstreams; a value like `1e300` must not trap the conversion.
    func clampedInt(in range: ClosedRange<Int>) -> Int? {
        guard let value = numberValue?.doubleValue, value.isFinite else { return nil }
        return Int(Swift.max(Double(range.lowerBound), Swift.min(Double(range.upperBound), value.rounded(.towardZero))))
    }
}

/// Token counts: non-negative, and far below any sum that could overflow.
let tokenCountRange = 0...1_000_000_000_000
