extension Module {
    /// A CPython-`ast.dump`-compatible rendering of the tree, e.g.
    /// `Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])`.
    ///
    /// Matches CPython 3.11's output (3.12 adds `type_params=[]` to function and class nodes).
    /// With `includeAttributes`, positions are appended as `lineno`, `col_offset`, `end_lineno`,
    /// `end_col_offset`, like `ast.dump(..., include_attributes=True)`. Recurses over the tree,
    /// whose depth the parser's nesting limit bounds.
    public func dump(includeAttributes: Bool = false) -> String {
        let dumper = ASTDumper(includeAttributes: includeAttributes)
        return dumper.node("Module", [("body", dumper.list(body.map(dumper.stmt))), ("type_ignores", "[]")])
    }
}

extension Expr {
    /// The `ast.dump` rendering of this expression; see `Module.dump(includeAttributes:)`.
    public func dump(includeAttributes: Bool = false) -> String {
        ASTDumper(includeAttributes: includeAttributes).expr(self)
    }
}

/// Renders nodes in `ast.dump` syntax.
struct ASTDumper {
    let includeAttributes: Bool

    /// `Name(field=value, ...)`, skipping nil (absent optional) fields, plus attributes.
    func node(_ name: String, _ fields: [(String, String?)], _ range: SourceRange? = nil) -> String {
        var parts = fields.compactMap { field in field.1.map { "\(field.0)=\($0)" } }
        if includeAttributes, let range {
            parts += ["lineno=\(range.start.line)", "col_offset=\(range.start.column)",
                      "end_lineno=\(range.end.line)", "end_col_offset=\(range.end.column)"]
        }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    /// `[a, b]`.
    func list(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// An optional expression, nil when absent.
    func optional(_ expr: Expr?) -> String? {
        expr.map(self.expr)
    }

    /// A Python `str` repr.
    func string(_ value: String?) -> String? {
        value.map { PythonRepr.string($0) }
    }

    /// A statement list.
    func body(_ statements: [Stmt]) -> String {
        list(statements.map(stmt))
    }

    /// `arguments(...)`.
    func arguments(_ args: Arguments) -> String {
        node("arguments", [
            ("posonlyargs", list(args.posonlyargs.map(arg))), ("args", list(args.args.map(arg))),
            ("vararg", args.vararg.map(arg)), ("kwonlyargs", list(args.kwonlyargs.map(arg))),
            ("kw_defaults", list(args.kwDefaults.map { $0.map(expr) ?? "None" })),
            ("kwarg", args.kwarg.map(arg)), ("defaults", list(args.defaults.map(expr))),
        ])
    }

    /// `arg(arg='x', annotation=...)`.
    func arg(_ arg: Arg) -> String {
        node("arg", [("arg", string(arg.arg)), ("annotation", optional(arg.annotation))], arg.range)
    }

    /// `keyword(arg='x', value=...)`.
    func keyword(_ keyword: Keyword) -> String {
        node("keyword", [("arg", string(keyword.arg)), ("value", expr(keyword.value))], keyword.range)
    }

    /// `comprehension(target=..., iter=..., ifs=[...], is_async=0)`.
    func comprehension(_ clause: Comprehension) -> String {
        node("comprehension", [("target", expr(clause.target)), ("iter", expr(clause.iter)),
                               ("ifs", list(clause.ifs.map(expr))), ("is_async", clause.isAsync ? "1" : "0")])
    }

    /// A `Constant`'s value as Python would repr it.
    func constant(_ value: Constant) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let number): return String(number)
        case .bigInt(let digits, let radix): return PythonRepr.decimal(digits: digits, radix: radix)
        case .float(let number): return PythonRepr.float(number)
        case .imaginary(let number): return PythonRepr.float(number) + "j"
        case .str(let text): return PythonRepr.string(text)
        case .bytes(let bytes): return PythonRepr.bytes(bytes)
        }
    }
}
