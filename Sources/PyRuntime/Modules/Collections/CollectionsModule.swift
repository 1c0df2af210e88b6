/// The `collections` module: `Counter`, `defaultdict`, `OrderedDict`, `deque` and
/// `namedtuple`.
enum CollectionsModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("collections"))
        namespace.set("Counter", .object(CounterClass.type))
        namespace.set("defaultdict", .object(DefaultDictClass.type))
        namespace.set("OrderedDict", .object(OrderedDictClass.type))
        namespace.set("deque", .object(DequeClass.type))
        namespace.set("namedtuple", .object(PyBuiltinFunction("namedtuple", NamedTuple.namedtuple)))
        return PyModule(name: "collections", namespace: namespace)
    }
}
