/// The parameter list of a `def` or `lambda` (CPython `ast.arguments`).
///
/// `defaults` belong to the *last* `defaults.count` of `posonlyargs + args`;
/// `kwDefaults[i]` is the default of `kwonlyargs[i]` or `nil`.
public struct Arguments: Sendable, Equatable {
    /// Parameters before `/`.
    public var posonlyargs: [Arg]
    /// Ordinary positional-or-keyword parameters.
    public var args: [Arg]
    /// `*name`, if any.
    public var vararg: Arg?
    /// Parameters after `*` or `*name`.
    public var kwonlyargs: [Arg]
    /// Defaults of `kwonlyargs`, index for index.
    public var kwDefaults: [Expr?]
    /// `**name`, if any.
    public var kwarg: Arg?
    /// Defaults of the trailing positional parameters.
    public var defaults: [Expr]

    /// Creates a parameter list; every part defaults to empty.
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }

    /// Every named parameter in declaration order: positional-only, ordinary, `*vararg`,
    /// keyword-only, `**kwarg`.
    public var allParameters: [Arg] {
        var all = posonlyargs + args
        if let vararg { all.append(vararg) }
        all += kwonlyargs
        if let kwarg { all.append(kwarg) }
        return all
    }
}

/// One parameter, with its optional annotation (CPython `ast.arg`).
public struct Arg: Sendable, Equatable {
    /// The parameter name.
    public var arg: String
    /// The annotation after `:`, kept for completeness; the runtime ignores it.
    public var annotation: Expr?
    /// The name and annotation.
    public var range: SourceRange

    /// Creates a parameter.
    public init(arg: String, annotation: Expr?, range: SourceRange) {
        self.arg = arg
        self.annotation = annotation
        self.range = range
    }
}

/// `name` or `name as asname` in an import (CPython `ast.alias`); `name` may be dotted or `*`.
public struct Alias: Sendable, Equatable {
    /// The imported name, e.g. `os.path` or `*`.
    public var name: String
    /// The local name after `as`.
    public var asname: String?
    /// The alias source range.
    public var range: SourceRange

    /// Creates an alias.
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

/// `expr` or `expr as target` in a `with` statement (CPython `ast.withitem`, which has no range).
public struct WithItem: Sendable, Equatable {
    /// The context manager expression.
    public var contextExpr: Expr
    /// The `as` target, in `Store` context.
    public var optionalVars: Expr?

    /// Creates a with item.
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// One `except` clause (CPython `ast.ExceptHandler`).
public struct ExceptHandler: Sendable, Equatable {
    /// The exception type expression, `nil` for a bare `except:`.
    public var type: Expr?
    /// The name after `as`.
    public var name: String?
    /// The handler body.
    public var body: [Stmt]
    /// From `except` to the end of the body.
    public var range: SourceRange

    /// Creates an except clause.
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}
