/// A compiled `pattern`: a subset of ECMA-262 regular expressions, matched by a Pike VM (a
/// simulation of all NFA threads at once) in O(string length × pattern size) time, with no
/// backtracking, so no pattern and string can make matching hang.
///
/// Supported: literals; `.`; `^` and `$` (whole-string anchors, no multiline mode); `\b`, `\B`;
/// classes `[...]` and `[^...]` with ranges; `\d \D \w \W \s \S` (ASCII `\d` and `\w`, as in
/// ECMA-262); escapes `\t \n \v \f \r \0 \cX \xHH \uHHHH \u{H…}` and escaped syntax characters;
/// groups `(…)`, `(?:…)`, `(?<name>…)`; alternation `|`; quantifiers `* + ? {n} {n,} {n,m}`, greedy
/// or lazy (the same for a yes/no search), with counts up to 1000. A `{` that does not start a
/// quantifier is a literal, as in ECMA-262 Annex B.
///
/// Rejected as unsupported: backreferences, lookahead and lookbehind, `\p{…}` property classes,
/// inline flags, and escapes ECMA-262 does not define. Matching is a search, as JSON Schema
/// requires: `"a+"` matches `"xaay"`; anchor with `^…$` to match the whole string.
struct SchemaPattern: Sendable {
    /// The regular expression as written.
    let source: String
    let program: [PatternInstruction]
    let sets: [ScalarSet]
    /// The pattern starts with `^` outside any alternation: matches can only start at 0.
    let anchoredAtStart: Bool

    /// Parses and compiles `source`; at most `maxSize` instructions.
    init(_ source: String, maxSize: Int) throws(PatternError) {
        var parser = PatternParser(source)
        let tree = try parser.parsePattern()
        var compiler = PatternCompiler(maxSize: maxSize)
        try compiler.emit(tree)
        try compiler.append(.match)
        self.source = source
        program = compiler.program
        sets = compiler.sets
        if case .assertStart = program.first { anchoredAtStart = true } else { anchoredAtStart = false }
    }
}

/// Why a pattern was refused.
struct PatternError: Error {
    enum Kind {
        /// Not a valid ECMA-262 regular expression.
        case syntax
        /// Valid, but outside the supported subset.
        case unsupported
        /// Beyond ``SchemaLimits/maxPatternSize`` or the nesting limit.
        case tooLarge
    }

    var kind: Kind
    var message: String
}

/// One Pike VM instruction.
enum PatternInstruction: Sendable {
    /// Consume this scalar.
    case scalar(Unicode.Scalar)
    /// Consume a scalar in `sets[index]`.
    case set(Int)
    /// Consume any scalar but a line terminator (`.`).
    case any
    /// Continue at both targets (the first is preferred, which does not matter for a search).
    case split(Int, Int)
    case jump(Int)
    /// `^`: at the start of the string.
    case assertStart
    /// `$`: at the end of the string.
    case assertEnd
    /// `\b` (true) or `\B` (false).
    case wordBoundary(Bool)
    case match
}

/// A parsed pattern.
indirect enum PatternNode {
    case empty
    case scalar(Unicode.Scalar)
    case set(ScalarSet)
    case any
    case assertStart
    case assertEnd
    case wordBoundary(Bool)
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int?)
}

/// Emits Pike VM code for a ``PatternNode``.
struct PatternCompiler {
    let maxSize: Int
    var program: [PatternInstruction] = []
    var sets: [ScalarSet] = []

    init(maxSize: Int) {
        self.maxSize = maxSize
    }

    @discardableResult
    mutating func append(_ instruction: PatternInstruction) throws(PatternError) -> Int {
        guard program.count < maxSize else {
            throw PatternError(kind: .tooLarge, message: "compiles to more than \(maxSize) instructions")
        }
        program.append(instruction)
        return program.count - 1
    }

    /// Recursion is bounded by the parser's group nesting limit.
    mutating func emit(_ node: PatternNode) throws(PatternError) {
        switch node {
        case .empty: break
        case .scalar(let scalar): try append(.scalar(scalar))
        case .set(let set):
            sets.append(set)
            try append(.set(sets.count - 1))
        case .any: try append(.any)
        case .assertStart: try append(.assertStart)
        case .assertEnd: try append(.assertEnd)
        case .wordBoundary(let expected): try append(.wordBoundary(expected))
        case .sequence(let nodes):
            for child in nodes { try emit(child) }
        case .alternation(let branches):
            try emitAlternation(branches)
        case .repetition(let child, let min, let max):
            try emitRepetition(child, min: min, max: max)
        }
    }

    /// split L1, next; L1: a; jump end; next: split L2, … ; last; end:
    private mutating func emitAlternation(_ branches: [PatternNode]) throws(PatternError) {
        var jumpsToEnd: [Int] = []
        for (index, branch) in branches.enumerated() {
            guard index < branches.count - 1 else {
                try emit(branch)
                break
            }
            let split = try append(.split(0, 0))
            try emit(branch)
            jumpsToEnd.append(try append(.jump(0)))
            program[split] = .split(split + 1, program.count)
        }
        for jump in jumpsToEnd { program[jump] = .jump(program.count) }
    }

    /// `min` copies, then either a loop (`max` nil) or `max - min` optional copies.
    private mutating func emitRepetition(_ child: PatternNode, min: Int, max: Int?) throws(PatternError) {
        for _ in 0..<min { try emit(child) }
        guard let max else {
            let loop = try append(.split(0, 0))
            try emit(child)
            try append(.jump(loop))
            program[loop] = .split(loop + 1, program.count)
            return
        }
        var splits: [Int] = []
        for _ in min..<Swift.max(min, max) {
            splits.append(try append(.split(0, 0)))
            try emit(child)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
    }
}
