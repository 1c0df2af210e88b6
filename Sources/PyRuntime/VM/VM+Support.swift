import PyCompiler

extension VM {
    /// Accounts for an allocation about to happen; `MemoryError` past the limit.
    @inline(__always)
    func reserveMemory(_ bytes: Int) throws(PyError) {
        // Compared before adding: sizes near Int.max must not overflow the running total.
        if bytes > limits.maxMemoryBytes - allocatedBytes { throw Errors.memory() }
        allocatedBytes += max(0, bytes)
    }

    /// One f-string field: conversion, then `format(value, spec)`.
    func formatField(_ value: Value, conversion: FormatConversion, spec: Value?) throws(PyError) -> String {
        var converted = value
        switch conversion {
        case .none: break
        case .str: converted = .str(try str(value))
        case .repr: converted = .str(try repr(value))
        case .ascii: converted = .str(VM.asciiEscaped(try repr(value)))
        }
        var specText = ""
        if let spec, case .object(let o) = spec, let s = o as? PyStr { specText = s.value }
        return try format(converted, spec: specText)
    }

    /// `ascii()`: non-ASCII characters escaped.
    static func asciiEscaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else if scalar.value < 0x10000 {
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            } else {
                out += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
            }
        }
        return out
    }

    /// `id(value)`: fixed for an object's lifetime (`copy.deepcopy`'s memo is keyed by it).
    func identity(of value: Value) throws(PyError) -> Int {
        switch value {
        case .object(let o): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)) & Int.max
        default: return abs(try hash(value))
        }
    }

    // MARK: Imports

    /// `import name`: only modules implemented in the runtime.
    /// For a dotted name (`collections.abc`) every package on the way is imported, each
    /// submodule becomes an attribute of its parent, and the top-level package is returned,
    /// as CPython's `__import__` without a from-list returns it (the compiler descends).
    func importModule(_ name: String) throws(PyError) -> PyModule {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count > 1 else { return try loadModule(name) }
        let top = try loadModule(parts[0])
        var parent = top
        for depth in 1..<parts.count {
            let module = try loadModule(parts[0...depth].joined(separator: "."))
            parent.namespace.set(parts[depth], .object(module))
            parent = module
        }
        return top
    }

    /// The module of this exact name, built on first use.
    private func loadModule(_ name: String) throws(PyError) -> PyModule {
        if let module = modules[name] { return module }
        guard let factory = StandardModules.factories[name] else {
            let top = name.split(separator: ".").first.map(String.init) ?? name
            throw Errors.moduleNotFound(StandardModules.factories[top] == nil ? top : name)
        }
        let module = factory(self)
        modules[name] = module
        return module
    }

    /// `from module import name`.
    func importFrom(_ module: Value, _ name: String) throws(PyError) -> Value {
        guard case .object(let o) = module, let m = o as? PyModule else {
            throw Errors.make(ExceptionTypes.importError, "cannot import name '\(name)'")
        }
        if let value = m.namespace.get(name) { return value }
        throw Errors.make(ExceptionTypes.importError,
                          "cannot import name '\(name)' from '\(m.name)' (unknown location)")
    }

    /// `from module import *`.
    func importStar(_ module: Value, into namespace: PyDict) throws(PyError) {
        guard case .object(let o) = module, let m = o as? PyModule else { return }
        for (key, value) in m.namespace.entries {
            if case .object(let k) = key, let s = k as? PyStr, !s.value.hasPrefix("_") { namespace.set(s, value) }
        }
    }
}
