extension Parser {
    /// assignment | star_expressions:
    ///
    ///     assignment: NAME ':' expression ['=' annotated_rhs]
    ///         | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    ///         | (star_targets '=')+ (yield_expr | star_expressions) !'='
    ///         | single_target augassign ~ (yield_expr | star_expressions)
    ///
    /// The left side is parsed as an expression and then checked as a target, which gives
    /// CPython's "cannot assign to …" messages.
    func parseAssignmentOrExpression() throws(SyntaxError) -> Stmt {
        let startToken = current
        let first = try parseYieldOrStarExpressions()
        switch current.kind {
        case .op(.colon):
            return try parseAnnotatedAssignment(first, parenthesized: startToken.kind == .op(.leftParen),
                                                start: startToken.range.start)
        case .op(.equal):
            return try parseAssignment(first, start: startToken.range.start)
        case .op(let punctuator):
            if let op = Parser.augmentedOperator(punctuator) {
                return try parseAugmentedAssignment(first, op: op, start: startToken.range.start)
            }
        default:
            break
        }
        return Stmt(.expr(value: first), range(from: startToken.range.start))
    }

    /// (star_targets '=')+ (yield_expr | star_expressions)
    private func parseAssignment(_ first: Expr, start: SourceLocation) throws(SyntaxError) -> Stmt {
        var targets = [first]
        var value = first
        while try eat(.equal) {
            value = try parseYieldOrStarExpressions()
            if at(.equal) {
                targets.append(value)
            }
        }
        for index in targets.indices {
            targets[index] = try assignmentTarget(targets[index], isOnlyTarget: targets.count == 1)
        }
        return Stmt(.assign(targets: targets, value: value), range(from: start))
    }

    /// Checks one `=` target, using CPython's "here. Maybe you meant '=='" wording for a lone
    /// non-target expression such as `f() = 1`.
    private func assignmentTarget(_ expr: Expr, isOnlyTarget: Bool) throws(SyntaxError) -> Expr {
        switch expr.kind {
        case .yield, .yieldFrom:
            throw syntaxError("assignment to yield expression not possible", at: expr.range)
        default:
            break
        }
        if isOnlyTarget, let invalid = invalidTarget(expr, context: .store, isForTarget: false),
           invalid == expr, Parser.mayBeMistakenComparison(expr) {
            throw syntaxError("cannot assign to \(describeForError(expr)) here. Maybe you meant '==' instead of '='?",
                              at: expr.range)
        }
        return try target(expr, context: .store)
    }

    /// Whether CPython's `invalid_named_expression` applies: a `bitwise_or` that is not a list,
    /// tuple, generator expression, `True`, `False` or `None`.
    private static func mayBeMistakenComparison(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .boolOp, .compare, .ifExp, .lambda, .namedExpr, .yield, .yieldFrom, .starred, .list, .tuple,
             .generatorExp:
            return false
        case .unaryOp(let op, _):
            return op != .not
        case .constant(let value):
            return value != .none && value != .bool(true) && value != .bool(false)
        default:
            return true
        }
    }

    /// single_target augassign ~ (yield_expr | star_expressions)
    private func parseAugmentedAssignment(_ target: Expr, op: BinaryOperator,
                                                   start: SourceLocation) throws(SyntaxError) -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        default:
            throw syntaxError("'\(describeForError(target))' is an illegal expression for augmented assignment",
                              at: target.range)
        }
        try skip()
        let value = try parseYieldOrStarExpressions()
        return Stmt(.augAssign(target: settingContext(target, .store), op: op, value: value),
                    range(from: start))
    }

    /// target ':' expression ['=' annotated_rhs]
    private func parseAnnotatedAssignment(_ target: Expr, parenthesized: Bool,
                                                   start: SourceLocation) throws(SyntaxError) -> Stmt {
        let simple: Bool
        switch target.kind {
        case .name: simple = !parenthesized
        case .attribute, .subscript: simple = false
        case .tuple(let elements, _):
            let culprit = parenthesized ? target : (elements.first ?? target)
            throw syntaxError("only single target (not tuple) can be annotated", at: culprit.range)
        case .list:
            throw syntaxError("only single target (not list) can be annotated", at: target.range)
        default:
            throw syntaxError("illegal target for annotation", at: target.range)
        }
        try skip()
        let annotation = try parseExpression()
        var value: Expr?
        if try eat(.equal) {
            value = try parseYieldOrStarExpressions()
        }
        return Stmt(.annAssign(target: settingContext(target, .store), annotation: annotation, value: value,
                               simple: simple), range(from: start))
    }

    /// The operator of an augmented assignment token such as `+=`.
    static func augmentedOperator(_ punctuator: Punctuator) -> BinaryOperator? {
        switch punctuator {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .ampersandEqual: return .bitAnd
        case .verticalBarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }
}
