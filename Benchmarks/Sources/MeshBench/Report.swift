import Foundation

/// Writes results as `name: value` lines on standard output, each as soon as it is known, so a
/// long run shows progress and a partial run still leaves its figures.
enum Report {
    /// Prints one `name: value` line and flushes it.
    static func line(_ name: String, _ value: String) {
        print("\(name): \(value)")
        // `fflush(stdout)` trips strict concurrency (`stdout` is a C global); nil flushes every stream.
        fflush(nil)
    }

    /// Prints a number with `digits` decimals.
    static func line(_ name: String, _ value: Double, digits: Int = 1) {
        line(name, String(format: "%.\(digits)f", value))
    }

    /// Prints an integer.
    static func line(_ name: String, _ value: Int) {
        line(name, String(value))
    }

    /// Writes a progress or warning message on standard error, keeping standard output parseable.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("mesh-bench: \(message)\n".utf8))
    }
}
