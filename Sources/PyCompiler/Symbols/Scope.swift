import PyFrontend

/// What kind of block a scope is (CPython's `_Py_block_ty`, with function-like blocks split).
enum ScopeKind: Equatable {
    case module
    case function
    case lambda
    case classBody
    case comprehension(ComprehensionKind)

    /// Functions, lambdas and comprehensions: CPython's `FunctionBlock`, whose locals live in
    /// fast slots and may become cells.
    var isFunctionLike: Bool {
        switch self {
        case .function, .lambda, .comprehension: true
        case .module, .classBody: false
        }
    }
}

/// The four comprehension forms, each compiled as a nested function (as CPython 3.11 does).
enum ComprehensionKind: Equatable {
    case list, set, dict, generator

    /// The code object name, e.g. `<listcomp>`.
    var codeName: String {
        switch self {
        case .list: "<listcomp>"
        case .set: "<setcomp>"
        case .dict: "<dictcomp>"
        case .generator: "<genexpr>"
        }
    }

    /// The wording of CPython's messages, e.g. "'yield' inside list comprehension".
    var description: String {
        switch self {
        case .list: "list comprehension"
        case .set: "set comprehension"
        case .dict: "dict comprehension"
        case .generator: "generator expression"
        }
    }
}

/// How a name was bound or used in one scope (CPython's `DEF_*` flags).
struct SymbolFlags: OptionSet, Hashable {
    let rawValue: UInt16

    static let global = SymbolFlags(rawValue: 1 << 0)
    static let local = SymbolFlags(rawValue: 1 << 1)
    static let parameter = SymbolFlags(rawValue: 1 << 2)
    static let nonlocal = SymbolFlags(rawValue: 1 << 3)
    static let use = SymbolFlags(rawValue: 1 << 4)
    /// Bound here and free in a child scope of a class (the class itself uses its own binding).
    static let freeClass = SymbolFlags(rawValue: 1 << 5)
    static let imported = SymbolFlags(rawValue: 1 << 6)
    static let annotated = SymbolFlags(rawValue: 1 << 7)
    /// A comprehension iteration variable (walrus may not rebind it).
    static let comprehensionIteration = SymbolFlags(rawValue: 1 << 8)

    static let bound: SymbolFlags = [.local, .parameter, .imported]
}

/// Where a name lives at run time, as decided by the analysis pass.
enum SymbolScope: Equatable {
    /// A fast local (functions), or a namespace entry (module, class body).
    case local
    /// Declared `global`.
    case globalExplicit
    /// Not bound anywhere enclosing: globals, then builtins.
    case globalImplicit
    /// Bound in an enclosing function; read through a cell.
    case free
    /// Bound here and captured by an inner scope.
    case cell
}

/// Identifies the AST node that opens a scope; finally bodies are compiled more than once, so
/// code generation finds scopes by node position rather than by visiting order.
struct ScopeKey: Hashable {
    enum Tag: Hashable { case function, lambda, classBody, comprehension }
    let range: SourceRange
    let tag: Tag

    init(_ range: SourceRange, _ tag: Tag) {
        self.range = range
        self.tag = tag
    }
}

/// One scope of the symbol table: the names it binds and uses and, after analysis, where each
/// lives.
final class Scope {
    let kind: ScopeKind
    /// The function or class name (`<lambda>`, `<listcomp>`, `<module>` …).
    let name: String
    let firstLine: Int
    /// The innermost enclosing class name, for private-name mangling.
    let privateName: String?
    /// `async def` (or an async comprehension, once known).
    var isAsync: Bool
    private(set) weak var parent: Scope?
    private(set) var children: [Scope] = []

    /// Flags by name, and names in first-seen order (for a stable slot order).
    private(set) var flags: [String: SymbolFlags] = [:]
    private(set) var order: [String] = []
    /// Parameter names in slot order (positional, keyword-only, `*args`, `**kwargs`).
    var parameters: [String] = []
    /// The first `global`/`nonlocal` statement naming each name, for error locations.
    var directives: [String: SourceRange] = [:]

    /// The body contains `yield` or `yield from`.
    var isGenerator = false
    /// This scope's own code awaits (`await`, `async for`, `async with`, an awaited async
    /// comprehension).
    var containsAwait = false
    /// Class bodies: a method uses `super` or `__class__`, so the body makes a `__class__` cell.
    var needsClassClosure = false
    /// `return value` statements, for the async-generator check.
    var valueReturns: [SourceRange] = []
    /// While visiting a comprehension's iterable expressions (walrus is not allowed there).
    var iterableExpressionDepth = 0
    /// While visiting a comprehension's iteration targets.
    var inIterationTarget = false

    /// The analysis result by name.
    var scopes: [String: SymbolScope] = [:]

    init(kind: ScopeKind, name: String, firstLine: Int, isAsync: Bool, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.firstLine = firstLine
        self.isAsync = isAsync
        self.parent = parent
        privateName = kind == .classBody ? name : parent?.privateName
        parent?.children.append(self)
    }

    /// Adds `flag` to `name`, remembering first-seen order.
    func add(_ name: String, _ flag: SymbolFlags) {
        if let existing = flags[name] {
            flags[name] = existing.union(flag)
        } else {
            flags[name] = flag
            order.append(name)
        }
    }

    func flags(of name: String) -> SymbolFlags { flags[name] ?? [] }

    var comprehensionKind: ComprehensionKind? {
        if case .comprehension(let kind) = kind { return kind }
        return nil
    }

    /// Where `name` lives; a name this scope never mentions is an implicit global.
    func scope(of name: String) -> SymbolScope {
        scopes[name] ?? .globalImplicit
    }

    /// Cell variables, sorted as CPython sorts them; the class cell `__class__` included.
    var cellvars: [String] {
        var cells = order.filter { scopes[$0] == .cell }
        if needsClassClosure { cells.append("__class__") }
        return cells.sorted()
    }

    /// Free variables (also names a class binds itself but passes through to a method), sorted.
    var freevars: [String] {
        order.filter { scopes[$0] == .free || flags(of: $0).contains(.freeClass) }.sorted()
    }

    /// Fast-local slot names of a function-like scope: parameters first, then other locals.
    var varnames: [String] {
        guard kind.isFunctionLike else { return [] }
        let parameterSet = Set(parameters)
        return parameters + order.filter { scopes[$0] == .local && !parameterSet.contains($0) }
    }

    /// The code object flags implied by the scope (generator/coroutine kinds).
    var generatorFlags: CodeFlags {
        switch (isAsync, isGenerator) {
        case (true, true): .asyncGenerator
        case (true, false): .coroutine
        case (false, true): .generator
        case (false, false): []
        }
    }
}

/// The symbol table of a module: every scope, findable by the node that opens it.
struct SymbolTable {
    let module: Scope
    let scopesByNode: [ScopeKey: Scope]

    func scope(for range: SourceRange, _ tag: ScopeKey.Tag) -> Scope? {
        scopesByNode[ScopeKey(range, tag)]
    }
}
