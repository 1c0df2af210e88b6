/// Binding strengths for precedence climbing, loosest first (Python's operator precedence).
enum Precedence {
    /// A whole `expression`: like `or`, but the operand may also be a `lambda`.
    static let expression = 0
    static let or = 1
    static let and = 2
    static let not = 3
    static let comparison = 4
    static let bitwiseOr = 5
    static let bitwiseXor = 6
    static let bitwiseAnd = 7
    static let shift = 8
    static let sum = 9
    static let term = 10
}

/// What an infix token does.
enum InfixOperator {
    case boolean(BoolOperator)
    case comparison
    case binary(BinaryOperator)
}

extension Parser {
    /// disjunction … term, by precedence climbing:
    ///
    ///     disjunction: conjunction ('or' conjunction)*
    ///     conjunction: inversion ('and' inversion)*
    ///     inversion: 'not' inversion | comparison
    ///     comparison: bitwise_or compare_op_bitwise_or_pair*
    ///     bitwise_or … term: left-associative binary operators
    ///
    /// One call handles every operator binding at least as tightly as `minPrecedence`, so a
    /// level of expression nesting costs a few stack frames, not one per grammar rule.
    func parseBinary(minPrecedence: Int) throws(SyntaxError) -> Expr {
        // A node's range starts at its first token, which may be a '(' around the left operand.
        let start = currentStart
        let left = try parseOperand(minPrecedence: minPrecedence)
        return startsInfixOperator() ? try parseInfixChain(left, minPrecedence: minPrecedence, start: start) : left
    }

    /// Whether the current token is an infix operator.
    func startsInfixOperator() -> Bool {
        infixOperator() != nil
    }

    /// Applies infix operators to `left` while they bind at least as tightly as `minPrecedence`.
    ///
    /// Each operator deepens the left-leaning tree, so it counts against the nesting limit until
    /// the chain ends: the depth of every tree the parser builds stays bounded.
    func parseInfixChain(_ left: Expr, minPrecedence: Int, start: SourceLocation) throws(SyntaxError) -> Expr {
        var left = left
        var links = -1
        defer { depth &-= max(0, links) }
        while let (infix, precedence) = infixOperator(), precedence >= minPrecedence {
            // The first operator is paid for by the enclosing level; later ones deepen the tree.
            if links >= 0 {
                try enter(.expression)
            }
            links &+= 1
            left = try parseInfix(left, infix, precedence: precedence, start: start)
        }
        return left
    }

