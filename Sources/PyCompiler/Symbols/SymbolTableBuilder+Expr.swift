import PyFrontend

extension SymbolTableBuilder {
    func visit(_ expressions: [Expr]) throws(SyntaxError) {
        for expression in expressions {
            try visit(expression)
        }
    }

    func visit(_ expr: Expr) throws(SyntaxError) {
        switch expr.kind {
        case .name(let id, let ctx):
            try addDef(id, ctx == .load ? .use : .local, at: expr.range)
            // Zero-argument `super()` reads the implicit `__class__` cell of the class.
            if ctx == .load && id == "super" && current.kind.isFunctionLike {
                try addDef("__class__", .use, at: expr.range)
            }
        case .namedExpr(let target, let value):
            try visitNamedExpr(expr, target: target, value: value)
        case .lambda(let args, let body):
            try visitDefaults(args)
            try withScope(.lambda, name: "<lambda>", range: expr.range, tag: .lambda, isAsync: false) {
                _ throws(SyntaxError) in
                try addParameters(args)
                try visit(body)
            }
        case .listComp(let elt, let generators):
            try visitComprehension(expr, .list, generators: generators, elements: [elt])
        case .setComp(let elt, let generators):
            try visitComprehension(expr, .set, generators: generators, elements: [elt])
        case .generatorExp(let elt, let generators):
            try visitComprehension(expr, .generator, generators: generators, elements: [elt])
        case .dictComp(let key, let value, let generators):
            try visitComprehension(expr, .dict, generators: generators, elements: [key, value])
        case .yield, .yieldFrom:
            try visitYield(expr)
        case .await(let value):
            try visit(value)
            current.containsAwait = true
        default:
            var children: [Expr] = []
            expr.forEachChild { children.append($0) }
            try visit(children)
        }
    }

    private func visitYield(_ expr: Expr) throws(SyntaxError) {
        if let comprehension = current.comprehensionKind {
            throw diagnostics.error("'yield' inside \(comprehension.description)", at: expr.range)
        }
        switch expr.kind {
        case .yield(let value):
            if let value { try visit(value) }
        case .yieldFrom(let value):
            if current.kind == .function && current.isAsync {
                throw diagnostics.error("'yield from' inside async function", at: expr.range)
            }
            try visit(value)
        default:
            break
        }
        current.isGenerator = true
    }

    /// CPython `symtable_handle_comprehension`: the first iterable is evaluated in the
    /// enclosing scope; the rest runs in a function scope whose parameter `.0` is the iterator.
    private func visitComprehension(_ expr: Expr, _ kind: ComprehensionKind, generators: [Comprehension],
                                    elements: [Expr]) throws(SyntaxError) {
        guard let first = generators.first else { return }
        current.iterableExpressionDepth += 1
        try visit(first.iter)
        current.iterableExpressionDepth -= 1
        let scope = try withScope(.comprehension(kind), name: kind.codeName, range: expr.range, tag: .comprehension,
                                  isAsync: false) { scope throws(SyntaxError) in
            try addDef(".0", .parameter, at: expr.range)
            scope.parameters = [".0"]
            try visitIterationTarget(first.target)
            try visit(first.ifs)
            for generator in generators.dropFirst() {
                try visitIterationTarget(generator.target)
                scope.iterableExpressionDepth += 1
                try visit(generator.iter)
                scope.iterableExpressionDepth -= 1
                try visit(generator.ifs)
            }
            // CPython visits a dict comprehension's value before its key; slot order follows.
            try visit(Array(elements.reversed()))
            scope.isGenerator = kind == .generator
            scope.isAsync = generators.contains(where: \.isAsync) || scope.containsAwait
        }
        // A list/set/dict comprehension that awaits is itself awaited by the enclosing code.
        if scope.isAsync && kind != .generator {
            current.containsAwait = true
        }
        if scope.isAsync && current === module {
            current.containsAwait = true
        }
    }

    private func visitIterationTarget(_ target: Expr) throws(SyntaxError) {
        current.inIterationTarget = true
        defer { current.inIterationTarget = false }
        try visit(target)
    }

    /// CPython `symtable_handle_namedexpr`: inside a comprehension the target binds in the
    /// nearest enclosing function (or module), never in the comprehension itself.
    private func visitNamedExpr(_ expr: Expr, target: Expr, value: Expr) throws(SyntaxError) {
        if current.iterableExpressionDepth > 0 {
            throw diagnostics.error(
                "assignment expression cannot be used in a comprehension iterable expression", at: expr.range)
        }
        if current.comprehensionKind != nil, case .name(let id, _) = target.kind {
            try extendNamedExprScope(id, at: target.range)
        }
        try visit(value)
        try visit(target)
    }

    private func extendNamedExprScope(_ rawName: String, at range: SourceRange) throws(SyntaxError) {
        let name = mangled(rawName)
        var scope: Scope? = current
        while let candidate = scope {
            if candidate.comprehensionKind != nil {
                if candidate.flags(of: name).contains(.comprehensionIteration) {
                    throw diagnostics.error(
                        "assignment expression cannot rebind comprehension iteration variable '\(name)'", at: range)
                }
                scope = candidate.parent
                continue
            }
            switch candidate.kind {
            case .function, .lambda:
                let declaredGlobal = candidate.flags(of: name).contains(.global)
                try addDef(name, declaredGlobal ? .global : .nonlocal, at: range)
                if current.directives[name] == nil { current.directives[name] = range }
                try addDef(name, .local, in: candidate, at: range)
            case .module:
                try addDef(name, .global, at: range)
                try addDef(name, .global, in: candidate, at: range)
            case .classBody:
                throw diagnostics.error(
                    "assignment expression within a comprehension cannot be used in a class body", at: range)
            case .comprehension:
                break
            }
            return
        }
    }
}
