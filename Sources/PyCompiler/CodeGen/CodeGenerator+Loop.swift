import PyFrontend

extension CodeGenerator {
    /// `while test: body else: orelse`:
    ///
    ///     start: <jump to orelse if test is false>   (omitted for a constant true test)
    ///            body
    ///            jump start
    ///     orelse: orelse
    ///     end:                                       (break jumps here)
    func compileWhile(test: Expr, body: [Stmt], orelse: [Stmt]) throws(SyntaxError) {
        let start = newLabel(), otherwise = newLabel(), end = newLabel()
        bind(start)
        if !isConstantTrue(test) {
            try compileJump(if: test, is: false, to: otherwise)
        }
        pushBlock(.whileLoop(continueLabel: start, breakLabel: end))
        try compile(body)
        emit(Instruction.jump, start)
        popBlock()
        bind(otherwise)
        try compile(orelse)
        bind(end)
    }

    private func isConstantTrue(_ test: Expr) -> Bool {
        switch test.kind {
        case .constant(.bool(true)): true
        case .constant(.int(let value)): value != 0
        default: false
        }
    }

    /// `for target in iter: body else: orelse`:
    ///
    ///            iter; getIter                  (location of iter)
    ///     start: forIter cleanup                (location of iter; pops the iterator and jumps
    ///            <store target>                  when exhausted)
    ///            body
    ///            jump start
    ///     cleanup: orelse
    ///     end:                                  (break: pop the iterator, jump end)
    func compileFor(_ loop: For) throws(SyntaxError) {
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try compile(loop.iter)
        try at(loop.iter.range) { () throws(SyntaxError) in
            emit(.getIter)
            bind(start)
            emit(Instruction.forIter, cleanup)
        }
        pushBlock(.forLoop(continueLabel: start, breakLabel: end))
        try compileStore(loop.target)
        try compile(loop.body)
        emit(Instruction.jump, start)
        popBlock()
        bind(cleanup)
        try compile(loop.orelse)
        bind(end)
    }

    /// `async for target in iter: body else: orelse`:
    ///
    ///            iter; getAIter
    ///     start: getANext; loadConst None; send  (protected: handler `except`, depth = base + 1,
    ///            <store target>                   i.e. the async iterator stays on the stack)
    ///            body
    ///            jump start
    ///     except: endAsyncFor                    (stack: aiterator exc; location of iter)
    ///            orelse
    ///     end:                                   (break: pop the async iterator, jump end)
    func compileAsyncFor(_ loop: For) throws(SyntaxError) {
        let start = newLabel(), except = newLabel(), end = newLabel()
        try compile(loop.iter)
        try at(loop.iter.range) { () throws(SyntaxError) in emit(.getAIter) }
        bind(start)
        pushBlock(.forLoop(continueLabel: start, breakLabel: end))
        try at(loop.iter.range) { () throws(SyntaxError) in
            unit.pushHandler(except)
            emit(.getANext)
            emitAwaitSend()
            unit.popHandler()
        }
        try compileStore(loop.target)
        try compile(loop.body)
        emit(Instruction.jump, start)
        popBlock()
        try at(loop.iter.range) { () throws(SyntaxError) in
            bind(except)
            emit(.endAsyncFor)
        }
        try compile(loop.orelse)
        bind(end)
    }

    /// `loadConst None; send`: the tail of `await` (after `getAwaitable`) and `yield from`.
    func emitAwaitSend() {
        loadConstant(.none)
        emit(.send)
    }

    /// `break`: unwinds the blocks inside the innermost loop, pops a `for` iterator, jumps out.
    func compileBreak() throws(SyntaxError) {
        let saved = (unit.blocks, unit.handlerStack)
        defer { (unit.blocks, unit.handlerStack) = saved }
        guard let loop = try unwind(preservingTop: false, stopAtLoop: true) else { return }
        try unwindBlock(loop, preservingTop: false)
        switch loop.kind {
        case .whileLoop(_, let breakLabel), .forLoop(_, let breakLabel): emit(Instruction.jump, breakLabel)
        default: break
        }
    }

    /// `continue`: unwinds the blocks inside the innermost loop and jumps to its start.
    func compileContinue() throws(SyntaxError) {
        let saved = (unit.blocks, unit.handlerStack)
        defer { (unit.blocks, unit.handlerStack) = saved }
        guard let loop = try unwind(preservingTop: false, stopAtLoop: true) else { return }
        switch loop.kind {
        case .whileLoop(let continueLabel, _), .forLoop(let continueLabel, _): emit(Instruction.jump, continueLabel)
        default: break
        }
    }

    // MARK: Blocks

    func pushBlock(_ kind: FrameBlock.Kind, handlerCount: Int? = nil) {
        unit.blocks.append(FrameBlock(kind: kind, handlerCount: handlerCount ?? unit.handlerStack.count))
    }

    func popBlock() {
        unit.blocks.removeLast()
    }

    /// Emits the exit code of every block from the innermost outwards (CPython
    /// `compiler_unwind_fblock_stack`), stopping at the innermost loop if `stopAtLoop` and
    /// returning it. Callers restore `unit.blocks` and `unit.handlerStack` afterwards: code
    /// after a jump out belongs to the blocks again.
    func unwind(preservingTop: Bool, stopAtLoop: Bool) throws(SyntaxError) -> FrameBlock? {
        while let block = unit.blocks.last {
            if stopAtLoop {
                switch block.kind {
                case .whileLoop, .forLoop: return block
                default: break
                }
            }
            unit.blocks.removeLast()
            try unwindBlock(block, preservingTop: preservingTop)
        }
        return nil
    }

    /// The exit code of one block (CPython `compiler_unwind_fblock`). With `preservingTop`, a
    /// return value sits on top of the stack and must stay there.
    ///
    /// - for loop: `[swap 2] pop` (the iterator);
    /// - try body: nothing (the handler just stops covering);
    /// - finally: the finally body, inlined (a preserved value stays below it);
    /// - finally on the exception path: `[swap 2] pop [swap 2] popExcept`;
    /// - with: `[swap 2] loadConst None ×3; call 3; [getAwaitable; loadConst None; send]; pop`;
    /// - except body: `[swap 2] popExcept`, then for `except E as name`:
    ///   `loadConst None; store name; delete name`.
    func unwindBlock(_ block: FrameBlock, preservingTop: Bool) throws(SyntaxError) {
        if unit.handlerStack.count > block.handlerCount {
            unit.handlerStack.removeLast(unit.handlerStack.count - block.handlerCount)
        }
        switch block.kind {
        case .whileLoop, .tryExcept:
            break
        case .forLoop, .popValue:
            if preservingTop { emit(.swap(2)) }
            emit(.pop)
        case .finallyTry(let body):
            if preservingTop { pushBlock(.popValue) }
            try compile(body)
            if preservingTop { popBlock() }
        case .finallyEnd:
            if preservingTop { emit(.swap(2)) }
            emit(.pop)
            if preservingTop { emit(.swap(2)) }
            emit(.popExcept)
        case .with(let isAsync, let location):
            let saved = unit.location
            unit.location = location
            if preservingTop { emit(.swap(2)) }
            emitExitCallWithNones(isAsync: isAsync)
            emit(.pop)
            unit.location = saved
        case .handlerCleanup(let name):
            if preservingTop { emit(.swap(2)) }
            emit(.popExcept)
            if let name {
                loadConstant(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
            }
        }
    }
}