    /// The right side of one infix operator (a whole chain for `and`, `or` and comparisons).
    private func parseInfix(_ left: Expr, _ infix: InfixOperator, precedence: Int,
                            start: SourceLocation) throws(SyntaxError) -> Expr {
        switch infix {
        case .boolean(let op):
            var values = [left]
            let word: ReservedWord = op == .and ? .and : .or
            while try eat(word) {
                values.append(try parseBinary(minPrecedence: precedence &+ 1))
            }
            return Expr(.boolOp(op: op, values: values), range(from: start))
        case .comparison:
            var ops: [CompareOperator] = []
            var comparators: [Expr] = []
            while let op = comparisonOperator() {
                try skip()
                if op == .notIn || op == .isNot {
                    try skip()
                }
                ops.append(op)
                comparators.append(try parseBinary(minPrecedence: Precedence.bitwiseOr))
            }
            return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
        case .binary(let op):
            try skip()
            let right = try parseBinary(minPrecedence: precedence &+ 1)
            return Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
    }

    /// An operand of the binary operators at `minPrecedence`:
    ///
    ///     inversion: 'not' inversion | comparison   (only where `not` may appear)
    ///     factor: ('+' | '-' | '~') factor | power
    ///     power: await_primary ['**' factor]
    ///
    /// Atoms that open brackets are dispatched here directly, so a bracket nesting level costs
    /// only this frame between the binary operators and the display being parsed.
    func parseOperand(minPrecedence: Int) throws(SyntaxError) -> Expr {
        if startsPrefixedOperand(minPrecedence: minPrecedence) {
            return try parsePrefixedOperand(minPrecedence: minPrecedence)
        }
        let start = currentStart
        let atom = try atomParser(minPrecedence: minPrecedence)(self)
        return atPostfix() ? try parseOperandTail(atom, start: start) : atom
    }

    /// The parse function for the atom at the current token. Calling through one function
    /// value keeps `parseOperand`'s frame small; the closures capture nothing.
    private func atomParser(minPrecedence: Int) -> (Parser) throws(SyntaxError) -> Expr {
        switch currentKind {
        case .keyword(.lambda) where minPrecedence == Precedence.expression:
            return { parser throws(SyntaxError) in try parser.parseLambda() }
        case .op(.leftParen): return { parser throws(SyntaxError) in try parser.parseParenthesized() }
        case .op(.leftBracket): return { parser throws(SyntaxError) in try parser.parseListDisplay() }
        case .op(.leftBrace): return { parser throws(SyntaxError) in try parser.parseBraceDisplay() }
        default: return { parser throws(SyntaxError) in try parser.parseAtom() }
        }
    }

    /// Whether the operand starts with `not` (where allowed), a unary operator or `await`.
    private func startsPrefixedOperand(minPrecedence: Int) -> Bool {
        switch currentKind {
        case .keyword(.not): return minPrecedence <= Precedence.not
        case .op(.minus), .op(.plus), .op(.tilde), .keyword(.await): return true
        default: return false
        }
    }

    /// An operand that starts with a prefix operator or `await`.
    private func parsePrefixedOperand(minPrecedence: Int) throws(SyntaxError) -> Expr {
        switch currentKind {
        case .keyword(.not) where minPrecedence <= Precedence.not: return try parseNotChain()
        case .op(.minus), .op(.plus), .op(.tilde): return try parseFactor()
        default: return try parsePowerOperand()
        }
    }

    /// Trailers and a `**` exponent after an atom.
    private func parseOperandTail(_ atom: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
        var base = atom
        var links = -1
        defer { depth &-= max(0, links) }
        loop: while true {
            // Each trailer after the first deepens the tree (see parseInfixChain).
            if links >= 0 {
                try enter(.expression)
            }
            links &+= 1
            switch currentKind {
            case .op(.dot): try parseAttribute(&base, start: start)
            case .op(.leftParen): try parseCall(&base, start: start)
            case .op(.leftBracket): try parseSubscript(&base, start: start)
            default: break loop
            }
        }
        return at(.doubleStar) ? try parsePowerTail(base, start: start) : base
    }

    /// power: await_primary ['**' factor]
    private func parsePowerOperand() throws(SyntaxError) -> Expr {
        let start = currentStart
        let base = try parsePrimary()
        return at(.doubleStar) ? try parsePowerTail(base, start: start) : base
    }

    /// Whether a trailer ('.', '(', '[') or '**' follows an atom.
    private func atPostfix() -> Bool {
        switch currentKind {
        case .op(.dot), .op(.leftParen), .op(.leftBracket), .op(.doubleStar): return true
        default: return false
        }
    }

    /// 'not'+ comparison, built without recursion; each `not` counts against the nesting limit
    /// so the tree stays as shallow as the limit promises.
    private func parseNotChain() throws(SyntaxError) -> Expr {
        var starts: [SourceLocation] = []
        while at(.not) {
            try enter(.expression)
            starts.append(try advance().range.start)
        }
        defer { depth &-= starts.count }
        var operand = try parseBinary(minPrecedence: Precedence.comparison)
        for start in starts.reversed() {
            operand = Expr(.unaryOp(op: .not, operand: operand), range(from: start))
        }
        return operand
    }

    /// factor: prefix operators applied to a power, built without recursion.
    func parseFactor() throws(SyntaxError) -> Expr {
        var prefixes: [(UnaryOperator, SourceLocation)] = []
        while let op = prefixOperator() {
            try enter(.expression)
            prefixes.append((op, try advance().range.start))
        }
        defer { depth &-= prefixes.count }
        var operand = try parsePowerOperand()
        for (op, prefixStart) in prefixes.reversed() {
            operand = Expr(.unaryOp(op: op, operand: operand), range(from: prefixStart))
        }
        return operand
    }

    /// '**' factor after `base` (right-associative; binds tighter than a unary minus on its left).
    private func parsePowerTail(_ base: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
        try skip()
        try enter(.expression)
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binOp(left: base, op: .pow, right: exponent), range(from: start))
    }

    /// The unary operator at the current token, if any.
    private func prefixOperator() -> UnaryOperator? {
        switch currentKind {
        case .op(.minus): return .uSub
        case .op(.plus): return .uAdd
        case .op(.tilde): return .invert
        default: return nil
        }
    }

    /// The infix operator at the current token with its precedence, if any.
    private func infixOperator() -> (InfixOperator, Int)? {
        switch currentKind {
        case .keyword(.or): return (.boolean(.or), Precedence.or)
        case .keyword(.and): return (.boolean(.and), Precedence.and)
        case .op(.verticalBar): return (.binary(.bitOr), Precedence.bitwiseOr)
        case .op(.circumflex): return (.binary(.bitXor), Precedence.bitwiseXor)
        case .op(.ampersand): return (.binary(.bitAnd), Precedence.bitwiseAnd)
        case .op(.leftShift): return (.binary(.lShift), Precedence.shift)
        case .op(.rightShift): return (.binary(.rShift), Precedence.shift)
        case .op(.plus): return (.binary(.add), Precedence.sum)
        case .op(.minus): return (.binary(.sub), Precedence.sum)
        case .op(.star): return (.binary(.mult), Precedence.term)
        case .op(.slash): return (.binary(.div), Precedence.term)
        case .op(.doubleSlash): return (.binary(.floorDiv), Precedence.term)
        case .op(.percent): return (.binary(.mod), Precedence.term)
        case .op(.at): return (.binary(.matMult), Precedence.term)
        default: return comparisonOperator() == nil ? nil : (.comparison, Precedence.comparison)
        }
    }

    /// The comparison operator at the current token (`not in` and `is not` span two tokens).
    private func comparisonOperator() -> CompareOperator? {
        switch currentKind {
        case .op(.equalEqual): return .eq
        case .op(.notEqual): return .notEq
        case .op(.less): return .lt
        case .op(.lessEqual): return .ltE
        case .op(.greater): return .gt
        case .op(.greaterEqual): return .gtE
        case .keyword(.in): return .in
        case .keyword(.is): return peek(1).kind == .keyword(.not) ? .isNot : .is
        case .keyword(.not): return peek(1).kind == .keyword(.in) ? .notIn : nil
        default: return nil
        }
    }
}
