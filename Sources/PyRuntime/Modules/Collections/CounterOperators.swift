import PyCompiler

/// `Counter`'s comparisons (multiset inclusion, missing counts as zero) and its
/// `+ - | &` operators, unary `+`/`-` and in-place forms, following CPython's
/// `collections/__init__.py` step by step (so the order of the result's keys matches).
enum CounterOperators {
    typealias Counts = PyDict

    static func operands(_ args: Arguments, _ name: String) throws(PyError) -> (Counts, Value) {
        try args.expectMethod(name, min: 1, max: 1)
        return (try CounterClass.receiver(args, name), args.positional[1])
    }

    static func isPositive(_ vm: VM, _ count: Value) throws(PyError) -> Bool {
        try vm.isTruthy(try vm.compareOperation(.greater, count, .int(0)))
    }

    static func isLess(_ vm: VM, _ a: Value, _ b: Value) throws(PyError) -> Bool {
        try vm.isTruthy(try vm.compareOperation(.less, a, b))
    }

    /// Whether `op` holds between the counts of every element of either counter.
    static func allCounts(_ vm: VM, _ op: CompareOp, _ a: Counts, _ b: Counts) throws(PyError) -> Bool {
        for counter in [a, b] {
            for (element, _) in counter.entries {
                let x = try CounterClass.count(vm, a, element), y = try CounterClass.count(vm, b, element)
                if try !vm.isTruthy(try vm.compareOperation(op, x, y)) { return false }
            }
        }
        return true
    }

    static func comparison(_ name: String, _ body: @escaping (VM, Counts, Counts) throws(PyError) -> Bool) -> (String, Value) {
        method("Counter", name) { vm, args throws(PyError) in
            let (counter, other) = try operands(args, name)
            guard CounterClass.isCounter(other), case .object(let o) = other, let otherCounts = o as? PyDict else {
                return notImplemented
            }
            return .bool(try body(vm, counter, otherCounts))
        }
    }

    /// A binary operator: `body` builds the result from two counters.
    static func binary(_ name: String, _ body: @escaping (VM, Counts, Counts, Counts) throws(PyError) -> Void) -> (String, Value) {
        method("Counter", name) { vm, args throws(PyError) in
            let (counter, other) = try operands(args, name)
            guard CounterClass.isCounter(other), case .object(let o) = other, let otherCounts = o as? PyDict else {
                return notImplemented
            }
            let result = CounterClass.newCounter()
            try body(vm, counter, otherCounts, result)
            return .object(result)
        }
    }

    static func unary(_ name: String, keepNegated: Bool) -> (String, Value) {
        method("Counter", name) { vm, args throws(PyError) in
            try args.expectMethod(name, min: 0, max: 0)
            let result = CounterClass.newCounter()
            for (element, count) in try CounterClass.receiver(args, name).entries {
                if keepNegated {
                    if try isLess(vm, count, .int(0)) {
                        try result.set(element, try vm.binaryOperation(.subtract, .int(0), count), vm: vm)
                    }
                } else if try isPositive(vm, count) {
                    try result.set(element, count, vm: vm)
                }
            }
            return .object(result)
        }
    }

    /// An in-place operator over `other.items()` (any mapping); keeps positive counts only.
    static func inPlace(_ name: String, _ body: @escaping (VM, Counts, Value) throws(PyError) -> Void) -> (String, Value) {
        method("Counter", name) { vm, args throws(PyError) in
            let (counter, other) = try operands(args, name)
            try body(vm, counter, other)
            for (element, count) in counter.entries where try !isPositive(vm, count) {
                try vm.deleteItem(.object(counter), element)
            }
            return args.positional[0]
        }
    }

    static func items(_ vm: VM, _ mapping: Value) throws(PyError) -> [Value] {
        try vm.collect(try vm.callMethod(mapping, "items", []))
    }

    static func pair(_ vm: VM, _ item: Value) throws(PyError) -> (Value, Value) {
        let parts = try vm.unpack(item, count: 2)
        return (parts[0], parts[1])
    }

