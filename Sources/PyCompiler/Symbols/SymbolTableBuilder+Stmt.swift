import PyFrontend

extension SymbolTableBuilder {
    func visit(_ statements: [Stmt]) throws(SyntaxError) {
        for statement in statements {
            try visit(statement)
        }
    }

    func visit(_ statement: Stmt) throws(SyntaxError) {
        let range = statement.range
        switch statement.kind {
        case .functionDef(let def), .asyncFunctionDef(let def):
            let isAsync = if case .asyncFunctionDef = statement.kind { true } else { false }
            try addDef(def.name, .local, at: range)
            try visit(def.decoratorList)
            try visitDefaults(def.args)
            try withScope(.function, name: def.name, range: range, tag: .function, isAsync: isAsync) {
                _ throws(SyntaxError) in
                try addParameters(def.args)
                try visit(def.body)
            }
        case .classDef(let def):
            try addDef(def.name, .local, at: range)
            try visit(def.bases)
            for keyword in def.keywords { try visit(keyword.value) }
            try visit(def.decoratorList)
            try withScope(.classBody, name: def.name, range: range, tag: .classBody, isAsync: false) {
                _ throws(SyntaxError) in
                try visit(def.body)
            }
        case .return(let value):
            if let value {
                current.valueReturns.append(range)
                try visit(value)
            }
        case .delete(let targets):
            try visit(targets)
        case .assign(let targets, let value):
            try visit(targets)
            try visit(value)
        case .augAssign(let target, _, let value):
            try visit(target)
            try visit(value)
        case .annAssign(let target, _, let value, let simple):
            try visitAnnotatedAssignment(target: target, value: value, simple: simple, range: range)
        case .for(let loop), .asyncFor(let loop):
            if case .asyncFor = statement.kind { current.containsAwait = true }
            try visit(loop.target)
            try visit(loop.iter)
            try visit(loop.body)
            try visit(loop.orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body), .asyncWith(let items, let body):
            if case .asyncWith = statement.kind { current.containsAwait = true }
            for item in items {
                try visit(item.contextExpr)
                if let target = item.optionalVars { try visit(target) }
            }
            try visit(body)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { try addDef(name, .local, at: handler.range) }
                try visit(handler.body)
            }
            try visit(orelse)
            try visit(finalbody)
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names):
            for alias in names {
                let bound = alias.asname ?? String(alias.name.prefix { $0 != "." })
                try addDef(bound, .imported, at: alias.range)
            }
        case .importFrom(_, let names, _):
            for alias in names where alias.name != "*" {
                try addDef(alias.asname ?? alias.name, .imported, at: alias.range)
            }
        case .global(let names):
            for name in names { try declare(name, isGlobal: true, at: range) }
        case .nonlocal(let names):
            for name in names { try declare(name, isGlobal: false, at: range) }
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue:
            break
        }
    }

    /// `global`/`nonlocal` after the name was already used or bound here is an error.
    private func declare(_ rawName: String, isGlobal: Bool, at range: SourceRange) throws(SyntaxError) {
        let name = mangled(rawName)
        let existing = current.flags(of: name)
        let kind = isGlobal ? "global" : "nonlocal"
        if !existing.intersection([.parameter, .local, .use, .annotated]).isEmpty {
            let message = if existing.contains(.parameter) {
                "name '\(rawName)' is parameter and \(kind)"
            } else if existing.contains(.use) {
                "name '\(rawName)' is used prior to \(kind) declaration"
            } else if existing.contains(.annotated) {
                "annotated name '\(rawName)' can't be \(kind)"
            } else {
                "name '\(rawName)' is assigned to before \(kind) declaration"
            }
            throw diagnostics.error(message, at: range)
        }
        try addDef(name, isGlobal ? .global : .nonlocal, at: range)
        if current.directives[name] == nil {
            current.directives[name] = range
        }
    }

    /// `target: annotation [= value]`; the annotation itself is never evaluated.
    private func visitAnnotatedAssignment(target: Expr, value: Expr?, simple: Bool,
                                          range: SourceRange) throws(SyntaxError) {
        if case .name(let rawID, _) = target.kind {
            let id = mangled(rawID)
            let existing = current.flags(of: id)
            if !existing.intersection([.global, .nonlocal]).isEmpty && current !== module && simple {
                let kind = existing.contains(.global) ? "global" : "nonlocal"
                throw diagnostics.error("annotated name '\(rawID)' can't be \(kind)", at: range)
            }
            if simple {
                try addDef(id, [.annotated, .local], at: target.range)
            } else if value != nil {
                try addDef(id, .local, at: target.range)
            }
        } else {
            try visit(target)
        }
        if let value { try visit(value) }
    }
}
