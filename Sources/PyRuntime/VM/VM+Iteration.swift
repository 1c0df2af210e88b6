extension VM {
    /// `iter(value)`.
    func iterate(_ value: Value) throws(PyError) -> Value {
        guard case .object(let o) = value else { throw Errors.notIterable(value) }
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__iter__") {
            let iterator = try call(method, [value])
            guard case .object(let i) = iterator, i is PyIterator || i is PyGenerator || i.type.lookup("__next__") != nil else {
                throw Errors.typeError("iter() returned non-iterator of type '\(iterator.typeName)'")
            }
            return iterator
        }
        switch o {
        case let list as PyList: return .object(ListIterator(list))
        case let tuple as PyTuple: return .object(ArrayIterator(tuple.items))
        case let s as PyStr: return .object(StrIterator(s))
        case let range as PyRange: return .object(RangeIterator(range))
        case let dict as PyDict: return .object(DictIterator(dict, kind: .keys))
        case let set as PySet: return .object(SetIterator(set))
        case let view as PyDictView:
            switch view.kind {
            case .keys: return .object(DictIterator(view.dict, kind: .keys))
            case .values: return .object(DictIterator(view.dict, kind: .values))
            case .items: return .object(DictIterator(view.dict, kind: .items))
            }
        case let bytes as PyBytes: return .object(ArrayIterator(bytes.bytes.map { .int(Int($0)) }))
        case is PyIterator, is PyGenerator: return value
        default:
            if o.type.hasSpecialMethods, o.type.specialMethod("__getitem__") != nil {
                return .object(SequenceProtocolIterator(value))
            }
            throw Errors.notIterable(value)
        }
    }

    /// Whether `iter(value)` would find an iterator, decided from the type alone (without
    /// calling `__iter__`, which may have side effects).
    func isIterable(_ value: Value) -> Bool {
        guard case .object(let o) = value else { return false }
        if o.type.hasSpecialMethods, o.type.lookup("__iter__") != nil || o.type.lookup("__getitem__") != nil {
            return true
        }
        switch o {
        case is PyList, is PyTuple, is PyStr, is PyRange, is PyDict, is PySet, is PyDictView, is PyBytes,
             is PyIterator, is PyGenerator:
            return true
        default:
            return false
        }
    }

    /// The next element of an iterator, or `nil` when exhausted. Each step of a native
    /// iterator counts as an instruction (`counted`), so native loops over them
    /// (`sum(range(10**10))`) stay within the limits; `for` loops count their jumps instead.
    func nextValue(_ iterator: Value, counted: Bool = true) throws(PyError) -> Value? {
        guard case .object(let o) = iterator else { throw Errors.typeError("'\(iterator.typeName)' object is not an iterator") }
        if let native = o as? PyIterator {
            if counted { try tick() }
            return try native.next(self)
        }
        if let generator = o as? PyGenerator { return try generatorSend(generator, .none) }
        if let method = o.type.lookup("__next__") {
            do {
                return try call(method, [iterator])
            } catch {
                if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.stopIteration) { return nil }
                throw error
            }
        }
        throw Errors.typeError("'\(iterator.typeName)' object is not an iterator")
    }

    /// Resumes a generator from Swift code (`next()`, `list()`, `sum()` …) in a nested loop:
    /// the yielded value, or `nil` when it returned.
    func generatorSend(_ generator: PyGenerator, _ value: Value) throws(PyError) -> Value? {
        switch generator.state {
        case .finished: return nil
        case .running: throw Errors.valueError("generator already executing")
        case .created, .suspended: break
        }
        if nestedRuns >= limits.maxNestedCallbacks { throw Errors.recursion() }
        try activate(generator, sending: value)
        generator.frame.back = nil
        nestedRuns += 1
        defer { nestedRuns -= 1 }
        switch try run(generator.frame) {
        case .yielded(let v): return v
        case .returned(let v):
            generator.returnValue = v
            return nil
        }
    }

    /// Every element of an iterable.
    func collect(_ value: Value) throws(PyError) -> [Value] {
        if case .object(let o) = value, !o.type.hasSpecialMethods {
            if let list = o as? PyList { return list.items }
            if let tuple = o as? PyTuple { return tuple.items }
        }
        let iterator = try iterate(value)
        var items: [Value] = []
        while let item = try nextValue(iterator) {
            if items.count & 1023 == 1023 { try reserveMemory(16 * 1024) }
            items.append(item)
        }
        return items
    }

    /// `a, b = value`: exactly `count` items.
    func unpack(_ value: Value, count: Int) throws(PyError) -> [Value] {
        if case .object(let o) = value {
            let items: [Value]?
            if let tuple = o as? PyTuple { items = tuple.items } else if let list = o as? PyList { items = list.items } else { items = nil }
            if let items {
                if items.count > count { throw Errors.tooManyValuesToUnpack(count) }
                if items.count < count { throw Errors.notEnoughValuesToUnpack(count, got: items.count) }
                return items
            }
        }
        guard isIterable(value) else {
            throw Errors.typeError("cannot unpack non-iterable \(value.typeName) object")
        }
        let iterator = try iterate(value)
        var items: [Value] = []
        while let item = try nextValue(iterator) {
            if items.count == count { throw Errors.tooManyValuesToUnpack(count) }
            items.append(item)
        }
        if items.count < count { throw Errors.notEnoughValuesToUnpack(count, got: items.count) }
        return items
    }

    /// `a, *b, c = value`: `before` items, a list, `after` items.
    func unpackStarred(_ value: Value, before: Int, after: Int) throws(PyError) -> [Value] {
        guard isIterable(value) else {
            throw Errors.typeError("cannot unpack non-iterable \(value.typeName) object")
        }
        let items = try collect(value)
        guard items.count >= before + after else {
            throw Errors.notEnoughValuesToUnpackStarred(before + after, got: items.count)
        }
        var result = Array(items[..<before])
        result.append(.list(Array(items[before..<(items.count - after)])))
        result.append(contentsOf: items[(items.count - after)...])
        return result
    }

    /// `dict.update(mapping)`; with `merging` set, a repeated key is an error naming the callee.
    func updateDict(_ dict: PyDict, from mapping: Value, merging callee: Value?) throws(PyError) {
        if case .object(let o) = mapping, let source = o as? PyDict {
            for (key, value) in source.entries {
                if let callee, try dict.contains(key, vm: self) {
                    let keyText = (key.asObject as? PyStr)?.value ?? ""
                    throw Errors.typeError("\(try calleeName(callee))() got multiple values for keyword argument '\(keyText)'")
                }
                try dict.set(key, value, vm: self)
            }
            return
        }
        guard case .object(let o) = mapping, o.type.lookup("keys") != nil else {
            if callee != nil {
                throw Errors.typeError("\(try calleeName(callee ?? .none))() argument after ** must be a mapping, not \(mapping.typeName)")
            }
            // A sequence of pairs.
            for (index, item) in try collect(mapping).enumerated() {
                guard isIterable(item) else {
                    throw Errors.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
                }
                let pair = try collect(item)
                guard pair.count == 2 else {
                    throw Errors.valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
                }
                try dict.set(pair[0], pair[1], vm: self)
            }
            return
        }
        for key in try collect(try callMethod(mapping, "keys", [])) {
            try dict.set(key, try getItem(mapping, key), vm: self)
        }
    }

    func calleeName(_ callee: Value) throws(PyError) -> String {
        if case .object(let o) = callee {
            if let f = o as? PyFunction {
                if case .object(let m)? = f.globals.get("__name__"), let module = m as? PyStr {
                    return module.value + "." + f.qualifiedName
                }
                return f.qualifiedName
            }
            if let b = o as? PyBuiltinFunction { return b.name }
            if let t = o as? PyType { return t.name }
            if let m = o as? PyBoundMethod { return try calleeName(m.function) }
        }
        return callee.typeName
    }
}

