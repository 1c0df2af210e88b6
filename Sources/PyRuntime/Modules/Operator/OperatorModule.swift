import PyCompiler

/// The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
/// `methodcaller`.
enum OperatorModule {
    static let binary: [(String, BinaryOp)] = [
        ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
        ("floordiv", .floorDivide), ("mod", .remainder), ("pow", .power), ("lshift", .leftShift),
        ("rshift", .rightShift), ("and_", .and), ("or_", .or), ("xor", .xor), ("matmul", .matrixMultiply),
    ]
    static let comparisons: [(String, CompareOp)] = [
        ("lt", .less), ("le", .lessEqual), ("eq", .equal), ("ne", .notEqual), ("ge", .greaterEqual),
        ("gt", .greater), ("is_", .is), ("is_not", .isNot),
    ]

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        func two(_ name: String, _ body: @escaping (VM, Value, Value) throws(PyError) -> Value) {
            function(name) { vm, args throws(PyError) in
                try args.expect(name, min: 2, max: 2)
                return try body(vm, args.positional[0], args.positional[1])
            }
        }
        func one(_ name: String, _ body: @escaping (VM, Value) throws(PyError) -> Value) {
            function(name) { vm, args throws(PyError) in
                try args.expect(name, min: 1, max: 1)
                return try body(vm, args.positional[0])
            }
        }
        namespace.set("__name__", .str("operator"))
        for (name, op) in binary {
            two(name) { vm, a, b throws(PyError) in try vm.binaryOperation(op, a, b) }
            let inPlace = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            two(inPlace) { vm, a, b throws(PyError) in try vm.inplaceOperation(op, a, b) }
        }
        for (name, op) in comparisons { two(name) { vm, a, b throws(PyError) in try vm.compareOperation(op, a, b) } }
        one("neg") { vm, a throws(PyError) in try vm.unaryOperation(.negative, a) }
        one("pos") { vm, a throws(PyError) in try vm.unaryOperation(.positive, a) }
        one("inv") { vm, a throws(PyError) in try vm.unaryOperation(.invert, a) }
        one("invert") { vm, a throws(PyError) in try vm.unaryOperation(.invert, a) }
        one("not_") { vm, a throws(PyError) in .bool(try !vm.isTruthy(a)) }
        one("truth") { vm, a throws(PyError) in .bool(try vm.isTruthy(a)) }
        one("index") { vm, a throws(PyError) in
            guard let n = Number(a), !n.isFloat else { throw Errors.notAnInteger(a) }
            return PyBigInt.value(n.big)
        }
        if let abs = vm.builtins.get("abs") { namespace.set("abs", abs) }
        two("concat") { vm, a, b throws(PyError) in
            try requireSequence(vm, a)
            return try vm.binaryOperation(.add, a, b)
        }
        two("iconcat") { vm, a, b throws(PyError) in
            try requireSequence(vm, a)
            return try vm.inplaceOperation(.add, a, b)
        }
        two("contains") { vm, a, b throws(PyError) in .bool(try vm.contains(a, b)) }
        two("getitem") { vm, a, b throws(PyError) in try vm.getItem(a, b) }
        two("delitem") { vm, a, b throws(PyError) in
            try vm.deleteItem(a, b)
            return .none
        }
        function("setitem") { vm, args throws(PyError) in
            try args.expect("setitem", min: 3, max: 3)
            try vm.setItem(args.positional[0], args.positional[1], args.positional[2])
            return .none
        }
        two("countOf") { vm, a, b throws(PyError) in
            var count = 0
            let iterator = try vm.iterate(a)
            while let item = try vm.nextValue(iterator) {
                if try vm.keysEqual(item, b) { count += 1 }
            }
            return .int(count)
        }
        two("indexOf") { vm, a, b throws(PyError) in
            var index = 0
            let iterator = try vm.iterate(a)
            while let item = try vm.nextValue(iterator) {
                if try vm.keysEqual(item, b) { return .int(index) }
                index += 1
            }
            throw Errors.valueError("sequence.index(x): x not in sequence")
        }
        function("length_hint") { vm, args throws(PyError) in
            try args.expect("length_hint", min: 1, max: 2)
            let fallback = args.positional.count > 1 ? try vm.intArgument(args.positional[1]) : 0
            // What iterators of lists, tuples and ranges know is left (`__length_hint__`).
            if case .object(let o) = args.positional[0] {
                if let iterator = o as? ListIterator { return .int(max(0, iterator.list.items.count - iterator.position)) }
                if let iterator = o as? ArrayIterator { return .int(max(0, iterator.items.count - iterator.position)) }
                if let iterator = o as? RangeIterator { return .int(iterator.remaining) }
            }
            do throws(PyError) {
                return .int(try vm.length(args.positional[0]))
            } catch {
                guard case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.typeError) else { throw error }
                return .int(fallback)
            }
        }
        function("call") { vm, args throws(PyError) in
            guard let callee = args.positional.first else { throw Errors.typeError("call expected at least 1 argument, got 0") }
            return try vm.call(callee, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
        }
        namespace.set("itemgetter", .object(ItemGetterClass.type))
        namespace.set("attrgetter", .object(AttrGetterClass.type))
        namespace.set("methodcaller", .object(MethodCallerClass.type))
        return PyModule(name: "operator", namespace: namespace)
    }

    /// `concat` wants a sequence first: `'int' object can't be concatenated`.
    static func requireSequence(_ vm: VM, _ value: Value) throws(PyError) {
        if case .object(let o) = value {
            if o is PyStr || o is PyList || o is PyTuple || o is PyBytes || o is PyDeque { return }
            if o.type.hasSpecialMethods, o.type.lookup("__getitem__") != nil, !(o is PyDict) { return }
        }
        throw Errors.typeError("'\(value.typeName)' object can't be concatenated")
    }
}
