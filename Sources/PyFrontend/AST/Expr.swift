/// An expression node with its source range (CPython `ast.expr`).
public struct Expr: Sendable, Equatable {
    /// What the expression is.
    public var kind: ExprKind
    /// Where it is: `start` = (`lineno`, `col_offset`), `end` = (`end_lineno`, `end_col_offset`).
    public var range: SourceRange

    /// Creates an expression node.
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The expression kinds of CPython's `ast` module, with the same names, fields and field order.
public indirect enum ExprKind: Sendable, Equatable {
    /// `a and b and c` / `a or b`: one operator, two or more operands.
    case boolOp(op: BoolOperator, values: [Expr])
    /// `target := value`; `target` is a `Name` in `Store` context.
    case namedExpr(target: Expr, value: Expr)
    /// `left op right`.
    case binOp(left: Expr, op: BinaryOperator, right: Expr)
    /// `op operand`.
    case unaryOp(op: UnaryOperator, operand: Expr)
    /// `lambda args: body`.
    case lambda(args: Arguments, body: Expr)
    /// `body if test else orelse`.
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// `{k: v, **m}`: a `nil` key marks a `**m` entry whose mapping is the matching value.
    case dict(keys: [Expr?], values: [Expr])
    /// `{a, b}` (never empty).
    case set(elts: [Expr])
    /// `[elt for ...]`.
    case listComp(elt: Expr, generators: [Comprehension])
    /// `{elt for ...}`.
    case setComp(elt: Expr, generators: [Comprehension])
    /// `{key: value for ...}`.
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    /// `(elt for ...)`.
    case generatorExp(elt: Expr, generators: [Comprehension])
    /// `await value`.
    case await(value: Expr)
    /// `yield` / `yield value`.
    case yield(value: Expr?)
    /// `yield from value`.
    case yieldFrom(value: Expr)
    /// `left op1 c1 op2 c2 ...`; `ops.count == comparators.count >= 1`.
    case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
    /// `func(*args, **keywords)`; `*x` arguments are `Starred`, `**m` keywords have no name.
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// One replacement field of an f-string. `conversion` is -1 (none) or the code point of
    /// `s`, `r` or `a`; `formatSpec` is a `JoinedStr` when a `:` spec is present.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    /// An f-string: `Constant` str parts and `FormattedValue` parts, adjacent literals merged.
    case joinedStr(values: [Expr])
    /// A literal.
    case constant(Constant)
    /// `value.attr`.
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    /// `value[slice]`; `slice` is a `Slice`, a `Tuple` (possibly containing slices) or any
    /// expression.
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    /// `*value` in a call, display or assignment target.
    case starred(value: Expr, ctx: ExprContext)
    /// An identifier, NFKC-normalization aside exactly as written.
    case name(id: String, ctx: ExprContext)
    /// `[a, b]`.
    case list(elts: [Expr], ctx: ExprContext)
    /// `(a, b)` or `a, b`; the range includes the parentheses when present.
    case tuple(elts: [Expr], ctx: ExprContext)
    /// `lower:upper:step` inside a subscript.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// One `for ... in ... if ...` clause of a comprehension (CPython `ast.comprehension`).
public struct Comprehension: Sendable, Equatable {
    /// The loop target, in `Store` context.
    public var target: Expr
    /// The iterable.
    public var iter: Expr
    /// The `if` conditions, in order.
    public var ifs: [Expr]
    /// Whether the clause is `async for`.
    public var isAsync: Bool

    /// Creates a comprehension clause.
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// A keyword argument `arg=value`, or `**value` when `arg` is `nil` (CPython `ast.keyword`).
public struct Keyword: Sendable, Equatable {
    /// The parameter name, or `nil` for `**value`.
    public var arg: String?
    /// The argument value.
    public var value: Expr
    /// The whole `arg=value` or `**value`.
    public var range: SourceRange

    /// Creates a keyword argument.
    public init(arg: String?, value: Expr, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}
