/// `dict`, its views, `set` and `frozenset`.
enum DictMethods {
    static func receiver(_ args: Arguments) -> PyDict {
        if case .object(let o) = args.positional[0], let d = o as? PyDict { return d }
        return PyDict()
    }

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("dict", min: 0, max: 1, allowKeywords: Set(args.keywords.map(\.name)))
        let dict = type === BuiltinTypes.dict ? PyDict() : PyDict(type: type)
        if let source = args.positional.first { try vm.updateDict(dict, from: source, merging: nil) }
        for (name, value) in args.keywords { dict.set(name, value) }
        return .object(dict)
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("dict", "get") { vm, args throws(PyError) in
            try args.expectMethod("get", min: 1, max: 2)
            return try receiver(args).get(args.positional[1], vm: vm) ?? (args.positional.count > 2 ? args.positional[2] : .none)
        },
        method("dict", "setdefault") { vm, args throws(PyError) in
            try args.expectMethod("setdefault", min: 1, max: 2)
            let dict = receiver(args)
            if let existing = try dict.get(args.positional[1], vm: vm) { return existing }
            let value = args.positional.count > 2 ? args.positional[2] : .none
            try dict.set(args.positional[1], value, vm: vm)
            return value
        },
        method("dict", "pop") { vm, args throws(PyError) in
            try args.expectMethod("pop", min: 1, max: 2)
            if let value = try receiver(args).remove(args.positional[1], vm: vm) { return value }
            if args.positional.count > 2 { return args.positional[2] }
            throw Errors.keyError(args.positional[1])
        },
        method("dict", "popitem") { vm, args throws(PyError) in
            guard let (key, value) = receiver(args).popLast() else { throw Errors.make(ExceptionTypes.keyError, "popitem(): dictionary is empty") }
            return .tuple([key, value])
        },
        method("dict", "update") { vm, args throws(PyError) in
            try args.expectMethod("update", min: 0, max: 1, allowKeywords: Set(args.keywords.map(\.name)))
            let dict = receiver(args)
            if args.positional.count > 1 { try vm.updateDict(dict, from: args.positional[1], merging: nil) }
            for (name, value) in args.keywords { dict.set(name, value) }
            return .none
        },
        method("dict", "keys") { vm, args throws(PyError) in .object(PyDictView(receiver(args), kind: .keys)) },
        method("dict", "values") { vm, args throws(PyError) in .object(PyDictView(receiver(args), kind: .values)) },
        method("dict", "items") { vm, args throws(PyError) in .object(PyDictView(receiver(args), kind: .items)) },
        method("dict", "copy") { vm, args throws(PyError) in
            let copy = PyDict()
            try vm.updateDict(copy, from: args.positional[0], merging: nil)
            return .object(copy)
        },
        method("dict", "clear") { vm, args throws(PyError) in
            receiver(args).removeAll()
            return .none
        },
        ("fromkeys", .object({
            let f = PyBuiltinFunction("fromkeys", owner: "dict") { vm, args throws(PyError) in
                guard args.positional.count >= 2, args.positional.count <= 3 else {
                    throw Errors.typeError("fromkeys expected at least 1 argument, got \(max(0, args.positional.count - 1))")
                }
                let dict = PyDict()
                let value = args.positional.count > 2 ? args.positional[2] : .none
                for key in try vm.collect(args.positional[1]) { try dict.set(key, value, vm: vm) }
                return .object(dict)
            }
            f.isClassMethod = true
            return f
        }())),
        method("dict", "__init__") { vm, args throws(PyError) in
            let dict = receiver(args)
            if args.positional.count > 1 { try vm.updateDict(dict, from: args.positional[1], merging: nil) }
            for (name, value) in args.keywords { dict.set(name, value) }
            return .none
        },
        method("dict", "__getitem__") { vm, args throws(PyError) in
            guard let value = try receiver(args).get(args.positional[1], vm: vm) else { throw Errors.keyError(args.positional[1]) }
            return value
        },
        method("dict", "__setitem__") { vm, args throws(PyError) in
            try receiver(args).set(args.positional[1], args.positional[2], vm: vm)
            return .none
        },
        method("dict", "__delitem__") { vm, args throws(PyError) in
            guard try receiver(args).remove(args.positional[1], vm: vm) != nil else { throw Errors.keyError(args.positional[1]) }
            return .none
        },
        method("dict", "__contains__") { vm, args throws(PyError) in .bool(try receiver(args).contains(args.positional[1], vm: vm)) },
        method("dict", "__len__") { vm, args throws(PyError) in .int(receiver(args).count) },
        method("dict", "__iter__") { vm, args throws(PyError) in .object(DictIterator(receiver(args), kind: .keys)) },
    ])

    nonisolated(unsafe) static let viewTable: [String: Value] = methodTable([
        method("dict_keys", "isdisjoint") { vm, args throws(PyError) in
            for item in try vm.collect(args.positional[1]) where try vm.contains(args.positional[0], item) { return .false }
            return .true
        },
    ])
}

enum SetMethods {
    static func receiver(_ args: Arguments) -> PySet {
        if case .object(let o) = args.positional[0], let s = o as? PySet { return s }
        return PySet()
    }

