extension Parser {
    /// lambdef: 'lambda' [lambda_params] ':' expression
    func parseLambda() throws(SyntaxError) -> Expr {
        let start = currentStart
        let args = try parseLambdaHeader()
        let saved = context
        context = ParseContext()
        context.function = .lambda
        defer {
            context = saved
            leave()
        }
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range(from: start))
    }

    /// 'lambda' [lambda_params] ':', entering a nesting level that `parseLambda` leaves.
    private func parseLambdaHeader() throws(SyntaxError) -> Arguments {
        try skip()
        try enter(.expression)
        let args = try parseParameters(annotated: false, closing: .colon)
        guard try eat(.colon) else {
            leave()
            throw invalidSyntax()
        }
        return args
    }

    /// parameters / lambda_params, up to (not including) `closing`:
    ///
    ///     slash_no_default | slash_with_default | param_no_default | param_with_default |
    ///     star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' ... | kwds
    ///
    /// Annotations are parsed only when `annotated` (for `def`).
    func parseParameters(annotated: Bool, closing: Punctuator) throws(SyntaxError) -> Arguments {
        var state = ParameterListState()
        while !at(closing) {
            if state.arguments.kwarg != nil {
                throw syntaxError("arguments cannot follow var-keyword argument", at: current.range)
            }
            switch current.kind {
            case .op(.slash): try parseSlash(&state)
            case .op(.star): try parseStarParameter(&state, annotated: annotated, closing: closing)
            case .op(.doubleStar):
                try skip()
                state.arguments.kwarg = try parseParameter(&state, annotated: annotated, star: false)
                if at(.equal) {
                    throw syntaxError("var-keyword argument cannot have default value", at: current.range)
                }
            default: try parsePlainParameter(&state, annotated: annotated)
            }
            if !(try eat(.comma)) {
                break
            }
        }
        if let bareStar = state.bareStar, state.arguments.kwonlyargs.isEmpty {
            throw syntaxError("named arguments must follow bare *", at: bareStar)
        }
        return state.arguments
    }

    /// '/' ending the positional-only parameters.
    private func parseSlash(_ state: inout ParameterListState) throws(SyntaxError) {
        let slash = current.range
        if state.sawSlash {
            throw syntaxError("/ may appear only once", at: slash)
        }
        if state.sawStar {
            throw syntaxError("/ must be ahead of *", at: slash)
        }
        if state.arguments.args.isEmpty {
            throw syntaxError("at least one argument must precede /", at: slash)
        }
        try skip()
        state.sawSlash = true
        state.arguments.posonlyargs = state.arguments.args
        state.arguments.args = []
    }

    /// '*' [param]: the var-positional parameter or a bare `*`.
    private func parseStarParameter(_ state: inout ParameterListState, annotated: Bool,
                                             closing: Punctuator) throws(SyntaxError) {
        let star = current.range
        if state.sawStar {
            throw syntaxError("* argument may appear only once", at: star)
        }
        try skip()
        state.sawStar = true
        if at(.comma) || at(closing) {
            state.bareStar = star
            return
        }
        state.arguments.vararg = try parseParameter(&state, annotated: annotated, star: true)
        if at(.equal) {
            throw syntaxError("var-positional argument cannot have default value", at: current.range)
        }
    }

    /// param_no_default | param_with_default, positional or keyword-only.
    private func parsePlainParameter(_ state: inout ParameterListState, annotated: Bool) throws(SyntaxError) {
        let parameter = try parseParameter(&state, annotated: annotated, star: false)
        var defaultValue: Expr?
        if try eat(.equal) {
            defaultValue = try parseExpression()
        }
        if state.sawStar {
            state.arguments.kwonlyargs.append(parameter)
            state.arguments.kwDefaults.append(defaultValue)
            return
        }
        if let defaultValue {
            state.arguments.defaults.append(defaultValue)
        } else if !state.arguments.defaults.isEmpty {
            throw syntaxError("parameter without a default follows parameter with a default", at: parameter.range)
        }
        state.arguments.args.append(parameter)
    }

    /// param: NAME [':' expression] (`star` allows `*args: *Ts`).
    private func parseParameter(_ state: inout ParameterListState, annotated: Bool,
                                         star: Bool) throws(SyntaxError) -> Arg {
        let start = current.range.start
        let name = try expectName()
        var annotation: Expr?
        if annotated, try eat(.colon) {
            annotation = star && at(.star) ? try parseStarred() : try parseExpression()
        }
        let parameter = Arg(arg: name, annotation: annotation, range: range(from: start))
        if !state.names.insert(name).inserted {
            report("duplicate argument '\(name)' in function definition", at: parameter.range)
        }
        return parameter
    }
}

/// Parameters collected so far and the markers that constrain what may follow.
struct ParameterListState {
    var arguments = Arguments()
    var names: Set<String> = []
    var sawSlash = false
    var sawStar = false
    var bareStar: SourceRange?
}
