extension Parser {
    /// star_targets for `for` loops and comprehensions: `'*'? bitwise_or` elements separated by
    /// commas (a tuple when there is a comma). Parsing at `bitwise_or` keeps `in` out.
    func parseTargetList() throws(SyntaxError) -> Expr {
        let start = current.range.start
        let first = try parseTargetElement()
        guard at(.comma) else { return first }
        var elements = [first]
        while try eat(.comma) {
            if at(.in) || at(.equal) || !(canStartExpression() || at(.star)) {
                break
            }
            elements.append(try parseTargetElement())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range(from: start))
    }

    /// One element of a target list: `'*' bitwise_or | bitwise_or`.
    func parseTargetElement() throws(SyntaxError) -> Expr {
        at(.star) ? try parseStarred() : try parseBitwiseOr()
    }

    /// Converts a parsed expression into an assignment (`.store`) or `del` (`.del`) target,
    /// setting contexts recursively, or throws CPython's "cannot assign to …"/"cannot delete …".
    ///
    /// `isForTarget` applies CPython's rule that `for a in b` may have parsed as a comparison.
    func target(_ expr: Expr, context: ExprContext, isForTarget: Bool = false) throws(SyntaxError) -> Expr {
        if let invalid = invalidTarget(expr, context: context, isForTarget: isForTarget) {
            let verb = context == .del ? "cannot delete" : "cannot assign to"
            throw syntaxError("\(verb) \(describeForError(invalid))", at: invalid.range)
        }
        return settingContext(expr, context)
    }

    /// The first sub-expression that cannot be a target (CPython `_PyPegen_get_invalid_target`).
    func invalidTarget(_ expr: Expr, context: ExprContext, isForTarget: Bool) -> Expr? {
        switch expr.kind {
        case .name, .attribute, .subscript:
            return nil
        case .list(let elements, _), .tuple(let elements, _):
            for element in elements {
                if let invalid = invalidTarget(element, context: context, isForTarget: isForTarget) {
                    return invalid
                }
            }
            return nil
        case .starred(let value, _):
            return context == .del ? expr : invalidTarget(value, context: context, isForTarget: isForTarget)
        case .compare(let left, let ops, _) where isForTarget:
            return ops.first == .in ? invalidTarget(left, context: context, isForTarget: true) : nil
        default:
            return expr
        }
    }

    /// `expr` with the context of every name, attribute, subscript, starred, list and tuple in
    /// target position set to `context`. Targets nest only through brackets, so recursion is
    /// bounded by the nesting limit.
    func settingContext(_ expr: Expr, _ context: ExprContext) -> Expr {
        var result = expr
        switch expr.kind {
        case .name(let id, _): result.kind = .name(id: id, ctx: context)
        case .attribute(let value, let attr, _): result.kind = .attribute(value: value, attr: attr, ctx: context)
        case .subscript(let value, let slice, _): result.kind = .subscript(value: value, slice: slice, ctx: context)
        case .starred(let value, _): result.kind = .starred(value: settingContext(value, context), ctx: context)
        case .list(let elements, _): result.kind = .list(elts: elements.map { settingContext($0, context) }, ctx: context)
        case .tuple(let elements, _):
            result.kind = .tuple(elts: elements.map { settingContext($0, context) }, ctx: context)
        default: break
        }
        return result
    }

    /// CPython's name for an expression in error messages (`_PyPegen_get_expr_name`).
    func describeForError(_ expr: Expr) -> String {
        switch expr.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        case .constant(let value):
            switch value {
            case .none: return "None"
            case .bool(let flag): return flag ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }
}