    static func constructSet(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("set", min: 0, max: 1)
        let set = type === BuiltinTypes.set ? PySet() : PySet(type: type)
        if let source = args.positional.first { for item in try vm.collect(source) { try set.add(item, vm: vm) } }
        return .object(set)
    }

    static func constructFrozenSet(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("frozenset", min: 0, max: 1)
        let set = type === BuiltinTypes.frozenset ? PySet(frozen: true) : PySet(type: type)
        if let source = args.positional.first { for item in try vm.collect(source) { try set.add(item, vm: vm) } }
        return .object(set)
    }

    /// The argument as a set (any iterable is accepted by the named methods).
    static func asSet(_ vm: VM, _ value: Value) throws(PyError) -> PySet {
        if case .object(let o) = value, let s = o as? PySet { return s }
        let set = PySet()
        for item in try vm.collect(value) { try set.add(item, vm: vm) }
        return set
    }

    static func table(frozen: Bool) -> [String: Value] {
        let owner = frozen ? "frozenset" : "set"
        var entries: [(String, Value)] = [
            method(owner, "union") { vm, args throws(PyError) in
                var result = receiver(args)
                result = try vm.setOperation(.or, result, PySet(frozen: result.isFrozen))
                for other in args.positional.dropFirst() { result = try vm.setOperation(.or, result, try asSet(vm, other)) }
                return .object(result)
            },
            method(owner, "intersection") { vm, args throws(PyError) in
                var result = try vm.setOperation(.or, receiver(args), PySet(frozen: receiver(args).isFrozen))
                for other in args.positional.dropFirst() { result = try vm.setOperation(.and, result, try asSet(vm, other)) }
                return .object(result)
            },
            method(owner, "difference") { vm, args throws(PyError) in
                var result = try vm.setOperation(.or, receiver(args), PySet(frozen: receiver(args).isFrozen))
                for other in args.positional.dropFirst() { result = try vm.setOperation(.subtract, result, try asSet(vm, other)) }
                return .object(result)
            },
            method(owner, "symmetric_difference") { vm, args throws(PyError) in
                try args.expectMethod("symmetric_difference", min: 1, max: 1)
                return .object(try vm.setOperation(.xor, receiver(args), try asSet(vm, args.positional[1])))
            },
            method(owner, "issubset") { vm, args throws(PyError) in
                try vm.compareOperation(.lessEqual, .object(receiver(args)), .object(try asSet(vm, args.positional[1])))
            },
            method(owner, "issuperset") { vm, args throws(PyError) in
                try vm.compareOperation(.greaterEqual, .object(receiver(args)), .object(try asSet(vm, args.positional[1])))
            },
            method(owner, "isdisjoint") { vm, args throws(PyError) in
                let set = receiver(args)
                for item in try vm.collect(args.positional[1]) where try set.contains(item, vm: vm) { return .false }
                return .true
            },
            method(owner, "copy") { vm, args throws(PyError) in
                .object(try vm.setOperation(.or, receiver(args), PySet(frozen: receiver(args).isFrozen)))
            },
            method(owner, "__len__") { vm, args throws(PyError) in .int(receiver(args).count) },
            method(owner, "__init__") { vm, args throws(PyError) in
                let set = receiver(args)
                if args.positional.count > 1 { for item in try vm.collect(args.positional[1]) { try set.add(item, vm: vm) } }
                return .none
            },
            method(owner, "__contains__") { vm, args throws(PyError) in .bool(try receiver(args).contains(args.positional[1], vm: vm)) },
        ]
        if !frozen {
            entries += [
                method("set", "add") { vm, args throws(PyError) in
                    try args.expectMethod("add", min: 1, max: 1)
                    try receiver(args).add(args.positional[1], vm: vm)
                    return .none
                },
                method("set", "discard") { vm, args throws(PyError) in
                    try args.expectMethod("discard", min: 1, max: 1)
                    try receiver(args).remove(args.positional[1], vm: vm)
                    return .none
                },
                method("set", "remove") { vm, args throws(PyError) in
                    try args.expectMethod("remove", min: 1, max: 1)
                    guard try receiver(args).remove(args.positional[1], vm: vm) else { throw Errors.keyError(args.positional[1]) }
                    return .none
                },
                method("set", "pop") { vm, args throws(PyError) in
                    guard let value = receiver(args).popFirst() else { throw Errors.make(ExceptionTypes.keyError, "pop from an empty set") }
                    return value
                },
                method("set", "clear") { vm, args throws(PyError) in
                    receiver(args).removeAll()
                    return .none
                },
                method("set", "update") { vm, args throws(PyError) in
                    let set = receiver(args)
                    for other in args.positional.dropFirst() { for item in try vm.collect(other) { try set.add(item, vm: vm) } }
                    return .none
                },
                method("set", "intersection_update") { vm, args throws(PyError) in
                    let set = receiver(args)
                    for other in args.positional.dropFirst() {
                        let keep = try asSet(vm, other)
                        for item in set.elements where try !keep.contains(item, vm: vm) { try set.remove(item, vm: vm) }
                    }
                    return .none
                },
                method("set", "difference_update") { vm, args throws(PyError) in
                    let set = receiver(args)
                    for other in args.positional.dropFirst() { for item in try vm.collect(other) { try set.remove(item, vm: vm) } }
                    return .none
                },
            ]
        }
        return methodTable(entries)
    }
}
