import BigInt
import PyFrontend

/// The `builtins` namespace: functions, types and exception classes. Deliberately absent:
/// `open`, `input`, `eval`, `exec`, `compile`, `__import__`, `globals`, `locals`, `vars`,
/// `breakpoint` (using them is a `NameError`, the sandbox's first wall).
enum BuiltinModule {
    /// A fresh namespace for one interpreter (the values are shared and immutable).
    static func makeNamespace(interner: Interner) -> PyDict {
        let dict = PyDict()
        for (name, value) in shared { dict.set(interner.intern(name), value) }
        return dict
    }

    nonisolated(unsafe) static let shared: [(String, Value)] = {
        var entries: [(String, Value)] = []
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            entries.append((name, .object(PyBuiltinFunction(name, body))))
        }
        for type in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                     BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict,
                     BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice,
                     BuiltinTypes.property, BuiltinTypes.classMethod, BuiltinTypes.staticMethod] {
            entries.append((type.name, .object(type)))
        }
        entries.append(("super", .object(superFunction)))
        for type in ExceptionTypes.builtinNames { entries.append((type.name, .object(type))) }
        for (name, type) in ExceptionTypes.aliases { entries.append((name, .object(type))) }
        entries.append(("NotImplemented", .object(BuiltinTypes.notImplemented)))
        entries.append(("Ellipsis", .object(BuiltinTypes.ellipsis)))
        entries.append(("__name__", .str("builtins")))

        function("print", Builtins.print)
        function("len") { vm, args throws(PyError) in
            try args.expect("len", min: 1, max: 1)
            return .int(try vm.length(args.positional[0]))
        }
        function("repr") { vm, args throws(PyError) in
            try args.expect("repr", min: 1, max: 1)
            return .str(try vm.repr(args.positional[0]))
        }
        function("ascii") { vm, args throws(PyError) in
            try args.expect("ascii", min: 1, max: 1)
            return .str(VM.asciiEscaped(try vm.repr(args.positional[0])))
        }
        function("hash") { vm, args throws(PyError) in
            try args.expect("hash", min: 1, max: 1)
            return .int(try vm.hash(args.positional[0]))
        }
        function("id") { vm, args throws(PyError) in
            try args.expect("id", min: 1, max: 1)
            return .int(try vm.identity(of: args.positional[0]))
        }
        function("callable") { vm, args throws(PyError) in
            try args.expect("callable", min: 1, max: 1)
            return .bool(isCallable(args.positional[0]))
        }
        function("isinstance") { vm, args throws(PyError) in
            try args.expect("isinstance", min: 2, max: 2)
            return .bool(try Builtins.isInstance(vm, args.positional[0], args.positional[1]))
        }
        function("issubclass") { vm, args throws(PyError) in
            try args.expect("issubclass", min: 2, max: 2)
            guard case .object(let o) = args.positional[0], let type = o as? PyType else {
                throw Errors.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try Builtins.isSubclass(vm, type, args.positional[1]))
        }
        function("abs") { vm, args throws(PyError) in
            try args.expect("abs", min: 1, max: 1)
            let value = args.positional[0]
            switch Number(value) {
            case .int(let i)?: return i == Int.min ? PyBigInt.value(-BigInt(i)) : .int(Swift.abs(i))
            case .big(let b)?: return PyBigInt.value(BigInt(b.magnitude))
            case .float(let d)?: return .float(Swift.abs(d))
            case nil:
                if value.pyType.hasSpecialMethods, let method = value.pyType.specialMethod("__abs__") {
                    return try vm.call(method, [value])
                }
                throw Errors.typeError("bad operand type for abs(): '\(value.typeName)'")
            }
        }
        function("divmod") { vm, args throws(PyError) in
            try args.expect("divmod", min: 2, max: 2)
            let (a, b) = (args.positional[0], args.positional[1])
            if let x = Number(a), let y = Number(b) {
                if x.isFloat || y.isFloat {
                    let divisor = try doubleValue(y)
                    guard divisor != 0 else { throw Errors.floatDivisionByZero("float divmod()") }
                    let (q, r) = vm.floatDivMod(try doubleValue(x), divisor)
                    return .tuple([.float(q), .float(r)])
                }
                return .tuple([try vm.binaryOperation(.floorDivide, a, b), try vm.binaryOperation(.remainder, a, b)])
            }
            throw Errors.unsupportedOperands("divmod()", a, b)
        }
        function("pow", Builtins.pow)
        function("round", Builtins.round)
        function("min") { vm, args throws(PyError) in try Builtins.minMax(vm, args, name: "min", op: .less) }
        function("max") { vm, args throws(PyError) in try Builtins.minMax(vm, args, name: "max", op: .greater) }
        function("sum", Builtins.sum)
        function("any") { vm, args throws(PyError) in
            try args.expect("any", min: 1, max: 1)
            let iterator = try vm.iterate(args.positional[0])
            while let item = try vm.nextValue(iterator) { if try vm.isTruthy(item) { return .true } }
            return .false
        }
        function("all") { vm, args throws(PyError) in
            try args.expect("all", min: 1, max: 1)
            let iterator = try vm.iterate(args.positional[0])
            while let item = try vm.nextValue(iterator) { if try !vm.isTruthy(item) { return .false } }
            return .true
        }
        function("sorted") { vm, args throws(PyError) in
            if args.positional.count != 1 {
                throw Errors.typeError("sorted expected 1 argument, got \(args.positional.count)")
            }
            try args.expect("sorted", min: 1, max: 1, allowKeywords: ["key", "reverse"])
            let list = PyList(try vm.collect(args.positional[0]))
            try ListMethods.sort(vm, list, key: args.keyword("key") ?? .none, reverse: args.keyword("reverse") ?? .false)
            return .object(list)
        }
        function("reversed") { vm, args throws(PyError) in
            try args.expect("reversed", min: 1, max: 1)
            let value = args.positional[0]
            if case .object(let o) = value {
                if o.type.hasSpecialMethods, let method = o.type.specialMethod("__reversed__") {
                    return try vm.call(method, [value])
                }
                if let range = o as? PyRange {
                    let last = range.count == 0 ? range.start : range.element(range.count - 1)
                    return .object(RangeIterator(PyRange(start: last, stop: range.start &- range.step, step: -range.step)))
                }
                if o is PyDict || o is PyDictView { return .object(ArrayIterator(try vm.collect(value).reversed())) }
                if o is PyList || o is PyTuple || o is PyStr || o.type.hasSpecialMethods {
                    return .object(ReversedIterator(value, count: try vm.length(value)))
                }
            }
            throw Errors.typeError("'\(value.typeName)' object is not reversible")
        }
        function("enumerate") { vm, args throws(PyError) in
            try args.expect("enumerate", min: 1, max: 2, allowKeywords: ["start"])
            let start = try args.argument(1, "start").map { v throws(PyError) in try vm.intArgument(v) } ?? 0
            return .object(EnumerateIterator(try vm.iterate(args.positional[0]), start: start))
        }
        function("zip") { vm, args throws(PyError) in
            try args.expect("zip", min: 0, max: Int.max, allowKeywords: ["strict"])
            var sources: [Value] = []
            for value in args.positional { sources.append(try vm.iterate(value)) }
            return .object(ZipIterator(sources, strict: try vm.isTruthy(args.keyword("strict") ?? .false)))
        }
        function("map") { vm, args throws(PyError) in
            guard args.positional.count >= 2 else { throw Errors.typeError("map() must have at least two arguments.") }
            var sources: [Value] = []
            for value in args.positional.dropFirst() { sources.append(try vm.iterate(value)) }
            return .object(MapIterator(args.positional[0], sources))
        }
        function("filter") { vm, args throws(PyError) in
            try args.expect("filter", min: 2, max: 2)
            return .object(FilterIterator(args.positional[0], try vm.iterate(args.positional[1])))
        }
        function("iter") { vm, args throws(PyError) in
            try args.expect("iter", min: 1, max: 2)
            if args.positional.count == 2 { return .object(CallableIterator(args.positional[0], sentinel: args.positional[1])) }
            return try vm.iterate(args.positional[0])
        }
        function("next") { vm, args throws(PyError) in
            try args.expect("next", min: 1, max: 2)
            let iterator = args.positional[0]
            guard case .object(let o) = iterator, o is PyIterator || o is PyGenerator || o.type.lookup("__next__") != nil else {
                throw Errors.typeError("'\(iterator.typeName)' object is not an iterator")
            }
            if let value = try vm.nextValue(iterator) { return value }
            if args.positional.count == 2 { return args.positional[1] }
            if case .object(let g) = iterator, let generator = g as? PyGenerator {
                throw Errors.stopIteration(generator.returnValue)
            }
            throw Errors.stopIteration()
        }
        function("chr") { vm, args throws(PyError) in
            try args.expect("chr", min: 1, max: 1)
            let code = try vm.intArgument(args.positional[0])
            guard code >= 0, code <= 0x10FFFF else { throw Errors.valueError("chr() arg not in range(0x110000)") }
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return .str("\u{FFFD}") }
            return .str(String(Character(scalar)))
        }
        function("ord") { vm, args throws(PyError) in
            try args.expect("ord", min: 1, max: 1)
            guard case .object(let o) = args.positional[0], let s = o as? PyStr else {
                throw Errors.typeError("ord() expected string of length 1, but \(args.positional[0].typeName) found")
            }
            guard s.count == 1 else {
                throw Errors.typeError("ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(s.scalar(at: 0).value))
        }
        function("hex") { vm, args throws(PyError) in try Builtins.radix(vm, args, "hex", 16) }
        function("oct") { vm, args throws(PyError) in try Builtins.radix(vm, args, "oct", 8) }
        function("bin") { vm, args throws(PyError) in try Builtins.radix(vm, args, "bin", 2) }
        function("format") { vm, args throws(PyError) in
            try args.expect("format", min: 1, max: 2)
            let spec = args.positional.count > 1 ? try vm.strArgument(args.positional[1], "format() argument 2").value : ""
            return .str(try vm.format(args.positional[0], spec: spec))
        }
        function("getattr") { vm, args throws(PyError) in
            try args.expect("getattr", min: 2, max: 3)
            let name = try attributeName(args.positional[1])
            if args.positional.count == 3 {
                do throws(PyError) {
                    return try vm.getAttribute(args.positional[0], vm.interner.intern(name.value))
                } catch {
                    if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.attributeError) {
                        return args.positional[2]
                    }
                    throw error
                }
            }
            return try vm.getAttribute(args.positional[0], vm.interner.intern(name.value))
        }
        function("hasattr") { vm, args throws(PyError) in
            try args.expect("hasattr", min: 2, max: 2)
            let name = try attributeName(args.positional[1])
            do throws(PyError) {
                _ = try vm.getAttribute(args.positional[0], vm.interner.intern(name.value))
                return .true
            } catch {
                if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.attributeError) { return .false }
                throw error
            }
        }
        function("setattr") { vm, args throws(PyError) in
            try args.expect("setattr", min: 3, max: 3)
            let name = try attributeName(args.positional[1])
            try vm.setAttribute(args.positional[0], vm.interner.intern(name.value), args.positional[2])
            return .none
        }
        function("vars") { vm, args throws(PyError) in
            try args.expect("vars", min: 1, max: 1)
            let value = args.positional[0]
            guard case .object(let o) = value else { throw Errors.typeError("vars() argument must have __dict__ attribute") }
            if let type = o as? PyType, !type.isBuiltin {
                let dict = PyDict()
                for key in type.namespace.keys.sorted() { dict.set(key, type.namespace[key] ?? .none) }
                return .object(dict)
            }
            guard o.type.hasInstanceDict else { throw Errors.typeError("vars() argument must have __dict__ attribute") }
            if o.attributes == nil { o.attributes = PyDict() }
            return .object(o.attributes ?? PyDict())
        }
        function("dir") { vm, args throws(PyError) in
            try args.expect("dir", min: 1, max: 1)
            let value = args.positional[0]
            var names: Set<String> = []
            if case .object(let o) = value {
                if let module = o as? PyModule {
                    for (key, _) in module.namespace.entries { if case .object(let k) = key, let s = k as? PyStr { names.insert(s.value) } }
                } else {
                    for (key, _) in o.attributes?.entries ?? [] { if case .object(let k) = key, let s = k as? PyStr { names.insert(s.value) } }
                    let type = (o as? PyType) ?? o.type
                    for t in type.mro { names.formUnion(t.namespace.keys) }
                }
            } else {
                for t in value.pyType.mro { names.formUnion(t.namespace.keys) }
            }
            return .list(names.sorted().map { .str($0) })
        }
        function("delattr") { vm, args throws(PyError) in
            try args.expect("delattr", min: 2, max: 2)
            let name = try attributeName(args.positional[1])
            try vm.deleteAttribute(args.positional[0], vm.interner.intern(name.value))
            return .none
        }
        return entries
    }()

    static func attributeName(_ value: Value) throws(PyError) -> PyStr {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw Errors.typeError("attribute name must be string, not '\(value.typeName)'")
        }
        return s
    }

    /// `super()` / `super(type, obj)`; the compiler passes `__class__` and the first argument
    /// for the zero-argument form.
    nonisolated(unsafe) static let superFunction = PyBuiltinFunction("super") { vm, args throws(PyError) in
        guard args.positional.count == 2, case .object(let t) = args.positional[0], let type = t as? PyType else {
            throw Errors.runtimeError("super(): no arguments")
        }
        let receiver = args.positional[1]
        let receiverType: PyType
        if case .object(let r) = receiver, let asType = r as? PyType, asType.isSubtype(of: type) {
            receiverType = asType
        } else {
            receiverType = receiver.pyType
        }
        guard receiverType.isSubtype(of: type) else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startAfter: type, receiver: receiver, receiverType: receiverType))
    }

    /// `__build_class__(body, name, *bases, **keywords)`.
    nonisolated(unsafe) static let buildClass = PyBuiltinFunction("__build_class__") { vm, args throws(PyError) in
        guard args.positional.count >= 2, case .object(let f) = args.positional[0], let body = f as? PyFunction,
              case .object(let n) = args.positional[1], let name = n as? PyStr else {
            throw Errors.typeError("__build_class__: bad arguments")
        }
        var bases: [PyType] = []
        let originalBases = Value.tuple(Array(args.positional.dropFirst(2)))
        for base in args.positional.dropFirst(2) {
            // An object standing for a class (`typing.List[int]`) names its bases itself.
            if case .object(let b) = base, !(b is PyType), b.type.hasSpecialMethods,
               let entries = b.type.specialMethod("__mro_entries__") {
                for entry in try vm.collect(try vm.call(entries, [base, originalBases])) {
                    guard case .object(let e) = entry, let type = e as? PyType else { throw Errors.typeError("bases must be types") }
                    bases.append(type)
                }
                continue
            }
            guard case .object(let b) = base, let type = b as? PyType else {
                throw Errors.typeError("bases must be types")
            }
            if type === BuiltinTypes.bool || type === BuiltinTypes.range || type === BuiltinTypes.slice
                || type === BuiltinTypes.function || type.layout == .generator {
                throw Errors.typeError("type '\(type.name)' is not an acceptable base type")
            }
            bases.append(type)
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        guard let mro = PyType.linearize(bases: bases) else {
            throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(bases.map(\.name).joined(separator: ", "))")
        }
        let namespace = PyDict()
        let frame = Frame(code: body.runtimeCode, globals: body.globals, namespace: namespace)
        if !body.closure.isEmpty || !body.code.cellvars.isEmpty { vm.prepareCells(frame, closure: body.closure) }
        _ = try vm.runNested(frame)
        var attributes: [String: Value] = [:]
        var classCell: PyCell?
        for (key, value) in namespace.entries {
            guard case .object(let k) = key, let s = k as? PyStr else { continue }
            if s.value == "__classcell__" {
                if case .object(let c) = value { classCell = c as? PyCell }
                continue
            }
            attributes[s.value] = value
        }
        if let builder = bases.lazy.flatMap(\.mro).compactMap(\.subclassBuilder).first {
            var ordered: [(name: String, value: Value)] = []
            for (key, value) in namespace.entries {
                if let text = (key.asObject as? PyStr)?.value, text != "__classcell__" { ordered.append((text, value)) }
            }
            let built = try builder(vm, name.value, bases, ordered, args.keywords)
            classCell?.value = built
            return built
        }
        // A class defining __eq__ without __hash__ is unhashable (CPython sets it to None).
        if attributes["__eq__"] != nil, attributes["__hash__"] == nil { attributes["__hash__"] = Value.none }
        let layout = mro.first(where: { $0.isBuiltin && $0 !== BuiltinTypes.object })?.layout ?? .object
        let qualified = (attributes["__qualname__"]?.asObject as? PyStr)?.value ?? name.value
        attributes["__qualname__"] = nil
        let moduleName = (attributes["__module__"]?.asObject as? PyStr)?.value ?? "__main__"
        let type = PyType(name: name.value, qualifiedName: qualified, moduleName: moduleName, metatype: BuiltinTypes.type,
                          bases: bases, mro: mro, namespace: attributes, layout: layout, hasInstanceDict: true,
                          isBuiltin: false)
        classCell?.value = .object(type)
        return .object(type)
    }
}
