import PyFrontend

extension CodeGenerator {
    /// `importName "a.b.c"` pushes the top-level package `a` (CPython's `__import__` without a
    /// from-list), so:
    ///
    /// - `import a.b.c` → `importName 'a.b.c'; <store a>`;
    /// - `import a.b.c as m` → `importName 'a.b.c'; importFrom b; swap 2; pop; importFrom c;
    ///   <store m>; pop` (walks down to the submodule, as CPython 3.12 does).
    func compileImport(_ names: [Alias]) throws(SyntaxError) {
        for alias in names {
            try at(alias.range) { () throws(SyntaxError) in
                emit(.importName(unit.name(alias.name)))
                let parts = alias.name.split(separator: ".").map(String.init)
                guard let asname = alias.asname else {
                    nameOp(parts[0], .store)
                    return
                }
                emitDescend(into: parts.dropFirst())
                nameOp(asname, .store)
                if parts.count > 1 { emit(.pop) }
            }
        }
    }

    /// `from a.b import x as y, z` → `importName 'a.b'; importFrom b; swap 2; pop;
    /// importFrom x; <store y>; importFrom z; <store z>; pop`; `from a import *` →
    /// `importName 'a'; importStar`. Relative imports pass the dots in the name
    /// (`from .m import x` → `importName '.m'`) and are not descended; the runtime has no
    /// packages and should raise `ImportError: attempted relative import with no known parent
    /// package`.
    func compileImportFrom(module: String?, names: [Alias], level: Int) throws(SyntaxError) {
        let moduleName = String(repeating: ".", count: level) + (module ?? "")
        emit(.importName(unit.name(moduleName)))
        if level == 0, let module {
            let parts = module.split(separator: ".").map(String.init)
            emitDescend(into: parts.dropFirst())
            if parts.count > 1 { emit(.swap(2)); emit(.pop) }
        }
        if names.count == 1 && names[0].name == "*" {
            emit(.importStar)
            return
        }
        for alias in names {
            try at(alias.range) { () throws(SyntaxError) in
                emit(.importFrom(unit.name(alias.name)))
                nameOp(alias.asname ?? alias.name, .store)
            }
        }
        emit(.pop)
    }

    /// `a → a.b a.b.c` for parts `[b, c]`: each submodule through `importFrom`, keeping only the
    /// leaf and its parent (callers drop the parent).
    private func emitDescend(into parts: ArraySlice<String>) {
        for (offset, part) in parts.enumerated() {
            emit(.importFrom(unit.name(part)))
            if offset < parts.count - 1 {
                emit(.swap(2))
                emit(.pop)
            }
        }
    }
}
