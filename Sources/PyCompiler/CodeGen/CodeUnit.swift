import PyFrontend

/// A jump target inside one code unit, bound to an instruction index before assembly.
struct Label: Hashable {
    let id: Int
}

/// An exception handler being set up: instructions emitted while it is the innermost entry of
/// `CodeUnit.handlerStack` jump to `target` on an exception. Its stack depth is the depth the
/// flow analysis finds at instruction `setup` (the first one it protects) plus `depthAdjust`.
struct Handler {
    let target: Label
    let setup: Int
    let depthAdjust: Int
}

/// What unwinding code `break`, `continue` and `return` must emit when leaving a block
/// (CPython's `fblockinfo`). `handlerCount` is the handler stack size outside the block.
struct FrameBlock {
    enum Kind {
        case whileLoop(continueLabel: Label, breakLabel: Label)
        /// The iterator is on the stack for the whole body.
        case forLoop(continueLabel: Label, breakLabel: Label)
        case tryExcept
        /// The finally body is inlined on every exit path.
        case finallyTry(body: [Stmt])
        /// Running a finally body on the exception path: `previous exc` are on the stack.
        case finallyEnd
        /// `exit` is on the stack; leaving calls `exit(None, None, None)`.
        case with(isAsync: Bool, location: InstructionLocation)
        /// Inside an except body: `previous` is on the stack; a named handler unbinds the name.
        case handlerCleanup(name: String?)
        /// A return value being kept on the stack while an inlined finally body runs.
        case popValue
    }

    let kind: Kind
    let handlerCount: Int
}

/// Everything needed to build one code object while its body is being compiled.
final class CodeUnit {
    let scope: Scope
    let name: String
    let qualifiedName: String
    let firstLine: Int
    var flags: CodeFlags
    /// The function's docstring, if its body starts with one.
    var docstring: String?
    var argumentCount = 0
    var positionalOnlyCount = 0
    var keywordOnlyCount = 0
    /// The class name used for private-name mangling, if inside a class.
    let privateName: String?

    /// Jump operands hold label ids until `assemble` resolves them.
    var instructions: [Instruction] = []
    var locations: [InstructionLocation] = []
    /// Index into `handlers` of the innermost handler protecting each instruction.
    var handlerOf: [Int?] = []
    var labelPositions: [Int?] = []
    var handlers: [Handler] = []
    var handlerStack: [Int] = []
    var blocks: [FrameBlock] = []
    /// The location given to instructions emitted now.
    var location: InstructionLocation

    private(set) var constants: [CodeConstant] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    private(set) var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    private(set) var varnames: [String]
    private var varIndex: [String: Int] = [:]
    let cellvars: [String]
    let freevars: [String]

    init(scope: Scope, name: String, qualifiedName: String, firstLine: Int, flags: CodeFlags,
         privateName: String?, location: InstructionLocation) {
        self.scope = scope
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = firstLine
        self.flags = flags
        self.privateName = privateName
        self.location = location
        varnames = scope.varnames
        cellvars = scope.cellvars
        freevars = scope.freevars
        for (index, name) in varnames.enumerated() where varIndex[name] == nil {
            varIndex[name] = index
        }
    }

    // MARK: Emitting

    func emit(_ instruction: Instruction) {
        instructions.append(instruction)
        locations.append(location)
        handlerOf.append(handlerStack.last)
    }

    func emit(_ make: (Int) -> Instruction, _ label: Label) {
        emit(make(label.id))
    }

    func newLabel() -> Label {
        labelPositions.append(nil)
        return Label(id: labelPositions.count - 1)
    }

    func bind(_ label: Label) {
        labelPositions[label.id] = instructions.count
    }

    /// Protects the instructions emitted from now on until `popHandler()`.
    func pushHandler(_ target: Label, depthAdjust: Int = 0) {
        handlers.append(Handler(target: target, setup: instructions.count, depthAdjust: depthAdjust))
        handlerStack.append(handlers.count - 1)
    }

    func popHandler() {
        handlerStack.removeLast()
    }

    // MARK: Operand tables

    func constant(_ value: CodeConstant) -> Int {
        let key = ConstantKey(value, uniqueID: constants.count)
        if let index = constantIndex[key] { return index }
        constants.append(value)
        constantIndex[key] = constants.count - 1
        return constants.count - 1
    }

    func name(_ name: String) -> Int {
        if let index = nameIndex[name] { return index }
        names.append(name)
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    /// The fast slot of `name`, adding one for names the symbol table did not list.
    func local(_ name: String) -> Int {
        if let index = varIndex[name] { return index }
        varnames.append(name)
        varIndex[name] = varnames.count - 1
        return varnames.count - 1
    }

    /// The cell operand of `name`: cell variables first, then free variables.
    func cell(_ name: String) -> Int? {
        if let index = cellvars.firstIndex(of: name) { return index }
        if let index = freevars.firstIndex(of: name) { return cellvars.count + index }
        return nil
    }

    /// For each cell variable, the parameter slot it mirrors.
    var cellParameterSlots: [Int?] {
        let parameters = Set(scope.parameters)
        return cellvars.map { parameters.contains($0) ? varIndex[$0] : nil }
    }
}

/// Identity of a constant for deduplication: floats by bit pattern (so `0.0` and `-0.0` stay
/// apart) and every type distinct (so `1`, `1.0` and `True` stay apart); code objects never merge.
enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    /// By UTF-8 bytes: Swift `String` equality would merge canonically equivalent strings.
    case string([UInt8])
    case bytes([UInt8])
    indirect case tuple([ConstantKey])
    case code(Int)

    init(_ value: CodeConstant, uniqueID: Int) {
        switch value {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        case .bigInt(let digits): self = .bigInt(digits)
        case .float(let value): self = .float(value.bitPattern)
        case .string(let value): self = .string(Array(value.utf8))
        case .bytes(let value): self = .bytes(value)
        case .tuple(let items): self = .tuple(items.map { ConstantKey($0, uniqueID: uniqueID) })
        case .code: self = .code(uniqueID)
        }
    }
}
