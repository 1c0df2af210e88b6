import PyFrontend

/// Class-body annotations (`x: int`) are recorded unevaluated, as strings in the class's
/// `__annotations__` (the semantics of `from __future__ import annotations`): `dataclasses`,
/// `typing.NamedTuple` and `TypedDict` read the field names and their order from there,
/// and an annotation naming something undefined cannot fail.
extension CodeGenerator {
    /// Whether a class body has an annotated simple name anywhere outside nested scopes.
    func hasAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { statement in
            switch statement.kind {
            case .annAssign(let target, _, _, let simple):
                if case .name = target.kind { return simple }
                return false
            case .if(_, let body, let orelse), .while(_, let body, let orelse):
                return hasAnnotations(body) || hasAnnotations(orelse)
            case .for(let loop), .asyncFor(let loop):
                return hasAnnotations(loop.body) || hasAnnotations(loop.orelse)
            case .with(_, let body), .asyncWith(_, let body):
                return hasAnnotations(body)
            case .try(let body, let handlers, let orelse, let finalbody):
                return hasAnnotations(body) || handlers.contains { hasAnnotations($0.body) }
                    || hasAnnotations(orelse) || hasAnnotations(finalbody)
            default:
                return false
            }
        }
    }

    /// `__annotations__[name] = "annotation"` in a class body.
    func recordAnnotation(_ name: String, _ annotation: Expr) {
        loadConstant(.string(annotationText(annotation)))
        emit(.loadName(unit.name("__annotations__")))
        loadConstant(.string(mangle(name)))
        emit(.storeSubscript)
    }

    /// The annotation's source form (`List[int]`, `typing.ClassVar[str]`, `int | None`);
    /// expressions annotations do not use print as `...`.
    func annotationText(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let id, _): return id
        case .attribute(let value, let attr, _): return annotationText(value) + "." + attr
        case .subscript(let value, let slice, _):
            if case .tuple(let elts, _) = slice.kind, !elts.isEmpty {
                return annotationText(value) + "[" + elts.map(annotationText).joined(separator: ", ") + "]"
            }
            return annotationText(value) + "[" + annotationText(slice) + "]"
        case .binOp(let left, .bitOr, let right): return annotationText(left) + " | " + annotationText(right)
        case .list(let elts, _): return "[" + elts.map(annotationText).joined(separator: ", ") + "]"
        case .tuple(let elts, _): return "(" + elts.map(annotationText).joined(separator: ", ") + ")"
        case .constant(.none): return "None"
        case .constant(.str(let text)): return "'" + text + "'"
        case .constant(.int(let value)): return String(value)
        case .constant(.bool(let value)): return value ? "True" : "False"
        default: return "..."
        }
    }
}
