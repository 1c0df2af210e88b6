extension Parser {
    /// '(' [arguments] ')' after `function`, including a bare generator argument `f(x for x in y)`.
    ///
    ///     args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    ///         [',' kwargs] | kwargs
    func parseCall(_ function: inout Expr, start: SourceLocation) throws(SyntaxError) {
        var arguments = CallArguments(open: currentStart)
        try openBracket()
        while !at(.rightParen) {
            if isPlainArgument() {
                arguments.savedError = pendingError
                arguments.last = try parseExpression(allowingWalrus: true)
                try addPositional(to: &arguments)
            } else {
                // Kept out of line: only plain arguments are on the recursive path.
                try parseCallArgument(&arguments)
            }
            if !(try eat(.comma)) {
                break
            }
            arguments.last = nil
        }
        try finishCall(&function, arguments, start: start)
        closeBracket()
    }

    /// One `*x`, `**x` or `name=value` argument, added to `arguments`.
    private func parseCallArgument(_ arguments: inout CallArguments) throws(SyntaxError) {
        arguments.last = try parseArgument(args: &arguments.args, keywords: &arguments.keywords)
    }

    /// Whether the next argument is positional (not `*x`, `**x` or `name=`).
    private func isPlainArgument() -> Bool {
        if at(.star) || at(.doubleStar) {
            return false
        }
        if case .name = currentKind, peek(1).kind == .op(.equal) {
            return false
        }
        return true
    }

    /// Consumes ')' and builds the call; a sole generator argument gets the range of the
    /// call's parentheses, as in CPython.
    private func finishCall(_ function: inout Expr, _ arguments: CallArguments,
                            start: SourceLocation) throws(SyntaxError) {
        try expectClosing(.rightParen, after: arguments.last)
        var args = arguments.args
        let open = arguments.open
        if args.count == 1, arguments.keywords.isEmpty, case .generatorExp = args[0].kind, args[0].range.start == open {
            args[0].range = range(from: open)
        }
        function = Expr(.call(func: function, args: args, keywords: arguments.keywords), range(from: start))
    }

    /// One `*x`, `**x` or `name=value` argument; returns the expression parsed.
    private func parseArgument(args: inout [Expr], keywords: inout [Keyword]) throws(SyntaxError) -> Expr {
        let start = currentStart
        if at(.star) {
            try skip()
            let value = try parseExpression()
            let starred = Expr(.starred(value: value, ctx: .load), range(from: start))
            if keywords.contains(where: { $0.arg == nil }) {
                throw syntaxError("iterable argument unpacking follows keyword argument unpacking",
                                  at: starred.range)
            }
            args.append(starred)
            return starred
        }
        if try eat(.doubleStar) {
            let value = try parseExpression()
            keywords.append(Keyword(arg: nil, value: value, range: range(from: start)))
            return value
        }
        let name = try expectName()
        try skip()
        let value = try parseExpression()
        if keywords.contains(where: { $0.arg == name }) {
            report("keyword argument repeated: \(name)", at: range(from: start))
        }
        keywords.append(Keyword(arg: name, value: value, range: range(from: start)))
        return value
    }

    /// Adds a positional argument, turning it into a generator expression when `for` follows.
    private func addPositional(to arguments: inout CallArguments) throws(SyntaxError) {
        let open = arguments.open
        let savedError = arguments.savedError
        guard var value = arguments.last else { return }
        if atComprehensionStart() {
            value = try parseComprehension(value, kind: "generator expression", savedError: savedError)
            let alone = arguments.args.isEmpty && arguments.keywords.isEmpty && at(.rightParen)
            if !alone {
                throw syntaxError("Generator expression must be parenthesized", at: value.range)
            }
            value.range.start = open
        }
        if at(.equal) {
            throw invalidKeywordArgument(value)
        }
        if !arguments.keywords.isEmpty {
            let unpacking = arguments.keywords.contains(where: { $0.arg == nil })
            throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                                        : "positional argument follows keyword argument", at: current.range)
        }
        arguments.args.append(value)
        arguments.last = value
    }

    /// CPython's `invalid_kwarg` messages for `expr=` in a call.
    private func invalidKeywordArgument(_ value: Expr) -> SyntaxError {
        if case .constant(let constant) = value.kind, constant == .none || constant == .bool(true) || constant == .bool(false) {
            return syntaxError("cannot assign to \(describeForError(value))", at: value.range.union(current.range))
        }
        let equalEnd = current.range.end
        return syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?",
                           at: SourceRange(start: value.range.start, end: equalEnd))
    }
}

/// The arguments of a call collected so far.
struct CallArguments {
    /// Where the '(' starts.
    let open: SourceLocation
    /// The pending error before the current argument, for comprehension checks.
    var savedError: SyntaxError?
    var args: [Expr] = []
    var keywords: [Keyword] = []
    /// The last argument parsed, for the missing-comma hint; nil after a comma.
    var last: Expr?
}
