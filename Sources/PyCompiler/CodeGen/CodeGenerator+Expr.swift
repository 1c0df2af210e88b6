import PyFrontend

extension CodeGenerator {
    /// Compiles `expr`, leaving its value on the stack; its instructions carry its range.
    func compile(_ expr: Expr) throws(SyntaxError) {
        try at(expr.range) { () throws(SyntaxError) in
            try compileKind(expr)
        }
    }

    func compile(_ expressions: [Expr]) throws(SyntaxError) {
        for expr in expressions { try compile(expr) }
    }

    private func compileKind(_ expr: Expr) throws(SyntaxError) {
        if let constant = try foldedConstant(expr) {
            loadConstant(constant)
            return
        }
        switch expr.kind {
        case .boolOp(let op, let values):
            try compileBoolOp(op, values)
        case .namedExpr(let target, let value):
            try compile(value)
            emit(.copy(1))
            try compileStore(target)
        case .binOp(let left, let op, let right):
            try compile(left)
            try compile(right)
            emit(.binary(BinaryOp(op)))
        case .unaryOp(let op, let operand):
            try compile(operand)
            emit(.unary(UnaryOp(op)))
        case .lambda(let args, let body):
            try compileLambda(args: args, body: body, range: expr.range)
        case .ifExp(let test, let body, let orelse):
            let otherwise = newLabel(), end = newLabel()
            try compileJump(if: test, is: false, to: otherwise)
            try compile(body)
            emit(Instruction.jump, end)
            bind(otherwise)
            try compile(orelse)
            bind(end)
        case .dict(let keys, let values):
            try compileDict(keys: keys, values: values)
        case .set(let elts):
            try compileDisplay(elts, kind: .set)
        case .list(let elts, _):
            try compileDisplay(elts, kind: .list)
        case .tuple(let elts, _):
            try compileDisplay(elts, kind: .tuple)
        case .listComp(let elt, let generators):
            try compileComprehension(expr, .list, generators: generators, element: elt, value: nil)
        case .setComp(let elt, let generators):
            try compileComprehension(expr, .set, generators: generators, element: elt, value: nil)
        case .generatorExp(let elt, let generators):
            try compileComprehension(expr, .generator, generators: generators, element: elt, value: nil)
        case .dictComp(let key, let value, let generators):
            try compileComprehension(expr, .dict, generators: generators, element: key, value: value)
        case .await(let value):
            try compile(value)
            emit(.getAwaitable)
            emitAwaitSend()
        case .yield(let value):
            if let value { try compile(value) } else { loadConstant(.none) }
            emit(.yieldValue)
        case .yieldFrom(let value):
            try compile(value)
            emit(.getYieldFromIter)
            emitAwaitSend()
        case .compare(let left, let ops, let comparators):
            try compileCompare(left: left, ops: ops, comparators: comparators)
        case .call(let function, let args, let keywords):
            try compileCall(expr, function: function, args: args, keywords: keywords)
        case .formattedValue(let value, let conversion, let spec):
            try compileFormattedValue(value, conversion: conversion, spec: spec)
        case .joinedStr(let values):
            try compileJoinedStr(values)
        case .constant(let constant):
            loadConstant(try codeConstant(constant, range: expr.range))
        case .attribute(let value, let attr, _):
            try compile(value)
            withLocation(matchingAttribute: expr, attr, in: expr.range) {
                emit(.loadAttr(attributeName(attr)))
            }
        case .subscript(let value, let slice, _):
            try compile(value)
            try compileSubscriptKey(slice)
            emit(.binarySubscript)
        case .starred:
            throw diagnostics.error("can't use starred expression here", at: expr.range)
        case .name(let id, _):
            nameOp(id, .load)
        case .slice:
            try compileSubscriptKey(expr)
        }
    }

