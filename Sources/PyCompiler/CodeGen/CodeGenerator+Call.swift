import PyFrontend

extension CodeGenerator {
    /// A call. Shapes:
    ///
    /// - `obj.m(a, k=b)` without `*`/`**`: `obj; loadMethod m; a; b; callMethodKw(argc: 2,
    ///   kwnames: ('k',))` (`callMethod n` without keywords);
    /// - `f(a, k=b)`: `f; a; b; callKw(argc: 2, kwnames: ('k',))` (`call n` without keywords);
    /// - with `*` or `**`: `f; <positional tuple>; [<keyword dict>]; callEx(hasKwargs:)`, see
    ///   `compileCallArguments`;
    /// - zero-argument `super()` in a method: `loadGlobal super; loadDeref __class__;
    ///   <first parameter>; call 2`.
    func compileCall(_ call: Expr, function: Expr, args: [Expr], keywords: [Keyword]) throws(SyntaxError) {
        let callRange = call.range
        if try compileZeroArgumentSuper(function: function, args: args, keywords: keywords) { return }
        let hasStar = args.contains { if case .starred = $0.kind { true } else { false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if case .attribute(let object, let attr, .load) = function.kind, !hasStar, !hasDoubleStar {
            try compile(object)
            withLocation(matchingAttribute: function, attr, in: function.range) {
                emit(.loadMethod(attributeName(attr)))
            }
            try compile(args)
            try compile(keywords.map(\.value))
            withLocation(matchingAttribute: function, attr, in: callRange) {
                if keywords.isEmpty {
                    emit(.callMethod(args.count))
                } else {
                    emit(.callMethodKw(argc: args.count + keywords.count, kwnames: keywordNames(keywords)))
                }
            }
            return
        }
        try compile(function)
        try compileCallArguments(args, keywords, alreadyPushed: 0)
    }

    /// The arguments and the call instruction for a callable already on the stack, after
    /// `alreadyPushed` positional arguments (the body and name for `__build_class__`).
    ///
    /// With `*` or `**`: the positional arguments become a tuple (`buildTuple n` if none is
    /// starred, else `buildList k`, `listExtend 1` per `*x`, `listAppend 1` per plain item,
    /// `listToTuple`), keywords a dict: each run of named keywords `loadConst 'k'; v; …;
    /// buildMap n`, each `**m` `m; dictMerge 1` (after a `buildMap 0` if it comes first), and
    /// runs after the first part also `dictMerge 1`, so repeated keys raise; then `callEx`.
    func compileCallArguments(_ args: [Expr], _ keywords: [Keyword], alreadyPushed: Int) throws(SyntaxError) {
        let firstStar = args.firstIndex { if case .starred = $0.kind { true } else { false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if firstStar == nil && !hasDoubleStar {
            try compile(args)
            try compile(keywords.map(\.value))
            if keywords.isEmpty {
                emit(.call(alreadyPushed + args.count))
            } else {
                emit(.callKw(argc: alreadyPushed + args.count + keywords.count, kwnames: keywordNames(keywords)))
            }
            return
        }
        if alreadyPushed == 0, args.count == 1, case .starred(let value, _) = args[0].kind {
            // `f(*xs)`: the iterable goes to `callEx` as is, which names `f` if it is not one.
            try compile(value)
        } else if let firstStar {
            try compile(Array(args[..<firstStar]))
            emit(.buildList(alreadyPushed + firstStar))
            for arg in args[firstStar...] {
                if case .starred(let value, _) = arg.kind {
                    try compile(value)
                    emit(.listExtend(1))
                } else {
                    try compile(arg)
                    emit(.listAppend(1))
                }
            }
            emit(.listToTuple)
        } else {
            try compile(args)
            emit(.buildTuple(alreadyPushed + args.count))
        }
        if !keywords.isEmpty {
            try compileKeywordDict(keywords)
        }
        emit(.callEx(hasKwargs: !keywords.isEmpty))
    }

    private func compileKeywordDict(_ keywords: [Keyword]) throws(SyntaxError) {
        var haveDict = false
        var run: [Keyword] = []
        func flush() throws(SyntaxError) {
            guard !run.isEmpty else { return }
            for keyword in run {
                loadConstant(.string(keyword.arg ?? ""))
                try compile(keyword.value)
            }
            emit(.buildMap(run.count))
            if haveDict { emit(.dictMerge(1)) }
            haveDict = true
            run = []
        }
        for keyword in keywords {
            if keyword.arg != nil {
                run.append(keyword)
                continue
            }
            try flush()
            if !haveDict {
                emit(.buildMap(0))
                haveDict = true
            }
            try compile(keyword.value)
            emit(.dictMerge(1))
        }
        try flush()
    }

    private func keywordNames(_ keywords: [Keyword]) -> Int {
        unit.constant(.tuple(keywords.map { .string($0.arg ?? "") }))
    }

    /// `super()` inside a method becomes `super(__class__, <first parameter>)`, as CPython's
    /// runtime does by inspecting the frame; elsewhere it stays an ordinary call.
    private func compileZeroArgumentSuper(function: Expr, args: [Expr],
                                          keywords: [Keyword]) throws(SyntaxError) -> Bool {
        guard case .name("super", .load) = function.kind, args.isEmpty, keywords.isEmpty,
              unit.scope.kind == .function || unit.scope.kind == .lambda,
              unit.scope.scope(of: "super") == .globalImplicit,
              unit.argumentCount > 0, let classCell = unit.cell("__class__"),
              let firstParameter = unit.scope.parameters.first else { return false }
        try at(function.range) { () throws(SyntaxError) in
            nameOp("super", .load)
        }
        emit(.loadDeref(classCell))
        nameOp(firstParameter, .load)
        emit(.call(2))
        return true
    }
}
