extension ASTDumper {
    /// Renders one expression node.
    func expr(_ e: Expr) -> String {
        let r = e.range
        switch e.kind {
        case .boolOp(let op, let values):
            return node("BoolOp", [("op", op.rawValue + "()"), ("values", list(values.map(expr)))], r)
        case .namedExpr(let target, let value):
            return node("NamedExpr", [("target", expr(target)), ("value", expr(value))], r)
        case .binOp(let left, let op, let right):
            return node("BinOp", [("left", expr(left)), ("op", op.rawValue + "()"), ("right", expr(right))], r)
        case .unaryOp(let op, let operand):
            return node("UnaryOp", [("op", op.rawValue + "()"), ("operand", expr(operand))], r)
        case .lambda(let args, let body):
            return node("Lambda", [("args", arguments(args)), ("body", expr(body))], r)
        case .ifExp(let test, let body, let orelse):
            return node("IfExp", [("test", expr(test)), ("body", expr(body)), ("orelse", expr(orelse))], r)
        case .dict(let keys, let values):
            return node("Dict", [("keys", list(keys.map { $0.map(expr) ?? "None" })),
                                 ("values", list(values.map(expr)))], r)
        case .set(let elts):
            return node("Set", [("elts", list(elts.map(expr)))], r)
        case .listComp(let elt, let generators):
            return node("ListComp", [("elt", expr(elt)), ("generators", list(generators.map(comprehension)))], r)
        case .setComp(let elt, let generators):
            return node("SetComp", [("elt", expr(elt)), ("generators", list(generators.map(comprehension)))], r)
        case .dictComp(let key, let value, let generators):
            return node("DictComp", [("key", expr(key)), ("value", expr(value)),
                                     ("generators", list(generators.map(comprehension)))], r)
        case .generatorExp(let elt, let generators):
            return node("GeneratorExp", [("elt", expr(elt)), ("generators", list(generators.map(comprehension)))], r)
        case .await(let value):
            return node("Await", [("value", expr(value))], r)
        case .yield(let value):
            return node("Yield", [("value", optional(value))], r)
        case .yieldFrom(let value):
            return node("YieldFrom", [("value", expr(value))], r)
        case .compare(let left, let ops, let comparators):
            return node("Compare", [("left", expr(left)), ("ops", list(ops.map { $0.rawValue + "()" })),
                                    ("comparators", list(comparators.map(expr)))], r)
        case .call(let function, let args, let keywords):
            return node("Call", [("func", expr(function)), ("args", list(args.map(expr))),
                                 ("keywords", list(keywords.map(keyword)))], r)
        default:
            return leafOrAccess(e)
        }
    }

    /// Renders the remaining expression kinds: f-strings, literals, names and accessors.
    private func leafOrAccess(_ e: Expr) -> String {
        let r = e.range
        switch e.kind {
        case .formattedValue(let value, let conversion, let spec):
            return node("FormattedValue", [("value", expr(value)), ("conversion", String(conversion)),
                                           ("format_spec", optional(spec))], r)
        case .joinedStr(let values):
            return node("JoinedStr", [("values", list(values.map(expr)))], r)
        case .constant(let value):
            return node("Constant", [("value", constant(value))], r)
        case .attribute(let value, let attr, let ctx):
            return node("Attribute", [("value", expr(value)), ("attr", string(attr)), ("ctx", ctx.rawValue + "()")], r)
        case .subscript(let value, let slice, let ctx):
            return node("Subscript", [("value", expr(value)), ("slice", expr(slice)), ("ctx", ctx.rawValue + "()")], r)
        case .starred(let value, let ctx):
            return node("Starred", [("value", expr(value)), ("ctx", ctx.rawValue + "()")], r)
        case .name(let id, let ctx):
            return node("Name", [("id", string(id)), ("ctx", ctx.rawValue + "()")], r)
        case .list(let elts, let ctx):
            return node("List", [("elts", list(elts.map(expr))), ("ctx", ctx.rawValue + "()")], r)
        case .tuple(let elts, let ctx):
            return node("Tuple", [("elts", list(elts.map(expr))), ("ctx", ctx.rawValue + "()")], r)
        case .slice(let lower, let upper, let step):
            return node("Slice", [("lower", optional(lower)), ("upper", optional(upper)), ("step", optional(step))], r)
        default:
            return "?"
        }
    }
}
