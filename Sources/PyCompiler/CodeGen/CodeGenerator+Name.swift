import PyFrontend

/// Whether a name is read, bound or unbound.
enum NameAction {
    case load, store, delete
}

extension CodeGenerator {
    /// Emits the load, store or delete of `rawName` that its scope calls for (CPython
    /// `compiler_nameop`):
    ///
    /// - module body: `loadGlobal`/`storeGlobal`/`deleteGlobal` (the namespace is the globals);
    /// - functions: fast slots for locals, `…Deref` for cell and free variables, `…Global` for
    ///   globals;
    /// - class bodies: `loadName`/`storeName`/`deleteName` for locals and implicit globals,
    ///   `loadClassDeref` for free variables, `…Global` for declared globals.
    func nameOp(_ rawName: String, _ action: NameAction) {
        let name = mangle(rawName)
        let scope = unit.scope
        let symbol = scope.scope(of: name)
        if scope.kind == .module {
            emitGlobal(name, action)
            return
        }
        switch symbol {
        case .free, .cell:
            guard let cell = unit.cell(name) else {
                preconditionFailure("compiler bug: \(name) is not a cell of \(unit.qualifiedName)")
            }
            switch action {
            case .load: emit(scope.kind == .classBody ? .loadClassDeref(cell) : .loadDeref(cell))
            case .store: emit(.storeDeref(cell))
            case .delete: emit(.deleteDeref(cell))
            }
        case .local where scope.kind.isFunctionLike:
            let slot = unit.local(name)
            switch action {
            case .load: emit(.loadFast(slot))
            case .store: emit(.storeFast(slot))
            case .delete: emit(.deleteFast(slot))
            }
        case .local where scope.kind == .classBody, .globalImplicit where scope.kind == .classBody:
            let index = unit.name(name)
            switch action {
            case .load: emit(.loadName(index))
            case .store: emit(.storeName(index))
            case .delete: emit(.deleteName(index))
            }
        case .local, .globalExplicit, .globalImplicit:
            emitGlobal(name, action)
        }
    }

    private func emitGlobal(_ name: String, _ action: NameAction) {
        let index = unit.name(name)
        switch action {
        case .load: emit(.loadGlobal(index))
        case .store: emit(.storeGlobal(index))
        case .delete: emit(.deleteGlobal(index))
        }
    }

    /// The index for an attribute or method name (mangled inside classes, as CPython does).
    func attributeName(_ attr: String) -> Int {
        unit.name(mangle(attr))
    }

    /// Pushes the cells a nested scope closes over (`loadClosure` each, then `buildTuple`), and
    /// returns whether there were any.
    func emitClosure(for child: Scope) -> Bool {
        let freevars = child.freevars
        guard !freevars.isEmpty else { return false }
        for name in freevars {
            guard let cell = unit.cell(name) else {
                preconditionFailure("compiler bug: \(unit.qualifiedName) has no cell for \(name)")
            }
            emit(.loadClosure(cell))
        }
        emit(.buildTuple(freevars.count))
        return true
    }
}
