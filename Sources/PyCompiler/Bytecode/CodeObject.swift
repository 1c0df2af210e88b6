/// A compiled function, class body, comprehension, lambda or module: immutable once built.
///
/// Frame layout: `varnames` are the local slots, parameters first in CPython order
/// (positional-only, positional-or-keyword, keyword-only, then `*args`, then `**kwargs`),
/// then the other locals. `cellvars` are variables of this scope captured by inner scopes;
/// `freevars` are variables of enclosing scopes this one uses. Cell operands index
/// `cellvars + freevars`. A parameter that is also a cell variable appears in both lists;
/// `cellParameterSlots` tells the VM to copy the argument into the cell when the frame starts.
public final class CodeObject: Sendable {
    /// The function or class name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>` …).
    public let name: String
    /// The dotted qualified name (`Outer.method.<locals>.inner`).
    public let qualifiedName: String
    /// The file name shown in tracebacks.
    public let filename: String
    /// The line of the `def`, `class` or first statement.
    public let firstLine: Int
    /// What kind of scope this is and how it runs.
    public let flags: CodeFlags
    /// Positional parameters, including positional-only ones.
    public let argumentCount: Int
    /// Positional-only parameters (the first ones of `argumentCount`).
    public let positionalOnlyCount: Int
    /// Keyword-only parameters (after the positional ones in `varnames`).
    public let keywordOnlyCount: Int
    /// The instructions.
    public let instructions: [Instruction]
    /// The source span of each instruction, index for index; tracebacks use `start.line`.
    public let locations: [InstructionLocation]
    /// Constants used by `loadConst`, `callKw` and `makeFunction`.
    public let constants: [CodeConstant]
    /// Global, attribute, method and module names.
    public let names: [String]
    /// Local slot names, parameters first.
    public let varnames: [String]
    /// Variables of this scope that inner scopes capture.
    public let cellvars: [String]
    /// For each cell variable, the local slot of the parameter it mirrors, or `nil`.
    public let cellParameterSlots: [Int?]
    /// Variables of enclosing scopes used here, in the order of the closure tuple.
    public let freevars: [String]
    /// Exception handlers, innermost first (see `Instruction`).
    public let exceptionTable: [ExceptionTableEntry]
    /// The deepest the value stack gets (an upper bound the VM may reserve).
    public let maxStackDepth: Int
    /// A function's docstring (its body's first statement when that is a string literal).
    public let docstring: String?

    /// Creates a code object; the compiler is the only intended caller.
    public init(name: String, qualifiedName: String, filename: String, firstLine: Int, flags: CodeFlags,
                argumentCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int,
                instructions: [Instruction], locations: [InstructionLocation], constants: [CodeConstant],
                names: [String], varnames: [String], cellvars: [String], cellParameterSlots: [Int?],
                freevars: [String], exceptionTable: [ExceptionTableEntry], maxStackDepth: Int,
                docstring: String? = nil) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.flags = flags
        self.argumentCount = argumentCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.instructions = instructions
        self.locations = locations
        self.constants = constants
        self.names = names
        self.varnames = varnames
        self.cellvars = cellvars
        self.cellParameterSlots = cellParameterSlots
        self.freevars = freevars
        self.exceptionTable = exceptionTable
        self.maxStackDepth = maxStackDepth
        self.docstring = docstring
    }
}

/// How a code object runs.
public struct CodeFlags: OptionSet, Sendable, Equatable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The parameters end with `*args` (its slot follows the keyword-only ones).
    public static let varargs = CodeFlags(rawValue: 1 << 0)
    /// The parameters end with `**kwargs` (its slot is the last parameter slot).
    public static let varkeywords = CodeFlags(rawValue: 1 << 1)
    /// Calling returns a generator (the body contains `yield`).
    public static let generator = CodeFlags(rawValue: 1 << 2)
    /// Calling returns a coroutine (`async def`, or a module body with top-level `await`).
    public static let coroutine = CodeFlags(rawValue: 1 << 3)
    /// Calling returns an async generator (`async def` containing `yield`).
    public static let asyncGenerator = CodeFlags(rawValue: 1 << 4)
    /// The module body: names are globals.
    public static let module = CodeFlags(rawValue: 1 << 5)
    /// A class body: runs with a namespace dict (`loadName`/`storeName`).
    public static let classBody = CodeFlags(rawValue: 1 << 6)
}

/// A constant operand.
public enum CodeConstant: Sendable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int`: decimal digits, with a leading `-` when negative.
    case bigInt(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case tuple([CodeConstant])
    case code(CodeObject)
}

/// Where an instruction came from: the AST node's span (1-based lines, 0-based UTF-8 byte
/// columns, as in `PyFrontend.SourceLocation`).
public struct InstructionLocation: Sendable, Equatable {
    public var line: Int32
    public var endLine: Int32
    public var column: Int32
    public var endColumn: Int32

    public init(line: Int32, endLine: Int32, column: Int32, endColumn: Int32) {
        self.line = line
        self.endLine = endLine
        self.column = column
        self.endColumn = endColumn
    }
}

/// One exception handler: instructions `start..<end` are covered; on an exception the stack
/// is cut to `depth` items, the exception is pushed and execution continues at `target`.
public struct ExceptionTableEntry: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var target: Int
    public var depth: Int

    public init(start: Int, end: Int, target: Int, depth: Int) {
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
    }
}
