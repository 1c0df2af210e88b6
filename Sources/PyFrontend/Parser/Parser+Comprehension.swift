extension Parser {
    /// Whether `for` or `async for` starts a comprehension clause here.
    func atComprehensionStart() -> Bool {
        at(.for) || (at(.async) && peek(1).kind == .keyword(.for))
    }

    /// Builds a list/set/generator comprehension whose element `element` is already parsed.
    ///
    /// `savedError` is the pending error from before the element: a `yield` in the element is
    /// re-reported as CPython's "'yield' inside list comprehension".
    func parseComprehension(_ element: Expr, kind: String,
                                     savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        if case .starred = element.kind {
            throw syntaxError("iterable unpacking cannot be used in comprehension", at: element.range)
        }
        let yield = firstYield(in: element)
        if yield != nil {
            pendingError = savedError
        }
        let generators = try withComprehensionContext(kind) { parser throws(SyntaxError) in
            try parser.parseComprehensionClauses()
        }
        if let yield {
            report("'yield' inside \(kind)", at: yield)
        }
        let exprRange = range(from: element.range.start)
        switch kind {
        case "list comprehension": return Expr(.listComp(elt: element, generators: generators), exprRange)
        case "set comprehension": return Expr(.setComp(elt: element, generators: generators), exprRange)
        default: return Expr(.generatorExp(elt: element, generators: generators), exprRange)
        }
    }

    /// for_if_clauses: for_if_clause+
    ///
    ///     for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while atComprehensionStart() {
            let start = current.range.start
            let isAsync = try eat(.async)
            try skip()
            let target = try target(try parseTargetList(), context: .store, isForTarget: true)
            guard try eat(.in) else { throw invalidSyntax() }
            let iter = try parseBinary(minPrecedence: Precedence.or)
            var conditions: [Expr] = []
            while try eat(.if) {
                conditions.append(try parseBinary(minPrecedence: Precedence.or))
            }
            if isAsync && context.function != .async && !(context.function == .none && !context.inClass) {
                report("asynchronous comprehension outside of an asynchronous function", at: range(from: start))
            }
            generators.append(Comprehension(target: target, iter: iter, ifs: conditions, isAsync: isAsync))
        }
        return generators
    }

    /// Runs `body` with the innermost comprehension set to `kind`.
    func withComprehensionContext<T>(
        _ kind: String, _ body: (Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> T {
        var replacement = context
        replacement.comprehension = kind
        return try withContext(replacement, body)
    }

    /// The range of the first `yield` in `expr`, not looking inside lambdas.
    func firstYield(in expr: Expr) -> SourceRange? {
        var found: SourceRange?
        expr.visitPreorder(skipLambdas: true) { node in
            if found == nil {
                switch node.kind {
                case .yield, .yieldFrom: found = node.range
                default: break
                }
            }
        }
        return found
    }
}
