/// The `random` module: `Random` (MT19937 with CPython's seeding, so `seed(42)` streams
/// match CPython's) and functions bound to one instance per run, seeded from entropy.
enum RandomModule {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "Random", .other, methods: methods, constructor: { vm, type, args throws(PyError) in
            let random = PyRandom(type: type)
            if type === RandomModule.type { try initialize(vm, random, args) }
            return .object(random)
        }, moduleName: "random", isCType: false)

    /// `Random(x=None)`.
    static func initialize(_ vm: VM, _ random: PyRandom, _ args: Arguments) throws(PyError) {
        let seed = try Signature(name: "Random.__init__", positional: ["x"], defaults: [.none])
            .bind(args, hasSelf: false)[0]
        try random.seed(vm, seed, version: 2)
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable(RandomMethods.all.map { name, body in
        method("Random", name) { vm, args throws(PyError) in
            try body(vm, try args.receiver(PyRandom.self, of: type, method: name), args)
        }
    } + [
        method("Random", "__init__") { vm, args throws(PyError) in
            let random = try args.receiver(PyRandom.self, of: type, method: "__init__")
            try initialize(vm, random, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            return .none
        },
    ])

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("random"))
        namespace.set("Random", .object(type))
        let instance = PyRandom(type: type)
        for (name, body) in RandomMethods.all {
            namespace.set(name, .object(PyBuiltinFunction(name) { vm, args throws(PyError) in
                try body(vm, instance, Arguments([.object(instance)] + args.positional, keywords: args.keywords))
            }))
        }
        return PyModule(name: "random", namespace: namespace)
    }
}