    nonisolated(unsafe) static let methods: [(String, Value)] = [
        comparison("__eq__") { vm, a, b throws(PyError) in try allCounts(vm, .equal, a, b) },
        comparison("__ne__") { vm, a, b throws(PyError) in try !allCounts(vm, .equal, a, b) },
        comparison("__le__") { vm, a, b throws(PyError) in try allCounts(vm, .lessEqual, a, b) },
        comparison("__lt__") { vm, a, b throws(PyError) in
            let included = try allCounts(vm, .lessEqual, a, b)
            guard included else { return false }
            return try !allCounts(vm, .equal, a, b)
        },
        comparison("__ge__") { vm, a, b throws(PyError) in try allCounts(vm, .greaterEqual, a, b) },
        comparison("__gt__") { vm, a, b throws(PyError) in
            let included = try allCounts(vm, .greaterEqual, a, b)
            guard included else { return false }
            return try !allCounts(vm, .equal, a, b)
        },
        binary("__add__") { vm, a, b, result throws(PyError) in
            for (element, count) in a.entries {
                let sum = try vm.binaryOperation(.add, count, try CounterClass.count(vm, b, element))
                if try isPositive(vm, sum) { try result.set(element, sum, vm: vm) }
            }
            for (element, count) in b.entries where try !a.contains(element, vm: vm) {
                if try isPositive(vm, count) { try result.set(element, count, vm: vm) }
            }
        },
        binary("__sub__") { vm, a, b, result throws(PyError) in
            for (element, count) in a.entries {
                let difference = try vm.binaryOperation(.subtract, count, try CounterClass.count(vm, b, element))
                if try isPositive(vm, difference) { try result.set(element, difference, vm: vm) }
            }
            for (element, count) in b.entries where try !a.contains(element, vm: vm) {
                if try isLess(vm, count, .int(0)) {
                    try result.set(element, try vm.binaryOperation(.subtract, .int(0), count), vm: vm)
                }
            }
        },
        binary("__or__") { vm, a, b, result throws(PyError) in
            for (element, count) in a.entries {
                let other = try CounterClass.count(vm, b, element)
                let larger = try isLess(vm, count, other) ? other : count
                if try isPositive(vm, larger) { try result.set(element, larger, vm: vm) }
            }
            for (element, count) in b.entries where try !a.contains(element, vm: vm) {
                if try isPositive(vm, count) { try result.set(element, count, vm: vm) }
            }
        },
        binary("__and__") { vm, a, b, result throws(PyError) in
            for (element, count) in a.entries {
                let other = try CounterClass.count(vm, b, element)
                let smaller = try isLess(vm, count, other) ? count : other
                if try isPositive(vm, smaller) { try result.set(element, smaller, vm: vm) }
            }
        },
        unary("__pos__", keepNegated: false),
        unary("__neg__", keepNegated: true),
        inPlace("__iadd__") { vm, counter, other throws(PyError) in
            for item in try items(vm, other) {
                let (element, count) = try pair(vm, item)
                let sum = try vm.binaryOperation(.add, try CounterClass.count(vm, counter, element), count)
                try vm.setItem(.object(counter), element, sum)
            }
        },
        inPlace("__isub__") { vm, counter, other throws(PyError) in
            for item in try items(vm, other) {
                let (element, count) = try pair(vm, item)
                let difference = try vm.binaryOperation(.subtract, try CounterClass.count(vm, counter, element), count)
                try vm.setItem(.object(counter), element, difference)
            }
        },
        inPlace("__ior__") { vm, counter, other throws(PyError) in
            for item in try items(vm, other) {
                let (element, otherCount) = try pair(vm, item)
                if try isLess(vm, try CounterClass.count(vm, counter, element), otherCount) {
                    try vm.setItem(.object(counter), element, otherCount)
                }
            }
        },
        inPlace("__iand__") { vm, counter, other throws(PyError) in
            for (element, count) in counter.entries {
                let otherCount = try vm.getItem(other, element)
                if try isLess(vm, otherCount, count) { try vm.setItem(.object(counter), element, otherCount) }
            }
        },
    ]
}
