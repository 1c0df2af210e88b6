/// `and` / `or` (CPython `ast.boolop`).
public enum BoolOperator: String, Sendable, Equatable {
    /// `and`.
    case and = "And"
    /// `or`.
    case or = "Or"
}

/// Binary arithmetic and bitwise operators (CPython `ast.operator`); also used by `AugAssign`.
public enum BinaryOperator: String, Sendable, Equatable {
    /// `+`.
    case add = "Add"
    /// `-`.
    case sub = "Sub"
    /// `*`.
    case mult = "Mult"
    /// `@`.
    case matMult = "MatMult"
    /// `/`.
    case div = "Div"
    /// `%`.
    case mod = "Mod"
    /// `**`.
    case pow = "Pow"
    /// `<<`.
    case lShift = "LShift"
    /// `>>`.
    case rShift = "RShift"
    /// `|`.
    case bitOr = "BitOr"
    /// `^`.
    case bitXor = "BitXor"
    /// `&`.
    case bitAnd = "BitAnd"
    /// `//`.
    case floorDiv = "FloorDiv"
}

/// Unary operators (CPython `ast.unaryop`).
public enum UnaryOperator: String, Sendable, Equatable {
    /// `~`.
    case invert = "Invert"
    /// `not`.
    case not = "Not"
    /// Unary `+`.
    case uAdd = "UAdd"
    /// Unary `-`.
    case uSub = "USub"
}

/// Comparison operators (CPython `ast.cmpop`).
public enum CompareOperator: String, Sendable, Equatable {
    /// `==`.
    case eq = "Eq"
    /// `!=`.
    case notEq = "NotEq"
    /// `<`.
    case lt = "Lt"
    /// `<=`.
    case ltE = "LtE"
    /// `>`.
    case gt = "Gt"
    /// `>=`.
    case gtE = "GtE"
    /// `is`.
    case `is` = "Is"
    /// `is not`.
    case isNot = "IsNot"
    /// `in`.
    case `in` = "In"
    /// `not in`.
    case notIn = "NotIn"
}

/// Whether a name, attribute, subscript, starred, list or tuple expression is read, assigned or
/// deleted (CPython `ast.expr_context`).
public enum ExprContext: String, Sendable, Equatable {
    /// The value is read.
    case load = "Load"
    /// The expression is an assignment target.
    case store = "Store"
    /// The expression is a `del` target.
    case del = "Del"
}
