extension ASTDumper {
    /// Renders one statement node.
    func stmt(_ s: Stmt) -> String {
        let r = s.range
        switch s.kind {
        case .functionDef(let function): return functionDef("FunctionDef", function, r)
        case .asyncFunctionDef(let function): return functionDef("AsyncFunctionDef", function, r)
        case .classDef(let c):
            return node("ClassDef", [("name", string(c.name)), ("bases", list(c.bases.map(expr))),
                                     ("keywords", list(c.keywords.map(keyword))), ("body", body(c.body)),
                                     ("decorator_list", list(c.decoratorList.map(expr)))], r)
        case .return(let value): return node("Return", [("value", optional(value))], r)
        case .delete(let targets): return node("Delete", [("targets", list(targets.map(expr)))], r)
        case .assign(let targets, let value):
            return node("Assign", [("targets", list(targets.map(expr))), ("value", expr(value))], r)
        case .augAssign(let target, let op, let value):
            return node("AugAssign", [("target", expr(target)), ("op", op.rawValue + "()"), ("value", expr(value))], r)
        case .annAssign(let target, let annotation, let value, let simple):
            return node("AnnAssign", [("target", expr(target)), ("annotation", expr(annotation)),
                                      ("value", optional(value)), ("simple", simple ? "1" : "0")], r)
        case .for(let loop): return forLoop("For", loop, r)
        case .asyncFor(let loop): return forLoop("AsyncFor", loop, r)
        case .while(let test, let loopBody, let orelse):
            return node("While", [("test", expr(test)), ("body", body(loopBody)), ("orelse", body(orelse))], r)
        case .if(let test, let ifBody, let orelse):
            return node("If", [("test", expr(test)), ("body", body(ifBody)), ("orelse", body(orelse))], r)
        case .with(let items, let withBody): return with("With", items, withBody, r)
        case .asyncWith(let items, let withBody): return with("AsyncWith", items, withBody, r)
        default: return simple(s)
        }
    }

    /// Renders the statements without nested bodies (and `Try`).
    private func simple(_ s: Stmt) -> String {
        let r = s.range
        switch s.kind {
        case .raise(let exc, let cause): return node("Raise", [("exc", optional(exc)), ("cause", optional(cause))], r)
        case .try(let tryBody, let handlers, let orelse, let finalbody):
            return node("Try", [("body", body(tryBody)), ("handlers", list(handlers.map(handler))),
                                ("orelse", body(orelse)), ("finalbody", body(finalbody))], r)
        case .assert(let test, let msg): return node("Assert", [("test", expr(test)), ("msg", optional(msg))], r)
        case .import(let names): return node("Import", [("names", list(names.map(alias)))], r)
        case .importFrom(let module, let names, let level):
            return node("ImportFrom", [("module", string(module)), ("names", list(names.map(alias))),
                                       ("level", String(level))], r)
        case .global(let names): return node("Global", [("names", list(names.map { PythonRepr.string($0) }))], r)
        case .nonlocal(let names): return node("Nonlocal", [("names", list(names.map { PythonRepr.string($0) }))], r)
        case .expr(let value): return node("Expr", [("value", expr(value))], r)
        case .pass: return node("Pass", [], r)
        case .break: return node("Break", [], r)
        case .continue: return node("Continue", [], r)
        default: return "?"
        }
    }

    private func functionDef(_ name: String, _ f: FunctionDef, _ r: SourceRange) -> String {
        node(name, [("name", string(f.name)), ("args", arguments(f.args)), ("body", body(f.body)),
                    ("decorator_list", list(f.decoratorList.map(expr))), ("returns", optional(f.returns))], r)
    }

    private func forLoop(_ name: String, _ loop: For, _ r: SourceRange) -> String {
        node(name, [("target", expr(loop.target)), ("iter", expr(loop.iter)), ("body", body(loop.body)),
                    ("orelse", body(loop.orelse))], r)
    }

    private func with(_ name: String, _ items: [WithItem], _ withBody: [Stmt], _ r: SourceRange) -> String {
        let rendered = items.map { item in
            node("withitem", [("context_expr", expr(item.contextExpr)), ("optional_vars", optional(item.optionalVars))])
        }
        return node(name, [("items", list(rendered)), ("body", body(withBody))], r)
    }

    private func handler(_ h: ExceptHandler) -> String {
        node("ExceptHandler", [("type", optional(h.type)), ("name", string(h.name)), ("body", body(h.body))], h.range)
    }

    private func alias(_ a: Alias) -> String {
        node("alias", [("name", string(a.name)), ("asname", string(a.asname))], a.range)
    }
}
