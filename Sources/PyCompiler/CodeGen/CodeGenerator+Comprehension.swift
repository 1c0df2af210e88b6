import PyFrontend

extension CodeGenerator {
    /// A comprehension runs as a nested function (CPython 3.11), called with the iterator of
    /// its first iterable:
    ///
    ///     [closure] loadConst <listcomp>; makeFunction
    ///     iter; getIter                        (`getAIter` if the first clause is async)
    ///     call 1
    ///     [getAwaitable; loadConst None; send] (async list/set/dict comprehensions)
    ///
    /// The function (`.0` is its only parameter):
    ///
    ///            buildList 0                   (`buildSet 0`, `buildMap 0`; nothing for genexps)
    ///            loadFast .0
    ///     start: forIter end
    ///            <store target>
    ///            <jump to start if an `if` is false> …
    ///            <inner clauses: iter; getIter; the same loop>
    ///            elt; listAppend n             (n = clauses + 1: the list is under n − 1
    ///                                           iterators; `setAdd n`; `key; value; mapAdd n`;
    ///                                           genexps `elt; yieldValue; pop`)
    ///            jump start
    ///     end:   returnValue                   (genexps: `loadConst None; returnValue`)
    ///
    /// An async clause loops like `async for`: `start: getANext; loadConst None; send`
    /// protected by a handler to `endAsyncFor`.
    func compileComprehension(_ expr: Expr, _ kind: ComprehensionKind, generators: [Comprehension],
                              element: Expr, value: Expr?) throws(SyntaxError) {
        guard let first = generators.first else { return }
        let scope = scope(for: expr.range, .comprehension)
        let code = try withUnit(scope, name: kind.codeName, firstLine: expr.range.start.line, flags: [],
                                range: expr.range) { child throws(SyntaxError) in
            child.argumentCount = 1
            switch kind {
            case .list: emit(.buildList(0))
            case .set: emit(.buildSet(0))
            case .dict: emit(.buildMap(0))
            case .generator: break
            }
            try compileComprehensionClause(generators, index: 0, kind: kind, element: element, value: value)
            if kind == .generator { loadConstant(.none) }
            emit(.returnValue)
        }
        let hasClosure = emitClosure(for: scope)
        loadConstant(.code(code))
        emit(.makeFunction(hasClosure ? .closure : []))
        try compile(first.iter)
        try at(first.iter.range) { () throws(SyntaxError) in
            emit(first.isAsync ? .getAIter : .getIter)
        }
        emit(.call(1))
        if scope.isAsync && kind != .generator {
            emit(.getAwaitable)
            emitAwaitSend()
        }
    }

    private func compileComprehensionClause(_ generators: [Comprehension], index: Int, kind: ComprehensionKind,
                                            element: Expr, value: Expr?) throws(SyntaxError) {
        let clause = generators[index]
        let start = newLabel(), end = newLabel()
        if index == 0 {
            emit(.loadFast(unit.local(".0")))
        } else {
            try compile(clause.iter)
            try at(clause.iter.range) { () throws(SyntaxError) in
                emit(clause.isAsync ? .getAIter : .getIter)
            }
        }
        bind(start)
        try at(clause.iter.range) { () throws(SyntaxError) in
            if clause.isAsync {
                unit.pushHandler(end)
                emit(.getANext)
                emitAwaitSend()
                unit.popHandler()
            } else {
                emit(Instruction.forIter, end)
            }
        }
        try compileStore(clause.target)
        for condition in clause.ifs {
            try compileJump(if: condition, is: false, to: start)
        }
        if index + 1 < generators.count {
            try compileComprehensionClause(generators, index: index + 1, kind: kind, element: element, value: value)
        } else {
            let depth = generators.count + 1
            try compile(element)
            switch kind {
            case .list: emit(.listAppend(depth))
            case .set: emit(.setAdd(depth))
            case .dict:
                if let value { try compile(value) }
                emit(.mapAdd(depth))
            case .generator:
                emit(.yieldValue)
                emit(.pop)
            }
        }
        emit(Instruction.jump, start)
        bind(end)
        if clause.isAsync {
            try at(clause.iter.range) { () throws(SyntaxError) in emit(.endAsyncFor) }
        }
    }
}
