/// A CPython `dis`-like listing of `code` and, after it, of every nested code object.
///
/// Each code object starts with a header (`Disassembly of <qualified name>:` and its flags,
/// argument counts, stack size and variable tables), then one instruction per line: the
/// source line when it changes, `>>` on jump and handler targets, the index, the Swift case
/// name and the operand with its meaning in parentheses. The exception table follows as
/// `start to end -> target [depth]` (end exclusive).
public func disassemble(_ code: CodeObject) -> String {
    var output = ""
    var pending = [code]
    while !pending.isEmpty {
        let next = pending.removeFirst()
        if !output.isEmpty { output += "\n" }
        output += disassembleOne(next)
        for constant in next.constants {
            if case .code(let nested) = constant { pending.append(nested) }
        }
    }
    return output
}

private func disassembleOne(_ code: CodeObject) -> String {
    var lines: [String] = ["Disassembly of \(code.qualifiedName):"]
    var header = "  flags: [\(flagNames(code.flags).joined(separator: ", "))], line: \(code.firstLine), "
        + "stack: \(code.maxStackDepth)"
    if code.argumentCount + code.keywordOnlyCount > 0 {
        header += ", args: \(code.argumentCount) (posonly \(code.positionalOnlyCount), kwonly \(code.keywordOnlyCount))"
    }
    lines.append(header)
    for (label, names) in [("varnames", code.varnames), ("cellvars", code.cellvars), ("freevars", code.freevars)]
    where !names.isEmpty {
        lines.append("  \(label): \(names.joined(separator: ", "))")
    }
    let targets = Set(code.instructions.compactMap(\.jumpTarget) + code.exceptionTable.map(\.target))
    var lastLine: Int32 = -1
    for (index, instruction) in code.instructions.enumerated() {
        let line = code.locations[index].line
        let lineText = line == lastLine ? "" : String(line)
        lastLine = line
        let marker = targets.contains(index) ? ">>" : "  "
        var text = pad(lineText, 5, right: true) + " " + marker + " " + pad(String(index), 4, right: true) + " "
            + instruction.opname
        let operand = describeOperand(instruction, in: code)
        if !operand.isEmpty {
            text = pad(text, 36, right: false) + operand
        }
        lines.append(text)
    }
    if !code.exceptionTable.isEmpty {
        lines.append("  ExceptionTable:")
        for entry in code.exceptionTable {
            lines.append("    \(entry.start) to \(entry.end) -> \(entry.target) [\(entry.depth)]")
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

private func pad(_ text: String, _ width: Int, right: Bool) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
}

private func flagNames(_ flags: CodeFlags) -> [String] {
    let all: [(CodeFlags, String)] = [
        (.module, "module"), (.classBody, "classBody"), (.varargs, "varargs"), (.varkeywords, "varkeywords"),
        (.generator, "generator"), (.coroutine, "coroutine"), (.asyncGenerator, "asyncGenerator"),
    ]
    return all.filter { flags.contains($0.0) }.map(\.1)
}

private func describeOperand(_ instruction: Instruction, in code: CodeObject) -> String {
    func named(_ index: Int, _ table: [String]) -> String {
        "\(index) (\(index < table.count ? table[index] : "?"))"
    }
    let cells = code.cellvars + code.freevars
    switch instruction {
    case .nop, .pop, .binarySubscript, .storeSubscript, .deleteSubscript, .getIter, .listToTuple, .returnValue,
         .loadBuildClass, .yieldValue, .getYieldFromIter, .getAwaitable, .send, .getAIter, .getANext, .endAsyncFor,
         .reraise, .pushExcInfo, .popExcept, .checkExcMatch, .loadAssertionError, .beforeWith, .beforeAsyncWith,
         .withExceptStart, .importStar:
        return ""
    case .copy(let n), .swap(let n), .buildSlice(let n), .buildTuple(let n), .buildList(let n), .buildSet(let n),
         .buildMap(let n), .buildString(let n), .listAppend(let n), .listExtend(let n), .setAdd(let n),
         .setUpdate(let n), .mapAdd(let n), .dictUpdate(let n), .dictMerge(let n), .unpackSequence(let n),
         .call(let n), .callMethod(let n), .raise(let n):
        return String(n)
    case .loadConst(let index):
        return "\(index) (\(index < code.constants.count ? constantRepr(code.constants[index]) : "?"))"
    case .loadFast(let index), .storeFast(let index), .deleteFast(let index):
        return named(index, code.varnames)
    case .loadDeref(let index), .storeDeref(let index), .deleteDeref(let index), .loadClosure(let index),
         .loadClassDeref(let index):
        return named(index, cells)
    case .loadGlobal(let index), .storeGlobal(let index), .deleteGlobal(let index), .loadBuiltin(let index),
         .loadName(let index), .storeName(let index), .deleteName(let index), .loadAttr(let index),
         .storeAttr(let index), .deleteAttr(let index), .loadMethod(let index), .importName(let index),
         .importFrom(let index):
        return named(index, code.names)
    case .binary(let op), .inplace(let op):
        return op.symbol
    case .unary(let op):
        return String(describing: op)
    case .compare(let op):
        return op.symbol
    case .jump(let target), .popJumpIfFalse(let target), .popJumpIfTrue(let target), .jumpIfFalseOrPop(let target),
         .jumpIfTrueOrPop(let target), .forIter(let target):
        return "to \(target)"
    case .formatValue(let conversion, let hasSpec):
        return "\(conversion)" + (hasSpec ? ", spec" : "")
    case .unpackEx(let before, let after):
        return "\(before), \(after)"
    case .callKw(let argc, let kwnames), .callMethodKw(let argc, let kwnames):
        let names = kwnames < code.constants.count ? constantRepr(code.constants[kwnames]) : "?"
        return "\(argc) \(names)"
    case .callEx(let hasKwargs):
        return hasKwargs ? "kwargs" : ""
    case .makeFunction(let flags):
        let all: [(MakeFunctionFlags, String)] = [(.defaults, "defaults"), (.kwDefaults, "kwdefaults"),
                                                  (.closure, "closure")]
        return all.filter { flags.contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}

/// A Python-like `repr` of a constant.
func constantRepr(_ constant: CodeConstant) -> String {
    switch constant {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let value): return value ? "True" : "False"
    case .int(let value): return String(value)
    case .bigInt(let digits): return digits
    case .float(let value):
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return String(describing: value)
    case .string(let value): return stringRepr(value)
    case .bytes(let value): return "b" + stringRepr(String(decoding: value, as: UTF8.self))
    case .tuple(let items):
        return items.count == 1 ? "(\(constantRepr(items[0])),)" : "(" + items.map(constantRepr).joined(separator: ", ") + ")"
    case .code(let code): return "<code \(code.qualifiedName)>"
    }
}

private func stringRepr(_ value: String) -> String {
    var text = "'"
    for scalar in value.unicodeScalars {
        switch scalar {
        case "'": text += "\\'"
        case "\\": text += "\\\\"
        case "\n": text += "\\n"
        case "\t": text += "\\t"
        case "\r": text += "\\r"
        default:
            text += scalar.value < 0x20 || scalar.value == 0x7F ? "\\x" + hex(scalar.value) : String(scalar)
        }
    }
    return text + "'"
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return digits.count < 2 ? "0" + digits : digits
}
