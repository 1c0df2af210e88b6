import PyCompiler

/// The arithmetic and comparison dunder methods of `int`, `float` and `str`
/// (`(10).__add__(5)`), each a thin wrapper over the VM's operators. The VM itself never
/// dispatches through these for built-in types; they exist for programs that call them.
enum OperatorMethods {
    static func table(_ owner: String) -> [(String, Value)] {
        var entries: [(String, Value)] = []
        let binary: [(String, BinaryOp)] = [
            ("__add__", .add), ("__sub__", .subtract), ("__mul__", .multiply), ("__truediv__", .trueDivide),
            ("__floordiv__", .floorDivide), ("__mod__", .remainder), ("__pow__", .power), ("__and__", .and),
            ("__or__", .or), ("__xor__", .xor), ("__lshift__", .leftShift), ("__rshift__", .rightShift),
        ]
        for (name, op) in binary {
            entries.append(method(owner, name) { vm, args throws(PyError) in
                try args.expectMethod(name, min: 1, max: 1)
                // CPython returns NotImplemented for operands of other types (`(1).__add__('a')`).
                if Number(args.positional[1]) == nil, args.positional[0].pyType !== args.positional[1].pyType {
                    return .object(BuiltinTypes.notImplemented)
                }
                return try vm.binaryOperation(op, args.positional[0], args.positional[1])
            })
            let reflected = "__r" + name.dropFirst(2)
            entries.append(method(owner, reflected) { vm, args throws(PyError) in
                try args.expectMethod(reflected, min: 1, max: 1)
                return try vm.binaryOperation(op, args.positional[1], args.positional[0])
            })
        }
        let comparisons: [(String, CompareOp)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
            ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (name, op) in comparisons {
            entries.append(method(owner, name) { vm, args throws(PyError) in
                try args.expectMethod(name, min: 1, max: 1)
                return try vm.compareOperation(op, args.positional[0], args.positional[1])
            })
        }
        entries.append(method(owner, "__neg__") { vm, args throws(PyError) in try vm.unaryOperation(.negative, args.positional[0]) })
        entries.append(method(owner, "__pos__") { vm, args throws(PyError) in try vm.unaryOperation(.positive, args.positional[0]) })
        entries.append(method(owner, "__hash__") { vm, args throws(PyError) in .int(try vm.hash(args.positional[0])) })
        entries.append(method(owner, "__bool__") { vm, args throws(PyError) in .bool(try vm.isTruthy(args.positional[0])) })
        entries.append(method(owner, "__str__") { vm, args throws(PyError) in .str(try vm.str(args.positional[0])) })
        entries.append(method(owner, "__repr__") { vm, args throws(PyError) in .str(try vm.repr(args.positional[0])) })
        entries.append(method(owner, "__format__") { vm, args throws(PyError) in
            try args.expectMethod("__format__", min: 1, max: 1)
            return .str(try vm.format(args.positional[0], spec: try vm.strArgument(args.positional[1], "format spec").value))
        })
        return entries
    }
}
