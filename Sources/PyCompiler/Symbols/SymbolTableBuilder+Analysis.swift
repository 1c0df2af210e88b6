import PyFrontend

/// CPython's `analyze_block`: resolves every name of every scope, top down, passing the names
/// bound by enclosing functions (`bound`) and declared global (`global`), and collecting
/// bottom up the names that children need from outside (`free`).
extension SymbolTableBuilder {
    func analyze() throws(SyntaxError) {
        var free = Set<String>()
        try analyze(module, bound: nil, free: &free, global: [])
        try checkAsyncGenerators(module)
    }

    private func analyze(_ scope: Scope, bound: Set<String>?, free: inout Set<String>,
                         global: Set<String>) throws(SyntaxError) {
        var local = Set<String>()
        var global = global
        var newBound = Set<String>()
        var newGlobal = Set<String>()
        if scope.kind == .classBody {
            // Class-level names are invisible to nested scopes, but the enclosing ones are not.
            newGlobal.formUnion(global)
            if let bound { newBound.formUnion(bound) }
        }
        for name in scope.order {
            try analyzeName(scope, name, bound: bound, local: &local, free: &free, global: &global)
        }
        if scope.kind != .classBody {
            if scope.kind.isFunctionLike { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }
        var newFree = Set<String>()
        for child in scope.children {
            var childFree = Set<String>()
            try analyze(child, bound: newBound, free: &childFree, global: newGlobal)
            newFree.formUnion(childFree)
        }
        if scope.kind.isFunctionLike {
            // Locals that children capture become cells.
            for name in newFree where scope.scopes[name] == .local {
                scope.scopes[name] = .cell
                newFree.remove(name)
            }
        } else if scope.kind == .classBody, newFree.remove("__class__") != nil {
            scope.needsClassClosure = true
        }
        updateSymbols(scope, bound: bound, free: newFree)
        free.formUnion(newFree)
    }

    private func analyzeName(_ scope: Scope, _ name: String, bound: Set<String>?, local: inout Set<String>,
                             free: inout Set<String>, global: inout Set<String>) throws(SyntaxError) {
        let flags = scope.flags(of: name)
        if flags.contains(.global) {
            if flags.contains(.nonlocal) {
                throw directiveError(scope, name, "name '\(name)' is nonlocal and global")
            }
            scope.scopes[name] = .globalExplicit
            global.insert(name)
        } else if flags.contains(.nonlocal) {
            guard let bound, bound.contains(name) else {
                throw directiveError(scope, name, "no binding for nonlocal '\(name)' found")
            }
            scope.scopes[name] = .free
            free.insert(name)
        } else if !flags.intersection(.bound).isEmpty {
            scope.scopes[name] = .local
            local.insert(name)
            global.remove(name)
        } else if let bound, bound.contains(name) {
            scope.scopes[name] = .free
            free.insert(name)
        } else {
            scope.scopes[name] = .globalImplicit
        }
    }

    /// Names free in children but not mentioned here pass through as free variables; a class
    /// that binds such a name itself keeps its binding and also passes the cell through.
    private func updateSymbols(_ scope: Scope, bound: Set<String>?, free: Set<String>) {
        for name in free.sorted() {
            let flags = scope.flags(of: name)
            if scope.scopes[name] != nil {
                if scope.kind == .classBody && !flags.intersection(SymbolFlags.bound.union(.global)).isEmpty {
                    scope.add(name, .freeClass)
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            scope.add(name, [])
            scope.scopes[name] = .free
        }
    }

    private func directiveError(_ scope: Scope, _ name: String, _ message: String) -> SyntaxError {
        let range = scope.directives[name] ?? SourceRange(
            start: SourceLocation(line: scope.firstLine, column: 0), end: SourceLocation(line: scope.firstLine, column: 0))
        return diagnostics.error(message, at: range)
    }

    /// `return value` in an async generator: CPython reports it while compiling the function.
    private func checkAsyncGenerators(_ scope: Scope) throws(SyntaxError) {
        if scope.kind == .function && scope.isAsync && scope.isGenerator, let first = scope.valueReturns.first {
            throw diagnostics.error("'return' with value in async generator", at: first)
        }
        for child in scope.children {
            try checkAsyncGenerators(child)
        }
    }
}