/// Iterates an object that only defines `__getitem__` (the old sequence protocol).
final class SequenceProtocolIterator: PyIterator {
    let sequence: Value
    var position = 0
    init(_ sequence: Value) { self.sequence = sequence }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        do {
            let value = try vm.getItem(sequence, .int(position))
            position += 1
            return value
        } catch {
            if case .exception(let e) = error,
               e.type.isSubtype(of: ExceptionTypes.indexError) || e.type.isSubtype(of: ExceptionTypes.stopIteration) {
                return nil
            }
            throw error
        }
    }
}

extension VM {
    /// `generator.throw(exc)` from Swift: the next yielded value, or `nil` when it returned.
    func generatorThrow(_ generator: PyGenerator, _ error: PyError) throws(PyError) -> Value? {
        if generator.state == .finished { throw error }
        if nestedRuns >= limits.maxNestedCallbacks { throw Errors.recursion() }
        nestedRuns += 1
        defer { nestedRuns -= 1 }
        switch try resumeCoroutine(generator, throwing: error) {
        case .yielded(let v): return v
        case .returned(let v):
            generator.returnValue = v
            return nil
        }
    }

    /// `generator.close()`: throws `GeneratorExit` in; yielding again is a `RuntimeError`.
    func closeGenerator(_ generator: PyGenerator) throws(PyError) {
        switch generator.state {
        case .created:
            generator.state = .finished
            return
        case .finished, .running:
            return
        case .suspended:
            break
        }
        do throws(PyError) {
            if try generatorThrow(generator, Errors.bare(ExceptionTypes.generatorExit)) != nil {
                throw Errors.runtimeError("generator ignored GeneratorExit")
            }
        } catch {
            if case .exception(let e) = error,
               e.type.isSubtype(of: ExceptionTypes.generatorExit) || e.type.isSubtype(of: ExceptionTypes.stopIteration) {
                return
            }
            throw error
        }
    }
}
