/// Checks the structural soundness of compiled code; used by the tests on every code object.
public enum BytecodeVerifier {
    /// The problems found in `code` and, recursively, in every nested code object; empty when
    /// the code is sound.
    ///
    /// Checked: operand indices (constants, names, locals, cells, keyword-name tuples), jump
    /// targets and exception table ranges; then a simulation of the stack depth along every
    /// path, including into exception handlers at their declared depth + 1: depths agree at
    /// joins, never drop below what an instruction needs, never exceed `maxStackDepth`, every
    /// covered instruction has at least the handler's depth, `returnValue` leaves nothing
    /// behind, and no path falls off the end.
    public static func verify(_ code: CodeObject) -> [String] {
        var checker = Checker(code: code)
        var problems = checker.run().map { "\(code.qualifiedName): \($0)" }
        for constant in code.constants {
            if case .code(let nested) = constant { problems += verify(nested) }
        }
        return problems
    }
}

private struct Checker {
    let code: CodeObject
    var problems: [String] = []

    init(code: CodeObject) {
        self.code = code
    }

    mutating func run() -> [String] {
        let count = code.instructions.count
        if count == 0 { problems.append("no instructions") }
        if code.locations.count != count { problems.append("\(code.locations.count) locations for \(count) instructions") }
        if code.cellParameterSlots.count != code.cellvars.count { problems.append("cellParameterSlots count") }
        for (index, slot) in code.cellParameterSlots.enumerated() {
            if let slot, slot >= code.varnames.count || code.varnames[slot] != code.cellvars[index] {
                problems.append("cell parameter slot \(slot) does not hold \(code.cellvars[index])")
            }
        }
        for (index, location) in code.locations.enumerated() where location.line < 1 {
            problems.append("\(index): no line number")
        }
        for entry in code.exceptionTable
        where entry.start < 0 || entry.start >= entry.end || entry.end > count || entry.target < 0
            || entry.target >= count || entry.depth < 0 {
            problems.append("bad exception table entry \(entry)")
        }
        for (index, instruction) in code.instructions.enumerated() {
            checkOperands(index, instruction)
        }
        if problems.isEmpty { simulate() }
        return problems
    }

    private mutating func checkOperands(_ index: Int, _ instruction: Instruction) {
        func check(_ value: Int, _ limit: Int, _ what: String) {
            if value < 0 || value >= limit { problems.append("\(index): \(what) index \(value) out of range") }
        }
        let cells = code.cellvars.count + code.freevars.count
        let isClassBody = code.flags.contains(.classBody)
        switch instruction {
        case .loadConst(let i): check(i, code.constants.count, "constant")
        case .loadFast(let i), .storeFast(let i), .deleteFast(let i): check(i, code.varnames.count, "local")
        case .loadDeref(let i), .storeDeref(let i), .deleteDeref(let i), .loadClosure(let i):
            check(i, cells, "cell")
        case .loadClassDeref(let i):
            check(i, cells, "cell")
            if !isClassBody { problems.append("\(index): loadClassDeref outside a class body") }
        case .loadName(let i), .storeName(let i), .deleteName(let i):
            check(i, code.names.count, "name")
            if !isClassBody { problems.append("\(index): \(instruction.opname) outside a class body") }
        case .loadGlobal(let i), .storeGlobal(let i), .deleteGlobal(let i), .loadBuiltin(let i), .loadAttr(let i),
             .storeAttr(let i), .deleteAttr(let i), .loadMethod(let i), .importName(let i), .importFrom(let i):
            check(i, code.names.count, "name")
        case .callKw(let argc, let kwnames), .callMethodKw(let argc, let kwnames):
            check(kwnames, code.constants.count, "constant")
            if kwnames < code.constants.count {
                if case .tuple(let items) = code.constants[kwnames],
                   items.allSatisfy({ if case .string = $0 { true } else { false } }), items.count <= argc {
                } else {
                    problems.append("\(index): kwnames is not a tuple of at most \(argc) strings")
                }
            }
        case .copy(let n) where n < 1, .swap(let n) where n < 2:
            problems.append("\(index): bad operand \(n)")
        case .listAppend(let n) where n < 1, .listExtend(let n) where n < 1, .setAdd(let n) where n < 1,
             .setUpdate(let n) where n < 1, .mapAdd(let n) where n < 1, .dictUpdate(let n) where n < 1,
             .dictMerge(let n) where n < 1:
            problems.append("\(index): bad depth \(n)")
        case .buildSlice(let n) where n != 2 && n != 3, .raise(let n) where n > 2:
            problems.append("\(index): bad operand \(n)")
        default:
            break
        }
        if let target = instruction.jumpTarget, target < 0 || target >= code.instructions.count {
            problems.append("\(index): jump target \(target) out of range")
        }
    }

    private func handler(at index: Int) -> ExceptionTableEntry? {
        code.exceptionTable.first { $0.start <= index && index < $0.end }
    }

    private mutating func simulate() {
        let instructions = code.instructions
        var depths = [Int?](repeating: nil, count: instructions.count)
        var worklist: [Int] = []
        var reported = Set<Int>()
        func reach(_ target: Int, _ depth: Int, from source: Int, _ problems: inout [String]) {
            if depth < 0 || depth > code.maxStackDepth {
                problems.append("\(source): depth \(depth) outside 0...\(code.maxStackDepth) at \(target)")
                return
            }
            if let existing = depths[target] {
                if existing != depth && reported.insert(target).inserted {
                    problems.append("\(target): depth \(depth) from \(source) disagrees with \(existing)")
                }
                return
            }
            depths[target] = depth
            worklist.append(target)
        }
        reach(0, 0, from: 0, &problems)
        while let index = worklist.popLast() {
            guard let depth = depths[index] else { continue }
            let instruction = instructions[index]
            if depth < instruction.stackInputs {
                problems.append("\(index): \(instruction.opname) needs \(instruction.stackInputs) items, has \(depth)")
                continue
            }
            if let entry = handler(at: index) {
                if depth < entry.depth {
                    problems.append("\(index): depth \(depth) below handler depth \(entry.depth)")
                }
                reach(entry.target, entry.depth + 1, from: index, &problems)
            }
            if case .returnValue = instruction, depth != 1 {
                problems.append("\(index): returnValue with \(depth) items on the stack")
            }
            if let target = instruction.jumpTarget {
                reach(target, depth + instruction.stackEffect(branch: true), from: index, &problems)
            }
            if !instruction.isTerminator {
                if index + 1 >= instructions.count {
                    problems.append("\(index): execution falls off the end")
                } else {
                    reach(index + 1, depth + instruction.stackEffect(branch: false), from: index, &problems)
                }
            }
        }
    }
}
