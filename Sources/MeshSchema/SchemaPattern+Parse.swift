/// Recursive-descent parser for the supported ECMA-262 subset (grammar names from ECMA-262
/// section 22.2.1).
struct PatternParser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var groupDepth = 0

    /// Groups nested deeper than this are refused: parsing and compiling recurse per level.
    static let maxGroupDepth = 32
    /// Largest count in `{n,m}`; bigger counts are a size hazard with no use in tool schemas.
    static let maxRepeatCount = 1000

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    func syntax(_ message: String) -> PatternError {
        PatternError(kind: .syntax, message: message)
    }

    func unsupported(_ message: String) -> PatternError {
        PatternError(kind: .unsupported, message: message)
    }

    /// Pattern: Disjunction, consuming the whole source.
    mutating func parsePattern() throws(PatternError) -> PatternNode {
        let tree = try parseDisjunction()
        if current == ")" { throw syntax("unmatched ')'") }
        return tree
    }

    /// Disjunction: Alternative ( '|' Alternative )*
    mutating func parseDisjunction() throws(PatternError) -> PatternNode {
        var branches = [try parseAlternative()]
        while current == "|" {
            index += 1
            branches.append(try parseAlternative())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// Alternative: Term*
    mutating func parseAlternative() throws(PatternError) -> PatternNode {
        var terms: [PatternNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            terms.append(try parseTerm())
        }
        return terms.count == 1 ? terms[0] : .sequence(terms)
    }

    /// Term: Assertion | Atom Quantifier?
    mutating func parseTerm() throws(PatternError) -> PatternNode {
        switch current {
        case "^":
            index += 1
            return try refuseQuantifier(.assertStart)
        case "$":
            index += 1
            return try refuseQuantifier(.assertEnd)
        case "\\" where peek(1) == "b" || peek(1) == "B":
            let expected = peek(1) == "b"
            index += 2
            return try refuseQuantifier(.wordBoundary(expected))
        default:
            let atom = try parseAtom()
            guard let (min, max) = try parseQuantifier() else { return atom }
            return .repetition(atom, min: min, max: max)
        }
    }

    /// Assertions cannot be quantified (ECMA-262 with the `u` flag).
    private mutating func refuseQuantifier(_ node: PatternNode) throws(PatternError) -> PatternNode {
        if try quantifierStarts() { throw syntax("nothing to repeat at position \(index)") }
        return node
    }

    /// Atom: PatternCharacter | '.' | '\' AtomEscape | CharacterClass | '(' GroupSpecifier? Disjunction ')'
    mutating func parseAtom() throws(PatternError) -> PatternNode {
        guard let scalar = current else { throw syntax("unexpected end of pattern") }
        switch scalar {
        case ".":
            index += 1
            return .any
        case "[":
            index += 1
            return .set(try parseClass())
        case "(":
            return try parseGroup()
        case "\\":
            index += 1
            return try parseAtomEscape()
        case "*", "+", "?":
            throw syntax("nothing to repeat at position \(index)")
        case "{" where try quantifierStarts():
            throw syntax("nothing to repeat at position \(index)")
        default:
            index += 1
            return .scalar(scalar)
        }
    }

    /// '(' ( '?:' | '?<' GroupName '>' )? Disjunction ')'
    private mutating func parseGroup() throws(PatternError) -> PatternNode {
        index += 1
        if current == "?" {
            switch (peek(1), peek(2)) {
            case (":", _):
                index += 2
            case ("<", "="), ("<", "!"), ("=", _), ("!", _):
                throw unsupported("lookahead and lookbehind assertions are not supported")
            case ("<", _):
                index += 2
                try skipGroupName()
            default:
                throw unsupported("group modifiers '(?…' are not supported")
            }
        }
        guard groupDepth < Self.maxGroupDepth else {
            throw PatternError(kind: .tooLarge, message: "groups nested deeper than \(Self.maxGroupDepth) levels")
        }
        groupDepth += 1
        let inner = try parseDisjunction()
        groupDepth -= 1
        guard current == ")" else { throw syntax("missing ')'") }
        index += 1
        return inner
    }

    /// GroupName: identifier characters up to '>'.
    private mutating func skipGroupName() throws(PatternError) {
        let start = index
        while let scalar = current, scalar != ">" {
            guard scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic
                || (index > start && scalar.properties.numericType != nil)
            else {
                throw syntax("invalid group name")
            }
            index += 1
        }
        guard current == ">", index > start else { throw syntax("invalid group name") }
        index += 1
    }

    /// Quantifier: ( '*' | '+' | '?' | '{' n '}' | '{' n ',}' | '{' n ',' m '}' ) '?'?
    ///
    /// Returns nil, consuming nothing, when no quantifier follows. A second quantifier right
    /// after the first is an error ("nothing to repeat").
    mutating func parseQuantifier() throws(PatternError) -> (Int, Int?)? {
        let bounds: (Int, Int?)
        switch current {
        case "*": bounds = (0, nil); index += 1
        case "+": bounds = (1, nil); index += 1
        case "?": bounds = (0, 1); index += 1
        case "{":
            guard let braced = try parseBraces(consume: true) else { return nil }
            bounds = braced
        default:
            return nil
        }
        if current == "?" { index += 1 }
        if try quantifierStarts() { throw syntax("nothing to repeat at position \(index)") }
        return bounds
    }

    /// True when a quantifier starts at the read position.
    private mutating func quantifierStarts() throws(PatternError) -> Bool {
        switch current {
        case "*", "+", "?": return true
        case "{": return try parseBraces(consume: false) != nil
        default: return false
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` at the read position, or nil (a literal `{`).
    private mutating func parseBraces(consume: Bool) throws(PatternError) -> (Int, Int?)? {
        let start = index
        defer { if !consume { index = start } }
        index += 1
        guard let min = try parseCount() else {
            index = start
            return nil
        }
        var max: Int? = min
        if current == "," {
            index += 1
            max = try parseCount()
        }
        guard current == "}" else {
            index = start
            return nil
        }
        index += 1
        if let max, max < min { throw syntax("numbers out of order in {} quantifier") }
        return (min, max)
    }

    /// Decimal digits, or nil when there are none.
    private mutating func parseCount() throws(PatternError) -> Int? {
        var value = 0
        var digits = 0
        while let scalar = current, let digit = asciiDigit(scalar) {
            value = Swift.min(value * 10 + digit, Self.maxRepeatCount + 1)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        guard value <= Self.maxRepeatCount else {
            throw PatternError(
                kind: .tooLarge, message: "repetition counts above \(Self.maxRepeatCount) are not supported"
            )
        }
        return value
    }

    func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.value >= 0x30, scalar.value <= 0x39 else { return nil }
        return Int(scalar.value - 0x30)
    }
}
