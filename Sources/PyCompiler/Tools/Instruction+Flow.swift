/// Control-flow and stack facts about instructions, shared by the assembler, the verifier and
/// the disassembler.
extension Instruction {
    /// The jump target of a jumping instruction.
    var jumpTarget: Int? {
        switch self {
        case .jump(let target), .popJumpIfFalse(let target), .popJumpIfTrue(let target),
             .jumpIfFalseOrPop(let target), .jumpIfTrueOrPop(let target), .forIter(let target):
            target
        default:
            nil
        }
    }

    /// The same instruction jumping to `target` instead.
    func withJumpTarget(_ target: Int) -> Instruction {
        switch self {
        case .jump: .jump(target)
        case .popJumpIfFalse: .popJumpIfFalse(target)
        case .popJumpIfTrue: .popJumpIfTrue(target)
        case .jumpIfFalseOrPop: .jumpIfFalseOrPop(target)
        case .jumpIfTrueOrPop: .jumpIfTrueOrPop(target)
        case .forIter: .forIter(target)
        default: self
        }
    }

    /// Execution never continues with the next instruction.
    var isTerminator: Bool {
        switch self {
        case .jump, .returnValue, .raise, .reraise: true
        default: false
        }
    }

    /// The net stack effect when execution falls through (`branch == false`) or jumps.
    func stackEffect(branch: Bool) -> Int {
        switch self {
        case .nop, .swap, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .loadAttr, .unary, .jump,
             .getIter, .listToTuple, .checkExcMatch, .yieldValue, .getYieldFromIter, .getAwaitable, .getAIter:
            0
        case .pop, .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .binarySubscript, .binary,
             .inplace, .compare, .popJumpIfFalse, .popJumpIfTrue, .listAppend, .listExtend, .setAdd,
             .setUpdate, .dictUpdate, .dictMerge, .returnValue, .send, .reraise, .popExcept, .importStar:
            -1
        case .copy, .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadBuiltin,
             .loadName, .loadMethod, .loadBuildClass, .getANext, .pushExcInfo, .loadAssertionError, .beforeWith,
             .beforeAsyncWith, .withExceptStart, .importName, .importFrom:
            1
        case .storeAttr, .deleteSubscript, .mapAdd, .endAsyncFor:
            -2
        case .storeSubscript:
            -3
        case .buildSlice(let count):
            1 - count
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            branch ? 0 : -1
        case .forIter:
            branch ? -1 : 1
        case .buildTuple(let count), .buildList(let count), .buildSet(let count), .buildString(let count):
            1 - count
        case .buildMap(let count):
            1 - 2 * count
        case .formatValue(_, let hasSpec):
            hasSpec ? -1 : 0
        case .unpackSequence(let count):
            count - 1
        case .unpackEx(let before, let after):
            before + after
        case .call(let count):
            -count
        case .callKw(let argc, _):
            -argc
        case .callEx(let hasKwargs):
            hasKwargs ? -2 : -1
        case .callMethod(let count):
            -count - 1
        case .callMethodKw(let argc, _):
            -argc - 1
        case .makeFunction(let flags):
            -[MakeFunctionFlags.defaults, .kwDefaults, .closure].filter { flags.contains($0) }.count
        case .raise(let count):
            -count
        }
    }
}

extension Instruction {
    /// How many stack items the instruction reads or pops (the depth it needs).
    var stackInputs: Int {
        switch self {
        case .nop, .loadConst, .loadFast, .deleteFast, .loadDeref, .deleteDeref, .loadClosure, .loadClassDeref,
             .loadGlobal, .deleteGlobal, .loadBuiltin, .loadName, .deleteName, .jump, .loadBuildClass,
             .loadAssertionError, .importName:
            0
        case .pop, .storeFast, .storeDeref, .storeGlobal, .storeName, .loadAttr, .deleteAttr, .loadMethod, .unary,
             .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .getIter, .forIter, .listToTuple,
             .unpackSequence, .unpackEx, .returnValue, .yieldValue, .getYieldFromIter, .getAwaitable, .getAIter,
             .getANext, .reraise, .pushExcInfo, .popExcept, .beforeWith, .beforeAsyncWith, .importFrom,
             .importStar:
            1
        case .storeAttr, .binarySubscript, .deleteSubscript, .binary, .inplace, .compare, .send, .endAsyncFor,
             .checkExcMatch:
            2
        case .storeSubscript, .withExceptStart:
            3
        case .copy(let count), .swap(let count), .buildSlice(let count), .buildTuple(let count),
             .buildList(let count), .buildSet(let count), .buildString(let count), .raise(let count):
            count
        case .buildMap(let count):
            2 * count
        case .listAppend(let depth), .listExtend(let depth), .setAdd(let depth), .setUpdate(let depth),
             .dictUpdate(let depth):
            depth + 1
        case .mapAdd(let depth):
            depth + 2
        case .dictMerge(let depth):
            depth + 3
        case .formatValue(_, let hasSpec):
            hasSpec ? 2 : 1
        case .call(let count):
            count + 1
        case .callKw(let argc, _):
            argc + 1
        case .callEx(let hasKwargs):
            hasKwargs ? 3 : 2
        case .callMethod(let count):
            count + 2
        case .callMethodKw(let argc, _):
            argc + 2
        case .makeFunction:
            1 - stackEffect(branch: false)
        }
    }

    /// The Swift case name, e.g. `loadConst`.
    var opname: String {
        let text = String(describing: self)
        return String(text.prefix { $0 != "(" })
    }
}