    /// `a and b and c`: `a; jumpIfFalseOrPop end; b; jumpIfFalseOrPop end; c; end:`
    /// (`jumpIfTrueOrPop` for `or`).
    private func compileBoolOp(_ op: BoolOperator, _ values: [Expr]) throws(SyntaxError) {
        let end = newLabel()
        for value in values.dropLast() {
            try compile(value)
            emit(op == .and ? Instruction.jumpIfFalseOrPop : Instruction.jumpIfTrueOrPop, end)
        }
        if let last = values.last { try compile(last) }
        bind(end)
    }

    /// A single comparison is `left; right; compare op`. A chain `a < b < c` evaluates each
    /// operand once (CPython 3.12 shape):
    ///
    ///            a; b; swap 2; copy 2; compare <; jumpIfFalseOrPop cleanup
    ///            c; compare <; jump end
    ///     cleanup: swap 2; pop                 (drops the saved operand under the result)
    ///     end:
    private func compileCompare(left: Expr, ops: [CompareOperator], comparators: [Expr]) throws(SyntaxError) {
        try compile(left)
        guard ops.count > 1 else {
            try compile(comparators[0])
            emit(.compare(CompareOp(ops[0])))
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for (op, comparator) in zip(ops, comparators).dropLast() {
            try compile(comparator)
            emit(.swap(2))
            emit(.copy(2))
            emit(.compare(CompareOp(op)))
            emit(Instruction.jumpIfFalseOrPop, cleanup)
        }
        try compile(comparators[comparators.count - 1])
        emit(.compare(CompareOp(ops[ops.count - 1])))
        emit(Instruction.jump, end)
        bind(cleanup)
        emit(.swap(2))
        emit(.pop)
        bind(end)
    }

    /// Runs `body` at `range`, moved to the attribute name's line when `attribute` spans lines
    /// (CPython `update_start_location_to_match_attr`), so a traceback through
    /// `client\n    .fetch()` points at the `.fetch()` line.
    func withLocation(matchingAttribute attribute: Expr, _ attr: String, in range: SourceRange, _ body: () -> Void) {
        let saved = unit.location
        var location = location(range)
        if range.start.line != attribute.range.end.line {
            location.line = Int32(clamping: attribute.range.end.line)
            location.column = Int32(clamping: max(0, attribute.range.end.column - attr.utf8.count))
            location.endLine = max(location.line, location.endLine)
            if location.line == location.endLine { location.endColumn = max(location.column, location.endColumn) }
        }
        unit.location = location
        body()
        unit.location = saved
    }

    /// A subscript key: `lower:upper[:step]` becomes `buildSlice` (absent parts `None`).
    func compileSubscriptKey(_ key: Expr) throws(SyntaxError) {
        guard case .slice(let lower, let upper, let step) = key.kind else {
            try compile(key)
            return
        }
        try at(key.range) { () throws(SyntaxError) in
            for part in [lower, upper] {
                if let part { try compile(part) } else { loadConstant(.none) }
            }
            if let step { try compile(step) }
            emit(.buildSlice(step == nil ? 2 : 3))
        }
    }
}

extension BinaryOp {
    init(_ op: BinaryOperator) {
        self = switch op {
        case .add: .add
        case .sub: .subtract
        case .mult: .multiply
        case .matMult: .matrixMultiply
        case .div: .trueDivide
        case .mod: .remainder
        case .pow: .power
        case .lShift: .leftShift
        case .rShift: .rightShift
        case .bitOr: .or
        case .bitXor: .xor
        case .bitAnd: .and
        case .floorDiv: .floorDivide
        }
    }
}

extension UnaryOp {
    init(_ op: UnaryOperator) {
        self = switch op {
        case .invert: .invert
        case .not: .not
        case .uAdd: .positive
        case .uSub: .negative
        }
    }
}

extension CompareOp {
    init(_ op: CompareOperator) {
        self = switch op {
        case .eq: .equal
        case .notEq: .notEqual
        case .lt: .less
        case .ltE: .lessEqual
        case .gt: .greater
        case .gtE: .greaterEqual
        case .is: .is
        case .isNot: .isNot
        case .in: .in
        case .notIn: .notIn
        }
    }
}
