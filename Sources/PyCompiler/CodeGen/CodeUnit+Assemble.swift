/// Turns a finished unit into a `CodeObject`: resolves labels, computes stack depths by flow
/// analysis (which also fixes each handler's depth), drops unreachable instructions (as
/// CPython does) and builds the flat exception table.
extension CodeUnit {
    func assemble(filename: String) -> CodeObject {
        var code = instructions.map { instruction in
            instruction.jumpTarget.map { instruction.withJumpTarget(position(of: $0)) } ?? instruction
        }
        let targets = handlers.map { position(of: $0.target.id) }
        let (depths, handlerDepths) = stackDepths(code, handlerTargets: targets)

        // Keep reachable instructions only (reachable jumps only target reachable ones), and
        // drop jumps to the next reachable instruction; anything jumping to such a jump lands
        // on the instruction after it.
        var newIndex = [Int](repeating: -1, count: code.count + 1)
        var kept: [Int] = []
        let reachable = code.indices.filter { depths[$0] != nil }
        for (position, index) in reachable.enumerated() {
            newIndex[index] = kept.count
            if case .jump(let target) = code[index], position + 1 < reachable.count,
               reachable[position + 1] == target {
                continue
            }
            kept.append(index)
        }
        newIndex[code.count] = kept.count
        code = kept.map { index in
            code[index].jumpTarget.map { code[index].withJumpTarget(newIndex[$0]) } ?? code[index]
        }
        let keptHandlers = kept.map { handlerOf[$0] }
        var table: [ExceptionTableEntry] = []
        var start = 0
        while start < kept.count {
            var end = start + 1
            while end < kept.count && keptHandlers[end] == keptHandlers[start] { end += 1 }
            if let handler = keptHandlers[start], let depth = handlerDepths[handler] {
                table.append(ExceptionTableEntry(start: start, end: end, target: newIndex[targets[handler]],
                                                 depth: depth))
            }
            start = end
        }
        var maxDepth = 0
        for index in kept {
            if let depth = depths[index] {
                maxDepth = max(maxDepth, depth, depth + instructions[index].stackEffect(branch: false),
                               depth + instructions[index].stackEffect(branch: true))
            }
        }
        return CodeObject(
            name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine, flags: flags,
            argumentCount: argumentCount, positionalOnlyCount: positionalOnlyCount,
            keywordOnlyCount: keywordOnlyCount, instructions: code, locations: kept.map { locations[$0] },
            constants: constants, names: names, varnames: varnames, cellvars: cellvars,
            cellParameterSlots: cellParameterSlots, freevars: freevars, exceptionTable: table,
            maxStackDepth: maxDepth, docstring: docstring)
    }

    private func position(of label: Int) -> Int {
        guard let position = labelPositions[label] else {
            preconditionFailure("compiler bug: label \(label) of \(qualifiedName) never bound")
        }
        return position
    }

    /// The stack depth before each reachable instruction (nil = unreachable) and each handler's
    /// depth. A handler's depth depends on the depth at its setup point, which dominates the
    /// instructions it protects, so handler edges wait until that depth is known.
    private func stackDepths(_ code: [Instruction], handlerTargets: [Int]) -> ([Int?], [Int?]) {
        var depths = [Int?](repeating: nil, count: code.count + 1)
        var worklist: [Int] = []
        var deferred: [Int] = []
        func reach(_ index: Int, _ depth: Int) {
            // The first depth wins: disagreeing joins are a compiler bug the verifier reports.
            guard index < code.count, depths[index] == nil else { return }
            depths[index] = depth
            worklist.append(index)
        }
        func handlerDepth(_ handler: Int) -> Int? {
            let spec = handlers[handler]
            return spec.setup < code.count ? depths[spec.setup].map { $0 + spec.depthAdjust } : nil
        }
        reach(0, 0)
        while !worklist.isEmpty || !deferred.isEmpty {
            if worklist.isEmpty {
                let ready = deferred.filter { handlerOf[$0].flatMap(handlerDepth) != nil }
                if ready.isEmpty { break }
                deferred.removeAll { handlerOf[$0].flatMap(handlerDepth) != nil }
                for index in ready { reach(handlerTargets[handlerOf[index]!], handlerDepth(handlerOf[index]!)! + 1) }
                continue
            }
            let index = worklist.removeLast()
            guard let depth = depths[index] else { continue }
            let instruction = code[index]
            if let handler = handlerOf[index] {
                if let handled = handlerDepth(handler) {
                    reach(handlerTargets[handler], handled + 1)
                } else {
                    deferred.append(index)
                }
            }
            if let target = instruction.jumpTarget {
                reach(target, depth + instruction.stackEffect(branch: true))
            }
            if !instruction.isTerminator {
                reach(index + 1, depth + instruction.stackEffect(branch: false))
            }
        }
        return (depths, handlers.indices.map(handlerDepth))
    }
}
