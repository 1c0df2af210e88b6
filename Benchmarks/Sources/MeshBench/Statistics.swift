/// Order statistics over measured samples.
enum Statistics {
    /// The `fraction` quantile (0...1) of `samples` by the nearest-rank method; 0 for no samples.
    static func percentile(_ samples: [UInt64], _ fraction: Double) -> UInt64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        // Nearest rank: the smallest sample with at least `fraction` of all samples at or below it.
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The median of `values`: the middle one, or the mean of the two middle ones; 0 for none.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
