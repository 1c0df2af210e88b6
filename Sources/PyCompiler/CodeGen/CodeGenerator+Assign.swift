import PyFrontend

extension CodeGenerator {
    /// `a = b = value` → `value; copy 1; <store a>; <store b>`.
    func compileAssign(targets: [Expr], value: Expr) throws(SyntaxError) {
        try compile(value)
        for (index, target) in targets.enumerated() {
            if index < targets.count - 1 { emit(.copy(1)) }
            try compileStore(target)
        }
    }

    /// Stores the value on top of the stack into `target`:
    ///
    /// - name: `storeFast`/`storeDeref`/`storeGlobal`/`storeName`;
    /// - `obj.attr`: `obj; storeAttr attr`;
    /// - `obj[key]`: `obj; key; storeSubscript`;
    /// - `a, *b, c`: `unpackEx(before: 1, after: 1)` (`unpackSequence n` without a star), then
    ///   each target in order.
    func compileStore(_ target: Expr) throws(SyntaxError) {
        try at(target.range) { () throws(SyntaxError) in
            switch target.kind {
            case .name(let id, _):
                nameOp(id, .store)
            case .attribute(let object, let attr, _):
                try compile(object)
                withLocation(matchingAttribute: target, attr, in: target.range) {
                    emit(.storeAttr(attributeName(attr)))
                }
            case .subscript(let object, let key, _):
                try compile(object)
                try compileSubscriptKey(key)
                emit(.storeSubscript)
            case .tuple(let elts, _), .list(let elts, _):
                try compileUnpack(elts, range: target.range)
            case .starred:
                throw diagnostics.error("starred assignment target must be in a list or tuple", at: target.range)
            default:
                throw diagnostics.error("cannot assign to expression", at: target.range)
            }
        }
    }

    private func compileUnpack(_ elts: [Expr], range: SourceRange) throws(SyntaxError) {
        let stars = elts.indices.filter { if case .starred = elts[$0].kind { true } else { false } }
        if stars.count > 1 {
            throw diagnostics.error("multiple starred expressions in assignment", at: range)
        }
        if let star = stars.first {
            emit(.unpackEx(before: star, after: elts.count - star - 1))
        } else {
            emit(.unpackSequence(elts.count))
        }
        for elt in elts {
            if case .starred(let value, _) = elt.kind {
                try compileStore(value)
            } else {
                try compileStore(elt)
            }
        }
    }

    /// Evaluates the target once:
    ///
    /// - `x += v` → `x; v; inplace +; <store x>`;
    /// - `o.a += v` → `o; copy 1; loadAttr a; v; inplace +; swap 2; storeAttr a`;
    /// - `o[k] += v` → `o; k; copy 2; copy 2; binarySubscript; v; inplace +; swap 3; swap 2;
    ///   storeSubscript`.
    func compileAugAssign(target: Expr, op: BinaryOperator, value: Expr) throws(SyntaxError) {
        let operation = Instruction.inplace(BinaryOp(op))
        switch target.kind {
        case .name(let id, _):
            try at(target.range) { () throws(SyntaxError) in nameOp(id, .load) }
            try compile(value)
            emit(operation)
            try at(target.range) { () throws(SyntaxError) in nameOp(id, .store) }
        case .attribute(let object, let attr, _):
            try compile(object)
            withLocation(matchingAttribute: target, attr, in: target.range) {
                emit(.copy(1))
                emit(.loadAttr(attributeName(attr)))
            }
            try compile(value)
            emit(operation)
            withLocation(matchingAttribute: target, attr, in: target.range) {
                emit(.swap(2))
                emit(.storeAttr(attributeName(attr)))
            }
        case .subscript(let object, let key, _):
            try compile(object)
            try compileSubscriptKey(key)
            try at(target.range) { () throws(SyntaxError) in
                emit(.copy(2))
                emit(.copy(2))
                emit(.binarySubscript)
            }
            try compile(value)
            emit(operation)
            try at(target.range) { () throws(SyntaxError) in
                emit(.swap(3))
                emit(.swap(2))
                emit(.storeSubscript)
            }
        default:
            throw diagnostics.error("'\(describe(target))' is an illegal expression for augmented assignment",
                                    at: target.range)
        }
    }

    /// `target: annotation = value` stores like `target = value`; the annotation is never
    /// evaluated. Without a value, `obj.attr: T` and `obj[key]: T` still evaluate `obj` (and
    /// `key`), as CPython does; a bare name emits nothing.
    func compileAnnAssign(target: Expr, value: Expr?) throws(SyntaxError) {
        if let value {
            try compile(value)
            try compileStore(target)
            return
        }
        switch target.kind {
        case .attribute(let object, _, _):
            try compile(object)
            emit(.pop)
        case .subscript(let object, let key, _):
            try compile(object)
            try compileSubscriptKey(key)
            emit(.pop)
            emit(.pop)
        default:
            break
        }
    }

    /// `del x` → `deleteFast`/`deleteDeref`/`deleteGlobal`/`deleteName`; `del o.a` →
    /// `o; deleteAttr a`; `del o[k]` → `o; k; deleteSubscript`; `del a, b` deletes each.
    func compileDelete(_ target: Expr) throws(SyntaxError) {
        try at(target.range) { () throws(SyntaxError) in
            switch target.kind {
            case .name(let id, _):
                nameOp(id, .delete)
            case .attribute(let object, let attr, _):
                try compile(object)
                withLocation(matchingAttribute: target, attr, in: target.range) {
                    emit(.deleteAttr(attributeName(attr)))
                }
            case .subscript(let object, let key, _):
                try compile(object)
                try compileSubscriptKey(key)
                emit(.deleteSubscript)
            case .tuple(let elts, _), .list(let elts, _):
                for elt in elts { try compileDelete(elt) }
            default:
                throw diagnostics.error("cannot delete \(describe(target))", at: target.range)
            }
        }
    }

    private func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .starred: "starred"
        case .tuple: "tuple"
        case .list: "list"
        default: "expression"
        }
    }
}
