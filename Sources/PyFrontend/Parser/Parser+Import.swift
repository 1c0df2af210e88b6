extension Parser {
    /// import_name: 'import' dotted_as_names
    func parseImportName() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        var names: [Alias] = []
        repeat {
            let aliasStart = current.range.start
            let name = try parseDottedName()
            let asname = try eat(.as) ? try expectName() : nil
            names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
        } while try eat(.comma)
        return Stmt(.import(names: names), range(from: start))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    func parseImportFrom() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        var level = 0
        while at(.dot) || at(.ellipsis) {
            level &+= at(.dot) ? 1 : 3
            try skip()
        }
        var module: String?
        if !at(.import) {
            module = try parseDottedName()
        }
        guard try eat(.import) else { throw invalidSyntax() }
        let names = try parseImportFromTargets()
        let stmt = Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
        if names.first?.name == "*" && (context.function != .none || context.inClass) {
            report("import * only allowed at module level", at: stmt.range)
        }
        return stmt
    }

    /// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    private func parseImportFromTargets() throws(SyntaxError) -> [Alias] {
        if at(.star) {
            let star = try advance()
            return [Alias(name: "*", asname: nil, range: star.range)]
        }
        let parenthesized = at(.leftParen)
        if parenthesized {
            try openBracket()
        }
        var names: [Alias] = []
        repeat {
            if parenthesized && at(.rightParen) && !names.isEmpty {
                break
            }
            if !parenthesized && !names.isEmpty && atStatementEnd() {
                throw syntaxError("trailing comma not allowed without surrounding parentheses", at: current.range)
            }
            let aliasStart = current.range.start
            let name = try expectName()
            let asname = try eat(.as) ? try expectName() : nil
            names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
        } while try eat(.comma)
        if parenthesized {
            try expect(.rightParen)
            closeBracket()
        }
        return names
    }

    /// dotted_name: dotted_name '.' NAME | NAME
    private func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectName()
        while try eat(.dot) {
            name += "." + (try expectName())
        }
        return name
    }

    /// The range of the token just consumed.
    func previousRange() -> SourceRange {
        peek(-1).range
    }
}
