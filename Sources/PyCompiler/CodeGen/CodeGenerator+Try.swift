import PyFrontend

extension CodeGenerator {
    /// `try: body except …: handlers else: orelse` (CPython 3.12 `compiler_try_except`), with
    /// `base` the stack depth before the statement:
    ///
    ///            body                          protected by H1 → except, depth base
    ///            orelse                        (not protected by H1)
    ///            jump end
    ///     except:                              stack: exc
    ///            pushExcInfo                   stack: prev exc; protected by H2 → cleanup,
    ///                                          depth base + 1, until each handler's popExcept
    ///       for `except T as name:`
    ///            T; checkExcMatch              stack: prev exc bool
    ///            popJumpIfFalse next
    ///            store name                    stack: prev
    ///            body                          protected by H3 → cleanupName, depth base + 1
    ///            popExcept                     stack: (base)
    ///            loadConst None; store name; delete name
    ///            jump end
    ///     cleanupName:                         stack: prev exc2 (H2 still protects)
    ///            loadConst None; store name; delete name
    ///            reraise                       → H2
    ///     next:  … (`except T:` pops exc instead of storing it; bare `except:` has no test)
    ///            reraise                       no handler matched: re-raise exc → H2
    ///     cleanup:                             stack: prev exc2
    ///            swap 2; popExcept; reraise    restores `prev`, re-raises exc2
    ///     end:
    func compileTryExcept(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt]) throws(SyntaxError) {
        let except = newLabel(), cleanup = newLabel(), end = newLabel()
        let outerHandlers = unit.handlerStack.count
        let statementLocation = unit.location
        defer { unit.location = statementLocation }
        unit.pushHandler(except)
        pushBlock(.tryExcept, handlerCount: outerHandlers)
        try compile(body)
        popBlock()
        unit.popHandler()
        try compile(orelse)
        emit(Instruction.jump, end)

        bind(except)
        unit.pushHandler(cleanup)
        let handlerLocation = handlers.first.map { location($0.range) } ?? unit.location
        unit.location = handlerLocation
        emit(.pushExcInfo)
        for handler in handlers {
            try compileExceptClause(handler, handlerCount: outerHandlers, end: end)
        }
        unit.location = handlerLocation
        emit(.reraise)
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(end)
    }

    private func compileExceptClause(_ handler: ExceptHandler, handlerCount: Int, end: Label) throws(SyntaxError) {
        let next = newLabel()
        try at(handler.range) { () throws(SyntaxError) in
            if let type = handler.type {
                try compile(type)
                emit(.checkExcMatch)
                emit(Instruction.popJumpIfFalse, next)
            }
            guard let name = handler.name else {
                emit(.pop)
                pushBlock(.handlerCleanup(name: nil), handlerCount: handlerCount)
                try compile(handler.body)
                popBlock()
                withHandlers(truncatedTo: handlerCount) {
                    emit(.popExcept)
                    emit(Instruction.jump, end)
                }
                return
            }
            let cleanupName = newLabel()
            nameOp(name, .store)
            unit.pushHandler(cleanupName)
            pushBlock(.handlerCleanup(name: name), handlerCount: handlerCount)
            try compile(handler.body)
            popBlock()
            unit.popHandler()
            withHandlers(truncatedTo: handlerCount) {
                emit(.popExcept)
                emitUnbind(name)
                emit(Instruction.jump, end)
            }
            bind(cleanupName)
            emitUnbind(name)
            emit(.reraise)
        }
        bind(next)
    }

    /// Emits `body` protected only by the handlers outside the current statement.
    func withHandlers(truncatedTo count: Int, _ body: () -> Void) {
        let saved = unit.handlerStack
        unit.handlerStack.removeLast(max(0, unit.handlerStack.count - count))
        body()
        unit.handlerStack = saved
    }

    /// `name = None; del name`: the exception must not outlive its handler (it references the
    /// frame through its traceback), and `del` inside the body must not make this fail.
    private func emitUnbind(_ name: String) {
        loadConstant(.none)
        nameOp(name, .store)
        nameOp(name, .delete)
    }

    /// `swap 2; popExcept; reraise` (stack `prev exc`): the cleanup handler every handler body
    /// gets, restoring the previously handled exception before propagating.
    func emitPopExceptAndReraise() {
        emit(.swap(2))
        emit(.popExcept)
        emit(.reraise)
    }

    /// `try: … finally: finalbody` (CPython 3.12 `compiler_try_finally`); an `except` part is
    /// compiled by `compileTryExcept` inside the protected region:
    ///
    ///            body [+ handlers, orelse]     protected by H1 → final, depth base
    ///            finalbody                     (normal exit: inlined copy)
    ///            jump exit
    ///     final:                               stack: exc
    ///            pushExcInfo                   stack: prev exc; protected by H2 → cleanup,
    ///            finalbody                     depth base + 1
    ///            reraise                       re-raises exc → H2
    ///     cleanup:                             stack: prev exc2
    ///            swap 2; popExcept; reraise
    ///     exit:
    ///
    /// `return`, `break` and `continue` inside the body inline `finalbody` before leaving; a
    /// `return` inside `finalbody` on the exception path first drops `exc` and `prev`
    /// (`pop; popExcept`, see `unwindBlock`).
    func compileTryFinally(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt],
                           finalbody: [Stmt]) throws(SyntaxError) {
        let final = newLabel(), cleanup = newLabel(), exit = newLabel()
        let outerHandlers = unit.handlerStack.count
        let statementLocation = unit.location
        defer { unit.location = statementLocation }
        unit.pushHandler(final)
        pushBlock(.finallyTry(body: finalbody), handlerCount: outerHandlers)
        if handlers.isEmpty {
            try compile(body)
            try compile(orelse)
        } else {
            try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
        }
        popBlock()
        unit.popHandler()
        try compile(finalbody)
        emit(Instruction.jump, exit)

        bind(final)
        unit.pushHandler(cleanup)
        if let first = finalbody.first { unit.location = location(first.range) }
        emit(.pushExcInfo)
        pushBlock(.finallyEnd, handlerCount: outerHandlers)
        try compile(finalbody)
        popBlock()
        emit(.reraise)
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(exit)
    }
}
