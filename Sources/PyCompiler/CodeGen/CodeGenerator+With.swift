import PyFrontend

extension CodeGenerator {
    /// `with a as x, b: body` nests one item inside the next (CPython 3.12 `compiler_with`):
    ///
    ///            a; beforeWith                 stack: exit enter-result
    ///            <store x> (or pop)            protected by H1 → final, depth base + 1 (exit)
    ///            body
    ///            loadConst None ×3; call 3; pop      (normal exit, location of the statement)
    ///            jump exit
    ///     final:                               stack: exit exc
    ///            pushExcInfo                   stack: exit prev exc; protected by H2 → cleanup,
    ///            withExceptStart               depth base + 2
    ///            popJumpIfTrue suppress        stack: exit prev exc (result popped)
    ///            reraise                       → H2
    ///     cleanup:                             stack: exit prev exc2
    ///            swap 2; popExcept; reraise
    ///     suppress:
    ///            pop; popExcept; pop           drops exc, restores prev, drops exit
    ///     exit:
    ///
    /// `async with` uses `beforeAsyncWith` and awaits its result, the normal-exit result and
    /// the `withExceptStart` result with `getAwaitable; loadConst None; send` each.
    func compileWith(_ items: ArraySlice<WithItem>, body: [Stmt], isAsync: Bool,
                     range: SourceRange) throws(SyntaxError) {
        guard let item = items.first else {
            try compile(body)
            return
        }
        let final = newLabel(), cleanup = newLabel(), suppress = newLabel(), exit = newLabel()
        let statementLocation = location(range)
        try compile(item.contextExpr)
        let outerHandlers = unit.handlerStack.count
        try at(item.contextExpr.range) { () throws(SyntaxError) in
            if isAsync {
                emit(.beforeAsyncWith)
                emit(.getAwaitable)
                emitAwaitSend()
            } else {
                emit(.beforeWith)
            }
            // The enter result is still on the stack where protection starts; the handler's
            // depth excludes it.
            unit.pushHandler(final, depthAdjust: -1)
            pushBlock(.with(isAsync: isAsync, location: statementLocation), handlerCount: outerHandlers)
            if let target = item.optionalVars {
                try compileStore(target)
            } else {
                emit(.pop)
            }
        }
        try compileWith(items.dropFirst(), body: body, isAsync: isAsync, range: range)
        popBlock()
        unit.popHandler()
        unit.location = statementLocation
        emitExitCallWithNones(isAsync: isAsync)
        emit(.pop)
        emit(Instruction.jump, exit)

        bind(final)
        unit.pushHandler(cleanup)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync {
            emit(.getAwaitable)
            emitAwaitSend()
        }
        emit(Instruction.popJumpIfTrue, suppress)
        emit(.reraise)
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(suppress)
        emit(.pop)
        emit(.popExcept)
        emit(.pop)
        bind(exit)
    }

    /// `exit(None, None, None)` for a normal exit: `loadConst None ×3; call 3`, awaited for
    /// `async with`. Leaves the result on the stack.
    func emitExitCallWithNones(isAsync: Bool) {
        loadConstant(.none)
        loadConstant(.none)
        loadConstant(.none)
        emit(.call(3))
        if isAsync {
            emit(.getAwaitable)
            emitAwaitSend()
        }
    }
}
