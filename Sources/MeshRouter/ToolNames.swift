/// Rules for tool names: they become Python function names in programs.
enum ToolNames {
    static let maxLength = 64

    /// Python's hard keywords; a tool cannot be called by any of these names.
    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Why `name` is not a valid tool name, or nil when it is.
    static func problem(with name: String) -> String? {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return "tool name is empty" }
        guard bytes.count <= maxLength else { return "tool name is longer than \(maxLength) characters" }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard isLetter(first), bytes.allSatisfy({ isLetter($0) || isDigit($0) }) else {
            return "tool name '\(name)' must be a Python identifier: ASCII letters, digits and '_', not starting with a digit"
        }
        guard !pythonKeywords.contains(name) else { return "tool name '\(name)' is a Python keyword" }
        return nil
    }

    /// Registered names close to `name` (edit distance at most a third of its length, or a
    /// case-insensitive match), nearest first, at most three.
    static func suggestions(for name: String, among names: some Sequence<String>) -> [String] {
        let limit = max(2, name.count / 3)
        return names
            .map { (candidate: $0, distance: editDistance($0.lowercased(), name.lowercased())) }
            .filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .prefix(3)
            .map(\.candidate)
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
