extension SchemaPattern {
    /// True when the pattern matches somewhere in `text` (a search, not a whole-string match).
    ///
    /// Pike VM: all threads advance in lockstep over the scalars, at most one thread per
    /// instruction, so the work is O(length × program size). Each thread step costs one unit
    /// of `steps`; returns nil when `steps` would pass `stepLimit`.
    func matches(_ text: String, steps: inout Int, stepLimit: Int) -> Bool? {
        var vm = PikeVM(pattern: self)
        return vm.run(text, steps: &steps, stepLimit: stepLimit)
    }
}

/// The state of one search.
private struct PikeVM {
    let pattern: SchemaPattern
    /// `marks[pc] == position` when `pc` was already added at `position`.
    var marks: [Int]
    /// Scratch stack for following jumps and splits.
    var pending: [Int] = []

    init(pattern: SchemaPattern) {
        self.pattern = pattern
        marks = [Int](repeating: -1, count: pattern.program.count)
    }

    /// What surrounds a position, for assertions.
    struct Context {
        var position: Int
        var before: Unicode.Scalar?
        var after: Unicode.Scalar?
    }

    mutating func run(_ text: String, steps: inout Int, stepLimit: Int) -> Bool? {
        // Threads at the current and the next position, as instruction indexes.
        var current: [Int] = []
        var next: [Int] = []
        var iterator = text.unicodeScalars.makeIterator()
        var context = Context(position: 0, before: nil, after: iterator.next())
        while true {
            if context.position == 0 || !pattern.anchoredAtStart {
                // A new match attempt may start at every position.
                if add(0, to: &current, context, steps: &steps) { return true }
            } else if current.isEmpty {
                return false
            }
            steps += current.count
            guard steps <= stepLimit else { return nil }
            guard let scalar = context.after else { return false }
            let following = Context(position: context.position + 1, before: scalar, after: iterator.next())
            next.removeAll(keepingCapacity: true)
            for pc in current where consumes(pc, scalar) {
                if add(pc + 1, to: &next, following, steps: &steps) { return true }
            }
            swap(&current, &next)
            context = following
        }
    }

    private func consumes(_ pc: Int, _ scalar: Unicode.Scalar) -> Bool {
        guard pattern.program.indices.contains(pc) else { return false }
        switch pattern.program[pc] {
        case .scalar(let expected): return scalar == expected
        case .any: return !ScalarSet.lineTerminators.contains(scalar)
        case .set(let index): return pattern.sets.indices.contains(index) && pattern.sets[index].contains(scalar)
        default: return false
        }
    }

    /// Adds the thread at `start` and everything reachable from it without consuming input;
    /// returns true when that reaches `match`.
    private mutating func add(_ start: Int, to list: inout [Int], _ context: Context, steps: inout Int) -> Bool {
        pending.append(start)
        while let pc = pending.popLast() {
            guard pattern.program.indices.contains(pc), marks[pc] != context.position else { continue }
            marks[pc] = context.position
            steps += 1
            switch pattern.program[pc] {
            case .match:
                pending.removeAll(keepingCapacity: true)
                return true
            case .jump(let target):
                pending.append(target)
            case .split(let first, let second):
                pending.append(second)
                pending.append(first)
            case .assertStart:
                if context.before == nil { pending.append(pc + 1) }
            case .assertEnd:
                if context.after == nil { pending.append(pc + 1) }
            case .wordBoundary(let expected):
                if (Self.isWord(context.before) != Self.isWord(context.after)) == expected { pending.append(pc + 1) }
            case .scalar, .set, .any:
                list.append(pc)
            }
        }
        return false
    }

    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ScalarSet.wordCharacters.contains(scalar)
    }
}
