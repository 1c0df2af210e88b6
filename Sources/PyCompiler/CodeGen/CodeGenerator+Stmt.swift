import PyFrontend

extension CodeGenerator {
    func compile(_ statements: [Stmt]) throws(SyntaxError) {
        for statement in statements {
            try compile(statement)
        }
    }

    func compile(_ statement: Stmt) throws(SyntaxError) {
        try at(statement.range) { () throws(SyntaxError) in
            try compileKind(statement)
        }
    }

    private func compileKind(_ statement: Stmt) throws(SyntaxError) {
        switch statement.kind {
        case .functionDef(let def), .asyncFunctionDef(let def):
            try compileFunctionDef(def, range: statement.range)
        case .classDef(let def):
            try compileClassDef(def, range: statement.range)
        case .return(let value):
            try compileReturn(value)
        case .delete(let targets):
            for target in targets { try compileDelete(target) }
        case .assign(let targets, let value):
            try compileAssign(targets: targets, value: value)
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target: target, op: op, value: value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target: target, value: value)
            if unit.scope.kind == .classBody, simple, case .name(let name, _) = target.kind {
                recordAnnotation(name, annotation)
            }
        case .for(let loop):
            try compileFor(loop)
        case .asyncFor(let loop):
            try compileAsyncFor(loop)
        case .while(let test, let body, let orelse):
            try compileWhile(test: test, body: body, orelse: orelse)
        case .if(let test, let body, let orelse):
            try compileIf(test: test, body: body, orelse: orelse)
        case .with(let items, let body):
            try compileWith(items[...], body: body, isAsync: false, range: statement.range)
        case .asyncWith(let items, let body):
            try compileWith(items[...], body: body, isAsync: true, range: statement.range)
        case .raise(let exc, let cause):
            try compileRaise(exc: exc, cause: cause)
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try compileTryExcept(body: body, handlers: handlers, orelse: orelse)
            } else {
                try compileTryFinally(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
            }
        case .assert(let test, let msg):
            try compileAssert(test: test, msg: msg)
        case .import(let names):
            try compileImport(names)
        case .importFrom(let module, let names, let level):
            try compileImportFrom(module: module, names: names, level: level)
        case .expr(let value):
            try compileExpressionStatement(value)
        case .global, .nonlocal, .pass:
            break
        case .break:
            try compileBreak()
        case .continue:
            try compileContinue()
        }
    }

    /// Constants (docstrings, `...`) have no effect and emit nothing.
    private func compileExpressionStatement(_ value: Expr) throws(SyntaxError) {
        if case .constant = value.kind { return }
        try compile(value)
        emit(.pop)
    }

    private func compileIf(test: Expr, body: [Stmt], orelse: [Stmt]) throws(SyntaxError) {
        let end = newLabel()
        let otherwise = orelse.isEmpty ? end : newLabel()
        try compileJump(if: test, is: false, to: otherwise)
        try compile(body)
        if !orelse.isEmpty {
            emit(Instruction.jump, end)
            bind(otherwise)
            try compile(orelse)
        }
        bind(end)
    }

    /// `raise` → `raise 0`; `raise e` → `e; raise 1`; `raise e from c` → `e; c; raise 2`.
    private func compileRaise(exc: Expr?, cause: Expr?) throws(SyntaxError) {
        guard let exc else {
            emit(.raise(0))
            return
        }
        try compile(exc)
        if let cause {
            try compile(cause)
            emit(.raise(2))
        } else {
            emit(.raise(1))
        }
    }

    /// `assert test, msg`:
    ///
    ///     <jump to end if test is true>
    ///     loadAssertionError
    ///     [msg; call 1]
    ///     raise 1
    ///   end:
    private func compileAssert(test: Expr, msg: Expr?) throws(SyntaxError) {
        let end = newLabel()
        try compileJump(if: test, is: true, to: end)
        // CPython reports a failed assert at its test (the traceback marks the test).
        let saved = unit.location
        unit.location = location(test.range)
        emit(.loadAssertionError)
        if let msg {
            try compile(msg)
            unit.location = location(test.range)
            emit(.call(1))
        }
        emit(.raise(1))
        unit.location = saved
        bind(end)
    }

    /// `return [value]`: the value stays on the stack while enclosing `finally` bodies and
    /// `__exit__` calls run (see `unwind`), then `returnValue`.
    private func compileReturn(_ value: Expr?) throws(SyntaxError) {
        let saved = (unit.blocks, unit.handlerStack)
        defer { (unit.blocks, unit.handlerStack) = saved }
        if let value {
            try compile(value)
            _ = try unwind(preservingTop: true, stopAtLoop: false)
        } else {
            _ = try unwind(preservingTop: false, stopAtLoop: false)
            loadConstant(.none)
        }
        emit(.returnValue)
    }

    /// Emits a jump to `label` taken when `test` is truthy (`is: true`) or falsy, short-
    /// circuiting `not`, `and` and `or` into jumps instead of materializing booleans.
    func compileJump(if test: Expr, is condition: Bool, to label: Label) throws(SyntaxError) {
        switch test.kind {
        case .unaryOp(.not, let operand):
            try compileJump(if: operand, is: !condition, to: label)
        case .boolOp(let op, let values):
            let last = values.count - 1
            // `a and b` jumps when false as soon as one is false; when true only after all.
            if (op == .and) != condition {
                for value in values { try compileJump(if: value, is: condition, to: label) }
            } else {
                let skip = newLabel()
                for value in values[..<last] { try compileJump(if: value, is: !condition, to: skip) }
                try compileJump(if: values[last], is: condition, to: label)
                bind(skip)
            }
        default:
            try compile(test)
            try at(test.range) { () throws(SyntaxError) in
                emit(condition ? Instruction.popJumpIfTrue : Instruction.popJumpIfFalse, label)
            }
        }
    }
}
