import PyFrontend

extension CodeGenerator {
    /// `@d def f(a, b=1, *, c=2): body`:
    ///
    ///     d                                    (decorators, top to bottom)
    ///     loadConst 1; buildTuple 1            (positional defaults, if any)
    ///     loadConst 'c'; loadConst 2; buildMap 1   (keyword-only defaults, if any)
    ///     loadClosure …; buildTuple n          (cells the body closes over, if any)
    ///     loadConst <code f>; makeFunction [defaults, kwDefaults, closure]
    ///     call 1                               (once per decorator, bottom one first)
    ///     <store f>
    ///
    /// Annotations are not evaluated. The body ends with an implicit `loadConst None;
    /// returnValue` when it can fall off the end.
    func compileFunctionDef(_ def: FunctionDef, range: SourceRange) throws(SyntaxError) {
        try compile(def.decoratorList)
        let defaultFlags = try compileDefaults(def.args)
        let scope = scope(for: range, .function)
        let code = try withUnit(scope, name: def.name, firstLine: range.start.line,
                                flags: [], range: range) { child throws(SyntaxError) in
            setArguments(def.args, of: child)
            if case .expr(let first)? = def.body.first?.kind, case .constant(.str(let doc)) = first.kind {
                child.docstring = doc
            }
            try compile(def.body)
            emitImplicitReturn(after: def.body)
        }
        emitMakeFunction(code, scope: scope, flags: defaultFlags)
        try applyDecorators(def.decoratorList)
        nameOp(def.name, .store)
    }

    /// `lambda args: body` → like `def`, named `<lambda>`, returning `body`.
    func compileLambda(args: Arguments, body: Expr, range: SourceRange) throws(SyntaxError) {
        let defaultFlags = try compileDefaults(args)
        let scope = scope(for: range, .lambda)
        let code = try withUnit(scope, name: "<lambda>", firstLine: range.start.line, flags: [],
                                range: range) { child throws(SyntaxError) in
            setArguments(args, of: child)
            try compile(body)
            // A generator lambda (`lambda: (yield)`) returns None, not its body's value.
            if scope.isGenerator {
                emit(.pop)
                loadConstant(.none)
            }
            emit(.returnValue)
        }
        emitMakeFunction(code, scope: scope, flags: defaultFlags)
    }

    /// `class C(B, metaclass=M): body`:
    ///
    ///     d                                    (decorators)
    ///     loadBuildClass
    ///     [loadClosure …; buildTuple n]
    ///     loadConst <code C>; makeFunction [closure]
    ///     loadConst 'C'
    ///     B; M; callKw(argc: 4, kwnames: ('metaclass',))   (`call 2 + bases` without keywords;
    ///                                          `callEx` with `*bases`/`**kw`)
    ///     call 1 …                             (decorators)
    ///     <store C>
    ///
    /// The body (flags `classBody`) runs in the class namespace:
    ///
    ///     loadName __name__; storeName __module__
    ///     loadConst 'Outer.C'; storeName __qualname__
    ///     [loadConst 'doc'; storeName __doc__]
    ///     body
    ///     [loadClosure __class__; storeName __classcell__]   (when a method uses `super` or
    ///     loadConst None; returnValue                          `__class__`; the runtime's
    ///                                                          `__build_class__` fills the cell)
    func compileClassDef(_ def: ClassDef, range: SourceRange) throws(SyntaxError) {
        try compile(def.decoratorList)
        let scope = scope(for: range, .classBody)
        let code = try withUnit(scope, name: def.name, firstLine: range.start.line, flags: .classBody,
                                range: range) { child throws(SyntaxError) in
            emit(.loadName(child.name("__name__")))
            emit(.storeName(child.name("__module__")))
            loadConstant(.string(child.qualifiedName))
            emit(.storeName(child.name("__qualname__")))
            if case .expr(let first) = def.body.first?.kind, case .constant(.str(let doc)) = first.kind {
                loadConstant(.string(doc))
                emit(.storeName(child.name("__doc__")))
            }
            if hasAnnotations(def.body) {
                emit(.buildMap(0))
                emit(.storeName(child.name("__annotations__")))
            }
            try compile(def.body)
            if let last = def.body.last { child.location = location(last.range) }
            if scope.needsClassClosure, let cell = child.cell("__class__") {
                emit(.loadClosure(cell))
                emit(.storeName(child.name("__classcell__")))
            }
            loadConstant(.none)
            emit(.returnValue)
        }
        emit(.loadBuildClass)
        emitMakeFunction(code, scope: scope, flags: [])
        loadConstant(.string(def.name))
        try compileCallArguments(def.bases, def.keywords, alreadyPushed: 2)
        try applyDecorators(def.decoratorList)
        nameOp(def.name, .store)
    }

    /// Pushes the defaults tuple and keyword-only defaults dict, returning the flags for
    /// `makeFunction`.
    private func compileDefaults(_ args: Arguments) throws(SyntaxError) -> MakeFunctionFlags {
        var flags: MakeFunctionFlags = []
        if !args.defaults.isEmpty {
            try compile(args.defaults)
            emit(.buildTuple(args.defaults.count))
            flags.insert(.defaults)
        }
        var keywordDefaults = 0
        for (parameter, value) in zip(args.kwonlyargs, args.kwDefaults) {
            guard let value else { continue }
            loadConstant(.string(mangle(parameter.arg)))
            try compile(value)
            keywordDefaults += 1
        }
        if keywordDefaults > 0 {
            emit(.buildMap(keywordDefaults))
            flags.insert(.kwDefaults)
        }
        return flags
    }

    private func setArguments(_ args: Arguments, of child: CodeUnit) {
        child.positionalOnlyCount = args.posonlyargs.count
        child.argumentCount = args.posonlyargs.count + args.args.count
        child.keywordOnlyCount = args.kwonlyargs.count
        if args.vararg != nil { child.flags.insert(.varargs) }
        if args.kwarg != nil { child.flags.insert(.varkeywords) }
    }

    private func emitMakeFunction(_ code: CodeObject, scope: Scope, flags: MakeFunctionFlags) {
        var flags = flags
        if emitClosure(for: scope) { flags.insert(.closure) }
        loadConstant(.code(code))
        emit(.makeFunction(flags))
    }

    private func applyDecorators(_ decorators: [Expr]) throws(SyntaxError) {
        for decorator in decorators.reversed() {
            try at(decorator.range) { () throws(SyntaxError) in emit(.call(1)) }
        }
    }
}
