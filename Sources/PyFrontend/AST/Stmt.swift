/// A statement node with its source range (CPython `ast.stmt`).
public struct Stmt: Sendable, Equatable {
    /// What the statement is.
    public var kind: StmtKind
    /// From the first token (the first decorator for decorated definitions) to the end of the
    /// last token of the statement or its last nested block.
    public var range: SourceRange

    /// Creates a statement node.
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The statement kinds of CPython's `ast` module with the same names and fields
/// (`type_comment` fields omitted). Async variants share the payload of their sync forms.
public indirect enum StmtKind: Sendable, Equatable {
    /// `def name(args) -> returns: body`.
    case functionDef(FunctionDef)
    /// `async def name(args) -> returns: body`.
    case asyncFunctionDef(FunctionDef)
    /// `class name(bases, keywords): body`.
    case classDef(ClassDef)
    /// `return` / `return value`.
    case `return`(value: Expr?)
    /// `del a, b`; each target in `Del` context.
    case delete(targets: [Expr])
    /// `t1 = t2 = value`; targets in `Store` context, left to right.
    case assign(targets: [Expr], value: Expr)
    /// `target op= value`.
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`; `simple` is true for a bare, unparenthesized name.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    /// `for target in iter: body else: orelse`.
    case `for`(For)
    /// `async for target in iter: body else: orelse`.
    case asyncFor(For)
    /// `while test: body else: orelse`.
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `if test: body` with `elif`s nested as a single `If` in `orelse`, as CPython does.
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `with items: body`.
    case with(items: [WithItem], body: [Stmt])
    /// `async with items: body`.
    case asyncWith(items: [WithItem], body: [Stmt])
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exc: Expr?, cause: Expr?)
    /// `try: body except...: handlers else: orelse finally: finalbody`.
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    /// `assert test, msg`.
    case assert(test: Expr, msg: Expr?)
    /// `import a.b as c, d`.
    case `import`(names: [Alias])
    /// `from ..module import a as b`; `module` is `nil` for `from . import x`; `level` counts dots.
    case importFrom(module: String?, names: [Alias], level: Int)
    /// `global a, b`.
    case global(names: [String])
    /// `nonlocal a, b`.
    case nonlocal(names: [String])
    /// An expression statement.
    case expr(value: Expr)
    /// `pass`.
    case pass
    /// `break`.
    case `break`
    /// `continue`.
    case `continue`
}

/// The payload of `FunctionDef` and `AsyncFunctionDef`.
public struct FunctionDef: Sendable, Equatable {
    /// The function name.
    public var name: String
    /// The parameters.
    public var args: Arguments
    /// The body; never empty.
    public var body: [Stmt]
    /// Decorator expressions, top to bottom (applied bottom to top).
    public var decoratorList: [Expr]
    /// The `-> annotation`, if any.
    public var returns: Expr?

    /// Creates a function definition.
    public init(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?) {
        self.name = name
        self.args = args
        self.body = body
        self.decoratorList = decoratorList
        self.returns = returns
    }
}

/// The payload of `ClassDef`.
public struct ClassDef: Sendable, Equatable {
    /// The class name.
    public var name: String
    /// Positional base expressions (may include `Starred`).
    public var bases: [Expr]
    /// Keyword arguments such as `metaclass=M`.
    public var keywords: [Keyword]
    /// The body; never empty.
    public var body: [Stmt]
    /// Decorator expressions, top to bottom.
    public var decoratorList: [Expr]

    /// Creates a class definition.
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decoratorList = decoratorList
    }
}

/// The payload of `For` and `AsyncFor`.
public struct For: Sendable, Equatable {
    /// The loop target, in `Store` context.
    public var target: Expr
    /// The iterable.
    public var iter: Expr
    /// The loop body.
    public var body: [Stmt]
    /// The `else` block, run when the loop ends without `break`.
    public var orelse: [Stmt]

    /// Creates a for loop.
    public init(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt]) {
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
    }
}

/// A parsed program (CPython `ast.Module`).
///
/// The tree keeps everything a compiler needs: every node's source range, the digits of integer
/// literals too large for `Int`, and for self-documenting f-string fields (`f"{x = }"`) the
/// expression's original text as a literal part, as CPython does.
public struct Module: Sendable, Equatable {
    /// The top-level statements.
    public var body: [Stmt]

    /// Creates a module.
    public init(body: [Stmt]) {
        self.body = body
    }
}
