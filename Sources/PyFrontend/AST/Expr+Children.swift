extension Expr {
    /// Calls `body` with each direct sub-expression, in source order (comprehension clauses,
    /// lambda defaults and f-string parts included).
    public func forEachChild(_ body: (Expr) -> Void) {
        switch kind {
        case .boolOp(_, let values): values.forEach(body)
        case .namedExpr(let target, let value): body(target); body(value)
        case .binOp(let left, _, let right): body(left); body(right)
        case .unaryOp(_, let operand): body(operand)
        case .lambda(let args, let lambdaBody): args.forEachDefault(body); body(lambdaBody)
        case .ifExp(let test, let ifBody, let orelse): body(ifBody); body(test); body(orelse)
        case .dict(let keys, let values):
            for (key, value) in zip(keys, values) {
                if let key { body(key) }
                body(value)
            }
        case .set(let elts), .joinedStr(let elts), .list(let elts, _), .tuple(let elts, _): elts.forEach(body)
        case .listComp(let elt, let generators), .setComp(let elt, let generators),
             .generatorExp(let elt, let generators):
            body(elt)
            generators.forEach { $0.forEachChild(body) }
        case .dictComp(let key, let value, let generators):
            body(key)
            body(value)
            generators.forEach { $0.forEachChild(body) }
        case .await(let value), .yieldFrom(let value), .starred(let value, _), .attribute(let value, _, _):
            body(value)
        case .yield(let value): if let value { body(value) }
        case .compare(let left, _, let comparators): body(left); comparators.forEach(body)
        case .call(let function, let args, let keywords):
            body(function)
            args.forEach(body)
            keywords.forEach { body($0.value) }
        case .formattedValue(let value, _, let spec): body(value); if let spec { body(spec) }
        case .subscript(let value, let slice, _): body(value); body(slice)
        case .slice(let lower, let upper, let step): [lower, upper, step].compactMap { $0 }.forEach(body)
        case .constant, .name: break
        }
    }

    /// Visits `self` and every sub-expression, parents before children, without recursion
    /// (safe on arbitrarily deep trees). With `skipLambdas`, lambda bodies are not entered.
    public func visitPreorder(skipLambdas: Bool = false, _ visit: (Expr) -> Void) {
        var stack = [self]
        while let node = stack.popLast() {
            visit(node)
            if skipLambdas, case .lambda = node.kind {
                continue
            }
            var children: [Expr] = []
            node.forEachChild { children.append($0) }
            stack.append(contentsOf: children.reversed())
        }
    }
}

extension Comprehension {
    /// Calls `body` with the target, the iterable and each condition.
    public func forEachChild(_ body: (Expr) -> Void) {
        body(target)
        body(iter)
        ifs.forEach(body)
    }
}

extension Arguments {
    /// Calls `body` with each default value, positional defaults first.
    public func forEachDefault(_ body: (Expr) -> Void) {
        defaults.forEach(body)
        kwDefaults.forEach { if let value = $0 { body(value) } }
    }
}
